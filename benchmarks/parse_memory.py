"""Peak memory of a parser process, with and without the given-name data loaded.

usage: python benchmarks/parse_memory.py [--count N]

Each figure comes from a fresh process (peak RSS from ``resource.getrusage``): the parser loaded
and warmed up (registry, place index) and N synthetic wire captions parsed, as
``parse_speed.py`` makes them; then the same with the given names read as well (they load on
the first question about a name); the figure without them replaces them by an empty set (the
parses differ, the rest of the parser's memory is the same). And, for what the names cost
alone, a process that only imports the parser, before and after reading them.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
from pathlib import Path


def _resident_kb() -> int:
    """The process's resident set now (Linux), beside the peak getrusage gives."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def _child(count: int, names: bool) -> None:
    sys.path.insert(0, str(Path(__file__).parent))
    import random

    from parse_speed import _caption

    from catalog.parsing import lexicon, parse_caption
    from catalog.parsing.places import warm_up

    if not names:
        # The captions ask about names (a credit's first word): without the data, every name
        # is unknown. The parses differ; only the memory is compared.
        lexicon.given_names = lambda: frozenset()  # type: ignore[assignment]
    warm_up()
    rng = random.Random(3)
    for number in range(count):
        parse_caption(_caption(rng, number))
    if names:
        lexicon.is_given_name("Maria")  # read here unless a caption asked first
    figures = {
        "peak_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        "resident_kb": _resident_kb(),
        "names": len(lexicon.given_names()) if names else 0,
        "names_loaded": len(lexicon.given_names()) > 0,
    }
    print(json.dumps(figures))


def _bare() -> None:
    """The names alone: a process that imports the parser, before and after reading them."""
    from catalog.parsing import lexicon

    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    lexicon.given_names()
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"before_kb": before, "after_kb": after}))


def _run(count: int, names: bool) -> dict[str, float]:
    command = [sys.executable, __file__, "--count", str(count), "--child"]
    command += ["--names"] if names else []
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    figures: dict[str, float] = json.loads(output)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=20_000)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--names", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--bare", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.bare:
        _bare()
        return
    if args.child:
        _child(args.count, args.names)
        return
    without = _run(args.count, names=False)
    with_names = _run(args.count, names=True)
    print(
        f"parser, {args.count:,} captions parsed, no given names: "
        f"peak {without['peak_kb'] / 1024:.1f} MB"
    )
    print(
        f"the same with the given names ({with_names['names']:,.0f}): "
        f"peak {with_names['peak_kb'] / 1024:.1f} MB"
    )
    bare_output = subprocess.run(
        [sys.executable, __file__, "--bare"], capture_output=True, text=True, check=True
    ).stdout
    bare: dict[str, float] = json.loads(bare_output)
    added = (with_names["peak_kb"] - without["peak_kb"]) / 1024
    resident = (with_names["resident_kb"] - without["resident_kb"]) / 1024
    print(f"given names add {added:.1f} MB to the peak, {resident:.1f} MB to the resident set")
    print(
        f"alone, right after import: peak {bare['before_kb'] / 1024:.1f} MB, "
        f"{bare['after_kb'] / 1024:.1f} MB with the names "
        f"(+{(bare['after_kb'] - bare['before_kb']) / 1024:.1f} MB)"
    )


if __name__ == "__main__":
    main()
