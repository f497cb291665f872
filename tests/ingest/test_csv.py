"""CSV and TSV files of captions."""

from __future__ import annotations

import csv
import io
import itertools
from datetime import date
from pathlib import Path

import pytest

from catalog.errors import SourceError
from catalog.ingest.model import SourceArticle
from catalog.ingest.sources import file_parts, read_part, read_path


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_rows_of_one_article_are_grouped(tmp_path: Path) -> None:
    text = (
        "URL,Headline,Author,Date,Cutline,Photo Credit,Photographer\n"
        "https://e.example/1,Floods,Maria Lopez,2024-05-02,"
        '"Residents wade through a flooded street in Porto Alegre, Brazil, May 2, 2024. '
        'REUTERS/Diego Vara",REUTERS/Diego Vara,Diego Vara\n'
        "https://e.example/1,Floods,Maria Lopez,2024-05-02,"
        '"A boat rescues a family in Canoas, Brazil, May 3, 2024. (AP Photo/Carlos Macedo)",,\n'
        "https://e.example/2,Drought,Ana Lima,2024-06-01,"
        '"A dry riverbed near Manaus, Brazil. Bruno Kelly/Reuters",,\n'
    )
    first, second = read_path(_write(tmp_path, "captions.csv", text))
    assert first.format == "csv"
    assert first.url == first.source == "https://e.example/1"
    assert (first.title, first.byline, first.published) == (
        "Floods",
        "Maria Lopez",
        date(2024, 5, 2),
    )
    assert len(first.captions) == 2
    assert dict(first.captions[0].embedded) == {
        "credit": "REUTERS/Diego Vara",
        "photographer": "Diego Vara",
    }
    assert second.title == "Drought"
    assert len(second.captions) == 1


def test_caption_only_csv_gives_one_article_per_row(tmp_path: Path) -> None:
    text = "caption\nSmoke over Gaza City, October 9, 2023. REUTERS/Mohammed Salem\nA second one. (AP Photo/Jo Roe)\n"
    articles = list(read_path(_write(tmp_path, "bare.csv", text)))
    assert [len(a.captions) for a in articles] == [1, 1]
    assert articles[0].source.endswith("bare.csv:2")


def test_tab_separated(tmp_path: Path) -> None:
    text = "title\tdescription\nMarkets\tShoppers in Beijing, China. Li Ming/Xinhua\n"
    (article,) = read_path(_write(tmp_path, "c.tsv", text))
    assert article.captions[0].text == "Shoppers in Beijing, China. Li Ming/Xinhua"


@pytest.mark.parametrize(
    "text, message",
    [("", "empty"), ("title,url\nA,https://x\n", "no caption column"), ("caption\n", "no rows")],
)
def test_bad_csv(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(SourceError, match=message):
        list(read_path(_write(tmp_path, "bad.csv", text)))


def test_undecodable_csv(tmp_path: Path) -> None:
    path = tmp_path / "latin.csv"
    path.write_bytes("caption\nCaf\xe9 in Lyon. REUTERS/Jo Roe\n".encode("latin-1"))
    with pytest.raises(SourceError, match="UTF-8"):
        list(read_path(path))


# --- a large file in parts -----------------------------------------------------------------------


def _big_csv(path: Path, articles: int, *, keyed: bool = True) -> Path:
    """Articles of one to four rows; captions with line breaks inside their quoted cell, one
    of which holds a line shaped like a whole row of the file, and doubled quotes."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(["url", "title", "caption"] if keyed else ["caption"])
    for number in range(articles):
        for row in range(1 + number % 4):
            caption = (
                f'Rescuers search the "rubble" of block {number}\n'
                f"https://e.example/{number + 1},Story {number + 1},fake row\n"
                f"in Amizmiz, Morocco, September {1 + row}, 2023. REUTERS/Nadia Karim"
            )
            if keyed:
                writer.writerow([f"https://e.example/{number}", f"Story {number}", caption])
            else:
                writer.writerow([caption])
        if number % 7 == 0:
            buffer.write("\r\n")  # a blank row
    path.write_text(buffer.getvalue(), encoding="utf-8-sig", newline="")
    return path


def _summary(articles: list[SourceArticle]) -> list[tuple[str, str, list[str]]]:
    return [(a.identity, a.source, [c.text for c in a.captions]) for a in articles]


@pytest.mark.parametrize("keyed", [True, False], ids=["articles of rows", "a row each"])
def test_a_large_csv_file_is_cut_between_rows_into_parts_that_read_as_the_whole(
    tmp_path: Path, keyed: bool
) -> None:
    path = _big_csv(tmp_path / "big.csv", 120, keyed=keyed)
    parts = file_parts(path, None, 2_000)
    assert parts is not None and len(parts) > 10
    data = path.read_bytes()
    assert parts[-1][1] == len(data)
    for (_, end, _), (start, _, _) in itertools.pairwise(parts):
        assert end == start and data[end - 2 : end] == b"\r\n"
        # csv.writer quotes a cell only to hold a line break or a quote, and doubles the
        # quotes inside: an odd count before the cut would put it inside a cell.
        assert data[:start].count(b'"') % 2 == 0
        # A line inside a cell ("https://e.example/7,Story 7,fake row") reads as a row of
        # its own: only the reading of the whole file before it tells the two apart.
        row = next(csv.reader(io.StringIO(data[start:].decode(), newline="")))
        assert row[-1].startswith("Rescuers search") and len(row) == (3 if keyed else 1)

    whole = list(read_path(path))
    pieces = [article for part in parts for article in read_part(path, part)]
    # Rows of one article are read together, so no article is cut in two.
    assert _summary(pieces) == _summary(whole)
    assert len(whole) == 120 if keyed else len(whole) > 120


@pytest.mark.parametrize(
    "tail, message",
    [
        # A cell over the csv module's size limit.
        (b"https://e.example/x,Story x," + b"x" * 200_000 + b"\r\n", "malformed CSV"),
        ("https://e.example/x,Story x,Caf\xe9\r\n".encode("latin-1"), "cannot decode"),
    ],
    ids=["malformed", "undecodable"],
)
def test_a_large_csv_file_that_a_row_fails_in_is_read_whole(
    tmp_path: Path, tail: bytes, message: str
) -> None:
    path = _big_csv(tmp_path / "bad.csv", 120)
    path.write_bytes(path.read_bytes() + tail)
    assert file_parts(path, None, 2_000) is None
    with pytest.raises(SourceError, match=message):
        list(read_path(path))


def test_a_csv_file_in_utf16_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "wide.csv"
    text = "caption\n" + "".join(
        f"Smoke over Gaza City, row {n}. REUTERS/Jo Roe\n" for n in range(300)
    )
    path.write_text(text, encoding="utf-16")
    assert file_parts(path, None, 1_000) is None
    assert len(list(read_path(path))) == 300
