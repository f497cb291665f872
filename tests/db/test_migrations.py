"""Migrations on both dialects: blank -> head -> base, no drift, old schemas, the policy."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from catalog.db import open_catalog
from catalog.db.engine import make_engine
from catalog.db.migrate import (
    current_revision,
    downgrade,
    head_revision,
    include_name,
    include_object,
    shipped_head,
    upgrade,
)
from catalog.db.models import metadata
from catalog.errors import DatabaseError

TABLES = {
    "article",
    "caption",
    "caption_use",
    "possible_duplicate",
    "correction",
    "duplicate_check",
}


def _tables(url: str) -> set[str]:
    engine = make_engine(url)
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def _search_objects(url: str) -> set[str]:
    engine = make_engine(url)
    with engine.connect() as connection:
        if engine.dialect.name == "sqlite":
            rows = connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE name LIKE 'caption_fts%'"
            )
        else:
            rows = connection.exec_driver_sql(
                "SELECT column_name FROM information_schema.columns "
                "WHERE table_name = 'caption' AND column_name = 'tsv' "
                "UNION SELECT indexname FROM pg_indexes WHERE indexname = 'ix_caption_tsv'"
            )
        names = {row[0] for row in rows}
    engine.dispose()
    return names


def test_blank_to_head_to_base_and_back(db_url: str) -> None:
    engine = make_engine(db_url)
    upgrade(engine)
    assert current_revision(engine) == head_revision()
    assert _tables(db_url) >= TABLES
    search = _search_objects(db_url)
    if engine.dialect.name == "sqlite":
        assert {"caption_fts", "caption_fts_ai", "caption_fts_ad", "caption_fts_au"} <= search
    else:
        assert search == {"tsv", "ix_caption_tsv"}
    downgrade(engine, "base")
    assert current_revision(engine) is None
    assert _tables(db_url) - {"alembic_version"} == set()
    upgrade(engine)
    assert _tables(db_url) >= TABLES
    engine.dispose()


def test_models_and_migrations_do_not_drift(db_url: str) -> None:
    engine = make_engine(db_url)
    upgrade(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={
                "include_name": include_name,
                "include_object": include_object,
                "compare_type": True,
            },
        )
        assert compare_metadata(context, metadata) == []
    engine.dispose()


def test_every_step_down_and_up(db_url: str) -> None:
    engine = make_engine(db_url)
    upgrade(engine)
    downgrade(engine, "0001")
    assert "duplicate_check" not in _tables(db_url)
    upgrade(engine)
    assert current_revision(engine) == head_revision()
    engine.dispose()


def _old_sqlite_catalog(path: Path) -> str:
    url = f"sqlite:///{path}"
    engine = make_engine(url)
    upgrade(engine, "0001")
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO article (content_hash, source, format, title) "
            "VALUES ('h1', 'old.txt', 'text', 'An old article')"
        )
    engine.dispose()
    return url


def test_older_sqlite_file_is_backed_up_and_upgraded(tmp_path: Path) -> None:
    url = _old_sqlite_catalog(tmp_path / "catalog.db")
    engine = open_catalog(url)
    assert current_revision(engine) == head_revision()
    with engine.connect() as connection:
        title = connection.exec_driver_sql("SELECT title FROM article").scalar()
    assert title == "An old article"
    backups = list(tmp_path.glob("catalog.db.0001.*.bak"))
    assert len(backups) == 1
    backup = make_engine(f"sqlite:///{backups[0]}")
    assert current_revision(backup) == "0001"
    backup.dispose()
    # The upgrade must keep full-text search working (a table rebuild would drop triggers).
    assert "caption_fts_ai" in _search_objects(url)
    engine.dispose()


def test_older_postgres_schema_is_refused_until_migrate(db_url: str) -> None:
    engine = make_engine(db_url)
    if engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL policy")
    upgrade(engine, "0001")
    with pytest.raises(DatabaseError, match="catalog migrate"):
        open_catalog(db_url)
    upgrade(engine)
    assert current_revision(open_catalog(db_url)) == head_revision()
    engine.dispose()


def test_a_database_that_is_not_a_catalog_is_refused(db_url: str) -> None:
    engine = make_engine(db_url)
    with engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE something_else (id integer)")
    with pytest.raises(DatabaseError, match="not a caption catalog"):
        open_catalog(db_url)
    engine.dispose()


def test_new_database_is_created_at_head(db_url: str) -> None:
    engine = open_catalog(db_url)
    assert current_revision(engine) == head_revision()
    engine.dispose()


def test_start_up_head_check_agrees_with_alembic() -> None:
    # ensure_schema skips importing Alembic when the stamp equals this; it must never disagree.
    assert shipped_head() == head_revision()
