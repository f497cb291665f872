"""``catalog ingest``, ``info``, ``search``, ``migrate`` and ``reparse`` from the command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner, Result

from catalog.cli import cli
from catalog.db.engine import make_engine
from catalog.db.migrate import current_revision, head_revision, upgrade
from tests.conftest import REPO

SEED = REPO / "samples" / "000_b5319b385a107b68.txt"


def run(*args: str) -> Result:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result


def run_main(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The installed entry point, for exit statuses and the stdout/stderr split."""
    return subprocess.run(
        [sys.executable, "-m", "catalog", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


def test_ingest_prints_the_summary_and_info_the_counts(db_url: str) -> None:
    result = run("--db", db_url, "ingest", str(SEED))
    assert result.exit_code == 0, result.output
    for label in (
        "files read",
        "articles",
        "captions found",
        "new captions",
        "duplicates folded",
        "possible duplicates",
        "uses",
        "files skipped",
    ):
        assert label in result.stdout
    info = json.loads(run("--db", db_url, "info", "--json").stdout)
    assert info["database"].split("://")[0] in db_url
    assert (info["articles"], info["captions"], info["uses"]) == (1, 5, 5)
    assert info["possible_duplicates"] == 0
    table = run("--db", db_url, "info").stdout
    assert "captions" in table and "5" in table


def test_ingest_json_summary_and_reingest(db_url: str) -> None:
    first = json.loads(run("--db", db_url, "ingest", "--json", str(SEED)).stdout)
    assert (first["captions_new"], first["uses"], first["files_skipped"]) == (5, 5, [])
    again = json.loads(run("--db", db_url, "ingest", "--json", str(SEED)).stdout)
    assert (again["captions_new"], again["uses"], again["articles_known"]) == (0, 0, 1)
    assert again["duplicates_folded"] == 5


def test_skipped_files_are_listed_with_their_reason(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "seed.txt").write_bytes(SEED.read_bytes())
    (folder / "empty.html").write_bytes(b"")
    db = tmp_path / "c.db"
    done = run_main("--db", str(db), "ingest", str(folder))
    assert done.returncode == 0, done.stderr
    assert "empty.html" in done.stdout  # the summary table lists it
    assert "empty" in done.stderr  # and it was reported as it happened
    summary = json.loads(run_main("--db", str(db), "info", "--json").stdout)
    assert summary["captions"] == 5


def test_search_table_and_json(db_url: str) -> None:
    run("--db", db_url, "ingest", str(SEED))
    table = run("--db", db_url, "search", "crater")
    assert table.exit_code == 0 and "Duhok" in table.stdout
    lines = run("--db", db_url, "search", "--json", "licensor:Reuters").stdout.splitlines()
    hits = [json.loads(line) for line in lines]
    assert len(hits) == 2
    assert {hit["licensor"] for hit in hits} == {"Reuters"}
    assert all(hit["uses"] == 1 for hit in hits)
    nothing = run("--db", db_url, "search", "zeppelin")
    assert nothing.exit_code == 0 and nothing.stdout == ""


def test_a_bad_query_is_one_line_and_status_2(tmp_path: Path) -> None:
    done = run_main("--db", str(tmp_path / "c.db"), "search", "is:nonsense")
    assert done.returncode == 2
    assert done.stdout == ""
    assert len(done.stderr.strip().splitlines()) == 1 and "is:nonsense" in done.stderr


def test_missing_input_is_one_line_and_status_2(tmp_path: Path) -> None:
    done = run_main("--db", str(tmp_path / "c.db"), "ingest", str(tmp_path / "nowhere"))
    assert done.returncode == 2
    assert "nowhere" in done.stderr and "Traceback" not in done.stderr


def test_migrate_upgrades_an_older_catalog(db_url: str) -> None:
    engine = make_engine(db_url)
    upgrade(engine, "0001")
    result = run("--db", db_url, "migrate")
    assert result.exit_code == 0
    assert current_revision(engine) == head_revision()
    assert "0001" in result.stderr
    back = run("--db", db_url, "migrate", "--revision", "head")
    assert back.exit_code == 0
    engine.dispose()


def test_reparse_keeps_corrections(db_url: str) -> None:
    from sqlalchemy import select, update

    from catalog.db.corrections import correct
    from catalog.db.fields import unpack_machine
    from catalog.db.models import Caption, caption_table

    run("--db", db_url, "ingest", str(SEED))
    engine = make_engine(db_url)
    with engine.connect() as connection:
        stored = connection.execute(
            select(caption_table).where(Caption.text.like("Residents%"))
        ).one()
    caption_id, parsed = stored.id, unpack_machine(stored._mapping, stored.parsed)
    correct(engine, caption_id, {"photographer": "A. Jalal", "location": "Dahuk"})
    with engine.connect() as connection:
        packed = connection.execute(select(Caption.parsed).where(Caption.id == caption_id)).one()[0]
    # An older parser stored less: reparse must fill the machine values in again.
    stale = {**packed, "city": None, "country": None, "country_code": None}
    with engine.begin() as connection:
        connection.execute(
            update(caption_table).where(Caption.id == caption_id).values(parsed=stale)
        )
    result = run("--db", db_url, "reparse", "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["captions"] == 5 and report["changed"] == 1
    with engine.connect() as connection:
        row = connection.execute(select(caption_table).where(Caption.id == caption_id)).one()
    assert row.photographer == "A. Jalal" and row.location == "Dahuk"
    assert unpack_machine(row._mapping, row.parsed)["country"] == parsed["country"]
    assert row.country == parsed["country"]
    assert row.edited
    # Re-ingesting afterwards does not touch the correction either.
    run("--db", db_url, "ingest", str(SEED))
    with engine.connect() as connection:
        assert (
            connection.execute(
                select(Caption.photographer).where(Caption.id == caption_id)
            ).scalar_one()
            == "A. Jalal"
        )
    engine.dispose()
