"""Every filter of the query language on both dialects, through the one ``conditions()``.

The browser (``db.browse``), the reports (``report_queries``) and the exports
(``export_queries``) must select the same captions for a filter: each is checked here against
the expected ids.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import Engine, insert, select

from catalog.db import open_catalog
from catalog.db import report_queries as rq
from catalog.db.browse.paging import Sort, sorted_ids
from catalog.db.corrections import correct
from catalog.db.counts import count_captions
from catalog.db.export_queries import export_statement
from catalog.db.fields import caption_row
from catalog.db.filters import CaptionFilter, conditions
from catalog.db.models import Caption, article_table, caption_table, use_table
from catalog.parsing.model import ParsedCaption

# id -> (caption fields, embedded metadata); every caption is used once, in article 1 or 2.
ROWS: dict[int, tuple[dict[str, object], dict[str, str | None]]] = {
    1: (
        dict(
            location="Tehran, Iran",
            city="Tehran",
            country="Iran",
            country_code="IR",
            date="2020-01-08",
            credit="Nazanin Tabatabaee/WANA via Reuters",
            photographer="Nazanin Tabatabaee",
            agency="WANA",
            via="Reuters",
        ),
        {},
    ),
    2: (
        dict(
            location="Baghdad, Iraq",
            city="Baghdad",
            country="Iraq",
            country_code="IQ",
            date="2020-01",
            credit="AP Photo/Hadi Mizban",
            photographer="Hadi Mizban",
            agency="AP",
        ),
        {},
    ),
    3: (
        dict(
            location="New York City",
            city="New York",
            country="United States",
            country_code="US",
            date="2021-07-16",
            credit="Hussein Malla/AP",
            photographer="Hussein Malla",
            agency="AP",
        ),
        {},
    ),
    4: (dict(location="Antakya, Turkey", date="2019", description="no credit at all"), {}),
    5: (
        # Embedded metadata names a city the caption text does not.
        dict(location="a camp near the border", credit="Reuters", agency="Reuters"),
        {"city": "Idlib", "country": "Syria"},
    ),
    6: (
        dict(
            location="Kyiv, Ukraine",
            country="Ukraine",
            credit="Jane Roe/Kyiv Independent",
            photographer="Jane Roe",
            agency="Kyiv Independent",
        ),
        {},
    ),
    7: (
        dict(
            location="Mombasa, Kenya",
            country="Kenya",
            credit="Getty Images",
            agency="Getty Images",
            date="2022-08-09",
        ),
        {},
    ),
}
TEXTS = {
    1: "A man holds a picture in Tehran, Iran. Nazanin Tabatabaee/WANA via Reuters",
    2: "Iraqi forces stand guard in Baghdad. (AP Photo/Hadi Mizban)",
    3: "A parade in New York City. Hussein Malla/AP",
    4: "Survivors shelter in a tent in Antakya, Turkey.",
    5: "Families wait at a camp near the border. Reuters",
    6: "A polling station in Kyiv, Ukraine. Jane Roe/Kyiv Independent",
    7: "Voters wait at a polling station in Mombasa, Kenya. Getty Images",
}


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    engine = open_catalog(db_url)
    rows = []
    for caption_id, (fields, embedded) in ROWS.items():
        parsed = ParsedCaption(caption=TEXTS[caption_id], **fields)  # type: ignore[arg-type]
        row = caption_row(parsed, embedded)
        row["id"] = caption_id
        row["key"] = hashlib.sha1(TEXTS[caption_id].encode()).hexdigest()
        if caption_id == 6:
            row["agency_known"] = False
        rows.append(row)
    with engine.begin() as connection:
        connection.execute(insert(caption_table), rows)
        connection.execute(
            insert(article_table),
            [
                dict(
                    id=1,
                    identity="a" * 64,
                    source="a.html",
                    format="html",
                    published=date(2020, 1, 10),
                ),
                dict(
                    id=2,
                    identity="b" * 64,
                    source="b.html",
                    format="html",
                    published=date(2022, 8, 10),
                ),
            ],
        )
        connection.execute(
            insert(use_table),
            [
                dict(caption_id=caption_id, article_id=1 if caption_id <= 3 else 2, position=i)
                for i, caption_id in enumerate(ROWS)
            ],
        )
    # Caption 4 gets an agency by hand but keeps no credit: still uncredited.
    correct(engine, 4, {"agency": "AFP"})
    yield engine
    engine.dispose()


CASES = [
    pytest.param("", set(ROWS), id="everything"),
    pytest.param("polling", {6, 7}, id="words"),
    pytest.param("agency:AP", {2, 3}, id="agency"),
    pytest.param("agency:ap", {2, 3}, id="agency-any-case"),
    pytest.param('agency:"getty images"', {7}, id="agency-two-words"),
    pytest.param("agency:A", set(), id="agency-is-whole"),
    pytest.param("via:reuters", {1}, id="via"),
    pytest.param("licensor:Reuters", {1, 5}, id="licensor"),
    pytest.param("licensor:afp", {4}, id="licensor-from-a-correction"),
    pytest.param("by:malla", {3}, id="by-word"),
    pytest.param("by:mall", {3}, id="by-prefix"),
    pytest.param("by:alla", set(), id="by-not-inside-a-word"),
    pytest.param('by:"nazanin tab"', {1}, id="by-phrase-prefix"),
    pytest.param('by:"tabatabaee nazanin"', set(), id="by-phrase-in-order"),
    pytest.param("by:HADI", {2}, id="by-any-case"),
    pytest.param("in:Iran", {1}, id="in-country"),
    pytest.param("in:iraq", {2}, id="in-country-any-case"),
    pytest.param("in:Idlib", {5}, id="in-embedded-city"),
    pytest.param("in:syria", {5}, id="in-embedded-country"),
    pytest.param("in:US", {3}, id="in-country-code"),
    pytest.param("in:us", {3}, id="in-country-code-any-case"),
    pytest.param('in:"new york"', {3}, id="in-city-two-words"),
    pytest.param("in:antak", {4}, id="in-location-prefix"),
    pytest.param("in:ran", set(), id="in-not-inside-a-word"),
    pytest.param("date:2020", {1, 2}, id="date-year"),
    pytest.param("date:2020-01..2021-07", {1, 2, 3}, id="date-range"),
    pytest.param("date:..2019", {4}, id="date-until"),
    pytest.param("is:uncredited", {4}, id="uncredited"),
    pytest.param("is:unknown-agency", {6}, id="unknown-agency"),
    pytest.param("is:edited", {4}, id="edited"),
    pytest.param("since:2022-01-01", {4, 5, 6, 7}, id="since"),
    pytest.param("until:2020-12-31", {1, 2, 3}, id="until"),
    pytest.param("polling in:kenya agency:getty\\ images", {7}, id="combined"),
    pytest.param("agency:AP in:iraq by:hadi date:2020", {2}, id="combined-fields"),
]


@pytest.mark.parametrize("query, expected", CASES)
def test_filter(engine: Engine, query: str, expected: set[int]) -> None:
    flt = CaptionFilter.parse(query)
    dialect = engine.dialect.name
    with engine.connect() as connection:
        found = set(
            connection.execute(select(Caption.id).where(*conditions(flt, dialect))).scalars()
        )
        assert found == expected
        # The same through the SQLite planner hint, and through the browser.
        hinted = conditions(flt, dialect, scan=True)
        assert set(connection.execute(select(Caption.id).where(*hinted)).scalars()) == expected
        assert count_captions(connection, flt) == len(expected)
        assert set(sorted_ids(connection, flt, Sort())) == expected
        # And through the exports.
        statement = export_statement(flt, dialect, uses=False)
        assert {row.id for row in connection.execute(statement)} == expected


def test_report_counts_the_filtered_uses(engine: Engine) -> None:
    # A period: counted from the uses themselves (the rows here have no use statistics).
    flt = CaptionFilter.parse("agency:ap until:2030-01-01")
    total = rq.usage_total(engine, flt)
    assert (total.photos, total.uses) == (2, 2)
