"""What the ingest writer and ``catalog info`` ask of a database: SQL run on the driver.

They never build SQLAlchemy statements: every statement they run is SQL text, executed by the
driver (``exec_driver_sql``, or the driver's own connection for ``executemany`` and COPY). So
they need only this much of an engine, which a SQLAlchemy ``Engine`` gives on every dialect,
and ``sqlite_engine.SqliteEngine`` gives on the standard library's ``sqlite3`` alone: a
short command into a SQLite catalog then starts without importing SQLAlchemy (0.14 s).

The statements themselves are written once, here in the db package, for both engines: the
same text runs through either on SQLite.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from contextlib import AbstractContextManager
from typing import Any, Protocol


class Dialect(Protocol):
    @property
    def name(self) -> str: ...


class DriverResult(Protocol):
    """What a driver statement returns: the subset of SQLAlchemy's ``CursorResult`` used."""

    @property
    def rowcount(self) -> int: ...
    def scalar(self) -> Any: ...
    def fetchall(self) -> Sequence[Any]: ...


class DriverHandle(Protocol):
    """SQLAlchemy's pooled connection, by the one attribute used: the driver's connection."""

    @property
    def driver_connection(self) -> Any: ...


class DriverConnection(Protocol):
    @property
    def dialect(self) -> Dialect: ...
    @property
    def connection(self) -> DriverHandle: ...
    def exec_driver_sql(self, statement: str, parameters: Any = None) -> DriverResult: ...
    def commit(self) -> None: ...
    def rollback(self) -> None: ...


class Url(Protocol):
    def render_as_string(self, hide_password: bool = ...) -> str: ...


class DriverEngine(Protocol):
    """An engine as the driver-SQL code uses it: SQLAlchemy's ``Engine``, or ``SqliteEngine``."""

    @property
    def dialect(self) -> Dialect: ...
    @property
    def url(self) -> Url: ...
    def begin(self) -> AbstractContextManager[DriverConnection]: ...
    def connect(self) -> AbstractContextManager[DriverConnection]: ...
    def dispose(self) -> None: ...


def driver_connection(connection: DriverConnection) -> Any:
    """The driver's own connection (sqlite3 or psycopg) under ``connection``, inside its
    transaction: bulk writes use its ``executemany`` and COPY, which Core would slow down."""
    return connection.connection.driver_connection


def is_postgres(bind: DriverEngine | DriverConnection) -> bool:
    return bind.dialect.name == "postgresql"


def is_sqlite(bind: DriverEngine | DriverConnection) -> bool:
    return bind.dialect.name == "sqlite"


def in_list(connection: DriverConnection) -> str:
    """``IN (...)`` over one list parameter, as each driver takes it: SQLite reads a JSON
    array (no limit on the number of values, one statement whatever their number), psycopg
    an array. Give the values through ``list_parameter``."""
    if is_postgres(connection):
        return "= ANY(%s)"
    return "IN (SELECT value FROM json_each(?))"


def list_parameter(connection: DriverConnection, values: Sequence[Any]) -> Any:
    """The parameter ``in_list`` reads."""
    return list(values) if is_postgres(connection) else json.dumps(list(values))


def placeholder(connection: DriverConnection) -> str:
    """The driver's positional parameter mark."""
    return "%s" if is_postgres(connection) else "?"
