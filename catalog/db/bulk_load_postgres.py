"""Large first loads into PostgreSQL: the secondary indexes and the full-text index are built
after the load, as on SQLite (``db.bulk_load``), and the foreign keys of uses checked after it
(one join instead of two lookups per row), but safe with concurrent ingests.

Kept up row by row they cost the server as much as the rest of a first load's writes, and the
end-of-run recount of use statistics rewrites every reused caption (an UPDATE that touches
an indexed column is not HOT: it adds an entry to every index, the GIN index included). Built
once at the end, after the recount, each index is one sort.

The mark is the missing indexes and keys themselves, and the loader's liveness is a
session-level advisory lock its process holds on a connection of its own for the whole load.
A killed loader's session ends, the server releases the lock, and the next process that opens
the catalog finds them missing and nobody holding the lock: it takes the lock and rebuilds
them. While a load runs, others (a browser, a second ingest) find the lock taken and write or
read without the indexes: slower, never wrong, since uniqueness, which concurrent ingests rely
on, lives in indexes that are never dropped.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import ExitStack
from dataclasses import dataclass

from catalog.db.connection import DriverConnection, DriverEngine


@dataclass(frozen=True)
class Deferred:
    """An index or constraint a load drops and builds after: its name and statements."""

    name: str
    drop: str
    create: str  # (after a load, in the order given: indexes before the constraints)


# Any fixed number: advisory locks are per database, and only bulk loads take this one.
_LOAD_LOCK = 0x6361_7461_6C6F_6721
# Dropping needs the tables to itself: a reader's long transaction makes the load write with
# its indexes instead of waiting.
_DROP_LOCK_TIMEOUT = "5s"
# Each index build sorts in memory up to this (the server's default is 64 MB).
_BUILD_MEMORY = "256MB"


class _Load:
    """This process's load: a connection of its own, holding the lock until ``end``."""

    def __init__(self, engine: DriverEngine) -> None:
        self._stack = ExitStack()
        self.connection = self._stack.enter_context(engine.connect())

    def lock(self) -> bool:
        taken = self.connection.exec_driver_sql(
            f"SELECT pg_try_advisory_lock({_LOAD_LOCK})"
        ).scalar()
        self.connection.commit()  # a session lock: it outlives the transaction
        return bool(taken)

    def end(self, *, locked: bool) -> None:
        """Release the lock (the pool keeps the session, and a session lock with it) and
        give the connection back."""
        try:
            self.connection.rollback()
            if locked:
                self.connection.exec_driver_sql(f"SELECT pg_advisory_unlock({_LOAD_LOCK})")
                self.connection.commit()
        finally:
            self._stack.close()


# This process's loads, by catalog URL.
_own_loads: dict[str, _Load] = {}


def _load_key(engine: DriverEngine) -> str:
    return engine.url.render_as_string(hide_password=True)


def _missing(connection: DriverConnection, deferred: Sequence[Deferred]) -> list[Deferred]:
    present = {
        row[0]
        for row in connection.exec_driver_sql(
            "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() "
            "UNION ALL SELECT conname FROM pg_constraint "
            "WHERE connamespace = current_schema()::regnamespace"
        ).fetchall()
    }
    return [item for item in deferred if item.name not in present]


def begin(
    engine: DriverEngine, deferred: Sequence[Deferred], count_captions: str, max_captions: int
) -> bool:
    """Take the load lock and drop what is ``deferred``, if the catalog holds at most
    ``max_captions`` captions (or a dead load left them missing already); returns whether it
    did. The lock is held until ``restore`` has rebuilt them all."""
    from catalog.db.faults import driver_error

    key = _load_key(engine)
    if key in _own_loads:
        return True
    load = _Load(engine)
    if not load.lock():  # another load (or a repair) is under way: write with what is there
        load.end(locked=False)
        return False
    connection = load.connection
    try:
        if not _missing(connection, deferred):
            captions = connection.exec_driver_sql(count_captions).scalar()
            if (captions or 0) > max_captions:
                load.end(locked=True)
                return False
        connection.exec_driver_sql(f"SET LOCAL lock_timeout = '{_DROP_LOCK_TIMEOUT}'")
        for item in deferred:
            connection.exec_driver_sql(item.drop)
        connection.commit()
    except Exception as error:
        load.end(locked=True)
        # A reader held the tables past the timeout: this load keeps the indexes.
        if getattr(driver_error(error), "sqlstate", None) == "55P03":
            return False
        raise
    _own_loads[key] = load
    return True


def restore(engine: DriverEngine, deferred: Sequence[Deferred], *, partial: bool) -> bool:
    """Build the missing ones of ``deferred``; returns whether it built any. This process's
    own load builds them on its locked connection (and, unless ``partial``, ends the load);
    another process's running load is left alone; a dead load's are rebuilt under the lock."""
    key = _load_key(engine)
    own = _own_loads.get(key)
    if own is not None:
        try:
            return _build(own.connection, deferred)
        finally:
            if not partial:
                del _own_loads[key]
                own.end(locked=True)
    with engine.connect() as connection:
        missing = _missing(connection, deferred)
        connection.rollback()
    if not missing:
        return False
    repair = _Load(engine)
    if not repair.lock():
        repair.end(locked=False)
        return False  # the load is running (or another process repairs)
    try:
        return _build(repair.connection, deferred)
    finally:
        repair.end(locked=True)


def _build(connection: DriverConnection, deferred: Sequence[Deferred]) -> bool:
    missing = _missing(connection, deferred)
    if not missing:
        connection.rollback()
        return False
    connection.exec_driver_sql(f"SET LOCAL maintenance_work_mem = '{_BUILD_MEMORY}'")
    for item in missing:
        connection.exec_driver_sql(item.create)
    connection.commit()
    return True
