"""Migration 0011 on a catalog linked by an older version, which paired every caption of a
gallery with every other: the open pairs a caption ranks among its nearest few stay, the rest
leave the queue, decided pairs stay. Driven as a user meets it: SQLite upgrades itself on
first use, PostgreSQL after ``catalog migrate``."""

from __future__ import annotations

import json
from itertools import combinations

from sqlalchemy import Connection, text
from sqlalchemy.engine import make_url

from catalog.db.engine import make_engine
from catalog.db.migrate import downgrade, upgrade
from catalog.dedupe import PAIRS_PER_CAPTION
from tests.cli import catalog

TEXT = "Volunteers fill sandbags by the river in Passau, Germany, June 3, 2024. Picture {}"
CAPTIONS = 12
# The pair an older linker proposed, decided by a person: stays whatever its rank.
REJECTED = (12, 1)


def _score(newer: int, older: int) -> float:
    """Nearer numbers, more alike: each caption's nearest are its neighbours."""
    return 99.0 - abs(newer - older)


def _old_catalog(url: str) -> None:
    """A catalog at 0010 with every pair of a 12-caption gallery open (66 pairs)."""
    engine = make_engine(url)
    upgrade(engine, "0010")
    with engine.begin() as connection:
        for number in range(1, CAPTIONS + 1):
            _caption(connection, number)
        for older, newer in combinations(range(1, CAPTIONS + 1), 2):
            status = "rejected" if (newer, older) == REJECTED else "open"
            connection.execute(
                text(
                    "INSERT INTO possible_duplicate (caption_id, other_id, score, status) "
                    "VALUES (:newer, :older, :score, :status)"
                ),
                {"newer": newer, "older": older, "score": _score(newer, older), "status": status},
            )
    engine.dispose()


def _caption(connection: Connection, number: int) -> None:
    connection.execute(
        text(
            "INSERT INTO caption (id, key, text, photographer, agency, licensor, date, roles, "
            "edited, parsed, origins, use_count) VALUES (:id, :key, :text, 'Lena Vogt', 'AP', "
            "'AP', '2024-06-03', '', false, '{}', '{}', 1)"
        ),
        {"id": number, "key": f"k{number}", "text": TEXT.format(number)},
    )


def _pairs(url: str, status: str) -> set[tuple[int, int]]:
    done = catalog("--db", url, "duplicates", "list", "--status", status, "--json")
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    return {(row["newer"]["id"], row["older"]["id"]) for row in rows}


def test_open_pairs_beyond_each_captions_nearest_leave_the_queue(db_url: str) -> None:
    _old_catalog(db_url)
    if make_url(db_url).get_backend_name() == "postgresql":
        assert catalog("--db", db_url, "migrate").returncode == 0
    kept = _pairs(db_url, "open")
    # Each caption's three nearest are its neighbours two numbers either side, ties going to
    # the smaller number's text: 1-2, 1-3, 1-4 from caption 1, 2-3 ... from the others.
    assert len(kept) <= PAIRS_PER_CAPTION * CAPTIONS
    assert {caption for pair in kept for caption in pair} == set(range(1, CAPTIONS + 1))
    assert all(newer - older <= PAIRS_PER_CAPTION for newer, older in kept)
    assert {(2, 1), (3, 1), (4, 1), (12, 11), (12, 10)} <= kept
    assert _pairs(db_url, "rejected") == {REJECTED}


def test_the_step_goes_down_and_up_again(db_url: str) -> None:
    _old_catalog(db_url)
    engine = make_engine(db_url)
    upgrade(engine)
    with engine.connect() as connection:
        before = connection.execute(text("SELECT count(*) FROM possible_duplicate")).scalar_one()
    downgrade(engine, "0010")  # nothing to restore: the pairs were noise
    upgrade(engine)
    with engine.connect() as connection:
        after = connection.execute(text("SELECT count(*) FROM possible_duplicate")).scalar_one()
    engine.dispose()
    assert before == after < 66
