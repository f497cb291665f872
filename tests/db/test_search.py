"""Full-text search through CaptionFilter on both dialects: words, phrases, prefixes, NOT."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import Engine

from catalog.db import open_catalog
from catalog.db.counts import count_captions
from catalog.db.filters import CaptionFilter, tsquery_expression
from catalog.db.queries import search_captions
from catalog.ingest.model import FoundCaption, SourceArticle
from catalog.ingest.pipeline import Ingest

CAPTIONS = [
    "Voters wait at a polling station in Nairobi, Kenya, on Aug. 9, 2022. (AP Photo/Brian Inganga)",
    "A station master waves a train out of Nairobi on Aug. 9, 2022. (Reuters/Thomas Mukoya)",
    "Earthquake survivors shelter in a U.S.-built tent in Antakya, Turkey. (Hussein Malla/AP)",
    "Drone footage shows the polling queue in Mombasa, Kenya. (Reuters)",
]


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    engine = open_catalog(db_url)
    article = SourceArticle(
        source="search.jsonl",
        format="jsonl",
        published=date(2022, 8, 10),
        captions=tuple(FoundCaption(text=t, position=i) for i, t in enumerate(CAPTIONS)),
    )
    Ingest(engine).run_articles([article])
    yield engine
    engine.dispose()


@pytest.mark.parametrize(
    "query, expected",
    [
        pytest.param("nairobi", {0, 1}, id="word"),
        pytest.param('"polling station"', {0}, id="phrase"),
        pytest.param("polling -drone", {0}, id="exclude"),
        pytest.param("earthqu*", {2}, id="prefix"),
        pytest.param("U.S.-built", {2}, id="punctuation-is-not-syntax"),
        pytest.param("station nairobi", {0, 1}, id="and"),
        pytest.param("zeppelin", set(), id="nothing"),
    ],
)
def test_search(engine: Engine, query: str, expected: set[int]) -> None:
    flt = CaptionFilter.parse(query)
    found = {CAPTIONS.index(hit.text) for hit in search_captions(engine, flt)}
    assert found == expected
    assert count_captions(engine, flt) == len(expected)


def test_tsquery_translation() -> None:
    assert tsquery_expression('harb* "polling station" -drone') == (
        "('harb':*) & ('polling' <-> 'station') & !('drone')"
    )
    assert tsquery_expression("it's") == "('it''s')"
    # Exclusions alone keep every caption but those: PostgreSQL reads "!x" on its own.
    assert tsquery_expression("-only") == "!('only')"
