"""Ingest speed: a synthetic corpus in the seed's shape, ingested end to end by `catalog ingest`.

    .venv/bin/python benchmarks/ingest_speed.py                      # 1,000,000 uses, SQLite
    .venv/bin/python benchmarks/ingest_speed.py --uses 200000 --pg postgresql+psycopg://...
    .venv/bin/python benchmarks/ingest_speed.py --uses 400000 --single csv   # one large file

The corpus is written to a temporary folder first (not timed): seed-shaped text files (title
printed twice, byline, date lines, body paragraphs, captions printed twice as alt text and
figure caption, a "Reuters contributed to this report." line) and JSON lines files of the same
articles. Wire captions are drawn from a shared pool with a skewed distribution, so the same
caption is reused across many articles, as agency photos are; the rest are local one-offs.
``--single jsonl`` writes the same articles as one JSON lines file instead (a researcher's
export), ``--single csv`` as one CSV file of captions, a row per use with its article's
columns: the ingest then reads one large file in parts.

Each run is a separate `catalog ingest` process into a blank catalog; the figures are its wall
time, its peak resident memory (ru_maxrss of the child) and the peak of the whole process tree
(the ingest process plus its reader and parser workers, sampled every 0.2 s, RSS summed), and
the CPU time of the tree, so they include start-up, reading, parsing, dedupe, writes, the FTS
index, the use statistics and the near-duplicate search.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

PHOTOGRAPHERS = [
    f"{first} {last}"
    for first in (
        "Ari",
        "Nazanin",
        "Hussein",
        "Gleb",
        "Maria",
        "Chen",
        "Amr",
        "Lucas",
        "Olga",
        "Kim",
    )
    for last in (
        "Jalal",
        "Tabatabaee",
        "Faleh",
        "Garanich",
        "Alves",
        "Wei",
        "Nabil",
        "Fontaine",
        "Ivanova",
        "Ryu",
    )
]
CREDITS = [
    "{p}/Reuters",
    "AP Photo/{p}",
    "{p}/AFP via Getty Images",
    "EPA-EFE/{p}",
    "{p}/Anadolu Agency via Getty Images",
    "Xinhua/{p}",
    "{p}/Bloomberg via Getty Images",
    "REUTERS/{p}/File Photo",
]
PLACES = [
    "Tehran, Iran",
    "Baghdad, Iraq",
    "Kyiv, Ukraine",
    "Gaza City",
    "Paris, France",
    "Washington",
    "Beijing, China",
    "Sao Paulo, Brazil",
    "Nairobi, Kenya",
    "Tokyo, Japan",
    "Berlin, Germany",
    "Mexico City, Mexico",
    "Istanbul, Turkey",
    "Delhi, India",
    "Sydney, Australia",
]
SUBJECTS = [
    "Residents",
    "Protesters",
    "Firefighters",
    "Supporters",
    "Soldiers",
    "Pilgrims",
    "Students",
    "Rescue workers",
    "Fans",
    "Farmers",
    "Doctors",
    "Police officers",
    "Children",
    "Voters",
]
ACTIONS = [
    "gather outside the parliament",
    "look at a crater caused by a missile",
    "march during a rally",
    "clear debris from a damaged road",
    "wait in line at a polling station",
    "celebrate a victory",
    "inspect a burning vehicle",
    "attend a funeral",
    "hold candles during a vigil",
    "carry supplies after an earthquake",
    "watch a parade",
    "stand near a checkpoint",
]
DETAILS = [
    "as people celebrate in the street",
    "after heavy rain",
    "during a visit by the president",
    "ahead of the election",
    "on the outskirts of the city",
    "in the early morning",
    "near the main square",
    "after a week of clashes",
    "as talks continue",
    "despite a curfew",
]
BODY = (
    "Officials said on {day} that the situation remained tense, with crowds gathering in several "
    "districts and security forces deployed at main intersections. Talks between the parties "
    "are expected to continue later this week, a spokesman said, declining to give details. "
)
START = date(2020, 1, 1)


def caption(rng: random.Random, serial: int, day: date) -> str:
    who = rng.choice(PHOTOGRAPHERS)
    credit = rng.choice(CREDITS).format(p=who)
    when = f"{day:%b}. {day.day}, {day.year}" if day.month != 5 else f"May {day.day}, {day.year}"
    return (
        f"{rng.choice(SUBJECTS)} {rng.choice(ACTIONS)} {rng.choice(DETAILS)} "
        f"(frame {serial}) in {rng.choice(PLACES)}, on {when}. ({credit})"
    )


class Corpus:
    """Deterministic articles; wire captions come from a pool shared by all articles."""

    def __init__(self, uses: int, per_article: int, wire_pool: int, wire_share: float) -> None:
        self.uses = uses
        self.per_article = per_article
        self.wire_pool = wire_pool
        self.wire_share = wire_share

    def wire(self, index: int) -> str:
        rng = random.Random(index)
        return caption(rng, index, START + timedelta(days=index % 1400))

    def articles(self) -> Iterator[dict[str, object]]:
        rng = random.Random(42)
        made = 0
        number = 0
        while made < self.uses:
            count = min(self.uses - made, rng.randint(self.per_article - 4, self.per_article + 4))
            day = START + timedelta(days=rng.randrange(1400))
            captions = []
            for position in range(count):
                if rng.random() < self.wire_share:
                    # Skewed reuse: a few wire photos run everywhere, most run a few times.
                    index = int(self.wire_pool * rng.random() ** 2)
                    captions.append(self.wire(index))
                else:
                    captions.append(caption(rng, 10_000_000 + number * 100 + position, day))
            yield {
                "id": f"a{number}",
                "title": f"Story {number}: {rng.choice(SUBJECTS)} {rng.choice(ACTIONS)}",
                "author": rng.choice(PHOTOGRAPHERS),
                "day": day,
                "captions": captions,
            }
            made += count
            number += 1


def seed_shaped_text(article: dict[str, object]) -> str:
    day = article["day"]
    assert isinstance(day, date)
    stamp = f"{day.month}/{day.day}/{day.year}"
    lines = [str(article["title"]), "", str(article["title"])]
    lines += [str(article["author"]), stamp, "Updated:", stamp, ""]
    captions = article["captions"]
    assert isinstance(captions, list)
    for index, text in enumerate(captions):
        if index % 2 == 0:
            lines += [BODY.format(day=f"{day:%A}"), ""]
        lines.append(text)
        if index % 3 != 2:  # alt text and figure caption: most captions are printed twice
            lines.append(text)
        lines.append("")
    lines += ["Reuters contributed to this report.", ""]
    return "\n".join(lines)


def distinct_uses(captions: list[str]) -> int:
    """The uses an article makes: a wire photo the pool gave one article twice is one use."""
    return len(set(captions))


def write_corpus(folder: Path, corpus: Corpus, text_share: float) -> tuple[int, int]:
    """Write the corpus (text files and JSON lines files); returns (articles, uses)."""
    rng = random.Random(7)
    articles = uses = 0
    jsonl = None
    lines_in_file = 0
    texts = folder / "text"
    texts.mkdir(parents=True)
    for article in corpus.articles():
        articles += 1
        captions = article["captions"]
        assert isinstance(captions, list)
        uses += distinct_uses(captions)
        body = seed_shaped_text(article)
        if rng.random() < text_share:
            sub = texts / f"{articles // 1000:04d}"
            sub.mkdir(exist_ok=True)
            (sub / f"{article['id']}.txt").write_text(body, encoding="utf-8")
            continue
        if jsonl is None or lines_in_file >= 1000:
            if jsonl is not None:
                jsonl.close()
            jsonl = (folder / f"wire_{articles:07d}.jsonl").open("w", encoding="utf-8")
            lines_in_file = 0
        day = article["day"]
        assert isinstance(day, date)
        record = {
            "id": article["id"],
            "url": f"https://news.example/{article['id']}",
            "title": article["title"],
            "author": article["author"],
            "published": day.isoformat(),
            "text": body,
        }
        jsonl.write(json.dumps(record) + "\n")
        lines_in_file += 1
    if jsonl is not None:
        jsonl.close()
    return articles, uses


def write_single(path: Path, corpus: Corpus, shape: str) -> tuple[int, int]:
    """The corpus as one file: JSON lines of whole articles, or CSV rows of captions."""
    import csv

    articles = uses = 0
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        if shape == "csv":
            writer.writerow(["url", "title", "author", "published", "caption"])
        for article in corpus.articles():
            articles += 1
            captions = article["captions"]
            assert isinstance(captions, list)
            uses += distinct_uses(captions)
            day = article["day"]
            assert isinstance(day, date)
            url = f"https://news.example/{article['id']}"
            if shape == "csv":
                for text in captions:
                    writer.writerow([url, article["title"], article["author"], day, text])
                continue
            record = {
                "id": article["id"],
                "url": url,
                "title": article["title"],
                "author": article["author"],
                "published": day.isoformat(),
                "text": seed_shaped_text(article),
            }
            out.write(json.dumps(record) + "\n")
    return articles, uses


def _tree_rss(pid: int) -> int:
    """Resident memory (KiB) of a process and all its descendants, from /proc (Linux)."""
    total = 0
    pending = [pid]
    while pending:
        current = pending.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            total += int(status.split("VmRSS:")[1].split()[0])
            for task in Path(f"/proc/{current}/task").iterdir():
                pending += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, IndexError, ValueError):
            continue  # gone, or a zombie without memory
    return total


class TreeMemory:
    """Samples the ingest process tree's RSS (main process plus its worker processes)."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(0.2):
            self.peak = max(self.peak, _tree_rss(self.pid))

    def stop(self) -> float:
        self._stop.set()
        self._thread.join()
        return self.peak / 1024


