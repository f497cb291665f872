"""JSON lines, JSON arrays and ExifTool JSON."""

from __future__ import annotations

import itertools
import json
from datetime import date
from pathlib import Path

import pytest

from catalog.errors import SourceError
from catalog.ingest.model import SourceArticle
from catalog.ingest.sources import read_path

TEXT = (
    "Pilgrims gather\n\nMECCA (AP) — Pilgrims gathered on Monday.\n\n"
    "Pilgrims pray at Mount Arafat near Mecca, Saudi Arabia, June 27, 2023. (AP Photo/Amr Nabil)\n"
    "Pilgrims pray at Mount Arafat near Mecca, Saudi Arabia, June 27, 2023. (AP Photo/Amr Nabil)\n\n"
    "The Associated Press contributed to this report."
)
HTML = (
    "<article><p>Rescuers worked through the night in the mountains.</p><figure>"
    "<img src='a.jpg'><figcaption>Rescuers search the rubble in Amizmiz, Morocco, September 10,"
    " 2023. <span class='credit'>REUTERS/Nadia Karim</span></figcaption></figure></article>"
)
OBJECTS = [
    {
        "id": "a1",
        "url": "https://wire.example.com/a1",
        "title": "Pilgrims gather",
        "author": "Omar Haddad",
        "published": "2023-06-27T10:00:00Z",
        "text": TEXT,
    },
    {
        "id": "a2",
        "title": "Quake rescue",
        "author": {"name": "Leila Benali"},
        "published": "September 10, 2023",
        "html": HTML,
    },
]


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _check(articles: list[SourceArticle]) -> None:
    first, second = articles
    assert first.format == "jsonl"
    assert first.title == "Pilgrims gather"
    assert first.byline == "Omar Haddad"
    assert first.published == date(2023, 6, 27)
    assert first.url == first.source == "https://wire.example.com/a1"
    assert [c.text for c in first.captions] == [
        "Pilgrims pray at Mount Arafat near Mecca, Saudi Arabia, June 27, 2023. (AP Photo/Amr Nabil)"
    ]
    assert second.byline == "Leila Benali"
    assert second.published == date(2023, 9, 10)
    assert second.source.endswith("#a2")
    (caption,) = second.captions
    assert caption.text.endswith("2023. REUTERS/Nadia Karim")
    assert caption.embedded["credit"] == "REUTERS/Nadia Karim"
    assert first.identity != second.identity


def test_json_lines(tmp_path: Path) -> None:
    lines = "\n".join(json.dumps(o) for o in OBJECTS) + "\n\n"
    _check(list(read_path(_write(tmp_path, "wire.jsonl", lines))))


def test_json_array(tmp_path: Path) -> None:
    _check(list(read_path(_write(tmp_path, "wire.json", json.dumps(OBJECTS, indent=2)))))


def test_single_pretty_printed_object(tmp_path: Path) -> None:
    articles = list(read_path(_write(tmp_path, "one.json", json.dumps(OBJECTS[0], indent=2))))
    assert len(articles) == 1
    assert len(articles[0].captions) == 1


def test_captions_listed_in_the_object(tmp_path: Path) -> None:
    obj = {
        "id": "c1",
        "title": "Gallery",
        "captions": [
            "Boats in the harbour of Naples, Italy, May 1, 2024. REUTERS/Remo Casilli",
            {"caption": "Crowds on the seafront", "credit": "ANSA/Ciro Fusco"},
        ],
    }
    (article,) = read_path(_write(tmp_path, "g.jsonl", json.dumps(obj)))
    assert article.captions[0].text.startswith("Boats in the harbour")
    assert article.captions[1].embedded["credit"] == "ANSA/Ciro Fusco"


def test_bad_line_is_reported_after_the_good_ones(tmp_path: Path) -> None:
    lines = json.dumps(OBJECTS[0]) + "\n{not json\n" + json.dumps(OBJECTS[1]) + "\n"
    path = _write(tmp_path, "mixed.jsonl", lines)
    read: list[SourceArticle] = []
    # The line of the file, not the decoder's "line 1 column 2 (char 1)" within it.
    with pytest.raises(
        SourceError, match=r"1 line\(s\) skipped, 2 read \(line 2: not JSON \(.+ at column 2\)\)$"
    ):
        for article in read_path(path):
            read.append(article)
    assert len(read) == 2


