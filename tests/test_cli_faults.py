"""Database faults through the installed entry point: one line on stderr, exit status 2.

Read-only files: the suite may run as root, for whom file modes do not stop a write. There
the file or folder is made immutable with ``chattr +i`` (which stops root too); where that is
not possible either, the read-only tests skip.
"""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from tests.cli import catalog
from tests.conftest import REPO

SEED = REPO / "samples" / "000_b5319b385a107b68.txt"

# Every command that opens the catalog, with the arguments it needs.
COMMANDS = {
    "info": ["info"],
    "search": ["search", "crater"],
    "report": ["report", "credits"],
    "export": ["export"],
    "browse": ["browse"],
    "reparse": ["reparse"],
    "ingest": ["ingest", str(SEED)],
    "migrate": ["migrate"],
}
READERS = ("info", "search", "report", "export", "browse", "reparse")


def assert_one_line(done: subprocess.CompletedProcess[str], *words: str) -> str:
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    for word in words:
        assert word in lines[0]
    return lines[0]


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    db = tmp_path / "c.db"
    done = catalog("--db", str(db), "ingest", str(SEED))
    assert done.returncode == 0, done.stderr
    return db


@pytest.mark.parametrize("command", list(COMMANDS))
def test_a_file_that_is_not_a_catalog(tmp_path: Path, command: str) -> None:
    db = tmp_path / "notes.db"
    db.write_text("shopping list: bread, milk\n" * 100)
    line = assert_one_line(catalog("--db", str(db), *COMMANDS[command]), str(db))
    assert "not a caption catalog" in line and "backup" in line
    assert db.read_text().startswith("shopping list")


