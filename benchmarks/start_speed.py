"""How fast the short commands start: ``catalog info``, a first ``catalog ingest`` of one
text article into a new SQLite catalog, and ``catalog parse`` of one caption, each a fresh
process, CPU (the child's user + system time) and wall.

usage: python benchmarks/start_speed.py [--runs N] [--against PATH/TO/OTHER/catalog]
                                         [--instructions]

``--against`` alternates every run with another installation's ``catalog`` script (a second
checkout at main, say), so both see the same load. The floors are measured in the same run:
the interpreter alone, the interpreter importing click and rich, which every command that
prints a table loads, and importing SQLAlchemy, which ``info`` and ``ingest`` on a SQLite file
no longer do.

Each installation keeps the parser's start cache (``catalog.parsing.start_cache``) in a
folder of its own in the scratch folder, written by the first, uncounted round; "first ingest,
empty cache" is a first ingest with a new, empty cache folder, as on the first run after an
install (it writes the cache: a tree without one runs it exactly as "first ingest").

``--instructions`` also counts the instructions each command executes, whole process, under
valgrind's callgrind (once each, after the timed runs): unlike time, the count does not move
with the load of a shared machine, so two trees compare on it at any load. Byte code is written and used (an
installed wheel ships it), whatever ``PYTHONDONTWRITEBYTECODE`` says.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
ARTICLE = REPO / "samples" / "000_b5319b385a107b68.txt"
CAPTION = (
    "Firefighters clear debris after a storm in Lyon, France, on March 3, 2021. (Ana Weiss/AFP)"
)
FLOORS = {
    "python alone": "pass",
    # What every command that prints a table loads.
    "python + click, rich": "import click, rich.console, rich.table",
    # What the commands on a SQLite file no longer load (db.sqlite_engine), for scale.
    "python + sqlalchemy": "import sqlalchemy",
}


def run(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(CPU, wall) seconds of one process; it must succeed."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    if status != 0:
        assert process.stderr is not None
        sys.exit(f"{' '.join(argv)} failed: {process.stderr.read().decode(errors='replace')}")
    return usage.ru_utime + usage.ru_stime, wall


def instructions(argv: list[str], env: dict[str, str], scratch: Path) -> int:
    """Instructions ``argv`` executes, all threads, counted by callgrind."""
    out = scratch / "callgrind.out"
    result = subprocess.run(
        ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", *argv],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=True,
    )
    found = re.search(r"Collected : (\d+)", result.stderr)
    assert found, result.stderr
    return int(found.group(1))


def commands(catalog: str, scratch: Path, cache: Path) -> dict[str, tuple[list[str], Path]]:
    """Each command, and the cache folder it runs with."""
    database = str(scratch / "catalog.db")
    return {
        "first ingest, empty cache": (
            [catalog, "--db", str(scratch / "uncached.db"), "ingest", str(ARTICLE)],
            scratch / "empty-cache",
        ),
        "first ingest": ([catalog, "--db", database, "ingest", str(ARTICLE)], cache),
        "info": ([catalog, "--db", database, "info"], cache),
        "parse": ([catalog, "parse", CAPTION], cache),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--against", help="another installation's catalog script")
    parser.add_argument("--instructions", action="store_true", help="count them (callgrind)")
    args = parser.parse_args()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    trees = {"this": str(Path(sys.executable).with_name("catalog"))}
    if args.against:
        trees["other"] = args.against
    times: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory() as scratch:
        for round_ in range(args.runs + 1):  # the first round writes byte code: not counted
            for name, catalog in trees.items():
                folder = Path(scratch) / f"{name}-{round_}"
                folder.mkdir()
                cache = Path(scratch) / f"{name}-cache"
                for command, (argv, cache_dir) in commands(catalog, folder, cache).items():
                    measured = run(argv, env | {"CATALOG_CACHE_DIR": str(cache_dir)})
                    if round_:
                        times[(command, name)].append(measured)
            for floor, code in FLOORS.items():
                measured = run([sys.executable, "-c", code], env)
                if round_:
                    times[(floor, "floor")].append(measured)
        counts: dict[tuple[str, str], int] = {}
        if args.instructions:
            for name, catalog in trees.items():
                folder = Path(scratch) / f"{name}-counted"
                folder.mkdir()
                cache = Path(scratch) / f"{name}-cache"
                for command, (argv, cache_dir) in commands(catalog, folder, cache).items():
                    counted_env = env | {"CATALOG_CACHE_DIR": str(cache_dir)}
                    counts[(command, name)] = instructions(argv, counted_env, folder)
    load_after = os.getloadavg()
    print(f"{args.runs} runs; load average {load_before[0]:.1f} before, {load_after[0]:.1f} after")
    print(f"{'':34} {'':6} {'CPU median':>10} {'min':>6} {'wall median':>12} {'min':>6}")
    for (command, name), figures in times.items():
        cpu = [figure[0] for figure in figures]
        wall = [figure[1] for figure in figures]
        print(
            f"{command:34} {name:6} {statistics.median(cpu):10.3f} {min(cpu):6.3f} "
            f"{statistics.median(wall):12.3f} {min(wall):6.3f}"
        )
    if counts:
        print(f"\n{'instructions (callgrind, millions)':34} {'':6} {'this':>10} {'other':>10}")
        for command in commands("catalog", Path(), Path()):
            other = counts.get((command, "other"))
            print(
                f"{command:34} {'':6} {counts[(command, 'this')] / 1e6:10,.0f} "
                + (f"{other / 1e6:10,.0f}" if other else "")
            )


if __name__ == "__main__":
    main()