def run_ingest(
    url: str, corpus: Path, extra: list[str]
) -> tuple[float, dict[str, object], float, float, float]:
    """Time one `catalog ingest` process; returns (seconds, summary, peak RSS of the main
    process in MB, peak RSS of the main process and its workers together in MB, CPU seconds
    of the main process and its workers together)."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        started = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, "-m", "catalog", "--db", url, "ingest", "--json", *extra, str(corpus)],
            stdout=out,
            stderr=err,
        )
        tree = TreeMemory(child.pid)
        # wait4 gives this child's resource usage (ru_maxrss in KiB on Linux: its own peak);
        # its CPU times include the workers it waited for.
        _pid, status, usage = os.wait4(child.pid, 0)
        together = tree.stop()
        seconds = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if child.returncode != 0:
            sys.exit(f"ingest failed ({child.returncode}):\n{err.read()[-3000:]}")
        cpu = usage.ru_utime + usage.ru_stime
        return seconds, json.loads(out.read()), usage.ru_maxrss / 1024, together, cpu


def report(
    name: str,
    seconds: float,
    summary: dict[str, object],
    peak: float,
    together: float,
    cpu: float,
) -> None:
    def rate(key: str) -> str:
        value = summary[key]
        assert isinstance(value, int)
        return f"{value:>9,} ({value / seconds:>9,.0f}/s)"

    print(
        f"\n{name}: {seconds:.1f} s, peak memory {peak:,.0f} MB in the ingest process, "
        f"{together:,.0f} MB with its worker processes (sampled)"
    )
    # On a shared machine the wall time depends on the load; CPU time much less.
    print(f"  CPU time        {cpu:.1f} s, ingest process and workers (load {_load()})")
    print(f"  articles        {rate('articles')}")
    print(f"  captions found  {rate('captions_found')}")
    print(f"  uses stored     {rate('uses')}")
    print(f"  new captions    {rate('captions_new')}")
    print(f"  possible dups   {summary['possible_duplicates']}")
    skipped = summary["files_skipped"]
    assert isinstance(skipped, list)
    print(f"  files           {summary['files_read']} read, {len(skipped)} skipped")


def print_truth(summary: dict[str, object], uses: int) -> None:
    """Nothing lost: the uses stored against the corpus's own count."""
    verdict = "all stored" if summary["uses"] == uses else f"{summary['uses']:,} stored: LOST USES"
    print(f"  corpus truth    {uses:,} uses, {verdict}")


