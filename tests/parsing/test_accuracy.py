"""Accuracy floors on the labelled real captions in ../shared/eval (skipped where it is absent).

Runs ../shared/eval/score.py itself, the way the project is judged, against this checkout's
``catalog parse --json --jsonl``.
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
    "agency": 0.95,
    "photographer": 0.93,
    "date": 0.95,
    "location_loose": 0.85,
    "via": 0.98,
    "desc_f1": 0.90,
}


@pytest.mark.skipif(not (EVAL / "score.py").exists(), reason="../shared/eval is not present")
def test_dev_set_accuracy_floors() -> None:
    command = f"{sys.executable} -m catalog parse --json --jsonl"
    result = subprocess.run(
        [
            sys.executable,
            str(EVAL / "score.py"),
            str(EVAL / "dev_captions.jsonl"),
            str(EVAL / "dev_gold.jsonl"),
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
