"""Every query that filtered by a dropped index's column (migration 0009) still seeks an index:
the wider index that leads with the same column. The plans are SQLite's (PostgreSQL has the
same leading columns, and on a table this small it would scan anyway).

Then every secondary index the catalog keeps, each with a query of the catalog's own whose
plan seeks or walks it: none is kept that no plan uses."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, Engine, event, select
from sqlalchemy.sql import ClauseElement

from catalog.db import open_catalog
from catalog.db.browse.detail import caption_detail
from catalog.db.browse.facets import facet_counts
from catalog.db.browse.paging import Sort, first_page
from catalog.db.connection import driver_connection
from catalog.db.corrections import active_corrections
from catalog.db.duplicate_review import duplicate_pairs
from catalog.db.duplicates import link_queued
from catalog.db.engine import make_engine
from catalog.db.filters import CaptionFilter, apply_filter
from catalog.db.info import catalog_info
from catalog.db.migrate import upgrade
from catalog.db.models import Caption, PossibleDuplicate, Use
from catalog.db.queries import search_captions
from catalog.db.recrawl import adopt_legacy
from catalog.db.report_queries import caption_usage_by, credit_facets, usage_total


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    engine = make_engine(f"sqlite:///{tmp_path / 'catalog.db'}")
    upgrade(engine)
    return engine


def plan(engine: Engine, statement: ClauseElement) -> str:
    sql = str(statement.compile(engine, compile_kwargs={"literal_binds": True}))
    with engine.connect() as connection:
        rows = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}").all()
    return "\n".join(row[-1] for row in rows)


def test_a_licensor_filter_seeks_an_index_that_leads_with_licensor(engine: Engine) -> None:
    statement = apply_filter(select(Caption.id), CaptionFilter.parse("licensor:Reuters"), "sqlite")
    shown = plan(engine, statement)
    assert "SCAN caption\n" not in shown + "\n", shown
    assert "ix_caption_licensor_date" in shown or "ix_caption_report_licensor" in shown, shown


def test_an_articles_uses_are_read_through_the_unique_pair(engine: Engine) -> None:
    statement = select(Use.caption_id, Use.id, Use.removed_at).where(Use.article_id == 7)
    shown = plan(engine, statement)
    assert "SEARCH caption_use USING" in shown and "(article_id=?)" in shown, shown


def test_a_captions_duplicate_links_are_read_through_the_unique_pair(engine: Engine) -> None:
    statement = select(PossibleDuplicate.id).where(
        (PossibleDuplicate.caption_id == 7) | (PossibleDuplicate.other_id == 7)
    )
    shown = plan(engine, statement)
    assert "SCAN possible_duplicate" not in shown, shown
    assert "(caption_id=?)" in shown and "(other_id=?)" in shown, shown


# --- every secondary index, and a query that seeks or walks it -----------------------------------

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


class Traced:
    """A SQLite catalog holding the samples, whose statements are recorded as run (with
    their values), to be explained afterwards on a connection of its own."""

    def __init__(self, path: Path) -> None:
        from catalog.ingest.pipeline import Ingest

        self.engine = make_engine(f"sqlite:///{path}")
        self.statements: list[str] = []
        event.listen(
            self.engine,
            "connect",
            lambda dbapi, _record: dbapi.set_trace_callback(self.statements.append),
        )
        upgrade(self.engine)
        Ingest(self.engine).run([SAMPLES])
        self.plain = sqlite3.connect(path)

    def indexes_used(self, action: Callable[[Engine], object]) -> tuple[set[str], str]:
        """The indexes in the plans of every statement ``action`` runs, and the plans."""
        self.statements.clear()
        action(self.engine)
        names: set[str] = set()
        shown = []
        for sql in self.statements:
            if sql.lstrip().split(None, 1)[0].upper() not in ("SELECT", "WITH", "UPDATE", "DELETE"):
                continue
            plan = "\n".join(row[-1] for row in self.plain.execute(f"EXPLAIN QUERY PLAN {sql}"))
            names |= set(re.findall(r"INDEX (ix_\w+)", plan))
            shown.append(f"{' '.join(sql.split())[:300]}\n{plan}")
        return names, "\n\n".join(shown)


def _connected(read: Callable[[Connection], object]) -> Callable[[Engine], object]:
    def run(engine: Engine) -> object:
        with engine.connect() as connection:
            return read(connection)

    return run


def _search(query: str) -> Callable[[Engine], object]:
    return lambda engine: search_captions(engine, CaptionFilter.parse(query))


def _first_page(column: str) -> Callable[[Engine], object]:
    return _connected(lambda c: first_page(c, CaptionFilter(), Sort(column, column == "date"), 50))


# Each secondary index with what needs it. ix_article_published: no SQLite plan seeks it (the
# period reports walk the uses and fetch each article by id), only ``info`` counts articles
# through it as the smallest index; PostgreSQL's period reports seek it
# (test_a_period_report_on_postgresql_seeks_the_publication_date).
INDEX_USES: dict[str, Callable[[Engine], object]] = {
    "ix_article_published": catalog_info,
    "ix_article_legacy_source": _connected(lambda c: adopt_legacy(c, {"old/story.txt": "x"})),
    "ix_caption_agency": _search("agency:AP"),
    "ix_caption_agency_known": _search("is:unknown-agency"),
    "ix_caption_city": _search("in:Tehran"),
    "ix_caption_country": _search("in:Tehran"),
    "ix_caption_country_code": _search("in:IQ"),
    "ix_caption_date": _first_page("date"),
    "ix_caption_description": _first_page("description"),
    "ix_caption_edited": _search("is:edited"),
    "ix_caption_facets": _connected(lambda c: facet_counts(c, CaptionFilter.parse("flood"))),
    "ix_caption_licensor_date": link_queued,
    "ix_caption_location": _first_page("location"),
    "ix_caption_merged_into_id": catalog_info,
    "ix_caption_photographer": _first_page("photographer"),
    "ix_caption_report_credit": lambda engine: credit_facets(engine, CaptionFilter()),
    "ix_caption_report_licensor": lambda e: caption_usage_by(e, CaptionFilter(), "licensor"),
    "ix_caption_use_caption_id": _search("agency:AP"),
    "ix_caption_via": _search("via:Getty"),
    "ix_caption_year": _connected(lambda c: facet_counts(c, CaptionFilter(), ["year"])),
    "ix_correction_caption_field": _connected(lambda c: active_corrections(c, 1)),
    "ix_possible_duplicate_other_id": _connected(lambda c: caption_detail(c, 1)),
    "ix_possible_duplicate_status": lambda engine: duplicate_pairs(engine),
}


@pytest.fixture(scope="module")
def traced(tmp_path_factory: pytest.TempPathFactory) -> Traced:
    return Traced(tmp_path_factory.mktemp("plans") / "catalog.db")


def test_every_secondary_index_is_listed_with_a_query(traced: Traced) -> None:
    indexes = {
        name
        for (name,) in traced.plain.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        )
    }
    # A new index comes with the query that needs it; a dropped one leaves the list.
    assert indexes == set(INDEX_USES)


@pytest.mark.parametrize("index", list(INDEX_USES))
def test_the_index_serves_its_query(traced: Traced, index: str) -> None:
    used, shown = traced.indexes_used(INDEX_USES[index])
    assert index in used, shown


def test_a_period_report_on_postgresql_seeks_the_publication_date(db_url: str) -> None:
    if not db_url.startswith("postgresql"):
        pytest.skip("the PostgreSQL side")
    engine = open_catalog(db_url)
    flt = CaptionFilter().with_(since=date(2021, 3, 1), until=date(2021, 3, 31))
    statements: list[tuple[str, Any]] = []

    def grab(*args: Any) -> None:
        statements.append((args[2], args[3]))

    event.listen(engine, "before_cursor_execute", grab)
    usage_total(engine, flt)
    event.remove(engine, "before_cursor_execute", grab)
    with engine.connect() as connection:
        driver = driver_connection(connection)
        # An empty table is read whole whatever its indexes: price that out to see the plan
        # a large catalog gets.
        driver.execute("SET enable_seqscan = off")
        plans = [
            "\n".join(row[0] for row in driver.execute(f"EXPLAIN {sql}", params))
            for sql, params in statements
            if "published" in sql
        ]
    engine.dispose()
    assert plans and all("ix_article_published" in plan for plan in plans), plans
