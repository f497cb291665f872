"""Migration 0010 on a catalog linked by an older version: open pairs whose captions name two
photographers or two agencies leave the review queue; pairs of one source, pairs that cannot
tell (a credit without a photographer) and pairs a person decided stay. Driven as a user
meets it: SQLite upgrades itself on first use (after a backup), PostgreSQL after ``catalog
migrate``."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import Connection, text
from sqlalchemy.engine import make_url

from catalog.db.engine import make_engine
from catalog.db.migrate import downgrade, upgrade
from tests.cli import catalog

TEXT = "Rescuers search the rubble of a collapsed building in Antakya, Turkey, February 8, 2023"

# (photographer, agency) of each newer caption, its pair's status with the first caption
# (Umit Bektas / Reuters), and whether the queue keeps the pair after the upgrade.
PAIRS = {
    "same source": (("Umit Bektas", "Reuters"), "open", True),
    "same, in capitals": (("UMIT BEKTAS", "Reuters"), "open", True),
    "another photographer": (("Safin Hamed", "Reuters"), "open", False),
    "another agency": (("Umit Bektas", "AP"), "open", False),
    "no photographer": ((None, "Reuters"), "open", True),
    "rejected by a person": (("Safin Hamed", "Reuters"), "rejected", True),
    "confirmed by a person": (("Umit Bektas", "AFP"), "confirmed", True),
}


def _caption(connection: Connection, number: int, photographer: str | None, agency: str) -> int:
    connection.execute(
        text(
            "INSERT INTO caption (id, key, text, photographer, agency, licensor, date, roles, "
            "edited, parsed, origins, use_count) VALUES (:id, :key, :text, :photographer, "
            ":agency, :agency, '2023-02-08', '', false, '{}', '{}', 1)"
        ),
        {
            "id": number,
            "key": f"k{number}",
            "text": f"{TEXT} ({number}). {photographer or 'Staff'}/{agency}",
            "photographer": photographer,
            "agency": agency,
        },
    )
    return number


def _old_catalog(url: str) -> dict[str, int]:
    """A catalog at 0009 holding the pairs an older linker proposed; returns pair ids."""
    engine = make_engine(url)
    upgrade(engine, "0009")
    ids: dict[str, int] = {}
    with engine.begin() as connection:
        older = _caption(connection, 1, "Umit Bektas", "Reuters")
        for number, (name, ((photographer, agency), status, _)) in enumerate(PAIRS.items(), 2):
            newer = _caption(connection, number, photographer, agency)
            connection.execute(
                text(
                    "INSERT INTO possible_duplicate (id, caption_id, other_id, score, status) "
                    "VALUES (:id, :newer, :older, 97.5, :status)"
                ),
                {"id": number, "newer": newer, "older": older, "status": status},
            )
            ids[name] = number
    engine.dispose()
    return ids


def _listed(url: str, status: str) -> set[int]:
    done = catalog("--db", url, "duplicates", "list", "--status", status, "--json")
    assert done.returncode == 0, done.stderr
    return {json.loads(line)["id"] for line in done.stdout.splitlines()}


def test_open_pairs_of_two_sources_leave_the_queue(db_url: str) -> None:
    ids = _old_catalog(db_url)
    if make_url(db_url).get_backend_name() == "postgresql":
        refused = catalog("--db", db_url, "duplicates", "list")
        assert refused.returncode == 2 and "catalog migrate" in refused.stderr
        migrated = catalog("--db", db_url, "migrate")
        assert migrated.returncode == 0, migrated.stderr
    else:
        path = make_url(db_url).database
        assert path is not None
        # The first command upgrades the file, after a copy of it at 0009.
        assert not list(Path(path).parent.glob("*.0009.*.bak"))
    kept = {name for name, (_, status, keep) in PAIRS.items() if keep and status == "open"}
    assert _listed(db_url, "open") == {ids[name] for name in kept}
    assert _listed(db_url, "all") == {ids[name] for name, (*_, keep) in PAIRS.items() if keep}
    info = catalog("--db", db_url, "info", "--json")
    assert json.loads(info.stdout)["possible_duplicates"] == len(kept)
    search = catalog("--db", db_url, "search", "is:duplicate-open", "--json")
    found = {json.loads(line)["id"] for line in search.stdout.splitlines()}
    assert found == {1} | {ids[name] for name in kept}
    if make_url(db_url).get_backend_name() == "sqlite":
        assert len(list(Path(str(make_url(db_url).database)).parent.glob("*.0009.*.bak"))) == 1


def test_the_step_goes_down_and_up_again(db_url: str) -> None:
    ids = _old_catalog(db_url)
    engine = make_engine(db_url)
    upgrade(engine)
    downgrade(engine, "0009")  # nothing to restore: the pairs were noise
    upgrade(engine)
    with engine.connect() as connection:
        left = set(connection.execute(text("SELECT id FROM possible_duplicate")).scalars())
    engine.dispose()
    assert left == {ids[name] for name, (*_, keep) in PAIRS.items() if keep}
