"""The garbage collector during an ingest: young collections far apart while a run goes on,
as before once it is over (a library caller's process goes on); for good in a worker."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

from catalog.db import open_catalog
from catalog.ingest.collector import YOUNG_THRESHOLD, bulk_collection
from catalog.ingest.pipeline import Ingest, IngestObserver, IngestReport
from tests.conftest import REPO

SEED = REPO / "samples" / "000_b5319b385a107b68.txt"


def test_bulk_collection_tunes_the_collector_and_restores_it() -> None:
    before = gc.get_threshold()
    with bulk_collection():
        assert gc.get_threshold() == (YOUNG_THRESHOLD, before[1], before[2])
        assert gc.get_freeze_count() > 0
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


class _Watch(IngestObserver):
    def __init__(self) -> None:
        self.thresholds: list[int] = []

    def batch_written(self, report: IngestReport) -> None:
        self.thresholds.append(gc.get_threshold()[0])


def test_an_ingest_run_writes_with_the_tuned_collector(tmp_path: Path) -> None:
    before = gc.get_threshold()
    watch = _Watch()
    engine = open_catalog(f"sqlite:///{tmp_path / 'catalog.db'}")
    Ingest(engine, observer=watch).run([SEED])
    engine.dispose()
    assert watch.thresholds and set(watch.thresholds) == {YOUNG_THRESHOLD}
    assert gc.get_threshold() == before


def test_a_worker_keeps_the_tuned_collector() -> None:
    code = (
        "import gc, os\n"
        "from catalog.ingest.prepare import start_worker\n"
        "from catalog.parsing.registry import current_registry\n"
        "start_worker(os.getppid(), None, current_registry())\n"
        "print(gc.get_threshold()[0], gc.get_freeze_count() > 0)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == [str(YOUNG_THRESHOLD), "True"]
