"""Engines and sessions. Nothing is created at import time; callers ask for an engine."""

from __future__ import annotations

import os
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError

from catalog.errors import DatabaseError


def busy_timeout_ms() -> int:
    """How long a SQLite connection waits for another writer before "database is locked":
    ``CATALOG_BUSY_TIMEOUT`` seconds (default 10; a shared or slow disk may want more)."""
    try:
        seconds = float(os.environ.get("CATALOG_BUSY_TIMEOUT", "10"))
    except ValueError:
        raise DatabaseError("CATALOG_BUSY_TIMEOUT must be a number of seconds") from None
    return max(0, int(seconds * 1000))


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # WAL lets the TUI read while an ingest writes; NORMAL is safe with WAL and much faster.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms()}")
    cursor.execute("PRAGMA cache_size=-65536")
    cursor.close()


def make_engine(url: str, **kwargs: Any) -> Engine:
    """An engine for any SQLAlchemy URL, with the settings each backend needs."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise DatabaseError(f"not a database URL: {url!r}") from exc
    if parsed.drivername == "postgresql":
        # psycopg 3 is the driver we ship an extra for; psycopg2 may not be installed.
        parsed = parsed.set(drivername="postgresql+psycopg")
    try:
        if parsed.get_backend_name() == "sqlite":
            engine = create_engine(parsed, **kwargs)
            event.listen(engine, "connect", _sqlite_pragmas)
            # pysqlite's own transaction handling defers BEGIN; we begin ourselves so that
            # writers take the lock up front instead of failing on upgrade (BEGIN IMMEDIATE).
            return engine
        if parsed.get_backend_name() == "postgresql":
            from catalog.db.models import use_postgresql_predicates

            use_postgresql_predicates()
        return create_engine(parsed, pool_pre_ping=True, **kwargs)
    except NoSuchModuleError as exc:
        raise DatabaseError(f"no driver for {parsed.drivername}: {exc}") from exc
    except ModuleNotFoundError as exc:
        raise DatabaseError(
            f"the driver for {parsed.drivername} is not installed "
            f"(pip install 'caption-catalog[postgres]'): {exc}"
        ) from exc


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def is_postgres(engine: Engine) -> bool:
    return engine.dialect.name == "postgresql"


def driver_connection(connection: Connection) -> Any:
    """The driver's own connection (sqlite3 or psycopg) under ``connection``, inside its
    transaction: bulk writes use its ``executemany`` and COPY, which Core would slow down."""
    return connection.connection.driver_connection
