"""Accuracy floors on the 456 labelled real captions in ../shared/eval (skipped where absent).

Runs ../shared/eval/score.py itself, the way the project is judged, against this checkout's
``catalog parse --json --jsonl``, on the whole set. The floors are the figures reached: a change
that lowers one fails here.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
EVAL = REPO.parent / "shared" / "eval"
FLOORS = {
    "agency": 0.965,
    "photographer": 0.971,
    "date": 0.987,
    "location_loose": 0.884,
    "via": 0.996,
    "desc_f1": 0.966,
}


@pytest.mark.skipif(not (EVAL / "score.py").exists(), reason="../shared/eval is not present")
def test_accuracy_floors_on_the_whole_set() -> None:
    command = f"{sys.executable} -m catalog parse --json --jsonl"
    result = subprocess.run(
        [
            sys.executable,
            str(EVAL / "score.py"),
            str(EVAL / "captions.jsonl"),
            str(EVAL / "gold.jsonl"),
            "--cmd",
            command,
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    summary = result.stdout.strip().splitlines()[-1]
    scores = {name: float(value) for name, value in re.findall(r"(\w+)=([\d.]+)", summary)}
    below = {
        name: scores.get(name) for name, floor in FLOORS.items() if scores.get(name, 0.0) < floor
    }
    assert not below, f"below the floor: {below}\n{result.stdout}"
