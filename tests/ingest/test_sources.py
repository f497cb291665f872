"""Finding files, choosing a reader, and refusing bad files with one clear message."""

from __future__ import annotations

from pathlib import Path

import pytest

from catalog.errors import SourceError
from catalog.ingest.sources import find_files, read_path

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "samples"


def test_find_files_walks_folders_sorted_and_skips_hidden(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    for name in ("b/2.txt", "a.html", ".hidden.txt", ".git/x.txt", "b/1.jsonl", "notes.py", "page"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    found = [p.relative_to(tmp_path).as_posix() for p in find_files([tmp_path])]
    assert found == ["a.html", "b/1.jsonl", "b/2.txt", "page"]


def test_find_files_keeps_a_named_file_and_refuses_a_missing_one(tmp_path: Path) -> None:
    script = tmp_path / "notes.py"
    script.write_text("x", encoding="utf-8")
    assert list(find_files([script])) == [script]
    with pytest.raises(SourceError, match="no such file"):
        list(find_files([tmp_path / "missing"]))


def test_format_from_content_when_the_extension_says_nothing(tmp_path: Path) -> None:
    page = tmp_path / "saved_page"
    page.write_text(
        "<!DOCTYPE html><html><body><figure><img src='a.jpg'><figcaption>Crowds in Lima, Peru."
        " REUTERS/Sebastian Castaneda</figcaption></figure></body></html>",
        encoding="utf-8",
    )
    (article,) = read_path(page)
    assert article.format == "html"


def test_forced_format(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(
        "<html><body><p class='caption'>A caption. REUTERS/Jo Roe</p></body></html>",
        encoding="utf-8",
    )
    (as_text,) = read_path(path)
    (as_html,) = read_path(path, fmt="html")
    assert as_text.format == "text"
    assert as_html.format == "html"
    assert as_html.captions[0].text == "A caption. REUTERS/Jo Roe"
    with pytest.raises(SourceError, match="unknown format"):
        read_path(path, fmt="pdf")


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("a.txt", b"", "empty"),
        ("a.txt", b"\x00\x01\x02\x03\x00", "binary"),
        ("a.txt", b"Caf\xe9 au lait (Photo: Jo Roe/AP)", "cannot decode"),
        ("a.csv", b"\x00\x00PK\x03\x04", "binary"),
        ("a.txt", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "image"),
    ],
    ids=["empty", "binary", "undecodable", "binary-csv", "truncated-image-named-txt"],
)
def test_bad_files_raise_source_error(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(SourceError, match=message) as error:
        list(read_path(path))
    assert "\n" not in str(error.value)


def test_samples_hold_every_format() -> None:
    formats = {article.format for path in find_files([SAMPLES]) for article in read_path(path)}
    assert formats == {"text", "html", "jsonl", "csv", "image", "exiftool"}


def test_utf16_text_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes("Title\n\nRiders in Lyon, France. REUTERS/Jo Roe\n".encode("utf-16"))
    (article,) = read_path(path)
    assert article.captions[0].text == "Riders in Lyon, France. REUTERS/Jo Roe"
