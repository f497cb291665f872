"""Engines and sessions. Nothing is created at import time; callers ask for an engine."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError

from catalog.db.sqlite_engine import configure_connection
from catalog.errors import DatabaseError


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    configure_connection(dbapi_connection)


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