def test_a_damaged_catalog(filled: Path) -> None:
    data = bytearray(filled.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the header survives, the schema page does not
    filled.write_bytes(bytes(data))
    for wal in filled.parent.glob("c.db-*"):
        wal.unlink()
    assert_one_line(catalog("--db", str(filled), "info"), "not a caption catalog")


@pytest.mark.parametrize("command", READERS)
def test_a_mistyped_path_is_refused_and_not_created(tmp_path: Path, command: str) -> None:
    db = tmp_path / "catalgo.db"
    line = assert_one_line(catalog("--db", str(db), *COMMANDS[command]), str(db))
    assert "check the --db path" in line and "catalog ingest" in line
    assert not db.exists()
    assert list(tmp_path.iterdir()) == []


def test_the_environment_variable_is_checked_too(tmp_path: Path) -> None:
    db = tmp_path / "typo.db"
    assert_one_line(catalog("info", env={"CATALOG_DB": str(db)}), "no catalog")
    assert not db.exists()


def test_the_default_catalog_is_created_by_info(tmp_path: Path) -> None:
    data = tmp_path / "fresh-data"
    done = catalog("info", "--json", env={"CATALOG_DATA_DIR": str(data)})
    assert done.returncode == 0, done.stderr
    assert (data / "catalog.db").exists()


@pytest.mark.parametrize("command", ["ingest", "migrate"])
def test_a_folder_that_does_not_exist(tmp_path: Path, command: str) -> None:
    db = tmp_path / "nowhere" / "c.db"
    line = assert_one_line(catalog("--db", str(db), *COMMANDS[command]), "does not exist")
    assert str(db.parent) in line
    assert not db.parent.exists()


def test_db_after_the_command(filled: Path) -> None:
    done = catalog("info", "--json", "--db", str(filled))
    assert done.returncode == 0, done.stderr
    assert '"captions": 5' in done.stdout
    report = catalog("report", "credits", "--format", "csv", "--db", str(filled))
    assert report.returncode == 0 and "Reuters" in report.stdout
    # Between a group's name and its verb as well.
    report = catalog("report", "--db", str(filled), "credits", "--format", "csv")
    assert report.returncode == 0 and "Reuters" in report.stdout
    listed = catalog("duplicates", "--db", str(filled), "list", "--json")
    assert listed.returncode == 0, listed.stderr
    # After the command it wins over the group's value and over CATALOG_DB.
    other = filled.parent / "other.db"
    done = catalog("--db", str(other), "info", "--db", str(filled), env={"CATALOG_DB": "x.db"})
    assert done.returncode == 0, done.stderr
    assert not other.exists()
    assert "--db" in catalog("search", "--help").stdout


# --- read-only files and folders ---------------------------------------------------------------


def _chattr(flag: str, path: Path) -> bool:
    done = subprocess.run(["chattr", flag, str(path)], capture_output=True, check=False)
    return done.returncode == 0


@contextmanager
def read_only(path: Path) -> Iterator[None]:
    """``path`` unwritable for this user: by mode, or for root by the immutable attribute."""
    if os.geteuid() != 0:
        mode = path.stat().st_mode
        path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield
        finally:
            path.chmod(mode)
        return
    if not _chattr("+i", path):
        pytest.skip("running as root without chattr +i: nothing makes a file read-only")
    try:
        yield
    finally:
        _chattr("-i", path)


def test_a_read_only_catalog_is_read_and_not_written(filled: Path) -> None:
    with read_only(filled):
        info = catalog("--db", str(filled), "info", "--json")
        assert info.returncode == 0, info.stderr
        line = assert_one_line(catalog("--db", str(filled), "ingest", str(SEED)), "read-only")
        assert str(filled) in line


def test_a_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "shelf"
    folder.mkdir()
    db = folder / "c.db"
    with read_only(folder):
        line = assert_one_line(catalog("--db", str(db), "ingest", str(SEED)), str(folder))
        assert "writable" in line
    assert not db.exists()


def test_a_locked_catalog(filled: Path) -> None:
    holder = sqlite3.connect(filled)
    try:
        # Another program writing in exclusive mode: nobody else may even read.
        holder.execute("PRAGMA locking_mode=EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        holder.execute("CREATE TABLE held (x)")
        env = {"CATALOG_BUSY_TIMEOUT": "0"}
        for command in ("info", "ingest"):
            line = assert_one_line(
                catalog("--db", str(filled), *COMMANDS[command], env=env), "locked"
            )
            assert "try again" in line
    finally:
        holder.rollback()
        holder.close()
    assert catalog("--db", str(filled), "info").returncode == 0


# --- PostgreSQL --------------------------------------------------------------------------------


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.parametrize("command", ["info", "ingest", "migrate", "browse"])
def test_postgres_server_not_running(command: str) -> None:
    pytest.importorskip("psycopg")
    url = f"postgresql+psycopg://postgres@127.0.0.1:{_closed_port()}/catalog"
    line = assert_one_line(catalog("--db", url, *COMMANDS[command]), "cannot reach PostgreSQL")
    assert "is the server running" in line


def test_postgres_database_missing(postgres_server_url: str | None) -> None:
    if postgres_server_url is None:
        pytest.skip("no PostgreSQL server (set CATALOG_TEST_PG_URL)")
    url = make_url(postgres_server_url).set(database="catalog_never_created")
    rendered = url.render_as_string(hide_password=False)
    for command in ("info", "migrate"):
        line = assert_one_line(catalog("--db", rendered, *COMMANDS[command]), "does not exist")
        assert "createdb catalog_never_created" in line


def test_postgres_login_refused(postgres_server_url: str | None) -> None:
    if postgres_server_url is None:
        pytest.skip("no PostgreSQL server (set CATALOG_TEST_PG_URL)")
    url = make_url(postgres_server_url).set(username="no_such_user", password="secret")
    line = assert_one_line(
        catalog("--db", url.render_as_string(hide_password=False), "info"), "refused the login"
    )
    assert "no_such_user" in line and "secret" not in line


def test_duplicates_commands_take_db_and_refuse_a_missing_file(filled: Path) -> None:
    done = catalog("duplicates", "list", "--db", str(filled))
    assert done.returncode == 0, done.stderr
    typo = filled.parent / "dupes.db"
    assert_one_line(catalog("duplicates", "list", "--db", str(typo)), "no catalog")
    assert not typo.exists()
