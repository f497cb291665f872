"""The aggregates behind the credit report (``catalog/reports`` asks, never writes SQL).

Counting rules, shared by all queries here:

- A *use* is one ``caption_use`` row, counted in the period by its article's publication
  date (see ``catalog.db.uses``).
- A *photo* is a caption, except that a confirmed duplicate (``merged_into_id``) counts as the
  photo it was merged into: ``coalesce(merged_into_id, id)``. The use itself stays attributed
  to the credit its own caption carries, which is what the publication printed.

Without a period, the report reads each caption's use statistics (``Caption.use_count``,
``first_use``, ``last_use``, kept by ingest) instead of joining every use: its groupings by
caption columns and its sections then aggregate captions, through covering indexes that
SQLite walks in group order (no sort). Two things still need more than a caption row:

- distinct articles per group come from the uses (``caption_use`` joined to captions, the
  narrow use table scanned once, without articles);
- distinct photos: ``count(DISTINCT coalesce(merged_into_id, id))`` costs SQLite a temporary
  B-tree of a million entries, so it is counted as the captions not merged into another
  (distinct by id) plus the merge targets not already among them (``_merged_photos``; few
  captions are merged, so this is small).

Groupings by month or article, and any period, count the uses as before.

Results are plain Core rows or named tuples.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, Connection, Engine, case, false, func, select

from catalog.db.filters import CaptionFilter, conditions
from catalog.db.models import Article, Caption, Use, article_table, caption_table, use_table
from catalog.db.uses import (
    AnyRow,
    AnySelect,
    caption_conditions,
    filtered_uses,
    period_conditions,
    unindexed,
)

photo_id = func.coalesce(Caption.merged_into_id, Caption.id)
CAPTION_GROUPINGS = ("licensor", "agency", "photographer")
_ID_CHUNK = 500


class UsageCounts(NamedTuple):
    """One row of the report's table (or its total: ``grp`` None)."""

    grp: Any
    photos: int
    uses: int
    articles: int
    first_use: date | str | None  # text from SQLite, a date from PostgreSQL
    last_use: date | str | None
    article_id: int | None = None


class CreditFacet(NamedTuple):
    """Uses and photos of one (credit, licensor): see ``credit_facets``."""

    credit: str | None
    licensor: str | None
    agency: str | None
    roles: str | None
    known: int | None
    photographer: str | None
    photos: int
    uses: int


# --- building blocks -------------------------------------------------------------------------


def from_captions(flt: CaptionFilter, by: str | None = None) -> bool:
    """Whether the caption use statistics can count this (no period; grouped by a caption
    column or not grouped)."""
    return flt.since is None and flt.until is None and (by is None or by in CAPTION_GROUPINGS)


def _used_captions(flt: CaptionFilter, dialect: str, *columns: Any) -> AnySelect:
    """SELECT columns FROM the filtered captions that have uses (no period: see
    ``from_captions``)."""
    assert from_captions(flt)
    return (
        select(*columns)
        .select_from(caption_table)
        .where(Caption.use_count > 0, *conditions(flt, dialect))
    )


def _unmerged() -> ColumnElement[Any]:
    """Captions not merged into another: each is a photo of its own."""
    return func.sum(case((Caption.merged_into_id.is_(None), 1), else_=0))


def _merged_photos(
    connection: Connection, flt: CaptionFilter, keys: Sequence[Any]
) -> Counter[tuple[Any, ...]]:
    """Per group (the values of ``keys``): photos that merged captions add to ``_unmerged``.

    A merged caption counts as its target's photo, once per group, unless the target itself
    (not merged, with uses, selected) is in the group and so counted already.
    """
    dialect = connection.dialect.name
    merged = connection.execute(
        _used_captions(flt, dialect, *keys, Caption.merged_into_id)
        .where(Caption.merged_into_id.is_not(None))
        .distinct()
    ).all()
    extra: Counter[tuple[Any, ...]] = Counter()
    if not merged:
        return extra
    targets = sorted({row[-1] for row in merged})
    present: set[tuple[Any, ...]] = set()
    for start in range(0, len(targets), _ID_CHUNK):
        chunk = targets[start : start + _ID_CHUNK]
        rows = connection.execute(
            _used_captions(flt, dialect, Caption.id, *keys).where(
                Caption.merged_into_id.is_(None), Caption.id.in_(chunk)
            )
        )
        present.update(tuple(row) for row in rows)
    for row in merged:
        *key, target = row
        if (target, *key) not in present:
            extra[tuple(key)] += 1
    return extra


