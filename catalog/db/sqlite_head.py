"""A new SQLite catalog created in one script instead of through Alembic.

Running the migrations from a blank file imports Alembic and replays every step: about 0.35 s
of a first ``catalog ingest`` of one article, which is otherwise 0.5 s. The schema they leave
(``sqlite_master`` in creation order, FTS5 shadow tables left to the virtual table) is kept in
``sqlite_head_schema.py``, written by ``python -m catalog.db.sqlite_head`` after a new
migration; a test fails while it is stale, and another that both ways give the same schema.
The migrations stay the only source: this is a copy of what they build, stamped at the head.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from catalog.db.connection import DriverConnection, DriverEngine

SCHEMA_MODULE = Path(__file__).with_name("sqlite_head_schema.py")
# FTS5 creates these with its virtual table; creating them first would fail.
_FTS_SHADOWS = ("caption_fts_data", "caption_fts_idx", "caption_fts_docsize", "caption_fts_config")


def dump_schema(connection: DriverConnection) -> list[str]:
    """The statements that rebuild this database's schema, in creation order."""
    rows = connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid"
    ).fetchall()
    return [sql for name, sql in rows if name not in _FTS_SHADOWS]


def create_at_head(engine: DriverEngine, revision: str) -> bool:
    """Create the schema of ``revision`` from the shipped script; False when the script is of
    another revision, or when another process made the catalog meanwhile (the caller then
    runs the migrations, which find it made)."""
    from catalog.db.sqlite_head_schema import REVISION, STATEMENTS

    if revision != REVISION:
        return False
    with engine.begin() as connection:
        # One transaction: a first run killed here leaves a blank file, not half a schema,
        # and SQLite writes the schema once instead of once a statement. A second process
        # creating the same catalog waits for the lock, then finds it made.
        connection.exec_driver_sql("BEGIN IMMEDIATE")
        if connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar():
            return False
        for statement in STATEMENTS:
            connection.exec_driver_sql(statement)
        connection.exec_driver_sql(
            "INSERT INTO alembic_version (version_num) VALUES (?)", (REVISION,)
        )
    return True


def render(revision: str, statements: list[str]) -> str:
    lines = [
        '"""Written by ``python -m catalog.db.sqlite_head``: do not edit."""',
        "",
        f"REVISION = {revision!r}",
        "STATEMENTS = (",
        *(f"    {statement!r}," for statement in statements),
        ")",
        "",
    ]
    return "\n".join(lines)


def migrated_schema() -> tuple[str, list[str]]:
    """The head revision and its schema statements, from the migrations run into a scratch
    file."""
    from catalog.db.engine import make_engine
    from catalog.db.migrate import current_revision, upgrade

    with tempfile.TemporaryDirectory() as scratch:
        engine = make_engine(f"sqlite:///{Path(scratch) / 'head.db'}")
        upgrade(engine)
        revision = current_revision(engine)
        with engine.connect() as connection:
            statements = dump_schema(connection)
        engine.dispose()
    assert revision is not None
    return revision, statements


if __name__ == "__main__":
    SCHEMA_MODULE.write_text(render(*migrated_schema()), encoding="utf-8")
    print(f"wrote {SCHEMA_MODULE}", file=sys.stderr)
