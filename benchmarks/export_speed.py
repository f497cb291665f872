"""CSV export speed and credit report time over a 1,000,000-caption SQLite catalog.

    .venv/bin/python benchmarks/export_speed.py [--captions N] [--keep DIR]

Builds the catalog (schema through ``open_catalog``, rows through raw sqlite3 ``executemany``
for speed, then the captions' use statistics that ingest keeps), then prints rows/s for
``export_captions`` to CSV (per caption and per use) and JSON lines, the resident memory while
exporting (it must stay flat: rows are streamed), and the time of ``credit_report`` by licensor
and by month. A script that prints figures, never a test. Targets on a 2-core machine: >= 60,000 rows/s, the report in under 2 s.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Engine

AGENCIES = [
    # (agency, via, weight, roles)
    ("Reuters", None, 30, ""),
    ("AP", None, 25, ""),
    ("AFP", "Getty Images", 15, ""),
    ("Getty Images", None, 8, ""),
    ("EPA-EFE", None, 6, ""),
    ("Xinhua", None, 3, ""),
    ("White House", "AP", 2, "handout"),
    ("Pool", "Reuters", 2, "pool"),
    ("Foo Press", None, 1, ""),  # an unknown organisation
    (None, None, 8, ""),  # uncredited
]
FIRST = ["Ari", "Hussein", "Nazanin", "Gleb", "Maya", "John", "Ayman", "Lena", "Omar", "Kim"]
LAST = ["Jalal", "Faleh", "Tabatabaee", "Garanich", "Alleruzzo", "MacDougall", "Henna", "Roe"]
PLACES = [("Tehran", "Iran", "IR"), ("Baghdad", "Iraq", "IQ"), ("Kyiv", "Ukraine", "UA"),
          ("Paris", "France", "FR"), ("Duhok", "Iraq", "IQ"), (None, None, None)]  # fmt: skip


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def build(path: Path, captions: int) -> tuple[int, int]:
    """Write ``captions`` captions, ~captions/20 articles and ~1.2 uses per caption."""
    from catalog.db import open_catalog

    engine = open_catalog(f"sqlite:///{path}")
    engine.dispose()
    rng = random.Random(6)
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=OFF")
    # Index the full text in one statement at the end instead of once per row.
    connection.execute("DROP TRIGGER IF EXISTS caption_fts_ai")
    articles = max(1, captions // 20)
    start = date(2019, 1, 1)
    connection.executemany(
        "INSERT INTO article (id, identity, source, format, title, byline, published, path)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            (
                number,
                f"h{number}",
                f"archive/{number}.html",
                "image" if number % 50 == 0 else "html",
                f"Article {number}",
                "Staff",
                None if number % 97 == 0 else (start + timedelta(days=number % 1000)).isoformat(),
                f"archive/{number}.html",
            )
            for number in range(1, articles + 1)
        ),
    )
    weights = [weight for _, _, weight, _ in AGENCIES]

    def caption_rows() -> Iterator[tuple[object, ...]]:
        for number in range(1, captions + 1):
            agency, via, _, roles = rng.choices(AGENCIES, weights)[0]
            photographer = f"{rng.choice(FIRST)} {rng.choice(LAST)}" if agency else None
            city, country, code = rng.choice(PLACES)
            if agency is None:
                credit = None
            elif via:
                credit = f"{photographer}/{agency} via {via}"
            else:
                credit = f"{photographer}/{agency}"
            taken = (start + timedelta(days=number % 1000)).isoformat()
            text = (
                f"Caption number {number}: people gather in {city or 'a square'} "
                f"on {taken}. ({credit or ''})"
            )
            yield (
                number, f"k{number}", text, text[:60], city, city, None, country, code, taken,
                "day", int(taken[:4]), credit, photographer, agency, via, via or agency, roles,
                None if agency is None else agency != "Foo Press", 0, None, "{}", "{}",
            )  # fmt: skip

    connection.executemany(
        "INSERT INTO caption (id, key, text, description, location, city, region, country,"
        " country_code, date, date_precision, year, credit, photographer, agency, via,"
        " licensor, roles, agency_known, edited, merged_into_id, parsed, origins)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        caption_rows(),
    )

    def use_rows() -> Iterator[tuple[int, int, int, int]]:
        use_id = 0
        for number in range(1, captions + 1):
            article = (number - 1) // 20 + 1
            use_id += 1
            yield use_id, number, article, number % 20
            if number % 5 == 0:  # every fifth photo ran again in a later article
                use_id += 1
                yield use_id, number, (article + 7) % articles + 1, 100 + number % 20

    connection.executemany(
        "INSERT INTO caption_use (id, caption_id, article_id, position) VALUES (?, ?, ?, ?)",
        use_rows(),
    )
    # Each caption's use statistics, as ingest keeps them (use_stats.recount_uses), in one statement.
    connection.execute(
        "UPDATE caption SET use_count = s.uses, first_use = s.first_use, last_use = s.last_use "
        "FROM (SELECT u.caption_id AS caption_id, count(*) AS uses, min(a.published) AS "
        "first_use, max(a.published) AS last_use FROM caption_use u JOIN article a "
        "ON a.id = u.article_id GROUP BY u.caption_id) AS s WHERE caption.id = s.caption_id"
    )
    connection.execute(
        "INSERT INTO caption_fts(rowid, text, photographer, location) "
        "SELECT id, text, photographer, location FROM caption"
    )
    connection.commit()
    from catalog.db.search_schema import _SQLITE_INSERT_TRIGGER

    connection.execute(_SQLITE_INSERT_TRIGGER)
    connection.execute("ANALYZE")
    connection.commit()
    uses = connection.execute("SELECT count(*) FROM caption_use").fetchone()[0]
    connection.close()
    return articles, uses


def time_export(engine: Engine, out_path: Path, **options: Any) -> dict[str, object]:
    from catalog.reports import export_captions

    samples: list[float] = []
    before = rss_mb()

    def progress(rows: int) -> None:
        samples.append(rss_mb())

    started = time.perf_counter()
    with open(out_path, "w", encoding="utf-8", newline="") as out:
        rows = export_captions(engine, None, out, progress=progress, **options)
    seconds = time.perf_counter() - started
    return {
        "rows": rows,
        "seconds": round(seconds, 2),
        "rows_per_s": round(rows / seconds),
        "rss_before_mb": round(before, 1),
        # Resident memory at a quarter, half, three quarters and the end of the export: it
        # levels off (SQLite's page cache and one batch of rows), whatever the row count.
        "rss_quartiles_mb": [
            round(samples[min(len(samples) - 1, len(samples) * q // 4)], 1) for q in (1, 2, 3, 4)
        ]
        if samples
        else [],
        "rss_peak_mb": round(max(samples), 1) if samples else 0,
        "file_mb": round(out_path.stat().st_size / 1e6, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--captions", type=int, default=1_000_000)
    parser.add_argument("--keep", type=Path, help="Build (or reuse) the catalog in this folder.")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="export_speed_"))
    folder.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("CATALOG_DATA_DIR", str(folder / "data"))
    path = folder / "catalog.db"

    if not path.exists():
        started = time.perf_counter()
        articles, uses = build(path, args.captions)
        print(
            f"built {args.captions:,} captions, {articles:,} articles, {uses:,} uses "
            f"in {time.perf_counter() - started:.1f} s ({path})"
        )

    from catalog.db import open_catalog
    from catalog.reports import credit_report

    engine = open_catalog(f"sqlite:///{path}")
    results = {
        "csv": time_export(engine, folder / "export.csv", fmt="csv"),
        "csv --uses": time_export(engine, folder / "export_uses.csv", fmt="csv", uses=True),
        "jsonl": time_export(engine, folder / "export.jsonl", fmt="jsonl"),
    }
    for name, figures in results.items():
        print(f"export {name:<11} {json.dumps(figures)}")
    load = os.getloadavg()[0]
    for by, sections in (("licensor", True), ("month", True), ("licensor", False)):
        started = time.perf_counter()
        report = credit_report(engine, None, by=by, sections=sections)
        seconds = time.perf_counter() - started
        print(
            f"credit report by {by:<8} {'with sections' if sections else 'table only   '} "
            f"{seconds:.2f} s ({len(report.rows)} groups, {report.total.uses:,} uses, "
            f"{report.total.photos:,} photos)"
        )
    print(f"load average before the reports: {load:.2f} on {os.cpu_count()} CPUs")
    engine.dispose()


if __name__ == "__main__":
    main()