@pytest.mark.parametrize(
    "content",
    [b"", b"[1, 2", b"\x00\x01\x02\x03", b'{"title": "x"}\n\xff\xfe\xfa bad\n', b"[]"],
    ids=["empty", "truncated", "binary", "undecodable", "no-objects"],
)
def test_bad_json_files(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(SourceError):
        list(read_path(path))


EXIFTOOL = [
    {
        "SourceFile": "shots/nairobi.jpg",
        "IPTC:Caption-Abstract": "Voters queue in Nairobi, Kenya, August 9, 2022. REUTERS/Grace Wanjiru",
        "IPTC:By-line": "Grace Wanjiru",
        "IPTC:Credit": "REUTERS",
        "IPTC:Source": "Reuters",
        "IPTC:DateCreated": "2022:08:09",
        "IPTC:City": "Nairobi",
        "IPTC:Country-PrimaryLocationName": "Kenya",
    },
    {
        "SourceFile": "shots/tokyo.jpg",
        "Description": "Cherry blossoms in Tokyo, Japan. Kyodo",
        "Creator": ["Taro Yamada", "Hana Sato"],
        "DateCreated": "2024:03",
    },
    {"SourceFile": "shots/blank.jpg", "FileSize": "12 kB"},
]


def test_exiftool_json_is_image_metadata(tmp_path: Path) -> None:
    path = _write(tmp_path, "meta.json", json.dumps(EXIFTOOL))
    first, second, third = read_path(path)
    assert first.format == "exiftool"
    assert first.source == "shots/nairobi.jpg"
    (caption,) = first.captions
    assert caption.text.startswith("Voters queue in Nairobi")
    assert dict(caption.embedded) == {
        "credit": "REUTERS",
        "photographer": "Grace Wanjiru",
        "agency": "Reuters",
        "date": "2022-08-09",
        "city": "Nairobi",
        "country": "Kenya",
    }
    assert second.captions[0].embedded["photographer"] == "Taro Yamada; Hana Sato"
    assert second.captions[0].embedded["date"] == "2024-03"
    assert third.captions == ()


def test_exiftool_forced_format(tmp_path: Path) -> None:
    path = _write(tmp_path, "meta.txt", json.dumps(EXIFTOOL[:1]))
    (article,) = read_path(path, fmt="exiftool")
    assert article.format == "exiftool"


def test_unix_timestamps(tmp_path: Path) -> None:
    lines = [
        {"id": 1, "published": 1704067200, "text": "x"},
        {"id": 2, "published": 1704067200000, "text": "x"},
    ]
    path = _write(tmp_path, "ts.jsonl", "\n".join(json.dumps(o) for o in lines))
    assert [a.published for a in read_path(path)] == [date(2024, 1, 1)] * 2


def test_authors_read_as_json_ld_writes_them(tmp_path: Path) -> None:
    # The same reading as the HTML reader's JSON-LD: a list names each person once.
    lines = [
        {"id": 1, "author": [{"name": "Jo Roe"}, "Kim Soto", {"name": "Jo Roe"}], "text": "x"},
        {"id": 2, "author": {"name": " Ana  Lima "}, "text": "x"},
        {"id": 3, "author": [{"title": "no name"}], "text": "x"},
    ]
    path = _write(tmp_path, "authors.jsonl", "\n".join(json.dumps(o) for o in lines))
    assert [a.byline for a in read_path(path)] == ["Jo Roe, Kim Soto", "Ana Lima", None]


def _lines_file(path: Path, count: int, *, bad_line: int | None = None) -> Path:
    """JSON lines with a BOM, blank lines and, optionally, one malformed line."""
    lines = []
    for number in range(count):
        obj = {
            "id": f"n{number}",
            "title": f"Story {number}",
            "published": "2023-09-10",
            "text": f"Story {number}\n\nRescuers search the rubble in block {number} of Amizmiz, "
            "Morocco, September 10, 2023. (REUTERS/Nadia Karim)\n\nMore text.",
        }
        lines.append(json.dumps(obj))
        if number % 5 == 0:
            lines.append("")
    if bad_line is not None:
        lines.insert(bad_line - 1, "{not json")
    path.write_bytes(b"\xef\xbb\xbf" + "\n".join(lines).encode() + b"\n")
    return path


def test_a_large_json_lines_file_is_cut_into_parts_that_read_as_the_whole(tmp_path: Path) -> None:
    from catalog.ingest.sources import file_parts, read_part

    path = _lines_file(tmp_path / "big.jsonl", 300)
    parts = file_parts(path, None, 4_000)
    assert parts is not None and len(parts) > 5
    # Contiguous, cut at line ends, numbered by line.
    data = path.read_bytes()
    assert parts[0][0] == 0 and parts[-1][1] == len(data)
    for (_, end, _), (start, _, first_line) in itertools.pairwise(parts):
        assert end == start and data[end - 1 : end] == b"\n"
        assert first_line == data[:start].count(b"\n") + 1

    whole = list(read_path(path))
    pieces = [article for part in parts for article in read_part(path, part)]
    assert [a.identity for a in pieces] == [a.identity for a in whole]
    assert [a.source for a in pieces] == [a.source for a in whole]
    assert len(whole) == 300


def test_caption_lines_of_one_article_across_a_cut_are_read_as_one_article(
    tmp_path: Path,
) -> None:
    from catalog.ingest.sources import file_parts, read_part

    lines = []
    for number in range(60):
        # Runs of 1 to 5 caption lines, one of 40 lines crossing several parts, blank lines
        # inside runs, and articles as whole objects between them.
        for row in range(40 if number == 30 else 1 + number % 5):
            caption = (
                f"Soldiers patrol street {row} of Kyiv, March 3, 2022. REUTERS/Jane Doe {number}"
            )
            lines.append(json.dumps({"caption": caption, "url": f"https://news.example/{number}"}))
            if row == 1:
                lines.append("")
        if number % 9 == 0:
            lines.append(
                json.dumps({"title": f"Story {number}", "text": f"Story {number}\n\nText."})
            )
    path = _write(tmp_path, "captions.jsonl", "\n".join(lines) + "\n")
    parts = file_parts(path, None, 1_000)
    assert parts is not None and len(parts) > 20

    whole = list(read_path(path))
    pieces = [article for part in parts for article in read_part(path, part)]
    assert [(a.identity, a.source, [c.text for c in a.captions]) for a in pieces] == [
        (a.identity, a.source, [c.text for c in a.captions]) for a in whole
    ]
    assert max(len(a.captions) for a in whole) == 40


def test_a_malformed_line_is_reported_by_its_part_with_its_number(tmp_path: Path) -> None:
    from catalog.ingest.sources import file_parts, read_part

    path = _lines_file(tmp_path / "big.jsonl", 300, bad_line=200)
    parts = file_parts(path, None, 4_000)
    assert parts is not None
    read, errors = 0, []
    for part in parts:
        try:
            for _article in read_part(path, part):
                read += 1
        except SourceError as exc:
            errors.append(exc.message)
    assert read == 300
    assert len(errors) == 1 and "line 200:" in errors[0]


def caption_lines_file(path: Path, pages: int, per_page: int = 4) -> Path:
    """One caption object a line, ``per_page`` consecutive lines to a page (a caption
    dataset's shape), with a blank line now and then inside a page."""
    lines = []
    for page in range(pages):
        for number in range(per_page):
            lines.append(
                json.dumps(
                    {
                        "url": f"https://news.example/quake/{page}",
                        "title": f"Quake, day {page}",
                        "article_date": "2023-09-10",
                        "caption": f"Rescuers search house {number} of street {page} in "
                        "Amizmiz, Morocco, September 10, 2023. REUTERS/Nadia Karim",
                    }
                )
            )
            if number == 1 and page % 3 == 0:
                lines.append("")
    path.write_text("\n".join(lines) + "\n")
    return path


def test_parts_never_cut_an_article_of_caption_lines(tmp_path: Path) -> None:
    """Read by two tasks, the second half of a page would be a recrawl of the first."""
    from catalog.ingest.sources import file_parts, read_part

    path = caption_lines_file(tmp_path / "captions.jsonl", 60)
    parts = file_parts(path, None, 1_000)  # about three captions: most pages reach an end
    assert parts is not None and len(parts) > 10
    whole = list(read_path(path))
    pieces = [article for part in parts for article in read_part(path, part)]
    assert len(whole) == 60 and all(len(article.captions) == 4 for article in whole)
    assert [(a.url, len(a.captions)) for a in pieces] == [(a.url, len(a.captions)) for a in whole]


def test_only_large_json_lines_files_are_cut(tmp_path: Path) -> None:
    from catalog.ingest.sources import file_parts

    small = _lines_file(tmp_path / "small.jsonl", 3)
    assert file_parts(small, None, 1_000_000) is None
    array = tmp_path / "array.json"
    array.write_text(json.dumps([{"title": f"t{n}", "text": "x" * 100} for n in range(100)]))
    assert file_parts(array, None, 1_000) is None  # one document: read whole
    text = tmp_path / "story.txt"
    text.write_text("Title\n\n" + "Body text. " * 1000)
    assert file_parts(text, None, 1_000) is None


# --- one caption per line ----------------------------------------------------------------------

CAPTION_LINES = [
    {
        "caption": "Soldiers patrol in Kyiv, Ukraine, March 3, 2022. REUTERS/Jane Doe",
        "url": "https://news.example/kyiv",
        "title": "Kyiv under fire",
        "article_date": "2022-03-04",
    },
    {
        "caption": "A woman walks past a damaged building in Kyiv. AP Photo/John Smith",
        "credit": "AP Photo/John Smith",
        "url": "https://news.example/kyiv",
        "title": "Kyiv under fire",
        "article_date": "2022-03-04",
    },
    {"caption": "Ice covers the harbour in Lucerne. EPA-EFE/Urs Flueeler", "title": "Winter"},
]


def test_caption_lines_are_captions_of_their_articles(tmp_path: Path) -> None:
    lines = "\n".join(json.dumps(o) for o in CAPTION_LINES) + "\n"
    kyiv, lucerne = read_path(_write(tmp_path, "captions.jsonl", lines))
    assert kyiv.url == kyiv.source == "https://news.example/kyiv"
    assert (kyiv.title, kyiv.published) == ("Kyiv under fire", date(2022, 3, 4))
    assert [c.text for c in kyiv.captions] == [o["caption"] for o in CAPTION_LINES[:2]]
    assert kyiv.captions[1].embedded["credit"] == "AP Photo/John Smith"
    assert lucerne.title == "Winter" and lucerne.url is None
    assert lucerne.source.endswith("captions.jsonl:line 3")
    assert [c.text for c in lucerne.captions] == [CAPTION_LINES[2]["caption"]]


def test_caption_objects_in_a_json_array(tmp_path: Path) -> None:
    articles = list(read_path(_write(tmp_path, "captions.json", json.dumps(CAPTION_LINES))))
    assert [len(a.captions) for a in articles] == [2, 1]


def test_a_line_with_nothing_to_read_is_skipped_by_its_number(tmp_path: Path) -> None:
    lines = [json.dumps(CAPTION_LINES[0]), json.dumps({"id": 7, "title": "no body"})]
    path = _write(tmp_path, "mixed.jsonl", "\n".join(lines) + "\n")
    read: list[SourceArticle] = []
    with pytest.raises(SourceError, match=r"1 line\(s\) skipped, 1 read \(line 2: no text, html"):
        for article in read_path(path):
            read.append(article)
    assert [len(a.captions) for a in read] == [1]
