"""Large first loads into SQLite: the browsing and report indexes are built after, not during.

A caption row feeds 16 secondary indexes (sorting, facets, reports) and a use row one more.
Kept up row by row, in random key order, they cost about as much as the rest of a 1M-use
ingest's writes together; built once at the end (one sort each) they cost a third of that. So
an ingest that is about to load much more than the catalog holds drops them first and
rebuilds them before it recounts use statistics and links near-duplicates (which need them).

Crash-safety: the drop and ``PRAGMA user_version = <the loading process id>`` commit
together, and the rebuild resets it to 0 in the transaction that creates the indexes. A killed
ingest therefore leaves the mark, and the next process that opens the catalog
(``open_catalog``) finds its loader gone and rebuilds the indexes; while the loader runs,
others leave them to it (a browser opened meanwhile is slower, never wrong). Uniqueness, which
ingest relies on, lives in indexes that are never dropped.

PostgreSQL loads the same way, with a crash mark that concurrent ingests can share
(``db.bulk_load_postgres``).
"""

from __future__ import annotations

import os
from collections.abc import Collection
from typing import TYPE_CHECKING

from catalog.db import bulk_load_postgres
from catalog.db.connection import DriverConnection, DriverEngine, is_postgres, is_sqlite

if TYPE_CHECKING:
    from sqlalchemy import Dialect, Index

# A catalog holding more captions than this is not rebuilt: the rebuild would cost more than
# the load saves.
BULK_LOAD_MAX_CAPTIONS = 50_000


# The deferred indexes the end of a load reads through, built before the rest: captions by
# (licensor, date), the near-duplicate search's blocks; on
# PostgreSQL also uses by caption, for the recount of use statistics (SQLite's recount reads
# every use in one pass instead, ``use_stats.flush_use_counts``, and the index would only
# slow it down).
_TAIL_INDEXES = {
    "sqlite": frozenset({"ix_caption_licensor_date"}),
    "postgresql": frozenset({"ix_caption_licensor_date", "ix_caption_use_caption_id"}),
}


def tail_indexes(dialect: str) -> frozenset[str]:
    """The names of the deferred indexes the end of a load on ``dialect`` reads through."""
    return _TAIL_INDEXES.get(dialect, frozenset())


def deferrable_indexes(*, only: Collection[str] | None = None) -> list[Index]:
    """The non-unique indexes of ``caption`` and ``caption_use`` (or those of them named in
    ``only``); ingest needs none of them."""
    from catalog.db.models import caption_table, use_table

    indexes = [
        index
        for table in (caption_table, use_table)
        for index in table.indexes
        if not index.unique and (only is None or index.name in only)
    ]
    return sorted(indexes, key=lambda index: str(index.name))


def _count_captions() -> str:
    """Counts the captions up to one past the limit (read when called: tests change it)."""
    return (
        f"SELECT count(*) FROM (SELECT 1 FROM caption LIMIT {BULK_LOAD_MAX_CAPTIONS + 1}) AS head"
    )


def _loader(connection: DriverConnection) -> int:
    """The process id of the bulk load that dropped the indexes, or 0 if none did."""
    return int(connection.exec_driver_sql("PRAGMA user_version").scalar() or 0)


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return False  # this process: its own load is over when it asks
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    except OSError:
        return False
    return True


def begin_bulk_load(engine: DriverEngine) -> bool:
    """Drop the deferrable indexes if this catalog is small; returns whether it did."""
    if is_postgres(engine):
        return bulk_load_postgres.begin(
            engine, _postgres_deferred(), _count_captions(), BULK_LOAD_MAX_CAPTIONS
        )
    if not is_sqlite(engine):
        return False
    with engine.begin() as connection:
        connection.exec_driver_sql("BEGIN IMMEDIATE")
        loader = _loader(connection)
        if loader and _running(loader):
            return False  # another load is under way; this one writes with the indexes absent
        if not loader:  # (a dead load's indexes are missing already, whatever the size)
            captions = connection.exec_driver_sql(_count_captions()).scalar()
            if (captions or 0) > BULK_LOAD_MAX_CAPTIONS:
                return False
        for index in deferrable_indexes():
            connection.exec_driver_sql(f'DROP INDEX IF EXISTS "{index.name}"')
        connection.exec_driver_sql(f"PRAGMA user_version = {os.getpid()}")
    return True


