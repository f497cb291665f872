"""The browser's queries (``catalog.db.browse``): keyset pages agree with the full ordering,
NULLs included, every sort."""

from __future__ import annotations

import hashlib
import random
from pathlib import Path

import pytest
from sqlalchemy import Engine, insert

from catalog.db import open_catalog
from catalog.db.browse.detail import caption_detail
from catalog.db.browse.facets import facet_counts, facet_filter
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
from catalog.db.fields import caption_row
from catalog.db.filters import CaptionFilter
from catalog.db.models import caption_table
from catalog.parsing.model import ParsedCaption

from .conftest import build_catalog


def bulk_catalog(path: Path, n: int) -> Engine:
    """``n`` captions with repeated and missing sort values (ties and NULLs in every column)."""
    rng = random.Random(5)
    engine = open_catalog(f"sqlite:///{path}")
    rows = []
    for number in range(n):
        agency = rng.choice(["AP", "Reuters", "AFP", None])
        text = f"Caption number {number} about {'floods' if number % 3 else 'elections'}"
        parsed = ParsedCaption(
            caption=text,
            description=None if number % 17 == 0 else f"Scene {rng.randint(0, 40)}",
            location=rng.choice(["Tehran, Iran", "Kyiv, Ukraine", None]),
            date=rng.choice(["2020-01-08", "2021-07", "2019", None]),
            photographer=rng.choice(["Ana Silva", "Tom Quinn", None]),
            agency=agency,
            credit=agency,
        )
        row = caption_row(parsed)
        row["id"] = number + 1
        row["key"] = hashlib.sha1(text.encode()).hexdigest()
        rows.append(row)
    with engine.begin() as connection:
        connection.execute(insert(caption_table), rows)
    return engine


@pytest.fixture(scope="module")
def bulk(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return bulk_catalog(tmp_path_factory.mktemp("bulk") / "bulk.db", 457)


SORTS = [Sort(column, descending) for column in SORT_COLUMNS for descending in (False, True)]
FILTERS = ["", "floods", "agency:AP", "is:uncredited", "in:tehran", "by:ana"]


@pytest.mark.parametrize("flt_text", FILTERS)
@pytest.mark.parametrize(
    "sort", SORTS, ids=lambda s: f"{s.column}-{'desc' if s.descending else 'asc'}"
)
def test_keyset_pages_follow_the_ordering(bulk: Engine, sort: Sort, flt_text: str) -> None:
    flt = CaptionFilter.parse(flt_text)
    with bulk.connect() as connection:
        expected = list(sorted_ids(connection, flt, sort))
        assert len(expected) == count_captions(connection, flt)
        forward: list[int] = []
        rows = first_page(connection, flt, sort, limit=50)
        while rows:
            forward += [row.id for row in rows]
            rows = page_after(connection, flt, sort, rows[-1].key(sort), limit=50)
        assert forward == expected
        backward: list[int] = []
        last = page_at(connection, flt, sort, len(expected) - 1, limit=1)
        if last:
            backward = [last[0].id]
            rows = page_before(connection, flt, sort, last[0].key(sort), limit=37)
            while rows:
                backward = [row.id for row in rows] + backward
                rows = page_before(connection, flt, sort, rows[0].key(sort), limit=37)
        assert backward == expected
        assert [row.id for row in page_at(connection, flt, sort, 100, limit=30)] == expected[
            100:130
        ]
        total = len(expected)
        for offset in (0, total // 2, total // 2 + 1, total - 31, total - 30, total - 1, total):
            offset = max(0, offset)
            # With the total, positions in the second half are read from the end.
            rows = page_at(connection, flt, sort, offset, limit=30, total=total)
            assert [row.id for row in rows] == expected[offset : offset + 30], offset
        start = open_view(connection, flt, sort)
        assert start.total == len(expected)
        assert [row.id for row in start.first] == expected[:PAGE_SIZE]


def test_facets_count_the_filter(bulk: Engine) -> None:
    with bulk.connect() as connection:
        everything = {f.name: f for f in facet_counts(connection, CaptionFilter(), limit=50)}
        ap = {f.name: f for f in facet_counts(connection, CaptionFilter(agency="AP"), limit=50)}
        total = count_captions(connection, CaptionFilter())
    assert sum(value.count for value in everything["licensor"].values) == total
    assert [value.value for value in ap["agency"].values] == ["AP"]
    assert sum(value.count for value in ap["year"].values) == ap["agency"].values[0].count


def test_facet_filter_maps_values_to_query_fields() -> None:
    flt = CaptionFilter()
    assert facet_filter(flt, "agency", "AP").to_query() == "agency:AP"
    assert facet_filter(flt, "photographer", "Ana Silva").photographer == "Ana Silva"
    assert facet_filter(flt, "country", "Iran").place == "Iran"
    assert facet_filter(flt, "year", "2020").to_query() == "date:2020..2020"
    assert facet_filter(flt, "licensor", None).uncredited


def test_detail(tmp_path: Path) -> None:
    engine = build_catalog(f"sqlite:///{tmp_path / 'c.db'}")
    with engine.connect() as connection:
        detail = caption_detail(connection, 3)
        assert detail is not None
        assert detail.value("agency") == "AP"
        assert len(detail.uses) == 2
        assert caption_detail(connection, 999) is None


def test_unfiltered_facets_follow_catalog_changes(tmp_path: Path) -> None:
    from catalog.db.corrections import correct, undo

    engine = build_catalog(f"sqlite:///{tmp_path / 'c.db'}")

    def agencies() -> dict[str | None, int]:
        with engine.connect() as connection:
            [facet] = facet_counts(connection, CaptionFilter(), names=["agency"], limit=50)
        return {value.value: value.count for value in facet.values}

    before = agencies()
    assert agencies() == before  # served from the cache
    [correction_id] = correct(engine, 3, {"agency": "AFP"})
    after = agencies()
    assert after["AFP"] == before.get("AFP", 0) + 1
    assert after.get("AP", 0) == before["AP"] - 1
    undo(engine, [correction_id])
    assert agencies() == before
