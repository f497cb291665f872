"""Bulk loads into PostgreSQL build the secondary and full-text indexes and check the foreign
keys of uses after the load; a killed load leaves them to the next process that opens the
catalog, and a load running in another process is left alone (its advisory lock says it is
alive)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from catalog.db import bulk_load, open_catalog
from catalog.db.engine import make_engine
from tests.conftest import reset_postgres
from tests.db.test_bulk_load import LOADER, ingest
from tests.ingest.test_pipeline_processes import write_corpus

pytestmark = pytest.mark.slow


@pytest.fixture
def pg_url(db_url: str) -> str:
    if not db_url.startswith("postgresql"):
        pytest.skip("the PostgreSQL side (tests/db/test_bulk_load.py has SQLite's)")
    return db_url


def _rows(url: str, query: str) -> list[tuple[Any, ...]]:
    engine = make_engine(url)
    with engine.connect() as connection:
        rows = [tuple(row) for row in connection.execute(text(query))]
    engine.dispose()
    return rows


def _indexes(url: str) -> dict[str, str]:
    """The catalog's indexes and constraints, each name with its definition."""
    rows = _rows(
        url,
        "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() "
        "UNION ALL SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
        "WHERE connamespace = current_schema()::regnamespace",
    )
    return {str(name): str(definition) for name, definition in rows}


# The foreign keys of the tables a load fills by the thousand rows: checked after it.
DEFERRED_KEYS = {
    "fk_caption_use_article_id_article",
    "fk_caption_use_caption_id_caption",
    "fk_duplicate_check_caption_id_caption",
    "fk_use_count_check_caption_id_caption",
}


def _catalog(url: str) -> list[tuple[Any, ...]]:
    """Every caption's key and use statistics, and what search finds."""
    assert _rows(url, "SELECT count(*) FROM use_count_check") == [(0,)]
    return _rows(
        url,
        "SELECT key, use_count, first_use, last_use, "
        "tsv @@ plainto_tsquery('english', 'checkpoint') FROM caption ORDER BY key",
    )


def _load_lock_held(url: str) -> bool:
    held = _rows(
        url,
        "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' "
        "AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
    )
    return bool(held[0][0])


def test_a_bulk_load_ends_with_every_index_and_the_same_catalog(
    pg_url: str, tmp_path: Path
) -> None:
    folder = tmp_path / "corpus"
    write_corpus(folder, 150, seed=4)
    ingest(pg_url, folder, "--workers", "1")
    complete, reference = _indexes(pg_url), _catalog(pg_url)
    reset_postgres(pg_url)
    # Two workers and several files: the parallel path, which bulk-loads an empty catalog.
    ingest(pg_url, folder, "--workers", "2", "--batch-size", "60")

    assert _indexes(pg_url) == complete
    assert _catalog(pg_url) == reference
    assert not _load_lock_held(pg_url)


def test_a_killed_bulk_load_is_repaired_by_the_next_opener_not_before(pg_url: str) -> None:
    open_catalog(pg_url).dispose()
    complete = _indexes(pg_url)
    loader = subprocess.Popen(
        [sys.executable, "-c", LOADER, pg_url], stdout=subprocess.PIPE, text=True
    )
    try:
        assert loader.stdout is not None and loader.stdout.readline().strip() == "dropped"
        dropped = set(complete) - set(_indexes(pg_url))
        indexes = {str(index.name) for index in bulk_load.deferrable_indexes()}
        assert dropped == indexes | {"ix_caption_tsv"} | DEFERRED_KEYS
        # While the load runs, an opener (the browser, say) leaves the indexes to it, and a
        # second ingest writes without them instead of loading too.
        engine = open_catalog(pg_url)
        assert set(_indexes(pg_url)) == set(complete) - dropped
        assert not bulk_load.begin_bulk_load(engine)
        assert not bulk_load.restore_indexes(engine)
        engine.dispose()
    finally:
        loader.kill()
        loader.wait()

    open_catalog(pg_url).dispose()  # the loader is gone: this opener rebuilds them

    assert _indexes(pg_url) == complete
    assert not _load_lock_held(pg_url)


def test_the_indexes_the_tail_reads_come_back_first_and_the_load_stays_locked(pg_url: str) -> None:
    engine = open_catalog(pg_url)
    complete = _indexes(pg_url)
    assert bulk_load.begin_bulk_load(engine)
    assert "ix_caption_use_caption_id" not in _indexes(pg_url)

    assert bulk_load.restore_indexes(engine, tail_first=True)
    partial = _indexes(pg_url)
    assert {"ix_caption_use_caption_id", "ix_caption_licensor_date"} <= partial.keys()
    assert "ix_caption_tsv" not in partial and "ix_caption_agency" not in partial
    assert not DEFERRED_KEYS & set(partial)
    assert _load_lock_held(pg_url)  # a kill now still leaves the rest to the next opener

    assert bulk_load.restore_indexes(engine)
    assert _indexes(pg_url) == complete
    assert not _load_lock_held(pg_url)
    assert not bulk_load.restore_indexes(engine)  # nothing left to do
    engine.dispose()


def test_a_catalog_larger_than_the_limit_keeps_its_indexes(
    pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "corpus"
    write_corpus(folder, 30, seed=5)
    ingest(pg_url, folder, "--workers", "1")
    complete = _indexes(pg_url)
    monkeypatch.setattr(bulk_load, "BULK_LOAD_MAX_CAPTIONS", 10)
    engine = open_catalog(pg_url)
    assert not bulk_load.begin_bulk_load(engine)
    assert _indexes(pg_url) == complete
    assert not _load_lock_held(pg_url)
    engine.dispose()
