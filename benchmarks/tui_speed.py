"""How fast `catalog browse` is over a generated 1,000,000-caption SQLite catalog.

    .venv/bin/python benchmarks/tui_speed.py [--db PATH] [--rows N] [--runs N]

Builds the database once (reused when it already holds N captions), then prints:

- start to first rows painted: a fresh Python process, imports included, until the table
  has drawn real rows (measured in a subprocess, headless);
- search to table updated: typing a query until the table shows its first page;
- a jump 100,000 rows down (and 900,000), until the rows there are drawn;
- facet recount for the current filter.

Targets on a 2-core machine: first paint < 1 s, search < 150 ms, any jump < 50 ms,
facets < 300 ms. Figures are medians of ``--runs`` runs.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import random
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from caption_words import MONTHS_AP

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

DEFAULT_DB = REPO / "benchmarks" / "data" / "tui-1m.db"

PHOTOGRAPHER_FIRST = [
    "Hussein",
    "Gleb",
    "Nazanin",
    "Evan",
    "Maya",
    "Carlos",
    "Amir",
    "Olga",
    "Kenji",
    "Fatima",
    "Jon",
    "Ana",
    "Lucas",
    "Sara",
    "Omar",
    "Ivan",
    "Leila",
    "Tom",
    "Priya",
    "Mateo",
    "Yuki",
    "Ahmed",
    "Elena",
    "David",
    "Chloe",
    "Marco",
    "Aisha",
    "Felix",
    "Nina",
    "Pablo",
]
PHOTOGRAPHER_LAST = [
    "Malla",
    "Faleh",
    "Garanich",
    "Tabatabaee",
    "Vucci",
    "Barria",
    "Hamed",
    "Zaitseva",
    "Nakamura",
    "Adeyemi",
    "Macdougall",
    "Silva",
    "Okafor",
    "Lindqvist",
    "Haddad",
    "Petrov",
    "Rahimi",
    "Novak",
    "Sharma",
    "Alvarez",
    "Tanaka",
    "Mansour",
    "Rossi",
    "Dubois",
    "Moreau",
    "Conti",
    "Bello",
    "Weber",
    "Kowalski",
    "Ortega",
    "Brennan",
    "Quinn",
    "Kaur",
    "Salem",
    "Ibrahim",
]
AGENCIES = (
    ("AP", None),
    ("Reuters", None),
    ("AFP", "Getty Images"),
    ("Getty Images", None),
    ("EPA-EFE", None),
    ("Xinhua", None),
    ("Anadolu", "Getty Images"),
    ("Bloomberg", None),
    ("NurPhoto", "Getty Images"),
    ("SOPA Images", "ZUMA"),
    ("WANA (West Asia News Agency)", "Reuters"),
    ("Kyodo", None),
    ("dpa", None),
    ("Tasnim", None),  # unknown to the registry
)
PLACES = (
    ("Tehran", "Iran", "IR"),
    ("Baghdad", "Iraq", "IQ"),
    ("Kyiv", "Ukraine", "UA"),
    ("Gaza City", "Palestine", "PS"),
    ("Washington", "United States", "US"),
    ("New York", "United States", "US"),
    ("London", "United Kingdom", "GB"),
    ("Paris", "France", "FR"),
    ("Berlin", "Germany", "DE"),
    ("Nairobi", "Kenya", "KE"),
    ("Lagos", "Nigeria", "NG"),
    ("Tokyo", "Japan", "JP"),
    ("Beijing", "China", "CN"),
    ("Sao Paulo", "Brazil", "BR"),
    ("Mexico City", "Mexico", "MX"),
    ("Sydney", "Australia", "AU"),
    ("Mumbai", "India", "IN"),
    ("Istanbul", "Turkey", "TR"),
    ("Cairo", "Egypt", "EG"),
    ("Madrid", "Spain", "ES"),
)
SUBJECTS = (
    "A man",
    "A woman",
    "Protesters",
    "Rescue workers",
    "Soldiers",
    "Supporters",
    "Voters",
    "Firefighters",
    "Children",
    "Police officers",
    "Residents",
    "Medical staff",
)
ACTIONS = (
    "hold a picture of the late general",
    "walk past a damaged building",
    "wait in line at a polling station",
    "gather in the street after the earthquake",
    "carry supplies through flood water",
    "react during a rally",
    "inspect the site of an air strike",
    "celebrate the election results",
    "clear debris from a road",
    "attend a funeral",
    "march toward parliament",
    "queue for bread",
)


def _words(rng: random.Random, count: int) -> list[str]:
    syllables = [
        "ka",
        "lo",
        "mi",
        "ne",
        "ru",
        "sa",
        "ti",
        "vo",
        "ze",
        "ba",
        "de",
        "fi",
        "gu",
        "ha",
        "jo",
        "ku",
        "la",
        "ma",
        "no",
        "pe",
        "ri",
        "so",
        "tu",
        "va",
        "we",
    ]
    vocabulary = {
        "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))) for _ in range(count)
    }
    return sorted(vocabulary)


def generate(n: int, seed: int = 7) -> Iterator[tuple[str, Any]]:
    """Caption texts with their parsed values, deterministic for a seed."""
    from catalog.parsing.model import ParsedCaption

    rng = random.Random(seed)
    vocabulary = _words(rng, 20_000)
    photographers = [
        f"{first} {last}" for first in PHOTOGRAPHER_FIRST for last in PHOTOGRAPHER_LAST
    ]
    for number in range(n):
        agency, via = rng.choice(AGENCIES)
        city, country, code = rng.choice(PLACES)
        year = rng.randint(2015, 2024)
        month = rng.randint(1, 12)
        day = rng.randint(1, 28)
        extra = " ".join(rng.choice(vocabulary) for _ in range(rng.randint(2, 5)))
        description = f"{rng.choice(SUBJECTS)} {rng.choice(ACTIONS)} near {extra} #{number}"
        location = f"{city}, {country}"
        written = f"{MONTHS_AP[month - 1]} {day}, {year}"
        uncredited = rng.random() < 0.03
        photographer = None if rng.random() < 0.08 else rng.choice(photographers)
        if uncredited:
            credit = None
            agency_value = via_value = photographer = None
        else:
            name = f"{photographer}/" if photographer else ""
            credit = f"{name}{agency}" + (f" via {via}" if via else "")
            agency_value, via_value = agency, via
        text = f"{description}, {location}, {written}." + (f" {credit}" if credit else "")
        parsed = ParsedCaption(
            caption=text,
            description=description,
            location=location,
            city=city,
            country=country,
            country_code=code,
            date=f"{year}-{month:02d}-{day:02d}",
            date_precision="day",
            credit=credit,
            photographer=photographer,
            agency=agency_value,
            via=via_value,
            unknown_organisations=(agency,) if agency == "Tasnim" and credit else (),
        )
        yield text, parsed


def build_database(path: Path, n: int, seed: int = 7) -> None:
    """A catalog of ``n`` captions (schema through open_catalog, rows through raw sqlite3)."""
    from catalog.db import open_catalog
    from catalog.db.fields import caption_row
    from catalog.db.rows import CAPTION_COLUMNS
    from catalog.db.search_schema import sqlite_bulk_fts_begin, sqlite_bulk_fts_end

    path.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    engine = open_catalog(f"sqlite:///{path}")
    with engine.begin() as connection:
        sqlite_bulk_fts_begin(connection)
    engine.dispose()

    rng = random.Random(seed + 1)
    started = time.perf_counter()
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=OFF")
    db.execute("PRAGMA cache_size=-262144")
    # The bulk writer's columns, and those it leaves to the database's defaults.
    columns = ("id", *CAPTION_COLUMNS, "merged_into_id", "created_at")
    insert_caption = (
        f"INSERT INTO caption ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
    )
    n_articles = max(1, n // 3)
    articles = []
    for article_id in range(1, n_articles + 1):
        year = rng.randint(2015, 2024)
        published = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        url = f"https://news.example/{year}/story-{article_id}"
        articles.append(
            (
                article_id,
                f"{article_id:064x}",
                url,
                "html",
                f"Story number {article_id}",
                None,
                published,
                url,
                None,
                "2026-01-01 00:00:00",
            )
        )
    # Named columns: the tables gain columns with migrations (0007: identity, crawl date).
    db.executemany(
        "INSERT INTO article (id, identity, source, format, title, byline, published, url, path,"
        " ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
        articles,
    )
    # A caption drawn twice for one article is one use (the unique pair), as ingest stores it.
    insert_use = (
        "INSERT OR IGNORE INTO caption_use (id, caption_id, article_id, position) VALUES (?,?,?,?)"
    )
    batch: list[tuple[Any, ...]] = []
    uses: list[tuple[int, int, int, int]] = []
    positions: dict[int, int] = {}
    use_id = 0
    for caption_id, (text, parsed) in enumerate(generate(n, seed), start=1):
        row = caption_row(parsed)
        row["id"] = caption_id
        row["key"] = hashlib.sha1(text.encode()).hexdigest()
        row["parsed"] = json.dumps(row["parsed"])
        row["origins"] = json.dumps(row["origins"])
        row["created_at"] = "2026-01-01 00:00:00"
        batch.append(tuple(row.get(column) for column in columns))
        for _ in range(1 if rng.random() < 0.7 else rng.randint(2, 4)):
            article_id = rng.randint(1, n_articles)
            positions[article_id] = position = positions.get(article_id, 0) + 1
            use_id += 1
            uses.append((use_id, caption_id, article_id, position))
        if len(batch) >= 50_000:
            db.executemany(insert_caption, batch)
            db.executemany(insert_use, uses)
            batch.clear()
            uses.clear()
            print(f"  {caption_id:,} captions", file=sys.stderr, flush=True)
    db.executemany(insert_caption, batch)
    db.executemany(insert_use, uses)
    db.commit()
    db.close()
    engine = open_catalog(f"sqlite:///{path}", migrate=False)
    with engine.begin() as connection:
        sqlite_bulk_fts_end(connection, 0)
        connection.exec_driver_sql("ANALYZE")
    engine.dispose()
    print(f"built {n:,} captions in {time.perf_counter() - started:.1f} s", file=sys.stderr)


def caption_count(path: Path) -> int:
    if not path.exists():
        return -1
    try:
        db = sqlite3.connect(path)
        try:
            return int(db.execute("SELECT count(*) FROM caption").fetchone()[0])
        finally:
            db.close()
    except sqlite3.Error:
        return -1


FIRST_PAINT_CHILD = """
import asyncio, sys, time
sys.path.insert(0, {repo!r})
from catalog.tui.app import make_app

