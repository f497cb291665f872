"""The browser's queries (``catalog.db.browse``) on both dialects (the fixed browser catalog):
keyset pages in every sort, facets, detail. PostgreSQL sorts NULLs last, SQLite first: each
follows its own ordering."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine

from catalog.db.browse.detail import caption_detail
from catalog.db.browse.facets import facet_counts
from catalog.db.browse.paging import (
    PAGE_SIZE,
    SORT_COLUMNS,
    Sort,
    first_page,
    open_view,
    page_after,
    page_at,
    page_before,
    sorted_ids,
)
from catalog.db.counts import count_captions
from catalog.db.filters import CaptionFilter
from tests.tui.conftest import CAPTION_COUNT, build_catalog

SORTS = [Sort(column, descending) for column in SORT_COLUMNS for descending in (False, True)]


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    engine = build_catalog(db_url)
    yield engine
    engine.dispose()


@pytest.mark.parametrize("flt_text", ["", "agency:reuters", "in:iran", "by:malla", "is:uncredited"])
def test_keyset_pages_follow_the_ordering(engine: Engine, flt_text: str) -> None:
    flt = CaptionFilter.parse(flt_text)
    with engine.connect() as connection:
        for sort in SORTS:
            expected = list(sorted_ids(connection, flt, sort))
            assert len(expected) == count_captions(connection, flt)
            forward: list[int] = []
            rows = first_page(connection, flt, sort, limit=2)
            while rows:
                forward += [row.id for row in rows]
                rows = page_after(connection, flt, sort, rows[-1].key(sort), limit=2)
            assert forward == expected, sort
            if expected:
                [last] = page_at(connection, flt, sort, len(expected) - 1, limit=1)
                backward = [last.id]
                rows = page_before(connection, flt, sort, last.key(sort), limit=3)
                while rows:
                    backward = [row.id for row in rows] + backward
                    rows = page_before(connection, flt, sort, rows[0].key(sort), limit=3)
                assert backward == expected, sort
                total = len(expected)
                for offset in {total // 2, total // 2 + 1, max(0, total - 2), total - 1}:
                    rows = page_at(connection, flt, sort, offset, limit=2, total=total)
                    assert [row.id for row in rows] == expected[offset : offset + 2], sort
            start = open_view(connection, flt, sort)
            assert start.total == len(expected)
            assert [row.id for row in start.first] == expected[:PAGE_SIZE]


def test_facets(engine: Engine) -> None:
    with engine.connect() as connection:
        everything = {f.name: f for f in facet_counts(connection, CaptionFilter(), limit=50)}
        reuters = {
            f.name: f for f in facet_counts(connection, CaptionFilter(licensor="reuters"), limit=50)
        }
    assert sum(value.count for value in everything["licensor"].values) == CAPTION_COUNT
    assert sum(value.count for value in everything["year"].values) == CAPTION_COUNT
    assert [value.value for value in reuters["licensor"].values] == ["Reuters"]
    assert sum(value.count for value in reuters["country"].values) == 4


def test_detail(engine: Engine) -> None:
    with engine.connect() as connection:
        detail = caption_detail(connection, 3)
        assert detail is not None
        assert detail.value("agency") == "AP"
        assert [use.article_id for use in detail.uses] == [2, 1]
        linked = caption_detail(connection, 2)
        assert linked is not None
        assert [(d.other_id, d.status, d.newer) for d in linked.duplicates] == [(1, "open", True)]
        assert caption_detail(connection, 999) is None