def restore_indexes(engine: DriverEngine, *, tail_first: bool = False) -> bool:
    """Rebuild the indexes a bulk load dropped, unless none are missing or the load that
    dropped them is still running; returns whether it rebuilt them. Cheap when there is
    nothing to do (one pragma read).

    ``tail_first``: the loading process rebuilds ``tail_indexes`` first, for the recount
    and the near-duplicate search; the catalog stays marked until the rest are rebuilt."""
    if is_postgres(engine):
        deferred = _postgres_deferred(tail_only=tail_first)
        return bulk_load_postgres.restore(engine, deferred, partial=tail_first)
    if not is_sqlite(engine):
        return False
    with engine.connect() as connection:
        loader = _loader(connection)
    if not loader or _running(loader):
        return False
    with engine.begin() as connection:
        connection.exec_driver_sql("BEGIN IMMEDIATE")
        if not _loader(connection):  # another process rebuilt them meanwhile
            return False
        # The sorts may use helper threads: at the end of a load the workers are done and
        # the cores idle while this process builds the indexes.
        connection.exec_driver_sql(f"PRAGMA threads = {min(os.cpu_count() or 1, 4)}")
        only = tail_indexes("sqlite") if tail_first else None
        for statement in _create_statements(deferrable_indexes(only=only), _dialect("sqlite")):
            connection.exec_driver_sql(statement)
        if not tail_first:
            connection.exec_driver_sql("PRAGMA user_version = 0")
    return True


def _postgres_deferred(*, tail_only: bool = False) -> list[bulk_load_postgres.Deferred]:
    """What a PostgreSQL load drops: the deferrable indexes (``tail_indexes`` alone when
    ``tail_only``), else also the full-text index and the foreign keys of the tables a
    load fills by the thousand rows (uses and the two queues). SQLite's batches turn their
    checks off instead; here each use row's two checks cost more than storing the row. No
    caption or article is ever deleted, and every id a batch writes was read committed."""
    from sqlalchemy.schema import AddConstraint

    from catalog.db.models import duplicate_check_table, use_count_check_table, use_table
    from catalog.db.search_schema import POSTGRES_CREATE_SEARCH_INDEX, POSTGRES_SEARCH_INDEX

    dialect = _dialect("postgresql")
    indexes = deferrable_indexes(only=tail_indexes("postgresql") if tail_only else None)
    deferred = [
        bulk_load_postgres.Deferred(str(index.name), f'DROP INDEX IF EXISTS "{index.name}"', create)
        for index, create in zip(indexes, _create_statements(indexes, dialect), strict=True)
    ]
    if tail_only:
        return deferred
    deferred.append(
        bulk_load_postgres.Deferred(
            POSTGRES_SEARCH_INDEX,
            f"DROP INDEX IF EXISTS {POSTGRES_SEARCH_INDEX}",
            POSTGRES_CREATE_SEARCH_INDEX,
        )
    )
    for table in (use_table, duplicate_check_table, use_count_check_table):
        for key in sorted(table.foreign_key_constraints, key=lambda key: str(key.name)):
            deferred.append(
                bulk_load_postgres.Deferred(
                    str(key.name),
                    f'ALTER TABLE {table.name} DROP CONSTRAINT IF EXISTS "{key.name}"',
                    str(AddConstraint(key).compile(dialect=dialect)),
                )
            )
    return deferred


def _dialect(name: str) -> Dialect:
    """SQLAlchemy's dialect of that name, to compile statements for the driver with."""
    if name == "postgresql":
        from sqlalchemy.dialects.postgresql.base import PGDialect

        return PGDialect()  # type: ignore[no-untyped-call]
    from sqlalchemy.dialects.sqlite.base import SQLiteDialect

    return SQLiteDialect()


def _create_statements(indexes: list[Index], dialect: Dialect) -> list[str]:
    """``CREATE INDEX IF NOT EXISTS`` of each index, as SQLAlchemy compiles it for the
    dialect (run on the driver: the engine may be ``SqliteEngine``)."""
    from sqlalchemy.schema import CreateIndex

    return [
        str(CreateIndex(index, if_not_exists=True).compile(dialect=dialect)) for index in indexes
    ]
