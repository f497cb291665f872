"""Real processes: a SIGKILL mid-batch, and two ingests of overlapping files at once (PG)."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from catalog.db import open_catalog
from catalog.db.engine import make_engine
from catalog.db.info import catalog_info
from catalog.dedupe import PAIRS_PER_CAPTION

pytestmark = pytest.mark.slow

PLACES = ["Tehran, Iran", "Duhok, Iraq", "Kyiv, Ukraine", "Basra", "Gaza City", "Paris, France"]
CREDITS = ["Ari Jalal/Reuters", "AP Photo/Hussein Malla", "Hussein Faleh/AFP via Getty Images"]


def _caption(rng: random.Random, serial: int) -> str:
    return (
        f"Crowds gather near checkpoint {serial} in {rng.choice(PLACES)}, on Jan. "
        f"{rng.randint(1, 9)}, 2020. ({rng.choice(CREDITS)})"
    )


def write_corpus(folder: Path, articles: int, seed: int = 1) -> list[Path]:
    """Seed-shaped text files; wire captions come from a small shared pool."""
    rng = random.Random(seed)
    pool = [_caption(random.Random(i), i) for i in range(articles // 2)]
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(articles):
        captions = [rng.choice(pool) for _ in range(rng.randint(2, 6))]
        captions.append(_caption(rng, 100_000 + number))
        lines = [
            f"Story number {number}",
            "",
            f"Story number {number}",
            "Jane Reporter",
            "1/8/2020",
        ]
        lines += ["", "Officials said on Wednesday that talks would continue next week.", ""]
        for caption in captions:
            lines += [caption, caption, ""]
        lines += ["Reuters contributed to this report."]
        path = folder / f"story_{number:04d}.txt"
        path.write_text("\n".join(lines), encoding="utf-8")
        paths.append(path)
    return paths


def _command(url: str, folder: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "catalog", "--db", url, "ingest", "--json", *extra, str(folder)]


def _counts(url: str) -> tuple[int, int, int, int]:
    engine = open_catalog(url)
    info = catalog_info(engine)
    engine.dispose()
    return info.articles, info.captions, info.uses, info.possible_duplicates


def _reference(tmp_path: Path, folder: Path) -> tuple[int, int, int, int]:
    url = f"sqlite:///{tmp_path / 'reference.db'}"
    subprocess.run(_command(url, folder, "--workers", "1"), check=True, capture_output=True)
    return _counts(url)


def _uses_committed(url: str) -> int:
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return int(connection.execute(text("SELECT count(*) FROM caption_use")).scalar_one())
    except Exception:  # the schema may not exist yet in the first instants
        return 0
    finally:
        engine.dispose()


# Two workers and several files: the parallel path, which bulk-loads an empty catalog (the
# indexes are dropped while it writes, and a kill leaves them to the next opener).
WORKERS = pytest.mark.parametrize("workers", ["1", "2"], ids=["one-process", "bulk-load"])


@WORKERS
def test_sigkill_mid_batch_then_rerun_gives_the_clean_counts(
    db_url: str, tmp_path: Path, workers: str
) -> None:
    folder = tmp_path / "corpus"
    write_corpus(folder, 500)
    expected = _reference(tmp_path, folder)
    assert expected[2] > 1000

    child = subprocess.Popen(
        _command(db_url, folder, "--batch-size", "40", "--workers", workers),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while _uses_committed(db_url) == 0 and time.monotonic() < deadline:
        time.sleep(0.02)
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert child.returncode == -signal.SIGKILL
    _articles, captions, uses, _ = _counts(db_url)
    assert 0 < uses < expected[2], "the kill must land while the run is under way"

    # Consistent after the kill: every stored article has all its uses, search is complete.
    engine = make_engine(db_url)
    with engine.connect() as connection:
        bare = connection.execute(
            text(
                "SELECT count(*) FROM article a WHERE NOT EXISTS "
                "(SELECT 1 FROM caption_use u WHERE u.article_id = a.id)"
            )
        ).scalar_one()
        assert bare == 0
        if engine.dialect.name == "sqlite":
            indexed = connection.execute(
                text("SELECT count(*) FROM caption_fts WHERE caption_fts MATCH 'checkpoint'")
            ).scalar_one()
            assert indexed == captions
            trigger = connection.execute(
                text("SELECT count(*) FROM sqlite_master WHERE name = 'caption_fts_ai'")
            ).scalar_one()
            assert trigger == 1
    engine.dispose()

    done = subprocess.run(
        _command(db_url, folder, "--batch-size", "40", "--workers", workers), capture_output=True
    )
    assert done.returncode == 0, done.stderr
    assert _counts(db_url) == expected
    assert _index_names(db_url) == _index_names(f"sqlite:///{tmp_path / 'reference.db'}")


def _index_names(url: str) -> set[str]:
    """The catalog's indexes, but those each database makes for its keys and search."""
    engine = make_engine(url)
    with engine.connect() as connection:
        if engine.dialect.name == "sqlite":
            query = "SELECT name FROM sqlite_master WHERE type = 'index'"
        else:
            query = "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()"
        names = set(connection.execute(text(query)).scalars())
    engine.dispose()
    if engine.dialect.name == "postgresql":
        assert "ix_caption_tsv" in names  # the full-text index (SQLite's is a table)
    return {name for name in names if name.startswith("ix_") and name != "ix_caption_tsv"}