async def main():
    app = make_app({url!r}, search_delay=0)
    async with app.run_test(size=(120, 40)) as pilot:
        table = app.main_screen.table
        painted = []
        render_line = table.render_line

        def spy(y):
            strip = render_line(y)
            if y == 1 and table.row_at(int(table.scroll_y)) is not None:
                painted.append(True)
            return strip

        table.render_line = spy
        while not painted:
            await asyncio.sleep(0.001)
        print("painted", flush=True)
        sys.stdout.flush()
        import os
        os._exit(0)

asyncio.run(main())
"""


def first_paint(url: str) -> float:
    """Seconds from starting a fresh Python process to the table painted with rows."""
    code = FIRST_PAINT_CHILD.format(repo=str(REPO), url=url)
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    elapsed = time.perf_counter() - started
    process.wait()
    if line.strip() != "painted":
        raise RuntimeError("the browser did not paint (run it by hand to see why)")
    return elapsed


class PaintSpy:
    """Notes when the table draws its first data line with real rows (not placeholders)."""

    def __init__(self, table: Any) -> None:
        self.table = table
        self.painted_at = 0.0
        self._render_line = table.render_line
        table.render_line = self.render_line

    def render_line(self, y: int) -> Any:
        strip = self._render_line(y)
        if y == 1 and self.table.row_at(int(self.table.scroll_y)) is not None:
            self.painted_at = time.perf_counter()
        return strip


async def _until(
    pilot: Any, condition: Any, spy: PaintSpy | None = None, timeout: float = 30.0
) -> None:
    """Wait for the condition, then (with a spy) for the table to paint after it held."""
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("the browser did not get there")
        await asyncio.sleep(0.0005)
    if spy is None:
        return
    held = time.perf_counter()
    spy.table.refresh()  # a repaint is due anyway; make sure one comes when nothing changed
    while spy.painted_at < held:
        if time.perf_counter() > deadline:
            raise TimeoutError("the table did not repaint")
        await asyncio.sleep(0.0005)


async def in_app(url: str, runs: int) -> dict[str, list[float]]:
    from textual.widgets import Input

    from catalog.db.browse.facets import facet_counts
    from catalog.db.counts import count_captions
    from catalog.db.filters import CaptionFilter
    from catalog.tui.app import make_app
    from catalog.tui.widgets.facets import FacetPanel

    app = make_app(url, search_delay=0)
    figures: dict[str, list[float]] = {}
    facets_seen: list[int] = []
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.main_screen
        assert screen is not None
        table = screen.table
        spy = PaintSpy(table)
        panel = screen.query_one(FacetPanel)
        original = panel.show_facets

        def show_facets(facets: list[Any]) -> None:
            original(facets)
            facets_seen.append(screen.generation)

        panel.show_facets = show_facets  # type: ignore[method-assign]
        await _until(pilot, lambda: table.total and table.row_at(0) is not None)
        await app.workers.wait_for_complete()
        search = screen.query_one("#search", Input)
        queries = ["polling", "kalo*", "agency:AP", "in:Tehran", "flood* agency:Reuters"]
        for _ in range(runs):
            for query in [*queries, ""]:
                generation = screen.generation
                started = time.perf_counter()
                search.value = query
                await _until(
                    pilot,
                    lambda g=generation: (
                        screen.generation > g
                        and table.generation == screen.generation
                        and (table.total == 0 or table.row_at(0) is not None)
                    ),
                )
                label = f"search {query!r}" if query else "search cleared"
                print(f"  {label}", file=sys.stderr, flush=True)
                figures.setdefault(label, []).append(time.perf_counter() - started)
                await _until(pilot, lambda: screen.generation in facets_seen)
                figures.setdefault(f"facets in app {query!r}", []).append(
                    time.perf_counter() - started
                )
                await app.workers.wait_for_complete()
        table.focus()
        for _ in range(runs):
            for target, label in (
                (100_000, "jump 100,000 rows down"),
                (900_000, "jump to row 900,000"),
            ):
                table.move_cursor(0)
                await app.workers.wait_for_complete()
                await pilot.pause()
                await asyncio.sleep(0.05)
                started = time.perf_counter()
                table.move_cursor(target)
                await _until(pilot, lambda t=target: table.row_at(t) is not None, spy)
                figures.setdefault(label, []).append(time.perf_counter() - started)
            # Deep inside a search result (ids snapshot): 40,000 rows down "polling".
            generation = screen.generation
            search.value = "polling"
            await _until(
                pilot,
                lambda g=generation: (
                    screen.generation > g
                    and table.generation == screen.generation
                    and table.row_at(0) is not None
                ),
            )
            await app.workers.wait_for_complete()  # the id snapshot is in
            await pilot.pause()
            started = time.perf_counter()
            table.move_cursor(40_000)
            await _until(pilot, lambda: table.row_at(40_000) is not None, spy)
            figures.setdefault("jump 40,000 rows down a search", []).append(
                time.perf_counter() - started
            )
            search.value = ""
            await _until(pilot, lambda: table.total > 100_000 and table.row_at(0) is not None)
            await app.workers.wait_for_complete()
    engine = app.engine
    with engine.connect() as connection:
        for query in ["", "polling", "agency:AP", "in:Tehran", "date:2020-01..2020-03"]:
            flt = CaptionFilter.parse(query)
            total = count_captions(connection, flt)
            for _ in range(runs):
                started = time.perf_counter()
                facet_counts(connection, flt, total=total)
                figures.setdefault(f"facet query {query!r}", []).append(
                    time.perf_counter() - started
                )
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if caption_count(args.db) != args.rows:
        print(f"building {args.rows:,} captions in {args.db} …", file=sys.stderr)
        build_database(args.db, args.rows)
    url = f"sqlite:///{args.db}"
    # Bring the schema to head here, without the backup a real upgrade makes first.
    from catalog.db import open_catalog
    from catalog.db.migrate import current_revision, head_revision, upgrade

    engine = open_catalog(url, migrate=False)
    if current_revision(engine) != head_revision():
        upgrade(engine)
    engine.dispose()

    def show(label: str, values: list[float], target: float | None = None) -> None:
        median = statistics.median(values) * 1000
        verdict = ""
        if target is not None:
            verdict = "  ok" if median < target else f"  OVER target {target:.0f} ms"
        print(
            f"{label:42s} {median:8.1f} ms   (min {min(values) * 1000:.1f}, n={len(values)}){verdict}"
        )

    print(f"{caption_count(args.db):,} captions, SQLite {sqlite3.sqlite_version}")
    first_paint(url)  # warm the file cache once
    show("start to first rows painted", [first_paint(url) for _ in range(args.runs)], 1000)
    figures = asyncio.run(in_app(url, args.runs))
    for label, values in figures.items():
        target = None
        if label.startswith("search"):
            target = 150
        elif label.startswith("jump"):
            target = 50
        elif label.startswith("facet"):
            target = 300
        show(label, values, target)


if __name__ == "__main__":
    main()
