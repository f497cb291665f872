"""Every query that filtered by a dropped index's column (migration 0009) still seeks an index:
the wider index that leads with the same column. The plans are SQLite's (PostgreSQL has the
same leading columns, and on a table this small it would scan anyway)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.sql import ClauseElement

from catalog.db.engine import make_engine
from catalog.db.filters import CaptionFilter, apply_filter
from catalog.db.migrate import upgrade
from catalog.db.models import Caption, PossibleDuplicate, Use


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
