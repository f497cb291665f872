"""A SQLite catalog on the standard library's ``sqlite3``, for the commands that run only
driver SQL (``catalog ingest``, ``catalog info``): they start without importing SQLAlchemy.

It behaves as SQLAlchemy's pysqlite engine does for those commands: the same connection
settings (``configure_connection``, which the SQLAlchemy engine runs too), the driver's own
transaction handling (``BEGIN`` before the first write, or ``BEGIN IMMEDIATE`` sent by the
writer), ``begin()`` committing at the end of its block and rolling back on an error,
``connect()`` rolling back what was not committed, and idle connections kept for the next
block. Anything that needs more (an Alembic upgrade, a Core query) opens a SQLAlchemy engine.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any


def busy_timeout_ms() -> int:
    """How long a SQLite connection waits for another writer before "database is locked":
    ``CATALOG_BUSY_TIMEOUT`` seconds (default 10; a shared or slow disk may want more)."""
    from catalog.errors import DatabaseError

    try:
        seconds = float(os.environ.get("CATALOG_BUSY_TIMEOUT", "10"))
    except ValueError:
        raise DatabaseError("CATALOG_BUSY_TIMEOUT must be a number of seconds") from None
    return max(0, int(seconds * 1000))


def configure_connection(driver: sqlite3.Connection) -> None:
    """Settings every catalog connection gets, whichever engine opened it."""
    cursor = driver.cursor()
    # WAL lets the TUI read while an ingest writes; NORMAL is safe with WAL and much faster.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms()}")
    cursor.execute("PRAGMA cache_size=-65536")
    cursor.close()


def plain_sqlite_file(url: str) -> str | None:
    """The file a ``sqlite:///FILE`` URL names, when this engine can open it as SQLAlchemy
    would: no driver named, no query options, no in-memory or URI database."""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or "?" in url:
        return None
    database = url[len(prefix) :]
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return database


@dataclass(frozen=True)
class SqliteDialect:
    name: str = "sqlite"


@dataclass(frozen=True)
class SqliteUrl:
    """The engine's URL as ``catalog info`` shows it (a file URL holds no password)."""

    text: str
    database: str

    def render_as_string(self, hide_password: bool = True) -> str:
        return self.text


class SqliteResult:
    """A statement's cursor, read as SQLAlchemy's ``CursorResult`` is."""

    def __init__(self, cursor: sqlite3.Cursor) -> None:
        self._cursor = cursor

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount

    def scalar(self) -> Any:
        row = self._cursor.fetchone()
        self._cursor.close()
        return None if row is None else row[0]

    def fetchall(self) -> Sequence[Any]:
        return self._cursor.fetchall()


class SqliteConnection:
    """One ``sqlite3`` connection, shaped as the driver-SQL code uses a SQLAlchemy one."""

    dialect = SqliteDialect()

    def __init__(self, driver: sqlite3.Connection) -> None:
        self.driver_connection = driver

    @property
    def connection(self) -> SqliteConnection:
        # SQLAlchemy's ``connection.connection.driver_connection``: this same object.
        return self

    def exec_driver_sql(self, statement: str, parameters: Any = None) -> SqliteResult:
        if isinstance(parameters, list):  # a list of rows: SQLAlchemy runs executemany
            return SqliteResult(self.driver_connection.executemany(statement, parameters))
        return SqliteResult(self.driver_connection.execute(statement, parameters or ()))

    def commit(self) -> None:
        self.driver_connection.commit()

    def rollback(self) -> None:
        self.driver_connection.rollback()


class SqliteEngine:
    """Connections to one SQLite catalog file."""

    dialect = SqliteDialect()

    def __init__(self, url: str) -> None:
        database = plain_sqlite_file(url)
        if database is None:
            raise ValueError(f"not a plain SQLite file URL: {url}")
        self.url = SqliteUrl(url, database)
        self._idle: list[sqlite3.Connection] = []

    def _open(self) -> sqlite3.Connection:
        # As SQLAlchemy opens a file database for its pool: usable from the thread that
        # takes it from the pool, not only the one that opened it.
        driver = sqlite3.connect(self.url.database, check_same_thread=False)
        configure_connection(driver)
        return driver

    @contextmanager
    def connect(self) -> Iterator[SqliteConnection]:
        driver = self._idle.pop() if self._idle else self._open()
        try:
            yield SqliteConnection(driver)
        finally:
            driver.rollback()
            self._idle.append(driver)

    @contextmanager
    def begin(self) -> Iterator[SqliteConnection]:
        with self.connect() as connection:
            yield connection
            connection.commit()

    def dispose(self) -> None:
        while self._idle:
            self._idle.pop().close()
