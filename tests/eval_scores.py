"""Run one of ../shared/eval's scorers on this checkout and read its summary line, for the
accuracy floor tests of the parser and the readers."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
EVAL = REPO.parent / "shared" / "eval"


def run_scorer(scorer: Path, *args: str) -> tuple[dict[str, float], str]:
    """The scorer's ``name=value`` figures from its last line, and its whole output."""
    result = subprocess.run(
        [sys.executable, str(scorer), *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    summary = result.stdout.strip().splitlines()[-1]
    scores = {name: float(value) for name, value in re.findall(r"(\w+)=([\d.]+)", summary)}
    return scores, result.stdout


def below_floors(scores: dict[str, float], floors: dict[str, float]) -> dict[str, float | None]:
    return {
        name: scores.get(name) for name, floor in floors.items() if scores.get(name, 0.0) < floor
    }