def _caption_articles(
    connection: Connection, flt: CaptionFilter, keys: Sequence[Any]
) -> dict[tuple[Any, ...], int]:
    """Distinct articles per group of caption columns, from the uses (no period)."""
    dialect = connection.dialect.name
    where = caption_conditions(flt, dialect)
    articles = func.count(Use.article_id.distinct())
    if not keys and not where:
        # Every use counts: the use table's article index alone answers.
        return {(): int(connection.execute(select(articles)).scalar_one())}
    statement = (
        select(*keys, articles)
        .select_from(use_table)
        .join(caption_table, Caption.id == unindexed(Use.caption_id))
        .where(*where)
        .group_by(*keys)
    )
    return {tuple(row[:-1]): int(row[-1]) for row in connection.execute(statement)}


def dated() -> ColumnElement[Any]:
    """The date a use is placed in a month by: its article's publication date, else the day a
    crawler fetched the page (a web archive's pages often carry no date of their own)."""
    return func.coalesce(Article.published, Article.crawled)


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
        return [month_of(dated(), dialect).label("grp")]
    if by == "article":
        return [
            Article.id.label("article_id"),
            func.coalesce(Article.title, Article.source).label("grp"),
        ]
    raise ValueError(f"unknown grouping: {by}")


# --- credit report ---------------------------------------------------------------------------


def caption_usage_by(engine: Engine, flt: CaptionFilter, by: str | None) -> list[UsageCounts]:
    """From the caption use statistics (see ``from_captions``): one row per group (one row
    in all when ``by`` is None), ``articles`` left 0 (``articles_by`` counts them)."""
    dialect = engine.dialect.name
    columns = [getattr(Caption, by)] if by else []
    statement = _used_captions(
        flt,
        dialect,
        *columns,
        _unmerged().label("unmerged"),
        func.sum(Caption.use_count).label("uses"),
        func.min(Caption.first_use).label("first_use"),
        func.max(Caption.last_use).label("last_use"),
    ).group_by(*columns)
    with engine.connect() as connection:
        rows = connection.execute(statement).all()
        extra = _merged_photos(connection, flt, columns)
    result = []
    for row in rows:
        key = tuple(row[: len(columns)])
        result.append(
            UsageCounts(
                grp=key[0] if key else None,
                photos=int(row.unmerged or 0) + extra[key],
                uses=int(row.uses or 0),
                articles=0,
                first_use=row.first_use,
                last_use=row.last_use,
            )
        )
    return result


def articles_by(engine: Engine, flt: CaptionFilter, by: str | None) -> dict[Any, int]:
    """Distinct articles per group of a caption column (``by`` None: in all, key None), no
    period. The one part of a caption grouping that reads the uses."""
    columns = [getattr(Caption, by)] if by else []
    with engine.connect() as connection:
        counts = _caption_articles(connection, flt, columns)
    return {key[0] if key else None: count for key, count in counts.items()}


def with_articles(rows: Sequence[UsageCounts], articles: dict[Any, int]) -> list[UsageCounts]:
    return [row._replace(articles=articles.get(row.grp, 0)) for row in rows]


def _use_counts(row: AnyRow, by: str | None = None) -> UsageCounts:
    return UsageCounts(
        grp=row.grp if by else None,
        photos=int(row.photos),
        uses=int(row.uses),
        articles=int(row.articles),
        first_use=row.first_use,
        last_use=row.last_use,
        article_id=row.article_id if by == "article" else None,
    )


def usage_by(engine: Engine, flt: CaptionFilter, by: str) -> list[UsageCounts]:
    """One row per group: grp, photos, uses, articles, first_use, last_use (and article_id
    when grouping by article)."""
    if from_captions(flt, by):
        rows = caption_usage_by(engine, flt, by)
        return with_articles(rows, articles_by(engine, flt, by))
    dialect = engine.dialect.name
    keys = _group_key(by, dialect)
    statement = filtered_uses(flt, dialect, *keys, *_usage_columns()).group_by(*keys)
    with engine.connect() as connection:
        return [_use_counts(row, by) for row in connection.execute(statement)]


def usage_total(engine: Engine, flt: CaptionFilter) -> UsageCounts:
    if from_captions(flt):
        [row] = caption_usage_by(engine, flt, None)
        return with_articles([row], articles_by(engine, flt, None))[0]
    dialect = engine.dialect.name
    with engine.connect() as connection:
        return _use_counts(connection.execute(filtered_uses(flt, dialect, *_usage_columns())).one())


def undated_uses(engine: Engine, flt: CaptionFilter) -> int:
    """Uses the period cannot place: their article has no publication date."""
    dialect = engine.dialect.name
    statement = filtered_uses(flt.with_(since=None, until=None), dialect, func.count()).where(
        Article.published.is_(None)
    )
    with engine.connect() as connection:
        return int(connection.execute(statement).scalar_one())