def _use_statistics(url: str) -> dict[str, tuple[int, str, str]]:
    engine = make_engine(url)
    with engine.connect() as connection:
        rows = connection.execute(
            text("SELECT key, use_count, first_use, last_use FROM caption")
        ).all()
    engine.dispose()
    return {key: (count, str(first), str(last)) for key, count, first, last in rows}


@WORKERS
def test_two_concurrent_ingests_store_every_caption_once(
    db_url: str, tmp_path: Path, workers: str
) -> None:
    if not db_url.startswith("postgresql"):
        pytest.skip("concurrent writers are the PostgreSQL team set-up")
    everything = tmp_path / "all"
    paths = write_corpus(everything, 400, seed=2)
    expected = _reference(tmp_path, everything)
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    for path in paths[:260]:
        shutil.copy(path, first / path.name)
    for path in paths[140:]:
        shutil.copy(path, second / path.name)
    open_catalog(db_url).dispose()  # the schema first: clients never race to create it

    children = [
        subprocess.Popen(
            _command(db_url, folder, "--batch-size", "30", "--workers", workers),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for folder in (first, second)
    ]
    for child in children:
        _out, err = child.communicate(timeout=300)
        assert child.returncode == 0, err.decode()
    articles, captions, uses, duplicates = _counts(db_url)
    assert (articles, captions, uses) == expected[:3]
    engine = make_engine(db_url)
    with engine.connect() as connection:
        distinct = connection.execute(text("SELECT count(DISTINCT key) FROM caption")).scalar_one()
        repeated = connection.execute(
            text(
                "SELECT count(*) FROM (SELECT article_id, caption_id FROM caption_use "
                "GROUP BY article_id, caption_id HAVING count(*) > 1) t"
            )
        ).scalar_one()
    engine.dispose()
    assert distinct == captions
    assert repeated == 0
    # One of them bulk-loaded (the other wrote without the indexes meanwhile): all are back,
    # and each caption's figures are those of one run alone.
    reference = f"sqlite:///{tmp_path / 'reference.db'}"
    assert _index_names(db_url) == _index_names(reference)
    assert _use_statistics(db_url) == _use_statistics(reference)
    # Each run links the captions it stored against their blocks as it finds them, so which
    # few nearest each caption got depends on what the other run had stored by then; what
    # holds is the bound, and that no caption the one-run catalog pairs goes without a pair.
    assert duplicates <= PAIRS_PER_CAPTION * captions
    assert _paired_keys(db_url) >= _paired_keys(f"sqlite:///{tmp_path / 'reference.db'}")


def _paired_keys(url: str) -> set[str]:
    engine = make_engine(url)
    with engine.connect() as connection:
        keys = connection.execute(
            text(
                "SELECT c.key FROM caption AS c WHERE EXISTS (SELECT 1 FROM possible_duplicate "
                "AS p WHERE c.id IN (p.caption_id, p.other_id))"
            )
        )
        paired = set(keys.scalars())
    engine.dispose()
    return paired


def test_parallel_workers_give_the_same_catalog(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    write_corpus(folder, 120, seed=3)
    expected = _reference(tmp_path, folder)
    url = f"sqlite:///{tmp_path / 'parallel.db'}"
    done = subprocess.run(
        _command(url, folder, "--workers", "2", "--batch-size", "50"), capture_output=True
    )
    assert done.returncode == 0, done.stderr
    assert _counts(url) == expected


def test_corpus_helper_is_deterministic(tmp_path: Path) -> None:
    a = write_corpus(tmp_path / "a", 5)
    b = write_corpus(tmp_path / "b", 5)
    assert [p.read_text() for p in a] == [p.read_text() for p in b]
    assert os.path.basename(a[0]) == "story_0000.txt"
