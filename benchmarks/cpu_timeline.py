"""CPU of a command's process tree over time: which process works when, and which core idles.

    .venv/bin/python benchmarks/cpu_timeline.py -- .venv/bin/catalog --db sqlite:///x.db \
        ingest --json CORPUS

Every ``--every`` seconds (0.25) it reads ``/proc/PID/stat`` of the command and of every
descendant (utime + stime), and prints, per ``--bucket`` (1 s), the cores each process used:
the main process first, then the workers in the order they started, then the whole tree. A
run whose tree uses less than the machine's cores for long stretches has work to overlap;
the last lines show the serial tail after the workers went quiet. Linux only.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _stat(pid: int) -> tuple[int, int] | None:
    """(parent pid, CPU ticks) of a live process, or None."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    # The command name may hold spaces and parentheses: the fields follow the last ")".
    fields = text[text.rindex(")") + 2 :].split()
    return int(fields[1]), int(fields[11]) + int(fields[12])


def _tree(root: int) -> dict[int, int]:
    """CPU ticks of ``root`` and of every descendant alive now."""
    parents: dict[int, int] = {}
    ticks: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            found = _stat(int(entry))
            if found is not None:
                parents[int(entry)], ticks[int(entry)] = found
    members = {root}
    grown = True
    while grown:
        grown = False
        for pid, parent in parents.items():
            if parent in members and pid not in members:
                members.add(pid)
                grown = True
    return {pid: ticks[pid] for pid in members if pid in ticks}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--every", type=float, default=0.25, help="sampling period, seconds")
    parser.add_argument("--bucket", type=float, default=1.0, help="seconds per printed line")
    parser.add_argument("command", nargs=argparse.REMAINDER, help="the command (after --)")
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    # Per pid: the ticks of its last sample, and the ticks it used in each bucket.
    last: dict[int, int] = {}
    used: dict[int, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    order: list[int] = []
    while child.poll() is None:
        bucket = int((time.perf_counter() - started) / args.bucket)
        for pid, ticks in _tree(child.pid).items():
            if pid not in last:
                order.append(pid)
                last[pid] = ticks if pid != child.pid else 0
            used[pid][bucket] += ticks - last[pid]
            last[pid] = ticks
        time.sleep(args.every)
    wall = time.perf_counter() - started
    buckets = int(wall / args.bucket) + 1
    shown = order[:8]
    header = "   t(s)  " + " ".join(
        f"{'main' if i == 0 else f'w{i}':>5}" for i in range(len(shown))
    )
    print(header + "  total", file=sys.stderr)
    for bucket in range(buckets):
        cores = [used[pid].get(bucket, 0) / _TICKS / args.bucket for pid in shown]
        total = sum(used[pid].get(bucket, 0) for pid in order) / _TICKS / args.bucket
        cells = " ".join(f"{value:5.2f}" for value in cores)
        print(f"{bucket * args.bucket:7.1f}  {cells}  {total:5.2f}", file=sys.stderr)
    cpu = {pid: sum(used[pid].values()) / _TICKS for pid in order}
    print(
        f"wall {wall:.1f} s; CPU main {cpu.get(child.pid, 0):.1f} s, all "
        f"{sum(cpu.values()):.1f} s; exit {child.returncode}; load {os.getloadavg()[0]:.2f}",
        file=sys.stderr,
    )
    sys.exit(child.returncode)


if __name__ == "__main__":
    main()
