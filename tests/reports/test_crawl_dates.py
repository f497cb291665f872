"""Pages from a web archive: the crawl date is kept, exported with each use, and places an
undated page's uses in a month of the credit report (which says how many it placed so)."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from pathlib import Path

from click.testing import CliRunner

from catalog.cli import cli
from tests.ingest.warc_builder import page, write_warc


def story(caption: str, published: str | None) -> str:
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    return (
        f"<html><head><title>Harbour</title>{meta}</head><body><article><p>Boats came in.</p>"
        f'<figure><img src="a.jpg"><figcaption>{caption}</figcaption></figure>'
        "</article></body></html>"
    )


DAKAR = "Fishermen haul their nets at dawn in Dakar, Senegal. REUTERS/Awa Ndiaye"
ACCRA = "Traders set out fruit at a market in Accra, Ghana. (AP Photo/Kofi Mensah)"
LAGOS = "Commuters wait for a ferry in Lagos, Nigeria. REUTERS/Tunde Ade"


def run(db: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["--db", str(db), *args], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def _catalog(tmp_path: Path) -> Path:
    archive = tmp_path / "crawl.warc.gz"
    records = [
        # Undated pages: the March crawl dates them; fetched twice, counted once.
        replace(
            page("https://news.example/dakar", story(DAKAR, None)), date="2024-03-05T08:00:00Z"
        ),
        replace(
            page("https://news.example/dakar?utm_source=rss", story(DAKAR, None)),
            date="2024-03-06T08:00:00Z",
        ),
        replace(
            page("https://news.example/accra", story(ACCRA, None)), date="2024-03-07T08:00:00Z"
        ),
        # A dated page: its own date wins over the crawl.
        replace(
            page("https://news.example/lagos", story(LAGOS, "2024-01-15")),
            date="2024-03-07T09:00:00Z",
        ),
    ]
    write_warc(archive, list(records))
    db = tmp_path / "catalog.db"
    code, _, err = run(db, "ingest", str(archive))
    assert code == 0, err
    return db


def test_report_by_month_places_undated_pages_by_their_crawl(tmp_path: Path) -> None:
    db = _catalog(tmp_path)
    code, out, _ = run(db, "report", "credits", "--by", "month", "--format", "json")
    data = json.loads(out)
    assert code == 0
    assert [(row["label"], row["uses"]) for row in data["rows"]] == [
        ("2024-01", 1),
        ("2024-03", 2),
    ]
    assert data["crawl_dated_uses"] == 2
    assert any("2 use(s)" in note and "crawled" in note for note in data["notes"])
    code, out, _ = run(db, "report", "credits", "--by", "month", "--format", "markdown")
    assert "placed in the month their page was crawled" in out
    # By licensor no month is involved: nothing to say.
    _, out, _ = run(db, "report", "credits", "--format", "json")
    assert json.loads(out)["crawl_dated_uses"] is None


def test_export_of_uses_carries_url_and_crawl_date(tmp_path: Path) -> None:
    db = _catalog(tmp_path)
    code, out, _ = run(db, "export", "--uses", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0
    assert sorted((row["url"], row["crawled"], row["published"]) for row in rows) == [
        ("https://news.example/accra", "2024-03-07", ""),
        ("https://news.example/dakar", "2024-03-05", ""),  # the second capture added nothing
        ("https://news.example/lagos", "2024-03-07", "2024-01-15"),
    ]
    assert {row["removed_at"] for row in rows} == {""}
    _, out, _ = run(db, "export", "--uses", "--format", "jsonl")
    crawled = sorted(json.loads(line)["crawled"] for line in out.splitlines())
    assert crawled == ["2024-03-05", "2024-03-07", "2024-03-07"]
