"""Commands start without what they do not need: on a catalog at head, neither ``info`` nor
``ingest`` imports Alembic (0.2-0.4 s of every start); only a schema change loads it. On a
SQLite file they import no SQLAlchemy at all (0.14 s): their statements are driver SQL, run on
the standard library's sqlite3 (``db.sqlite_engine``). No command imports SQLAlchemy's ORM
(0.1 s): the tables and every query are Core. A SQLite catalog never loads SQLAlchemy's
PostgreSQL dialect (0.02 s), a plain text article neither lxml nor, read in this process,
multiprocessing; ``parse`` loads no database code at all."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

SEED = Path(__file__).resolve().parents[1] / "samples" / "000_b5319b385a107b68.txt"


def modules_after(tmp_path: Path, *argv: str) -> set[str]:
    """Run ``catalog ARGV`` in a fresh interpreter; the modules it had loaded at the end."""
    out = tmp_path / "modules.json"
    code = (
        "import json, runpy, sys\n"
        f"sys.argv = ['catalog', *{list(argv)!r}]\n"
        "try:\n"
        "    runpy.run_module('catalog', run_name='__main__')\n"
        "except SystemExit as exit:\n"
        "    assert not exit.code, exit.code\n"
        f"open({str(out)!r}, 'w').write(json.dumps(sorted(sys.modules)))\n"
    )
    subprocess.run([sys.executable, "-c", code], capture_output=True, check=True, timeout=120)
    return set(json.loads(out.read_text()))


def seeded_catalog(tmp_path: Path) -> Path:
    """A catalog at head holding the seed article, made by a ``catalog ingest`` of its own."""
    database = tmp_path / "catalog.db"
    subprocess.run(
        [sys.executable, "-m", "catalog", "--db", str(database), "ingest", str(SEED)],
        capture_output=True,
        check=True,
        timeout=120,
    )
    return database


@pytest.mark.parametrize("command", [["info"], ["ingest", str(SEED)]], ids=["info", "ingest"])
def test_a_command_on_a_catalog_at_head_does_not_import_alembic(
    tmp_path: Path, command: list[str]
) -> None:
    database = seeded_catalog(tmp_path)
    loaded = modules_after(tmp_path, *command, "--db", str(database))
    assert "catalog.db.migrate" in loaded  # the schema was checked
    assert _packages(loaded) & {"alembic", "sqlalchemy"} == set()


def test_a_catalog_to_upgrade_is_opened_through_sqlalchemy(tmp_path: Path) -> None:
    database = tmp_path / "old.db"
    subprocess.run(
        [sys.executable, "-m", "catalog", "--db", str(database), "migrate", "--revision", "0009"],
        capture_output=True,
        check=True,
        timeout=120,
    )
    loaded = modules_after(tmp_path, "info", "--db", str(database))
    assert {"sqlalchemy", "alembic"} <= _packages(loaded)  # upgraded by the migrations
    with sqlite3.connect(database) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() != [
            ("0009",)
        ]
    assert {name for name in loaded if name.startswith("sqlalchemy.orm")} == set()


def _packages(loaded: set[str]) -> set[str]:
    return {name.split(".")[0] for name in loaded}


def test_a_first_ingest_of_a_text_article_loads_only_what_it_uses(tmp_path: Path) -> None:
    loaded = modules_after(tmp_path, "--db", str(tmp_path / "new.db"), "ingest", str(SEED))
    assert "catalog.db.sqlite_head" in loaded  # created from the shipped schema
    assert "catalog.db.sqlite_engine" in loaded
    # No markup in the article, one small file read here, no web page reader.
    assert _packages(loaded) & {"lxml", "multiprocessing", "alembic", "textual"} == set()
    assert "sqlalchemy" not in _packages(loaded)
    assert "catalog.ingest.sources.html" not in loaded


def test_info_on_a_sqlite_catalog_loads_no_database_library(tmp_path: Path) -> None:
    database = seeded_catalog(tmp_path)
    loaded = modules_after(tmp_path, "--db", str(database), "info")
    assert _packages(loaded) & {"sqlalchemy", "lxml", "rapidfuzz", "multiprocessing"} == set()
    # What info never reads: the ingest pipeline and the parser.
    assert {"catalog.ingest.pipeline", "catalog.ingest.model", "catalog.parsing"} & loaded == set()


def test_parse_loads_no_database_code(tmp_path: Path) -> None:
    loaded = modules_after(
        tmp_path, "parse", "Crowds in Duhok, Iraq, on Jan. 8, 2020. (Kestrel Doe/Reuters)"
    )
    assert "catalog.parsing.captions" in loaded
    assert _packages(loaded) & {"sqlalchemy", "lxml", "rapidfuzz", "multiprocessing"} == set()
    assert {name for name in loaded if name.startswith(("catalog.db", "catalog.ingest"))} == set()


def test_json_output_loads_no_rich(tmp_path: Path) -> None:
    database = seeded_catalog(tmp_path)
    caption = "Crowds in Duhok, Iraq, on Jan. 8, 2020. (Kestrel Doe/Reuters)"
    for command in (["parse", "--json", caption], ["--db", str(database), "info", "--json"]):
        assert "rich" not in _packages(modules_after(tmp_path, *command)), command


def test_an_ingest_closes_its_catalog_before_the_exit(tmp_path: Path) -> None:
    # The exit frees what is left without the collections that would close a forgotten
    # connection (cli._leave_to_exit): the command closes it, and SQLite checkpoints its log.
    database = seeded_catalog(tmp_path)
    assert sorted(path.name for path in tmp_path.glob("catalog.db*")) == ["catalog.db"]
    with sqlite3.connect(database) as connection:
        assert connection.execute("SELECT count(*) FROM caption").fetchone() == (5,)
