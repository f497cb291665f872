"""Database faults in words: the driver's errors become one ``DatabaseError`` that says what
to do, for every command and for the browser.

The translation happens at the edges (where a catalog is opened, and around a command or a
browser worker), never inside the library: the bulk writer retries "database is locked" on
its own, and must still see the driver's error to do so.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from catalog.errors import CatalogError, DatabaseError

CREATE_HINT = "run `catalog ingest FILES` (or `catalog migrate`) to create one there"


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL; None for other databases and in-memory ones."""
    if not url.startswith("sqlite"):
        return None
    database = url.split("///", 1)[1] if "///" in url else ""
    database = database.split("?", 1)[0]
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database)


def missing_catalog(url: str) -> DatabaseError | None:
    """A refusal when ``url`` names a SQLite file that does not exist (a mistyped ``--db``
    must not leave an empty catalog behind)."""
    path = sqlite_path(url)
    if path is None or path.exists():
        return None
    if not path.parent.is_dir():
        return DatabaseError(
            f"no catalog at {path}: the folder {path.parent} does not exist; check the --db path",
            title="No catalog",
        )
    return DatabaseError(
        f"no catalog at {path}: check the --db path, or {CREATE_HINT}", title="No catalog"
    )


def driver_error(error: BaseException) -> BaseException | None:
    """The driver's own exception (sqlite3 or psycopg), under SQLAlchemy's wrapper if any."""
    sqlalchemy_exc = sys.modules.get("sqlalchemy.exc")
    if sqlalchemy_exc is not None and isinstance(error, sqlalchemy_exc.DBAPIError):
        orig: BaseException | None = error.orig
        return orig
    module = type(error).__module__.split(".")[0]
    if module in ("sqlite3", "psycopg", "psycopg2"):
        return error
    return None


def _sqlite_message(text: str, path: Path | None) -> str:
    where = str(path) if path is not None else "the SQLite database"
    lowered = text.lower()
    if "not a database" in lowered or "malformed" in lowered or "file is encrypted" in lowered:
        return (
            f"{where} is not a caption catalog (not a SQLite database, or damaged): "
            "give another --db path, or restore the file from a backup"
        )
    if "locked" in lowered or "busy" in lowered:
        return (
            f"{where} is locked by another program (an ingest still running?): "
            "wait for it to finish, then try again"
        )
    folder = path.parent if path is not None else None
    if "readonly" in lowered or "read-only" in lowered or "unable to open" in lowered:
        if folder is not None and not folder.is_dir():
            return f"cannot open {where}: the folder {folder} does not exist; check the --db path"
        if folder is not None and not os.access(folder, os.W_OK | os.X_OK):
            return (
                f"cannot write in the folder {folder}: SQLite needs to write its journal next "
                f"to {path.name if path else 'the file'}; make the folder writable, or copy "
                "the catalog somewhere writable"
            )
        if "readonly" in lowered or "read-only" in lowered:
            return (
                f"{where} is read-only: make it writable (chmod u+w), or copy it somewhere "
                "writable and pass that with --db"
            )
        return f"cannot open {where}: check the --db path and its permissions"
    if "disk" in lowered and "full" in lowered:
        return f"the disk holding {where} is full: free some space, then run the command again"
    return f"{where}: {text}"


def _postgres_message(text: str, url: str) -> str:
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    server = f"{parsed.host or 'localhost'}:{parsed.port or 5432}"
    lowered = text.lower()
    if "does not exist" in lowered and "database" in lowered:
        name = parsed.database or ""
        return (
            f'the PostgreSQL database "{name}" does not exist on {server}: create it '
            f"(createdb {name}), then run `catalog migrate`"
        )
    if "password authentication failed" in lowered or (
        "role" in lowered and "does not exist" in lowered
    ):
        return (
            f'PostgreSQL at {server} refused the login for user "{parsed.username or ""}": '
            "check the user name and password in --db (or PGPASSWORD)"
        )
    if "no password supplied" in lowered or "authentication" in lowered:
        return (
            f"PostgreSQL at {server} asks for a password: put it in --db "
            "(postgresql://user:password@host/db) or set PGPASSWORD"
        )
    if "permission denied" in lowered:
        return (
            f'PostgreSQL user "{parsed.username or ""}" may not do this on {server}: '
            "ask the catalog's owner for rights, or use that user"
        )
    if (
        "connection refused" in lowered
        or "could not connect" in lowered
        or "connection failed" in lowered
        or "timeout" in lowered
        or "could not translate host name" in lowered
        or "name or service not known" in lowered
        or "server closed the connection" in lowered
    ):
        return (
            f"cannot reach PostgreSQL at {server}: is the server running, and are the host "
            "and port in --db right?"
        )
    return f"PostgreSQL at {server}: {text}"


def translate(error: BaseException, url: str) -> DatabaseError | None:
    """The catalog's error for a database driver's error; None for any other exception."""
    if isinstance(error, CatalogError):
        return None
    driver = driver_error(error)
    if driver is None:
        return None
    # The driver's first line: the rest is SQL, parameters and links for developers.
    lines = str(driver).strip().splitlines()
    text = lines[0] if lines else type(driver).__name__
    # psycopg puts the server's reason on a later line ("FATAL: ...").
    detail = " ".join(line.strip() for line in lines)
    if url.startswith("sqlite"):
        return DatabaseError(_sqlite_message(text, sqlite_path(url)))
    if url.startswith("postgresql"):
        return DatabaseError(_postgres_message(detail, url))
    return DatabaseError(text)


@contextmanager
def database_errors(url: str) -> Iterator[None]:
    """Turn a driver's error raised inside the block into a ``DatabaseError`` about ``url``."""
    try:
        yield
    except Exception as error:
        translated = translate(error, url)
        if translated is None:
            raise
        raise translated from error
