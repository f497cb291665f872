"""Accuracy floors on the 456 labelled real captions in ../shared/eval (skipped where absent).

Runs ../shared/eval/score.py itself, the way the project is judged, against this checkout's
``catalog parse --json --jsonl``, on the whole set. The floors are the figures reached: a change
that lowers one fails here.
"""

from __future__ import annotations

import sys

import pytest

from tests.eval_scores import EVAL, below_floors, run_scorer

FLOORS = {
    "agency": 0.974,
    "photographer": 0.976,
    "date": 0.987,
    "location_loose": 0.918,
    "via": 0.998,
    "desc_f1": 0.980,
}


@pytest.mark.skipif(not (EVAL / "score.py").exists(), reason="../shared/eval is not present")
def test_accuracy_floors_on_the_whole_set() -> None:
    command = f"{sys.executable} -m catalog parse --json --jsonl"
    scores, output = run_scorer(
        EVAL / "score.py",
        str(EVAL / "captions.jsonl"),
        str(EVAL / "gold.jsonl"),
        "--cmd",
        command,
    )
    below = below_floors(scores, FLOORS)
    assert not below, f"below the floor: {below}\n{output}"
