"""Bulk loads into SQLite build the browsing and report indexes after the load, and a killed
load leaves them for the next process that opens the catalog."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from catalog.db import bulk_load, open_catalog
from catalog.db.info import catalog_info
from tests.ingest.test_pipeline_processes import write_corpus


def _indexes(path: Path) -> dict[str, str]:
    with sqlite3.connect(path) as connection:
        return dict(connection.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index'"))


def _user_version(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        return int(connection.execute("PRAGMA user_version").fetchone()[0])


def _use_stats(path: Path) -> list[tuple[str, int, str | None, str | None]]:
    with sqlite3.connect(path) as connection:
        assert not connection.execute("SELECT count(*) FROM use_count_check").fetchone()[0]
        return connection.execute(
            "SELECT key, use_count, first_use, last_use FROM caption ORDER BY key"
        ).fetchall()


def ingest(url: str, folder: Path, *extra: str) -> None:
    command = [sys.executable, "-m", "catalog", "--db", url, "ingest", "--json", *extra]
    done = subprocess.run([*command, str(folder)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_deferred_indexes_are_the_non_unique_ones_of_captions_and_uses() -> None:
    names = {str(index.name) for index in bulk_load.deferrable_indexes()}
    assert {"ix_caption_facets", "ix_caption_report_credit", "ix_caption_use_caption_id"} <= names
    # Ingest relies on these for ON CONFLICT: never dropped.
    assert not names & {"uq_caption_key", "uq_caption_use_article_position"}
    assert all(not index.unique for index in bulk_load.deferrable_indexes())


def test_a_bulk_load_ends_with_every_index_and_the_same_catalog(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    write_corpus(folder, 150, seed=4)
    reference, bulk = tmp_path / "reference.db", tmp_path / "bulk.db"
    ingest(f"sqlite:///{reference}", folder, "--workers", "1")
    # Two workers and several files: the parallel path, which bulk-loads an empty catalog.
    ingest(f"sqlite:///{bulk}", folder, "--workers", "2", "--batch-size", "60")

    assert _indexes(bulk) == _indexes(reference)
    assert _user_version(bulk) == 0
    # The use statistics, recounted at the end of a bulk load, are those of the plain run.
    assert _use_stats(bulk) == _use_stats(reference)
    engines = [open_catalog(f"sqlite:///{path}") for path in (reference, bulk)]
    assert catalog_info(engines[0]).as_dict() | {"database": ""} == catalog_info(
        engines[1]
    ).as_dict() | {"database": ""}
    for engine in engines:
        engine.dispose()


LOADER = """
import sys, time
from catalog.db import bulk_load, open_catalog
assert bulk_load.begin_bulk_load(open_catalog(sys.argv[1]))
print("dropped", flush=True)
time.sleep(60)
"""


def test_a_killed_bulk_load_is_repaired_by_the_next_opener_not_before(tmp_path: Path) -> None:
    path = tmp_path / "catalog.db"
    url = f"sqlite:///{path}"
    open_catalog(url).dispose()
    complete = _indexes(path)
    loader = subprocess.Popen(
        [sys.executable, "-c", LOADER, url], stdout=subprocess.PIPE, text=True
    )
    try:
        assert loader.stdout is not None and loader.stdout.readline().strip() == "dropped"
        assert _user_version(path) == loader.pid
        dropped = len(complete) - len(bulk_load.deferrable_indexes())
        assert len(_indexes(path)) == dropped
        # While the load runs, an opener (the browser, say) leaves the indexes to it.
        open_catalog(url).dispose()
        assert len(_indexes(path)) == dropped
    finally:
        loader.kill()
        loader.wait()

    open_catalog(url).dispose()  # the loader is gone: this opener rebuilds them

    assert _indexes(path) == complete
    assert _user_version(path) == 0


def test_the_indexes_the_tail_reads_come_back_first_and_the_load_stays_marked(
    tmp_path: Path,
) -> None:
    path = tmp_path / "catalog.db"
    engine = open_catalog(f"sqlite:///{path}")
    complete = _indexes(path)
    assert bulk_load.begin_bulk_load(engine)
    assert "ix_caption_use_caption_id" not in _indexes(path)

    assert bulk_load.restore_indexes(engine, tail_first=True)
    partial = _indexes(path)
    assert "ix_caption_licensor_date" in partial
    # Not the uses by caption: the recount that comes next reads all uses in one pass.
    assert "ix_caption_use_caption_id" not in partial and "ix_caption_facets" not in partial
    assert _user_version(path) != 0  # a kill now still leaves the rest to the next opener

    assert bulk_load.restore_indexes(engine)
    assert _indexes(path) == complete
    assert _user_version(path) == 0
    engine.dispose()


def test_a_catalog_larger_than_the_limit_keeps_its_indexes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "corpus"
    write_corpus(folder, 30, seed=5)
    url = f"sqlite:///{tmp_path / 'catalog.db'}"
    ingest(url, folder, "--workers", "1")
    monkeypatch.setattr(bulk_load, "BULK_LOAD_MAX_CAPTIONS", 10)
    engine = open_catalog(url)
    assert not bulk_load.begin_bulk_load(engine)
    monkeypatch.setattr(bulk_load, "BULK_LOAD_MAX_CAPTIONS", 10_000)
    assert bulk_load.begin_bulk_load(engine)
    assert bulk_load.restore_indexes(engine)
    assert not bulk_load.restore_indexes(engine)  # nothing left to do
    engine.dispose()
