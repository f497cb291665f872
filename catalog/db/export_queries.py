"""What an export reads: the columns of each field, the statement over the captions (or their
uses) a filter selects, and the rows streamed in batches.

Rows stream from the cursor (``yield_per``; a server-side cursor on PostgreSQL), so memory
stays flat at any size. How a value becomes a cell is the writer's business
(``catalog.reports.cells``), handed in as ``cell`` so that the database computes the cells.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeAlias

from sqlalchemy import ColumnElement, Engine, func, select

from catalog.db.filters import CaptionFilter, conditions
from catalog.db.models import Article, Caption, Use
from catalog.db.uses import AnyRow, AnySelect, filtered_uses

STREAM_BATCH = 10_000

ExportField: TypeAlias = tuple[str, ColumnElement[Any], str]
# (column, kind) -> the expression selected for it, e.g. a CSV cell.
CellFormat: TypeAlias = Callable[[ColumnElement[Any], str], ColumnElement[Any]]

# (output name, column, kind); kind decides how a value is written: text cells can be
# neutralised against formulas, flags become true/false, roles a list in JSON.
CAPTION_FIELDS: tuple[ExportField, ...] = (
    ("id", Caption.id, "number"),
    ("caption", Caption.text, "text"),
    ("description", Caption.description, "text"),
    ("location", Caption.location, "text"),
    ("city", Caption.city, "text"),
    ("region", Caption.region, "text"),
    ("country", Caption.country, "text"),
    ("country_code", Caption.country_code, "text"),
    ("date", Caption.date, "text"),
    ("credit", Caption.credit, "text"),
    ("photographer", Caption.photographer, "text"),
    ("agency", Caption.agency, "text"),
    ("via", Caption.via, "text"),
    ("licensor", Caption.licensor, "text"),
    ("roles", Caption.roles, "roles"),
    ("agency_known", Caption.agency_known, "flag"),
    ("edited", Caption.edited, "flag"),
    ("merged_into", Caption.merged_into_id, "number"),
)
USE_FIELDS: tuple[ExportField, ...] = (
    ("article_id", Article.id, "number"),
    ("position", Use.position, "number"),
    ("article_title", Article.title, "text"),
    ("article_byline", Article.byline, "text"),
    ("published", Article.published, "date"),
    # The file the article was read from, then what users see (the URL when there is one).
    ("path", Article.path, "text"),
    ("source", Article.source, "text"),
    ("url", Article.url, "text"),
    # When a crawler fetched the page (a web archive's record), and when a recrawl of the
    # page no longer held the caption (the use was published all the same).
    ("crawled", Article.crawled, "date"),
    ("removed_at", Use.removed_at, "date"),
)


def export_fields(uses: bool) -> tuple[ExportField, ...]:
    return CAPTION_FIELDS + USE_FIELDS if uses else CAPTION_FIELDS


def export_statement(
    flt: CaptionFilter, dialect: str, *, uses: bool, cell: CellFormat | None = None
) -> AnySelect:
    """Captions (or uses) for an export: typed values, or each field through ``cell``."""
    columns = [
        (cell(column, kind) if cell else column).label(name)
        for name, column, kind in export_fields(uses)
    ]
    if not uses:
        statement = select(*columns).where(*conditions(flt, dialect))
        return statement.order_by(Caption.id)
    return filtered_uses(flt, dialect, *columns).order_by(Use.id)


def exiftool_statement(flt: CaptionFilter, dialect: str) -> AnySelect:
    """One row per caption and image file it came from (articles of format 'image')."""
    statement = filtered_uses(
        flt,
        dialect,
        Caption.id,
        func.coalesce(Article.path, Article.source).label("source_file"),
        Caption.text,
        Caption.photographer,
        Caption.credit,
        Caption.agency,
        Caption.date,
        Caption.city,
        Caption.country,
    )
    return statement.where(Article.format == "image").order_by(Use.id)


def stream(engine: Engine, statement: AnySelect) -> Iterator[Sequence[AnyRow]]:
    """Batches of rows, fetched as they are written: memory holds one batch at a time."""
    with engine.connect() as connection:
        result = connection.execution_options(stream_results=True, yield_per=STREAM_BATCH).execute(
            statement
        )
        yield from result.partitions()
