"""``SqliteEngine``: a SQLite catalog on the standard library's sqlite3, for ingest and info.

It must leave exactly the catalog SQLAlchemy's engine leaves: the same runs (a first load, a
re-run, a recrawl that changes an article, a page without a URL, near-duplicates) go through
both, and every row is compared. And it keeps the transaction rules the writer relies on.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from catalog.db import open_catalog, open_catalog_for_driver_sql
from catalog.db.connection import DriverEngine
from catalog.db.info import catalog_info
from catalog.db.sqlite_engine import SqliteEngine, plain_sqlite_file
from catalog.ingest.model import SourceArticle
from catalog.ingest.pipeline import Ingest
from tests.conftest import REPO
from tests.ingest.test_identity import FIRST, THIRD, news_page
from tests.ingest.test_pipeline import CRATER, WIRE
from tests.ingest.test_pipeline import _article as article_with

SAMPLES = REPO / "samples"
# Set by the database when a row is written: they differ between any two runs.
CLOCK_COLUMNS = {"ingested_at", "created_at", "removed_at", "decided_at"}


def dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table (full-text index included), clock columns as set or not."""
    with sqlite3.connect(path) as connection:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        rows: dict[str, list[tuple[object, ...]]] = {}
        for table in tables:
            cursor = connection.execute(f'SELECT * FROM "{table}" ORDER BY 1')
            names = [column[0] for column in cursor.description]
            rows[table] = [
                tuple(
                    (value is not None) if name in CLOCK_COLUMNS else value
                    for name, value in zip(names, row, strict=True)
                )
                for row in cursor
            ]
    return rows


def _recrawls(tmp_path: Path, engine: DriverEngine) -> None:
    tmp_path.mkdir(exist_ok=True)
    pages = [news_page(), news_page(captions=(FIRST, THIRD), comment="updated"), news_page()]
    for day, page in enumerate(pages):
        folder = tmp_path / f"day{day}"
        folder.mkdir(exist_ok=True)
        (folder / "quake.html").write_text(page, encoding="utf-8")
        Ingest(engine).run([folder])


def _samples_twice(_tmp_path: Path, engine: DriverEngine) -> None:
    for _ in range(2):
        Ingest(engine).run([SAMPLES])


def _article(name: str, caption: str) -> SourceArticle:
    return article_with(name, caption, embedded=WIRE)


def _near_duplicates(_tmp_path: Path, engine: DriverEngine) -> None:
    retouched = CRATER.replace("Duhok", "Dohuk")
    articles = [_article("a", CRATER), _article("b", retouched), _article("c", retouched + " ")]
    # One run each: the later ones find the block stored; c's caption is b's, folded.
    for article in articles:
        Ingest(engine).run_articles([article])
    Ingest(engine).run_articles([_article("d", CRATER.replace("Residents", "People"))])


def _samples_an_article_a_batch(_tmp_path: Path, engine: DriverEngine) -> None:
    Ingest(engine, batch_size=1).run([SAMPLES])


def _samples_in_workers(_tmp_path: Path, engine: DriverEngine) -> None:
    # Worker processes, and a bulk load: indexes dropped, then rebuilt at the end.
    Ingest(engine, workers=2).run([SAMPLES])


RUNS: dict[str, Callable[[Path, DriverEngine], None]] = {
    "samples, then again": _samples_twice,
    "a changed recrawl": _recrawls,
    "one article a batch": _samples_an_article_a_batch,
    "near-duplicates": _near_duplicates,
    "two workers": _samples_in_workers,
}


@pytest.mark.parametrize("run", list(RUNS))
def test_the_catalog_is_the_one_sqlalchemy_writes(tmp_path: Path, run: str) -> None:
    catalogs = {}
    for name in ("sqlalchemy", "sqlite3"):
        path = tmp_path / f"{name}.db"
        url = f"sqlite:///{path}"
        engine = open_catalog(url) if name == "sqlalchemy" else open_catalog_for_driver_sql(url)
        assert isinstance(engine, SqliteEngine) == (name == "sqlite3")
        RUNS[run](tmp_path / "input", engine)  # the same paths: they are stored
        catalogs[name] = dump(path)
        with sqlite3.connect(path) as plain:
            catalogs[name]["index"] = plain.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"
            ).fetchall()
        info = catalog_info(engine).as_dict()
        assert info.pop("database") == url
        with engine.connect() as connection:  # batches write without the checks, then restore them
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    assert catalogs["sqlite3"] == catalogs["sqlalchemy"]
    assert catalogs["sqlite3"]["caption"]  # something was written
    if run == "near-duplicates":
        assert len(catalogs["sqlite3"]["possible_duplicate"]) == 3  # each pair of the three


def test_info_reads_the_same_through_either_engine(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'catalog.db'}"
    engine = open_catalog(url)
    Ingest(engine).run([SAMPLES])
    light = open_catalog_for_driver_sql(url, create=False)
    assert isinstance(light, SqliteEngine)
    assert catalog_info(light) == catalog_info(engine)
    assert catalog_info(light).captions > 0


def test_a_failed_block_is_rolled_back_and_a_committed_one_kept(tmp_path: Path) -> None:
    engine = SqliteEngine(f"sqlite:///{tmp_path / 'plain.db'}")
    with engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE t (x INTEGER)")
    with pytest.raises(ZeroDivisionError), engine.begin() as connection:
        connection.exec_driver_sql("INSERT INTO t VALUES (1)")
        _ = 1 / 0
    with engine.connect() as connection:  # not committed: rolled back when it ends
        connection.exec_driver_sql("INSERT INTO t VALUES (2)")
    with engine.begin() as connection:
        connection.exec_driver_sql("INSERT INTO t VALUES (?)", (3,))
        assert connection.exec_driver_sql("INSERT INTO t VALUES (?)", [(4,), (5,)]).rowcount == 2
    with engine.connect() as connection:
        rows = connection.exec_driver_sql("SELECT x FROM t ORDER BY x").fetchall()
        assert rows == [(3,), (4,), (5,)]
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("SELECT x FROM t WHERE x > 9").scalar() is None
    engine.dispose()


def test_a_catalog_to_upgrade_and_postgresql_open_through_sqlalchemy(db_url: str) -> None:
    from sqlalchemy import Engine

    from catalog.db.migrate import shipped_head, upgrade

    if db_url.startswith("sqlite"):
        upgrade(open_catalog(db_url, migrate=False), "0009")
    engine = open_catalog_for_driver_sql(db_url)
    assert isinstance(engine, Engine)
    assert catalog_info(engine).revision == shipped_head()
    engine.dispose()


@pytest.mark.parametrize(
    "url, database",
    [
        ("sqlite:////data/catalog.db", "/data/catalog.db"),
        ("sqlite:///relative.db", "relative.db"),
        ("sqlite:///catalog.db?mode=ro", None),  # options SQLAlchemy reads
        ("sqlite+pysqlite:///catalog.db", None),
        ("sqlite://", None),
        ("sqlite:///:memory:", None),
        ("postgresql://localhost/catalog", None),
    ],
)
def test_only_a_plain_file_url_is_opened_without_sqlalchemy(url: str, database: str | None) -> None:
    assert plain_sqlite_file(url) == database
