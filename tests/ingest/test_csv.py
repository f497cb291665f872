"""CSV and TSV files of captions."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from catalog.errors import SourceError
from catalog.ingest.sources import read_path


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