def report_size(database: Path, corpus_mb: float) -> None:
    """The catalog's size beside the input's, and the largest tables and indexes in it."""
    import sqlite3

    total = sum(path.stat().st_size for path in database.parent.glob(database.name + "*")) / 1e6
    print(f"  catalog size    {total:,.0f} MB, {total / corpus_mb:.2f}x the input")
    connection = sqlite3.connect(database)
    try:
        # dbstat is compiled into the usual SQLite builds; without it only the total is shown.
        rows = connection.execute(
            "SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC LIMIT 8"
        ).fetchall()
    except sqlite3.OperationalError:
        rows = []
    finally:
        connection.close()
    for name, pages in rows:
        print(f"    {name:<32} {pages / 1e6:>8,.1f} MB")


def report_raw(database: Path, scratch: Path, cpu: float) -> None:
    """The same caption and use rows written by a raw ``sqlite3`` executemany into tables
    without indexes, in this run: the ingest's CPU time as a ratio of that holds when the
    machine is busy, which wall times do not."""
    import sqlite3

    source = sqlite3.connect(database)
    captions = source.execute("SELECT * FROM caption").fetchall()
    uses = source.execute("SELECT * FROM caption_use").fetchall()
    source.close()
    target = sqlite3.connect(scratch)
    target.execute(f"CREATE TABLE caption ({', '.join(f'c{i}' for i in range(len(captions[0])))})")
    target.execute(f"CREATE TABLE caption_use ({', '.join(f'c{i}' for i in range(len(uses[0])))})")
    started = time.process_time()
    with target:
        for table, rows in (("caption", captions), ("caption_use", uses)):
            marks = ", ".join("?" * len(rows[0]))
            target.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
    raw = time.process_time() - started
    target.close()
    print(
        f"  raw executemany {raw:.2f} s CPU for the {len(captions):,} caption and {len(uses):,} "
        f"use rows: the ingest's CPU time is {cpu / raw:,.0f}x that, "
        f"{cpu / len(uses) * 1e6:,.0f} µs per use against {raw / len(uses) * 1e6:,.1f}"
    )


