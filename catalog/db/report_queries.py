"""Every SQL statement behind credit reports and exports (``catalog/reports`` asks, never writes SQL).

Counting rules, shared by all queries here:

- A *use* is one ``caption_use`` row; the period (``since``/``until``) applies to the
  publication date of each use's article, so a caption that ran in January and in March
  counts only its January use in a January report. ``CaptionFilter.conditions`` applies the
  period per caption (does it have *some* use in the period?), which is right for browsing but
  not for counting, so the period is taken out of the filter and applied to the article here.
- A *photo* is a caption, except that a confirmed duplicate (``merged_into_id``) counts as the
  photo it was merged into: ``coalesce(merged_into_id, id)``. The use itself stays attributed
  to the credit its own caption carries, which is what the publication printed.

Results are plain Core rows. Exports stream them (``yield_per``; a server-side cursor on
PostgreSQL), so memory stays flat at any size.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, TypeAlias

from sqlalchemy import (
    ColumnElement,
    Engine,
    Row,
    Select,
    String,
    UnaryExpression,
    case,
    cast,
    false,
    func,
    literal,
    null,
    select,
)
from sqlalchemy.sql.operators import custom_op

from catalog.db.filters import CaptionFilter, conditions
from catalog.db.models import Article, Caption, Use

# Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
STREAM_BATCH = 10_000

# Rows and statements of any width (SQLAlchemy types them by their column tuple).
AnyRow: TypeAlias = Row[*tuple[Any, ...]]
AnySelect: TypeAlias = Select[*tuple[Any, ...]]

photo_id = func.coalesce(Caption.merged_into_id, Caption.id)


# --- building blocks -------------------------------------------------------------------------


def _caption_conditions(flt: CaptionFilter, dialect: str) -> list[ColumnElement[bool]]:
    """The filter's conditions on the caption itself, the period left out (see module doc)."""
    return conditions(flt.with_(since=None, until=None), dialect)


def period_conditions(flt: CaptionFilter) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if flt.since:
        where.append(Article.published >= flt.since)
    if flt.until:
        where.append(Article.published <= flt.until)
    return where


def _unindexed(column: Any) -> ColumnElement[Any]:
    """``+column``: the same value, but SQLite will not use an index on it (a no-op elsewhere)."""
    return UnaryExpression(column, operator=custom_op("+"), type_=column.type)


def _uses(flt: CaptionFilter, dialect: str, *columns: Any) -> AnySelect:
    """SELECT columns FROM the filtered uses (caption x article), the period applied.

    The plan is fixed on purpose: scan the narrow ``caption_use`` table and look captions and
    articles up by primary key. Left alone, SQLite prefers to walk a caption index in group
    order (to skip a sort) and then fetch each wide caption row at random, which is ten times
    slower at a million captions (or walk articles by date, then uses by article).
    ``+caption_use.caption_id`` and ``+caption_use.article_id`` forbid those index paths.
    """
    statement = (
        select(*columns)
        .select_from(Use)
        .join(Caption, Caption.id == _unindexed(Use.caption_id))
        .join(Article, Article.id == _unindexed(Use.article_id))
    )
    return statement.where(*_caption_conditions(flt, dialect), *period_conditions(flt))


def month_of(column: Any, dialect: str) -> ColumnElement[str]:
    if dialect == "postgresql":
        return func.to_char(column, "YYYY-MM")
    # SQLite keeps dates as ISO text: the first seven characters are the month.
    return func.substr(column, 1, 7)


def _usage_columns() -> list[Any]:
    return [
        func.count(photo_id.distinct()).label("photos"),
        func.count().label("uses"),
        func.count(Use.article_id.distinct()).label("articles"),
        func.min(Article.published).label("first_use"),
        func.max(Article.published).label("last_use"),
    ]


def _group_key(by: str, dialect: str) -> list[Any]:
    if by in ("licensor", "agency", "photographer"):
        return [getattr(Caption, by).label("grp")]
    if by == "month":
        return [month_of(Article.published, dialect).label("grp")]
    if by == "article":
        return [
            Article.id.label("article_id"),
            func.coalesce(Article.title, Article.source).label("grp"),
        ]
    raise ValueError(f"unknown grouping: {by}")


# --- credit report ---------------------------------------------------------------------------


def usage_by(engine: Engine, flt: CaptionFilter, by: str) -> list[AnyRow]:
    """One row per group: grp, photos, uses, articles, first_use, last_use."""
    dialect = engine.dialect.name
    keys = _group_key(by, dialect)
    statement = _uses(flt, dialect, *keys, *_usage_columns()).group_by(*keys)
    with engine.connect() as connection:
        return list(connection.execute(statement))


def usage_total(engine: Engine, flt: CaptionFilter) -> AnyRow:
    dialect = engine.dialect.name
    with engine.connect() as connection:
        return connection.execute(_uses(flt, dialect, *_usage_columns())).one()


def undated_uses(engine: Engine, flt: CaptionFilter) -> int:
    """Uses the period cannot place: their article has no publication date."""
    dialect = engine.dialect.name
    statement = _uses(flt.with_(since=None, until=None), dialect, func.count()).where(
        Article.published.is_(None)
    )
    with engine.connect() as connection:
        return int(connection.execute(statement).scalar_one())


