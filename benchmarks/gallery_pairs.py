"""Near-duplicate pairs of a gallery: captions one photographer filed on one day, a counter apart.

    .venv/bin/python benchmarks/gallery_pairs.py                       # 1,200 captions, SQLite
    .venv/bin/python benchmarks/gallery_pairs.py --captions 300 --pg postgresql+psycopg://...
    .venv/bin/python benchmarks/gallery_pairs.py --catalog /work/main/.venv/bin/catalog

A gallery's captions differ by two numbers ("Picture 17 of 1200, frame 1119"), share their
licensor, photographer and date, and so fall into one near-duplicate block where every caption
is a typo away from every other. The corpus is one JSON lines file of caption objects, a page of
them per gallery article, written to a temporary folder (not timed). ``--then`` more captions of
the same gallery are ingested afterwards by a second process: the incremental case, where each
new caption is compared with the whole block.

Printed: the pairs proposed and per caption (at most ``dedupe.PAIRS_PER_CAPTION`` since the
nearest-only linking; every pair of the gallery before it), and each ingest process's wall and
CPU seconds (the child's ``wait4`` usage, which
includes its workers; CPU time moves less than wall time with the shared machine's load).
``--catalog`` runs another install's ``catalog`` script (the code before a change) on the same
corpus, for a before/after in one run.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CAPTION = (
    "Demonstrators march past the parliament building during a rally against the pension "
    "reform in Paris, France, May 3, 2023. Picture {number} of {total}, frame {frame}. "
    "REUTERS/Gleb Garanich"
)
PAGE = 50  # captions per gallery article


def write_gallery(path: Path, first: int, count: int, total: int) -> None:
    """Captions ``first`` .. ``first + count - 1`` of a ``total``-picture gallery."""
    with path.open("w", encoding="utf-8") as out:
        for number in range(first, first + count):
            page = (number - 1) // PAGE
            row = {
                "caption": CAPTION.format(number=number, total=total, frame=1000 + 7 * number),
                "url": f"https://example.org/gallery/paris-rally/{page}",
                "title": f"Paris rally in pictures, page {page + 1}",
                "published": "2023-05-03",
            }
            out.write(json.dumps(row) + "\n")


def ingest(catalog: list[str], url: str, corpus: Path) -> tuple[float, float, dict[str, object]]:
    """One `catalog ingest` process: (wall seconds, CPU seconds, its JSON summary)."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        started = time.perf_counter()
        child = subprocess.Popen(
            [*catalog, "--db", url, "ingest", "--json", str(corpus)], stdout=out, stderr=err
        )
        _pid, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - started
        out.seek(0)
        err.seek(0)
        if os.waitstatus_to_exitcode(status) != 0:
            sys.exit(f"ingest failed:\n{err.read()[-3000:]}")
        return seconds, usage.ru_utime + usage.ru_stime, json.loads(out.read())


def pair_count(catalog: list[str], url: str) -> int:
    info = subprocess.run(
        [*catalog, "--db", url, "info", "--json"], capture_output=True, text=True, check=True
    )
    return int(json.loads(info.stdout)["possible_duplicates"])


def reset_postgres(url: str) -> None:
    """Empty the PostgreSQL catalog (the benchmark owns it) so each run starts blank."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def run(name: str, catalog: list[str], args: argparse.Namespace, scratch: Path) -> None:
    total = args.captions + args.then
    first, second = scratch / "gallery.jsonl", scratch / "more.jsonl"
    write_gallery(first, 1, args.captions, total)
    write_gallery(second, args.captions + 1, args.then, total)
    if args.pg:
        reset_postgres(args.pg)
        url = args.pg
    else:
        url = f"sqlite:///{scratch / (name + '.db')}"
    seconds, cpu, summary = ingest(catalog, url, first)
    pairs = pair_count(catalog, url)
    print(f"\n{name}: {' '.join(catalog)}")
    print(
        f"  {args.captions:,} captions: {summary['captions_new']:,} new, {pairs:,} pairs "
        f"({pairs / args.captions:.2f} per caption); {seconds:.2f} s wall, {cpu:.2f} s CPU"
    )
    if args.then:
        seconds, cpu, summary = ingest(catalog, url, second)
        added = pair_count(catalog, url) - pairs
        print(
            f"  then {args.then:,} more: {summary['captions_new']:,} new, {added:,} pairs added "
            f"({added / args.then:.2f} per new caption); {seconds:.2f} s wall, {cpu:.2f} s CPU"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--captions", type=int, default=1200)
    parser.add_argument("--then", type=int, default=20, help="captions of a second ingest")
    parser.add_argument("--pg", help="a PostgreSQL URL (its public schema is emptied)")
    parser.add_argument("--catalog", help="another install's `catalog` script to compare")
    args = parser.parse_args()
    print(f"load {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory() as folder:
        run("this checkout", [sys.executable, "-m", "catalog"], args, Path(folder))
        if args.catalog:
            run("compared", [args.catalog], args, Path(folder))


if __name__ == "__main__":
    main()