def _load() -> str:
    try:
        return ", ".join(f"{value:.1f}" for value in os.getloadavg())
    except OSError:
        return "unknown"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--uses", type=int, default=1_000_000, help="caption uses in the corpus")
    parser.add_argument("--per-article", type=int, default=10, help="captions per article (mean)")
    parser.add_argument("--wire-pool", type=int, default=60_000, help="distinct wire captions")
    parser.add_argument(
        "--wire-share", type=float, default=0.85, help="share of uses from the pool"
    )
    parser.add_argument(
        "--text-share", type=float, default=0.2, help="share of articles as .txt files"
    )
    parser.add_argument(
        "--pg",
        metavar="URL",
        help="also ingest into PostgreSQL: a server URL (a scratch database is made there)",
    )
    parser.add_argument(
        "--single",
        choices=("jsonl", "csv"),
        help="the corpus as one large file of this format instead of a folder of files",
    )
    parser.add_argument("--keep", type=Path, help="write the corpus here and keep it")
    parser.add_argument("--no-sqlite", action="store_true", help="only the PostgreSQL run")
    parser.add_argument("ingest_args", nargs="*", help="extra arguments for `catalog ingest`")
    args = parser.parse_args()

    import catalog.parsing

    # `catalog ingest` runs in this interpreter's environment, with its build of the parser
    # (older trees measured by PYTHONPATH, such as c66d180, have no is_compiled: interpreted).
    compiled = getattr(catalog.parsing, "is_compiled", lambda: False)()
    print("parser: " + ("compiled by mypyc" if compiled else "interpreted"))
    with tempfile.TemporaryDirectory(prefix="ingest-speed-") as scratch:
        folder = args.keep or Path(scratch) / "corpus"
        corpus = Corpus(args.uses, args.per_article, args.wire_pool, args.wire_share)
        started = time.perf_counter()
        if args.single:
            folder.mkdir(parents=True)
            articles, uses = write_single(folder / f"corpus.{args.single}", corpus, args.single)
        else:
            articles, uses = write_corpus(folder, corpus, args.text_share)
        size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6
        print(
            f"corpus: {articles:,} articles, {uses:,} caption uses, {size:,.0f} MB "
            f"(written in {time.perf_counter() - started:.1f} s, not timed)"
        )
        print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
        if not args.no_sqlite:
            database = Path(scratch) / "bench.db"
            figures = run_ingest(f"sqlite:///{database}", folder, args.ingest_args)
            report("SQLite", *figures)
            print_truth(figures[1], uses)
            report_size(database, size)
            report_raw(database, Path(scratch) / "raw.db", figures[4])
        if args.pg:
            run_postgres(args.pg, folder, args.ingest_args, uses)


def run_postgres(server: str, corpus: Path, extra: list[str], uses: int) -> None:
    """Ingest into a database of its own on the server named, dropped afterwards."""
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    name = f"ingest_bench_{os.getpid()}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        url = make_url(server).set(database=name).render_as_string(hide_password=False)
        figures = run_ingest(url, corpus, extra)
        report("PostgreSQL", *figures)
        print_truth(figures[1], uses)
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


if __name__ == "__main__":
    main()