def top_uncredited(engine: Engine, flt: CaptionFilter, limit: int) -> list[AnyRow]:
    """The most used uncredited captions: id, text, uses."""
    dialect = engine.dialect.name
    statement = (
        _uses(flt.with_(uncredited=True), dialect, Caption.id, Caption.text, func.count())
        .group_by(Caption.id, Caption.text)
        .order_by(func.count().desc(), Caption.id)
        .limit(limit)
    )
    with engine.connect() as connection:
        return list(connection.execute(statement))


def articles_of(engine: Engine, flt: CaptionFilter, caption_ids: Sequence[int]) -> list[AnyRow]:
    """The articles (in the period) that ran these captions: caption_id, id, title, source,
    published; oldest first."""
    if not caption_ids:
        return []
    statement = (
        select(Use.caption_id, Article.id, Article.title, Article.source, Article.published)
        .join(Article, Article.id == Use.article_id)
        .where(Use.caption_id.in_(list(caption_ids)), *period_conditions(flt))
        .order_by(Use.caption_id, Article.published.is_(None), Article.published, Article.id)
    )
    with engine.connect() as connection:
        return list(connection.execute(statement))


def credit_facets(engine: Engine, flt: CaptionFilter) -> list[AnyRow]:
    """Uses and photos per distinct credit: credit, licensor, agency, roles, known (0 when
    some caption with this credit names an unknown organisation, 1 when all are known, None
    without an agency), photographer, photos, uses.

    One pass serves every section of the report (uncredited totals, unknown organisations,
    credit forms, handout and pool): at a million uses each extra GROUP BY is a sort of a
    million rows, the dominant cost on SQLite. Only credit and licensor are keys (the credit
    first: it settles most comparisons); agency, roles and photographer follow from the
    credit, as the parser reads them from it, and ride along as aggregates. A photo has one
    credit, so photos add up across these rows.
    """
    dialect = engine.dialect.name
    keys = [Caption.credit, Caption.licensor]
    known = case((Caption.agency_known.is_(True), 1), (Caption.agency_known == false(), 0))
    statement = _uses(
        flt,
        dialect,
        *keys,
        func.max(Caption.agency).label("agency"),
        func.max(Caption.roles).label("roles"),
        func.min(known).label("known"),
        func.max(Caption.photographer).label("photographer"),
        func.count(photo_id.distinct()).label("photos"),
        func.count().label("uses"),
    ).group_by(*keys)
    with engine.connect() as connection:
        return list(connection.execute(statement))


def usage_by_licensor_month(
    engine: Engine, flt: CaptionFilter, licensors: Sequence[str]
) -> list[AnyRow]:
    """licensor, month (None: article undated), photos, uses for the named licensors
    (matched case-insensitively)."""
    dialect = engine.dialect.name
    keys = [Caption.licensor, month_of(Article.published, dialect).label("month")]
    names = [name.lower() for name in licensors]
    if not names:
        return []
    statement = (
        _uses(flt, dialect, *keys, func.count(photo_id.distinct()), func.count())
        .where(func.lower(Caption.licensor).in_(names))
        .group_by(*keys)
    )
    with engine.connect() as connection:
        return list(connection.execute(statement))


# --- exports ---------------------------------------------------------------------------------

# (output name, column, kind); kind decides how a value is written: text cells can be
# neutralised against formulas, flags become true/false, roles a list in JSON.
CAPTION_FIELDS: tuple[tuple[str, Any, str], ...] = (
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
USE_FIELDS: tuple[tuple[str, Any, str], ...] = (
    ("article_id", Article.id, "number"),
    ("position", Use.position, "number"),
    ("article_title", Article.title, "text"),
    ("article_byline", Article.byline, "text"),
    ("published", Article.published, "date"),
    ("source", Article.source, "text"),
)


def export_fields(uses: bool) -> tuple[tuple[str, Any, str], ...]:
    return CAPTION_FIELDS + USE_FIELDS if uses else CAPTION_FIELDS


def _csv_cell(column: Any, kind: str, neutralise: bool) -> ColumnElement[Any]:
    """The column as the CSV cell it becomes, computed by the database (much faster than
    a Python check per cell at a million rows)."""
    if kind == "text" and neutralise:
        return case(
            (func.substr(column, 1, 1).in_(FORMULA_STARTS), literal("'") + column),
            else_=column,
        )
    if kind == "flag":
        return case((column.is_(True), "true"), (column == false(), "false"), else_=null())
    if kind == "date":
        return cast(column, String)
    return column


def export_statement(
    flt: CaptionFilter, dialect: str, *, uses: bool, style: str, neutralise: bool = True
) -> AnySelect:
    """Captions (or uses) for an export. ``style`` "csv" gives cells ready for ``csv.writer``,
    "json" gives typed values."""
    columns = [
        (_csv_cell(column, kind, neutralise) if style == "csv" else column).label(name)
        for name, column, kind in export_fields(uses)
    ]
    if not uses:
        statement = select(*columns).where(*conditions(flt, dialect))
        return statement.order_by(Caption.id)
    return _uses(flt, dialect, *columns).order_by(Use.id)


def exiftool_statement(flt: CaptionFilter, dialect: str) -> AnySelect:
    """One row per caption and image file it came from (articles of format 'image')."""
    statement = _uses(
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
