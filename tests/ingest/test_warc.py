"""Web archives: every HTML response of a WARC file is an article; the rest is counted."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from catalog.ingest.model import SkippedRecord, SourceArticle
from catalog.ingest.sources import file_parts, find_files, read_path
from catalog.ingest.sources.detect import detect_format
from catalog.ingest.sources.warc import read_warc_part, warc_parts

from .warc_builder import Record, cut_member, page, redirect, request, revisit, write_warc


def story(number: int, head: str = "") -> str:
    return (
        f"<html><head><title>Harbour story {number}</title>{head}</head><body><article>"
        f"<h1>Harbour story {number}</h1><p>Boats came in early.</p><figure>"
        f'<img src="/photo{number}.jpg"><figcaption>Fishermen haul their nets at dawn in '
        f"Dakar, Senegal, May {number}, 2024. REUTERS/Awa Ndiaye</figcaption></figure>"
        "</article></body></html>"
    )


CANONICAL = '<link rel="canonical" href="https://news.example/harbour-two">'
RECORDS: list[Record | bytes] = [
    page("https://news.example/one", story(1)),
    request("https://news.example/two"),
    page("https://news.example/two?utm_source=feed", story(2, CANONICAL)),
    revisit("https://news.example/one"),
    redirect("https://news.example/old", "https://news.example/one"),
    page("https://news.example/report.pdf", "%PDF-1.4", content_type="application/pdf"),
    page("https://news.example/gone", "<html><body>Not found</body></html>", "404 Not Found"),
    cut_member(page("https://news.example/cut", story(9))),
    page("https://news.example/three", story(3)),
]
SKIPPED = ["revisit", "redirect", "not HTML", "HTTP error", "unreadable record"]


def kinds(items: list[SourceArticle | SkippedRecord]) -> list[str]:
    return [item.url or "" if isinstance(item, SourceArticle) else item.reason for item in items]


@pytest.fixture
def archive(tmp_path: Path) -> tuple[Path, list[int]]:
    path = tmp_path / "crawl.warc.gz"
    return path, write_warc(path, RECORDS)


def test_pages_become_articles_and_other_records_are_counted(
    archive: tuple[Path, list[int]],
) -> None:
    path, offsets = archive
    items: list[SourceArticle | SkippedRecord] = list(read_warc_part(path))
    assert kinds(items) == [
        "https://news.example/one",
        "https://news.example/harbour-two",  # the page's canonical URL wins over the record's
        *SKIPPED,
        "https://news.example/three",  # the record after the damaged one still goes in
    ]
    articles = [item for item in items if isinstance(item, SourceArticle)]
    assert [article.path for article in articles] == [
        f"{path}@{offsets[0]}",
        f"{path}@{offsets[2]}",
        f"{path}@{offsets[8]}",
    ]
    assert {str(article.crawled) for article in articles} == {"2024-05-06"}
    assert [len(article.captions) for article in articles] == [1, 1, 1]
    damaged = [item for item in items if isinstance(item, SkippedRecord)][-1]
    assert damaged.offset == offsets[7]


@pytest.mark.parametrize("compress", [True, False], ids=["gzipped", "plain"])
@pytest.mark.parametrize("size", [200, 700, 1_500, 100_000])
def test_parts_read_each_record_once(tmp_path: Path, compress: bool, size: int) -> None:
    records = [r for r in RECORDS if compress or not isinstance(r, bytes)]
    path = tmp_path / ("crawl.warc.gz" if compress else "crawl.warc")
    write_warc(path, records, compress=compress)
    whole = kinds(list(read_warc_part(path)))
    parts = warc_parts(path, size)
    assert kinds([item for part in parts for item in read_warc_part(path, part)]) == whole


def test_read_path_gives_the_articles_and_reports_the_rest(
    archive: tuple[Path, list[int]],
) -> None:
    path, _ = archive
    skipped: list[SkippedRecord] = []
    articles = list(read_path(path, on_record=skipped.append))
    assert len(articles) == 3
    assert [record.reason for record in skipped] == SKIPPED


def test_archives_are_found_and_recognised(tmp_path: Path) -> None:
    folder = tmp_path / "crawls"
    folder.mkdir()
    write_warc(folder / "a.warc.gz", RECORDS[:1])
    write_warc(folder / "b.warc", RECORDS[:1], compress=False)
    write_warc(folder / "no-extension", RECORDS[:1])
    (folder / "notes.gz").write_bytes(b"\x1f\x8b\x08not an archive")
    found = sorted(path.name for path in find_files([folder]))
    assert found == ["a.warc.gz", "b.warc", "no-extension"]
    for name in found:
        path = folder / name
        assert detect_format(path, path.read_bytes()[:4096]) == "warc"


def test_large_archives_are_cut_into_parts(archive: tuple[Path, list[int]]) -> None:
    path, _ = archive
    assert file_parts(path, None, 1_000_000) is None
    parts = file_parts(path, None, 800)
    assert parts is not None and len(parts) == 4


def _catalog(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "catalog", *args], capture_output=True, text=True, env=env
    )


@pytest.mark.parametrize("workers", ["1", "2"], ids=["in-process", "worker-processes"])
def test_ingest_of_an_archive_end_to_end(tmp_path: Path, workers: str) -> None:
    folder = tmp_path / "crawls"
    folder.mkdir()
    offsets = write_warc(folder / "crawl.warc.gz", RECORDS)
    write_warc(folder / "again.warc.gz", RECORDS[:3])  # the same captures, crawled twice
    env = {**os.environ, "CATALOG_DATA_DIR": str(tmp_path / "data")}
    db = str(tmp_path / "catalog.db")
    done = _catalog("--db", db, "ingest", "--json", "--workers", workers, str(folder), env=env)
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert summary["articles_new"] == 3
    assert summary["uses"] == 3
    assert summary["records_skipped"] == {
        "HTTP error": 1,
        "not HTML": 1,
        "redirect": 1,
        "revisit": 1,
        "unreadable record": 1,
    }
    assert f"at offset {offsets[7]:,}: unreadable record" in done.stderr

    uses = _catalog("--db", db, "export", "--uses", "--format", "jsonl", env=env)
    rows = [json.loads(line) for line in uses.stdout.splitlines()]
    assert sorted(row["url"] for row in rows) == [
        "https://news.example/harbour-two",
        "https://news.example/one",
        "https://news.example/three",
    ]
    again = _catalog("--db", db, "ingest", "--json", str(folder), env=env)
    assert json.loads(again.stdout)["uses"] == 0


def test_a_large_archive_reports_progress_by_bytes(tmp_path: Path) -> None:
    from catalog.db import open_catalog
    from catalog.ingest.pipeline import Ingest, IngestObserver

    # Pages of varied text, so that the gzipped archive passes the size read in parts (1 MB).
    filler = " ".join(f"word{number}x{number * 7919 % 1000}" for number in range(3000))
    pages: list[Record | bytes] = [
        page(f"https://news.example/{n}", story(n % 28 + 1).replace("early.", filler + f" {n}"))
        for n in range(200)
    ]
    archive = tmp_path / "large.warc.gz"
    write_warc(archive, pages)
    size = archive.stat().st_size
    assert size > 1_500_000

    progress: list[tuple[int, int]] = []

    class Watch(IngestObserver):
        def part_read(self, path: Path, done: int, total: int) -> None:
            progress.append((done, total))

    engine = open_catalog(str(tmp_path / "catalog.db"))
    report = Ingest(engine, workers=2, observer=Watch()).run([archive])
    assert report.articles == 200
    assert len(progress) >= 2
    assert [done for done, _ in progress] == sorted(done for done, _ in progress)
    assert progress[-1] == (size, size)
