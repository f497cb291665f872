"""Shared fixtures: an isolated data directory for every test, and real databases.

``db_url`` runs a test on a SQLite file and on a real PostgreSQL server. The server comes from
``CATALOG_TEST_PG_URL`` (default: the local one); each pytest process works in a database of
its own, created and dropped here, so parallel runs never share tables. Without a server the
PostgreSQL half skips, except in CI, where a missing server is a failure.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlalchemy.engine import make_url

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
DEFAULT_PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


@pytest.fixture(scope="session")
def start_cache_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One folder for the parser's start cache for the whole run, outside every test's own
    folder: a cache changes no answer (tests/parsing/test_start_cache.py), and shared it
    spares each command a test runs the time it saves."""
    return tmp_path_factory.mktemp("start-cache")


@pytest.fixture(autouse=True)
def isolated_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, start_cache_folder: Path
) -> Iterator[Path]:
    from catalog.parsing.registry import use_registry
    from catalog.parsing.start_cache import use_cache_folder

    data = tmp_path / "data"
    monkeypatch.setenv("CATALOG_DATA_DIR", str(data))
    monkeypatch.setenv("CATALOG_CACHE_DIR", str(start_cache_folder))
    for name in ("CATALOG_DB", "CATALOG_AGENCIES", "CATALOG_CONTRACTS"):
        monkeypatch.delenv(name, raising=False)
    yield data
    # A command run in-process installs the user's registry; the next test starts without.
    use_registry(None)
    use_cache_folder(None)


def _admin_engine(url: str) -> Engine:
    from sqlalchemy import create_engine

    return create_engine(url, isolation_level="AUTOCOMMIT")


@pytest.fixture(scope="session")
def postgres_server_url() -> Iterator[str | None]:
    """A PostgreSQL database private to this pytest process, or None when there is no server."""
    base = os.environ.get("CATALOG_TEST_PG_URL", DEFAULT_PG_URL)
    try:
        admin = _admin_engine(base)
        with admin.connect() as connection:
            connection.exec_driver_sql("SELECT 1")
    except Exception as exc:  # no driver, no server: both mean "skip here"
        if os.environ.get("CI"):
            pytest.fail(f"CI needs PostgreSQL at {base}: {exc}")
        yield None
        return
    name = f"catalog_test_{os.getpid()}_{uuid.uuid4().hex[:6]}"
    with admin.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        yield make_url(base).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


def reset_postgres(url: str) -> None:
    admin = _admin_engine(url)
    with admin.connect() as connection:
        connection.exec_driver_sql("DROP SCHEMA IF EXISTS public CASCADE")
        connection.exec_driver_sql("CREATE SCHEMA public")
    admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path, postgres_server_url: str | None) -> str:
    """A blank catalog database URL: a SQLite file, then the real PostgreSQL server."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'catalog.db'}"
    if postgres_server_url is None:
        pytest.skip("no PostgreSQL server (set CATALOG_TEST_PG_URL)")
    reset_postgres(postgres_server_url)
    return postgres_server_url


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'catalog.db'}"
