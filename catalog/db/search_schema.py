"""The full-text index, which each dialect builds its own way (and Alembic cannot autogenerate).

SQLite: an external-content FTS5 table ``caption_fts`` over caption text, photographer and
location, kept in sync by triggers. Bulk ingest may drop ``caption_fts_ai`` and fill the index
with one INSERT ... SELECT instead (see ``sqlite_bulk_fts``), which is several times faster.

PostgreSQL: a generated ``tsv`` column (English stemming for the text, names unstemmed) with a
GIN index.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from catalog.db.connection import DriverConnection

FTS_COLUMNS = ("text", "photographer", "location")

_SQLITE_INSERT_TRIGGER = """
CREATE TRIGGER IF NOT EXISTS caption_fts_ai AFTER INSERT ON caption BEGIN
  INSERT INTO caption_fts(rowid, text, photographer, location)
  VALUES (new.id, new.text, new.photographer, new.location);
END
"""

_SQLITE_DDL = (
    """
    CREATE VIRTUAL TABLE caption_fts USING fts5(
        text, photographer, location,
        content='caption', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2'
    )
    """,
    _SQLITE_INSERT_TRIGGER,
    """
    CREATE TRIGGER caption_fts_ad AFTER DELETE ON caption BEGIN
      INSERT INTO caption_fts(caption_fts, rowid, text, photographer, location)
      VALUES ('delete', old.id, old.text, old.photographer, old.location);
    END
    """,
    """
    CREATE TRIGGER caption_fts_au AFTER UPDATE OF text, photographer, location ON caption BEGIN
      INSERT INTO caption_fts(caption_fts, rowid, text, photographer, location)
      VALUES ('delete', old.id, old.text, old.photographer, old.location);
      INSERT INTO caption_fts(rowid, text, photographer, location)
      VALUES (new.id, new.text, new.photographer, new.location);
    END
    """,
)

# Also dropped for a large first load and built after it (``db.bulk_load_postgres``).
POSTGRES_SEARCH_INDEX = "ix_caption_tsv"
POSTGRES_CREATE_SEARCH_INDEX = (
    f"CREATE INDEX IF NOT EXISTS {POSTGRES_SEARCH_INDEX} ON caption USING gin (tsv)"
)

_POSTGRES_DDL = (
    """
    ALTER TABLE caption ADD COLUMN tsv tsvector GENERATED ALWAYS AS (
        to_tsvector('english', coalesce(text, ''))
        || to_tsvector('simple', coalesce(photographer, '') || ' ' || coalesce(location, ''))
    ) STORED
    """,
    POSTGRES_CREATE_SEARCH_INDEX,
)


def create_search_index(connection: Connection) -> None:
    dialect = connection.dialect.name
    statements = (
        _SQLITE_DDL if dialect == "sqlite" else _POSTGRES_DDL if dialect == "postgresql" else ()
    )
    for statement in statements:
        connection.exec_driver_sql(statement)


def drop_search_index(connection: Connection) -> None:
    if connection.dialect.name == "sqlite":
        for trigger in ("caption_fts_ai", "caption_fts_ad", "caption_fts_au"):
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger}")
        connection.exec_driver_sql("DROP TABLE IF EXISTS caption_fts")
    elif connection.dialect.name == "postgresql":
        connection.exec_driver_sql(f"DROP INDEX IF EXISTS {POSTGRES_SEARCH_INDEX}")
        connection.exec_driver_sql("ALTER TABLE caption DROP COLUMN IF EXISTS tsv")


def sqlite_bulk_fts_begin(connection: DriverConnection) -> int:
    """Stop per-row FTS maintenance for a bulk insert; returns the id to index from."""
    connection.exec_driver_sql("DROP TRIGGER IF EXISTS caption_fts_ai")
    row = connection.exec_driver_sql("SELECT coalesce(max(id), 0) FROM caption").scalar()
    return int(row or 0)


def sqlite_bulk_fts_end(connection: DriverConnection, after_id: int) -> None:
    """Index the rows inserted since ``after_id`` in one statement and restore the trigger."""
    connection.exec_driver_sql(
        "INSERT INTO caption_fts(rowid, text, photographer, location) "
        "SELECT id, text, photographer, location FROM caption WHERE id > ?",
        (after_id,),
    )
    connection.exec_driver_sql(_SQLITE_INSERT_TRIGGER)
