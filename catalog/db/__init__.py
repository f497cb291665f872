"""The catalog's storage: models, engine, migrations, filters, queries and corrections.

Nothing is imported here at module level: a parser worker imports ``catalog.db.fields`` and
``catalog.db.rows`` to build caption rows, and must not load SQLAlchemy for that.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from catalog.db.connection import DriverEngine


def open_catalog(url: str | None = None, *, migrate: bool = True, create: bool = True) -> Engine:
    """An engine on the catalog at ``url`` (``--db`` > ``CATALOG_DB`` > the default file),
    its schema brought to head where that is safe (see ``migrate.ensure_schema``).

    ``create=False`` refuses a SQLite file that does not exist: only the commands that fill
    a catalog may create one, so that a mistyped path is an error, not a new empty catalog.
    A database that cannot be opened raises ``DatabaseError`` saying what to do.
    """
    from catalog.db.engine import make_engine
    from catalog.db.faults import database_errors

    resolved = _resolve(url, create)
    engine = make_engine(resolved)
    with database_errors(resolved):
        if migrate:
            ensure_schema_and_indexes(engine)
        else:
            # Connect once, so that an unreachable server is reported here, in words.
            engine.connect().close()
    return engine


def open_catalog_for_driver_sql(url: str | None = None, *, create: bool = True) -> DriverEngine:
    """The catalog at ``url`` for a command whose statements are all driver SQL
    (``db.connection``: ingest, info). A SQLite file at head, or a new one, is opened on the
    standard library's ``sqlite3`` alone, since importing SQLAlchemy would be half of such a
    command's start; anything else (PostgreSQL, a schema to upgrade) through ``open_catalog``.
    """
    from catalog.db.faults import database_errors
    from catalog.db.migrate import schema_at_head
    from catalog.db.sqlite_engine import SqliteEngine, plain_sqlite_file

    resolved = _resolve(url, create)
    if plain_sqlite_file(resolved) is None:
        return open_catalog(url, create=create)
    engine = SqliteEngine(resolved)
    with database_errors(resolved):
        if schema_at_head(engine):
            _restore_indexes(engine)
            return engine
    engine.dispose()
    return open_catalog(url, create=create)


def _resolve(url: str | None, create: bool) -> str:
    """The URL ``url`` stands for; a named SQLite file that does not exist is refused unless
    the command may ``create`` a catalog."""
    from catalog.db.faults import missing_catalog
    from catalog.settings import database_url

    resolved = database_url(url)
    # The default file is the user's own catalog, never a typo: a first `catalog info` or
    # `catalog browse` may create it (empty), and says where it is.
    named = url is not None or bool(os.environ.get("CATALOG_DB"))
    if named and not create and (refusal := missing_catalog(resolved)) is not None:
        raise refusal
    return resolved


def ensure_schema_and_indexes(engine: Engine) -> None:
    from catalog.db.migrate import ensure_schema

    ensure_schema(engine)
    _restore_indexes(engine)


def _restore_indexes(engine: DriverEngine) -> None:
    import sqlite3

    from catalog.db.bulk_load import restore_indexes
    from catalog.db.faults import driver_error

    try:
        restore_indexes(engine)
    except Exception as error:
        # A bulk load killed before it rebuilt its indexes left them for the next opener. On
        # a read-only file or role, or with a writer holding the lock, queries work, only
        # slower.
        original = driver_error(error)
        if isinstance(original, sqlite3.OperationalError):
            return
        if getattr(original, "sqlstate", None) not in _CANNOT_BUILD:
            raise


# PostgreSQL: insufficient privilege, read-only transaction, lock not available.
_CANNOT_BUILD = frozenset({"42501", "25006", "55P03"})