def licensors(engine: Engine) -> list[str]:
    """Every licensor the catalog holds (read from the licensor index)."""
    statement = select(Caption.licensor).where(Caption.licensor.is_not(None)).distinct()
    with engine.connect() as connection:
        return [str(name) for name in connection.execute(statement).scalars()]


def crawl_dated_uses(engine: Engine, flt: CaptionFilter) -> int:
    """Uses a report by month places by their page's crawl date (no publication date)."""
    dialect = engine.dialect.name
    statement = filtered_uses(flt, dialect, func.count()).where(
        Article.published.is_(None), Article.crawled.is_not(None)
    )
    with engine.connect() as connection:
        return int(connection.execute(statement).scalar_one())


def top_uncredited(engine: Engine, flt: CaptionFilter, limit: int) -> list[AnyRow]:
    """The most used uncredited captions: id, text, uses."""
    dialect = engine.dialect.name
    uncredited = flt.with_(uncredited=True)
    if from_captions(flt):
        # The ids from the covering index first: only the chosen captions' text is read.
        top = (
            _used_captions(uncredited, dialect, Caption.id)
            .order_by(Caption.use_count.desc(), Caption.id)
            .limit(limit)
        )
        statement = (
            select(Caption.id, Caption.text, Caption.use_count)
            .where(Caption.id.in_(top.scalar_subquery()))
            .order_by(Caption.use_count.desc(), Caption.id)
        )
    else:
        statement = (
            filtered_uses(uncredited, dialect, Caption.id, Caption.text, func.count())
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
        .join(article_table, Article.id == Use.article_id)
        .where(Use.caption_id.in_(list(caption_ids)), *period_conditions(flt))
        .order_by(Use.caption_id, Article.published.is_(None), Article.published, Article.id)
    )
    with engine.connect() as connection:
        return list(connection.execute(statement))


def credit_facets(engine: Engine, flt: CaptionFilter) -> list[CreditFacet]:
    """Uses and photos per distinct credit: credit, licensor, agency, roles, known (0 when
    some caption with this credit names an unknown organisation, 1 when all are known, None
    without an agency), photographer, photos, uses.

    One pass serves every section of the report (uncredited totals, unknown organisations,
    credit forms, handout and pool): at a million rows each extra GROUP BY is a sort, the
    dominant cost on SQLite. Only credit and licensor are keys (the credit first: it settles
    most comparisons); agency, roles and photographer follow from the credit, as the parser
    reads them from it, and ride along as aggregates. A photo has one credit, so photos add
    up across these rows. Without a period this reads captions and their use statistics
    (the covering index ``ix_caption_report_credit`` is in this group order); with one, the
    uses.
    """
    dialect = engine.dialect.name
    keys = [Caption.credit, Caption.licensor]
    known = case((Caption.agency_known.is_(True), 1), (Caption.agency_known == false(), 0))
    details = [
        func.max(Caption.agency).label("agency"),
        func.max(Caption.roles).label("roles"),
        func.min(known).label("known"),
        func.max(Caption.photographer).label("photographer"),
    ]
    with engine.connect() as connection:
        if not from_captions(flt):
            statement = filtered_uses(
                flt,
                dialect,
                *keys,
                *details,
                func.count(photo_id.distinct()).label("photos"),
                func.count().label("uses"),
            ).group_by(*keys)
            return [CreditFacet(*row) for row in connection.execute(statement)]
        statement = _used_captions(
            flt,
            dialect,
            *keys,
            *details,
            _unmerged().label("unmerged"),
            func.sum(Caption.use_count).label("uses"),
        ).group_by(*keys)
        rows = connection.execute(statement).all()
        extra = _merged_photos(connection, flt, keys)
    return [
        CreditFacet(
            row.credit,
            row.licensor,
            row.agency,
            row.roles,
            row.known,
            row.photographer,
            photos=int(row.unmerged) + extra[(row.credit, row.licensor)],
            uses=int(row.uses),
        )
        for row in rows
    ]


def usage_by_licensor_month(
    engine: Engine, flt: CaptionFilter, licensors: Sequence[str]
) -> list[AnyRow]:
    """licensor, month (None: article undated and never crawled), photos, uses for the named
    licensors (matched case-insensitively)."""
    dialect = engine.dialect.name
    keys = [Caption.licensor, month_of(dated(), dialect).label("month")]
    names = [name.lower() for name in licensors]
    if not names:
        return []
    statement = (
        filtered_uses(flt, dialect, *keys, func.count(photo_id.distinct()), func.count())
        .where(func.lower(Caption.licensor).in_(names))
        .group_by(*keys)
    )
    with engine.connect() as connection:
        return list(connection.execute(statement))
