"""``catalog search`` and the query language's errors, through the entry point."""

from __future__ import annotations

import json

import pytest

from tests.cli import catalog
from tests.conftest import REPO

SAMPLES = REPO / "samples"


@pytest.fixture
def samples_db(db_url: str) -> str:
    done = catalog("--db", db_url, "ingest", str(SAMPLES))
    assert done.returncode == 0, done.stderr
    return db_url


def licensors(db: str, *query: str) -> list[str | None]:
    done = catalog("--db", db, "search", "--json", "--limit", "100", *query)
    assert done.returncode == 0, done.stderr
    return [json.loads(line)["licensor"] for line in done.stdout.splitlines()]


def test_minus_word_excludes(samples_db: str) -> None:
    everything = licensors(samples_db, "-zeppelin")
    assert len(everything) == 17
    # Alone and first ("-Switzerland" must reach the query, not Click's option parser):
    # every caption but those that name it.
    with_it = licensors(samples_db, "Switzerland")
    without = licensors(samples_db, "-Switzerland")
    assert len(with_it) == 3 and len(without) == 17 - 3
    assert licensors(samples_db, "Kyiv") == ["Reuters"]
    assert licensors(samples_db, "Kyiv", "-woman") == []
    # A word that begins with h is a word too, not -h (help) and more.
    assert len(licensors(samples_db, "-harbour")) == 17 - len(licensors(samples_db, "harbour"))
    assert "Usage:" in catalog("search", "-h").stdout


def test_a_mistyped_option_is_not_searched_for(samples_db: str) -> None:
    done = catalog("--db", samples_db, "search", "Kyiv", "--jsno")
    assert done.returncode == 2
    assert "no such option: --jsno (to exclude a word: -word)" in done.stderr


@pytest.mark.parametrize(
    "query, named",
    [
        ("foo:bar", "unknown field foo:"),
        ("agency:", "agency: needs a value"),
        ("date:2021-13", "no such date: 2021-13"),
        ("date:2021-02-30", "no such date: 2021-02-30"),
        ("since:2024-02-01 until:2024-01-01", "starts (2024-02-01) after it ends (2024-01-01)"),
    ],
    ids=["unknown-field", "empty-field", "month-13", "february-30", "since-after-until"],
)
def test_query_errors_name_the_problem(samples_db: str, query: str, named: str) -> None:
    done = catalog("--db", samples_db, "search", *query.split())
    assert done.returncode == 2 and done.stdout == ""
    assert named in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_since_after_until_in_reports_and_exports(samples_db: str) -> None:
    for command in (["report", "credits"], ["export"]):
        done = catalog(
            "--db", samples_db, *command, "--since", "2024-02-01", "--until", "2024-01-01"
        )
        assert done.returncode == 2, done.stderr
        assert "after it ends" in done.stderr and "Traceback" not in done.stderr


def test_colons_that_are_not_fields_stay_words(samples_db: str) -> None:
    done = catalog("--db", samples_db, "search", "Kyiv", "https://news.example/a", "10:30")
    assert done.returncode == 0, done.stderr


def test_a_cut_result_says_how_many_matched(samples_db: str) -> None:
    done = catalog("--db", samples_db, "search", "--json", "--limit", "2", "-zeppelin")
    assert len(done.stdout.splitlines()) == 2
    assert done.stderr.strip() == "2 of 17 captions shown; --limit shows more."
    table = catalog("--db", samples_db, "search", "--limit", "2", "-zeppelin")
    assert "2 of 17 captions shown" in table.stderr
    whole = catalog("--db", samples_db, "search", "--json", "--limit", "17", "-zeppelin")
    assert whole.stderr == ""
