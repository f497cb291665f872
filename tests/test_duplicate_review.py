"""The review queue of possible duplicates: which pairs are proposed, `is:duplicate` in the
query language, and `catalog duplicates list|confirm|reject` through the real entry point."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date

import pytest
from sqlalchemy import Engine, delete, insert, select, update

from catalog.db import open_catalog
from catalog.db.filters import CaptionFilter
from catalog.db.models import Caption, PossibleDuplicate, caption_table, possible_duplicate_table
from catalog.db.queries import search_captions
from catalog.dedupe import is_near_duplicate, normalise, similarity_percent, sources_differ
from catalog.ingest.model import FoundCaption, SourceArticle
from catalog.ingest.pipeline import Ingest
from catalog.word_diff import word_diff

CRATER = (
    "Residents look at a crater caused by a missile launched by Iran on U.S.-led coalition "
    "forces on the outskirts of Duhok, Iraq, on Jan. 8, 2020."
)
RETOUCHED = CRATER.replace("Duhok", "Dohuk")
OTHER_FRAME = CRATER.replace("Residents look", "Residents stare")
WIRE = {"credit": "Ari Jalal/Reuters", "date": "2020-01-08"}


def _article(name: str, text: str, credit: dict[str, str]) -> SourceArticle:
    return SourceArticle(
        source=name,
        format="jsonl",
        title=name,
        published=date(2020, 1, 8),
        content=f"body of {name}",
        captions=(FoundCaption(text=text, position=0, embedded=credit),),
    )


@pytest.fixture
def engine(db_url: str) -> Engine:
    engine = open_catalog(db_url)
    Ingest(engine).run_articles(
        [
            _article("a", CRATER, WIRE),
            _article("b", RETOUCHED, WIRE),
            # A word apart, but another photographer's frame: two photos, never proposed.
            _article("c", OTHER_FRAME, {**WIRE, "credit": "Safin Hamed/Reuters"}),
        ]
    )
    return engine


def _ids(engine: Engine) -> dict[str, int]:
    with engine.connect() as connection:
        return {text: id_ for text, id_ in connection.execute(select(Caption.text, Caption.id))}


def test_pairs_of_other_photographers_or_agencies_are_not_proposed(engine: Engine) -> None:
    # The text alone would link the other frame: the credit is what keeps it apart.
    assert is_near_duplicate(normalise(OTHER_FRAME), normalise(CRATER)) is not None
    with engine.connect() as connection:
        pairs = connection.execute(
            select(PossibleDuplicate.caption_id, PossibleDuplicate.other_id)
        ).all()
    ids = _ids(engine)
    assert [tuple(pair) for pair in pairs] == [(ids[RETOUCHED], ids[CRATER])]
    assert sources_differ(("Ari Jalal", "Reuters"), ("Ari Jalal", "AP"))
    assert not sources_differ(("ARI JALAL", "Reuters"), ("Ari Jalal", "Reuters"))
    assert not sources_differ((None, "Reuters"), ("Ari Jalal", "Reuters"))  # cannot tell


def test_is_duplicate_in_the_query_language(engine: Engine) -> None:
    ids = _ids(engine)
    flt = CaptionFilter.parse("is:duplicate-open")
    assert flt.to_query() == "is:duplicate-open"
    assert CaptionFilter.parse("crater is:duplicate").to_query() == "crater is:duplicate"
    found = {hit.id for hit in search_captions(engine, flt)}
    assert found == {ids[CRATER], ids[RETOUCHED]}
    assert {hit.id for hit in search_captions(engine, CaptionFilter.parse("is:duplicate"))} == (
        found
    )
    assert (
        search_captions(engine, CaptionFilter.parse("Dohuk is:duplicate-open"))[0].id
        == (ids[RETOUCHED])
    )


def test_is_duplicate_in_reports_and_exports(engine: Engine, db_url: str) -> None:
    ids = _ids(engine)
    report = _cli(db_url, "report", "credits", "--query", "is:duplicate-open", "--format", "csv")
    assert report.returncode == 0, report.stderr
    assert report.stdout.splitlines()[1].startswith("Reuters,2,2,2,")
    export = _cli(db_url, "export", "--query", "is:duplicate-open", "--format", "jsonl")
    assert export.returncode == 0, export.stderr
    exported = {json.loads(line)["id"] for line in export.stdout.splitlines()}
    assert exported == {ids[CRATER], ids[RETOUCHED]}


def test_similarity_is_a_percentage_and_differences_are_marked() -> None:
    assert similarity_percent(96.47) == "96%"
    assert similarity_percent(99.53) == "99%"
    left, right = word_diff("Residents look at a crater", "Residents stare at a crater")
    assert left == [("Residents", False), ("look", True), ("at a crater", False)]
    assert right == [("Residents", False), ("stare", True), ("at a crater", False)]


def _cli(url: str, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "catalog", "--db", url, *args],
        capture_output=True,
        text=True,
        input=stdin,
        env={**os.environ, "COLUMNS": "160"},
        check=False,
    )


def test_duplicates_list_confirm_reject(engine: Engine, db_url: str) -> None:
    ids = _ids(engine)
    done = _cli(db_url, "duplicates", "list", "--json")
    assert done.returncode == 0, done.stderr
    (pair,) = [json.loads(line) for line in done.stdout.splitlines()]
    assert (pair["newer"]["id"], pair["older"]["id"], pair["status"]) == (
        ids[RETOUCHED],
        ids[CRATER],
        "open",
    )
    assert 90 < pair["similarity"] <= 100
    done = _cli(db_url, "duplicates", "list")
    assert "alike · open" in done.stdout and "%" in done.stdout and "9647%" not in done.stdout
    assert "Dohuk" in done.stdout and "1 open pair(s)" in done.stderr
    # Without an answer (stdin empty, as in a script) nothing is merged, and it says why.
    done = _cli(db_url, "duplicates", "confirm", str(pair["id"]))
    assert done.returncode == 2 and "Aborted" not in done.stderr
    assert done.stderr.strip().splitlines()[-1] == (
        "Error: no answer on stdin, so nothing was merged: answer y, or pass --yes to confirm "
        "without asking"
    )
    # Confirming asks first and shows both captions; "n" changes nothing.
    done = _cli(db_url, "duplicates", "confirm", str(pair["id"]), stdin="n\n")
    assert done.returncode == 0
    assert "Merge caption" in done.stderr and "Dohuk" in done.stderr and "Duhok" in done.stderr
    assert "Nothing changed." in done.stderr
    assert search_captions(engine, CaptionFilter.parse("is:duplicate-open"))
    done = _cli(db_url, "duplicates", "confirm", str(pair["id"]), stdin="y\n")
    assert done.returncode == 0 and "merged into" in done.stderr
    assert not search_captions(engine, CaptionFilter.parse("is:duplicate-open"))
    assert len(search_captions(engine, CaptionFilter.parse("is:duplicate"))) == 2
    with engine.connect() as connection:
        merged = connection.execute(
            select(Caption.merged_into_id).where(Caption.id == ids[RETOUCHED])
        ).scalar_one()
    assert merged == ids[CRATER]
    # A decided pair cannot be decided again; an unknown id is named.
    for args in (["reject", str(pair["id"])], ["confirm", "999", "--yes"]):
        done = _cli(db_url, "duplicates", *args)
        assert done.returncode == 2 and "Traceback" not in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1
    assert _cli(db_url, "duplicates", "list", "--status", "confirmed").stdout.count("Pair ") == 1


def test_a_reparse_that_reads_another_photographer_updates_the_queue(db_url: str) -> None:
    """An older parser read both credits as one photographer and an older linker paired the
    captions; the reparse reads two photographers, so the pair leaves the queue. A caption
    an older parser misread the other way gets its pair."""
    engine = open_catalog(db_url)
    frames = {
        "first": f"{CRATER} (Ari Jalal/Reuters)",
        "second frame": f"{OTHER_FRAME} (Safin Hamed/Reuters)",
        "retouched": f"{RETOUCHED} (Ari Jalal/Reuters)",
    }
    Ingest(engine).run_articles([_article(name, text, {}) for name, text in frames.items()])
    ids = {name: _ids(engine)[text] for name, text in frames.items()}
    assert _cli(db_url, "duplicates", "list", "--json").stdout.count("\n") == 1
    with engine.begin() as connection:
        # What the older versions stored: the second frame read as Ari Jalal's and paired,
        # the retouched copy read as someone else's and never paired.
        connection.execute(
            update(caption_table)
            .where(Caption.id == ids["second frame"])
            .values(photographer="Ari Jalal")
        )
        connection.execute(
            update(caption_table)
            .where(Caption.id == ids["retouched"])
            .values(photographer="A. Jalal")
        )
        connection.execute(delete(possible_duplicate_table))
        connection.execute(
            insert(possible_duplicate_table).values(
                caption_id=ids["second frame"], other_id=ids["first"], score=95.0
            )
        )
    done = _cli(db_url, "reparse", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["changed"] == 2
    listed = [
        json.loads(line)
        for line in _cli(db_url, "duplicates", "list", "--json").stdout.splitlines()
    ]
    assert [(pair["newer"]["id"], pair["older"]["id"]) for pair in listed] == [
        (ids["retouched"], ids["first"])
    ]
    engine.dispose()
