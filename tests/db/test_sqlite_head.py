"""A new SQLite catalog is created from the shipped script, not through Alembic: the script
is what the migrations build (fails while stale: run ``python -m catalog.db.sqlite_head``),
and a catalog made either way has the same schema, stamped at the same head."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path

import pytest

from catalog.db import open_catalog
from catalog.db.engine import make_engine
from catalog.db.migrate import current_revision, head_revision, upgrade
from catalog.db.sqlite_engine import SqliteEngine
from catalog.db.sqlite_head import create_at_head, dump_schema, migrated_schema
from catalog.db.sqlite_head_schema import REVISION, STATEMENTS


def canonical(statements: Sequence[str]) -> list[list[str]]:
    """Each statement as its sorted lines: Alembic's batch mode writes a rebuilt table's
    constraints in set order, which changes with the interpreter's hash seed."""
    return [sorted(line.rstrip(", ") for line in sql.splitlines()) for sql in statements]


def test_the_shipped_script_is_what_the_migrations_build() -> None:
    revision, statements = migrated_schema()
    assert (REVISION, canonical(STATEMENTS)) == (revision, canonical(statements)), (
        "stale: run `python -m catalog.db.sqlite_head`"
    )


def test_a_new_catalog_has_the_migrated_schema_at_head(tmp_path: Path) -> None:
    migrated = make_engine(f"sqlite:///{tmp_path / 'migrated.db'}")
    upgrade(migrated)
    created = open_catalog(f"sqlite:///{tmp_path / 'created.db'}")
    assert current_revision(created) == current_revision(migrated) == head_revision()
    with migrated.connect() as one, created.connect() as other:
        assert canonical(dump_schema(one)) == canonical(dump_schema(other))
        shadows = "SELECT name FROM sqlite_master WHERE name LIKE 'caption_fts%' ORDER BY name"
        assert one.exec_driver_sql(shadows).all() == other.exec_driver_sql(shadows).all()
    migrated.dispose()
    created.dispose()


def test_a_creation_that_fails_halfway_leaves_a_blank_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from catalog.db import sqlite_head_schema

    broken = (*STATEMENTS[:3], "CREATE TABLE article (id INTEGER)", *STATEMENTS[3:])
    monkeypatch.setattr(sqlite_head_schema, "STATEMENTS", broken)
    engine = SqliteEngine(f"sqlite:///{tmp_path / 'new.db'}")
    with pytest.raises(sqlite3.OperationalError, match="already exists"):
        create_at_head(engine, REVISION)
    with engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar() == 0
    monkeypatch.setattr(sqlite_head_schema, "STATEMENTS", STATEMENTS)
    assert create_at_head(engine, REVISION)  # and the next run makes it whole
    assert current_revision(engine) == REVISION
    engine.dispose()
