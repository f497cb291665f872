"""Every query the browser (``catalog browse``) runs, returning plain frozen dataclasses.

The caption list is read a page at a time and never as a whole:

- ``page_after`` / ``page_before`` continue from a known row by key (the sort value and the
  id), so scrolling costs one index range scan per page whatever the depth;
- ``page_at`` reaches an arbitrary position (a scrollbar jump) by walking only the sort
  column's index for the offset (from the nearer end, when the total is known), then
  reading the page's rows by id.

NULL sort values sort where each dialect puts them by default (first in ascending order on
SQLite, last on PostgreSQL), so that the indexes serve ``ORDER BY`` as they are. The keyset
conditions split the ordering into the NULL part and the non-NULL part and query them one at
a time: a single condition with ``OR ... IS NULL`` defeats the index range scan.
"""

from __future__ import annotations

import weakref
from array import array
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from operator import itemgetter
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    Select,
    func,
    literal_column,
    select,
    tuple_,
)

from catalog.db.counts import count_captions
from catalog.db.filters import CaptionFilter, conditions
from catalog.db.models import Article, Caption, Correction, PossibleDuplicate, Use
from catalog.parsing.model import EDITABLE_FIELDS

PAGE_SIZE = 200

# The columns the table can sort by, in the order it shows them.
SORT_COLUMNS: dict[str, Any] = {
    "date": Caption.date,
    "licensor": Caption.licensor,
    "photographer": Caption.photographer,
    "location": Caption.location,
    "description": Caption.description,
    "id": Caption.id,
}


@dataclass(frozen=True, slots=True)
class Sort:
    column: str = "date"
    descending: bool = True

    def __post_init__(self) -> None:
        if self.column not in SORT_COLUMNS:
            raise ValueError(f"cannot sort by {self.column!r}")

    def toggled(self, column: str) -> Sort:
        """Sort by ``column``; choosing the current column again flips the direction."""
        if column == self.column:
            return Sort(column, not self.descending)
        return Sort(column, column == "date")


@dataclass(frozen=True, slots=True)
class CaptionRow:
    """One line of the caption table."""

    id: int
    date: str | None
    licensor: str | None
    photographer: str | None
    location: str | None
    description: str | None
    edited: bool
    uncredited: bool
    agency_known: bool | None
    merged: bool

    def key(self, sort: Sort) -> Key:
        return (getattr(self, sort.column), self.id)


# A row's position in an ordering: (sort value, id).
Key = tuple[Any, int]

_ROW_COLUMNS = (
    Caption.id,
    Caption.date,
    Caption.licensor,
    Caption.photographer,
    Caption.location,
    Caption.description,
    Caption.edited,
    Caption.credit.is_(None),
    Caption.agency_known,
    Caption.merged_into_id.is_not(None),
)


def _row(values: Sequence[Any]) -> CaptionRow:
    return CaptionRow(
        id=values[0],
        date=values[1],
        licensor=values[2],
        photographer=values[3],
        location=values[4],
        description=values[5],
        edited=bool(values[6]),
        uncredited=bool(values[7]),
        agency_known=None if values[8] is None else bool(values[8]),
        merged=bool(values[9]),
    )


def _dialect(connection: Connection) -> str:
    return connection.dialect.name


def _nulls_low(connection: Connection) -> bool:
    # SQLite (and MySQL) sort NULL as the smallest value; PostgreSQL as the largest.
    return _dialect(connection) != "postgresql"


def _where(
    connection: Connection, flt: CaptionFilter, scan: bool = False
) -> list[ColumnElement[bool]]:
    """The filter's WHERE clauses: ``filters.conditions``, the ones reports and exports use.

    ``scan``: the caller walks a sort index and stops after a page, so full-text matches
    must be a set to test against (``id + 0 IN``) rather than the rows to start from.
    """
    return conditions(flt, _dialect(connection), scan=scan)


def sorted_ids(connection: Connection, flt: CaptionFilter, sort: Sort) -> array[int]:
    """Every id the filter keeps, in table order: the snapshot that deep jumps read from.

    The sort column is hidden from SQLite's planner (``+column``) so that it reads the few
    rows the filter selects and sorts them, instead of walking the whole sort index and
    testing every row against the filter.
    """
    column = SORT_COLUMNS[sort.column]
    if _dialect(connection) == "sqlite" and sort.column != "id":
        column = literal_column(f"+caption.{sort.column}")
    order = [column.desc() if sort.descending else column.asc()]
    if sort.column != "id":
        order.append(Caption.id.desc() if sort.descending else Caption.id.asc())
    statement = select(Caption.id).where(*_where(connection, flt)).order_by(*order)
    ids: array[int] = array("q")
    result = connection.execution_options(yield_per=50_000).execute(statement)
    for partition in result.scalars().partitions():
        ids.extend(partition)
    return ids


def rows_by_ids(connection: Connection, ids: Sequence[int]) -> list[CaptionRow]:
    """The rows with these ids, in the order given."""
    if not ids:
        return []
    found = {
        row.id: row
        for row in map(
            _row, connection.execute(select(*_ROW_COLUMNS).where(Caption.id.in_(list(ids))))
        )
    }
    return [found[caption_id] for caption_id in ids if caption_id in found]


def _ordered(
    statement: Select[Any], sort: Sort, reverse: bool = False, nulls: bool = False
) -> Select[Any]:
    """ORDER BY the sort column then id; ``nulls``: the part where the column is NULL."""
    column = SORT_COLUMNS[sort.column]
    descending = sort.descending != reverse
    if sort.column == "id" or nulls:
        return statement.order_by(Caption.id.desc() if descending else Caption.id.asc())
    if descending:
        return statement.order_by(column.desc(), Caption.id.desc())
    return statement.order_by(column.asc(), Caption.id.asc())


def _segments(connection: Connection, sort: Sort, reverse: bool) -> list[bool]:
    """The parts of an ordering in the order they are read: True is the non-NULL part."""
    if sort.column == "id":
        return [True]
    descending = sort.descending != reverse
    nulls_first = _nulls_low(connection) != descending
    return [False, True] if nulls_first else [True, False]


def _read(
    connection: Connection,
    flt: CaptionFilter,
    sort: Sort,
    key: Key | None,
    limit: int,
    reverse: bool,
    scan: bool = False,
) -> list[CaptionRow]:
    """Up to ``limit`` rows strictly after ``key`` (before it when ``reverse``)."""
    column = SORT_COLUMNS[sort.column]
    descending = sort.descending != reverse
    where = _where(connection, flt, scan=scan)
    segments = _segments(connection, sort, reverse)
    if key is not None:
        value, _ = key
        # Skip the parts of the ordering that lie wholly before the key.
        start = segments.index(sort.column == "id" or value is not None)
        segments = segments[start:]
    rows: list[CaptionRow] = []
    for index, non_null in enumerate(segments):
        statement: Select[Any] = select(*_ROW_COLUMNS).where(*where)  # type: ignore[assignment]
        if sort.column != "id":
            statement = statement.where(column.is_not(None) if non_null else column.is_(None))
        if key is not None and index == 0:
            value, caption_id = key
            if sort.column == "id":
                after = Caption.id < caption_id if descending else Caption.id > caption_id
            elif non_null:
                pair = tuple_(column, Caption.id)
                after = pair < (value, caption_id) if descending else pair > (value, caption_id)
            else:
                after = Caption.id < caption_id if descending else Caption.id > caption_id
            statement = statement.where(after)
        statement = _ordered(statement, sort, reverse, nulls=not non_null)
        statement = statement.limit(limit - len(rows))
        rows.extend(_row(values) for values in connection.execute(statement))
        if len(rows) >= limit:
            break
    return rows


def first_page(
    connection: Connection, flt: CaptionFilter, sort: Sort, limit: int = PAGE_SIZE
) -> list[CaptionRow]:
    return _read(connection, flt, sort, None, limit, reverse=False)


def page_after(
    connection: Connection, flt: CaptionFilter, sort: Sort, key: Key, limit: int = PAGE_SIZE
) -> list[CaptionRow]:
    """The rows that follow the row with ``key``, in order."""
    return _read(connection, flt, sort, key, limit, reverse=False)


def page_before(
    connection: Connection, flt: CaptionFilter, sort: Sort, key: Key, limit: int = PAGE_SIZE
) -> list[CaptionRow]:
    """The rows that precede the row with ``key``, in order."""
    rows = _read(connection, flt, sort, key, limit, reverse=True)
    rows.reverse()
    return rows


# Sort columns with an index of their own: pages read straight from the index.
INDEXED_SORTS = frozenset({"date", "licensor", "photographer", "location", "description", "id"})
# Above this share of the catalog, a page is found faster by walking the sort index.
SCAN_SHARE = 0.02
# Below this many rows, the ordered id snapshot is taken at once (it costs a few ms).
SMALL_RESULT = 5_000


@dataclass(frozen=True, slots=True)
class ViewStart:
    """What the table needs to show a filter at once: its size and first page."""

    total: int
    first: list[CaptionRow]
    # The ordered ids, when taking them was cheap; else None (see ``needs_snapshot``).
    ids: array[int] | None = None
    needs_snapshot: bool = False


def open_view(connection: Connection, flt: CaptionFilter, sort: Sort) -> ViewStart:
    """Count the filter's captions and read its first page, by the fastest path."""
    total = count_captions(connection, flt)
    if total == 0:
        return ViewStart(0, [])
    if flt.is_empty:
        first = first_page(connection, flt, sort)
        return ViewStart(total, first, needs_snapshot=sort.column not in INDEXED_SORTS)
    if total <= SMALL_RESULT:
        ids = sorted_ids(connection, flt, sort)
        return ViewStart(len(ids), rows_by_ids(connection, ids[:PAGE_SIZE]), ids)
    share = total / max(1, count_captions(connection))
    if sort.column in INDEXED_SORTS and share >= SCAN_SHARE:
        rows = _read(connection, flt, sort, None, PAGE_SIZE, reverse=False, scan=True)
        return ViewStart(total, rows, needs_snapshot=True)
    ids = sorted_ids(connection, flt, sort)
    return ViewStart(len(ids), rows_by_ids(connection, ids[:PAGE_SIZE]), ids)


def page_at(
    connection: Connection,
    flt: CaptionFilter,
    sort: Sort,
    offset: int,
    limit: int = PAGE_SIZE,
    total: int | None = None,
) -> list[CaptionRow]:
    """The rows at an arbitrary position: the offset walks ids only, then rows load by id.

    ``total``: the filter's row count, when the caller knows it. A position in the second
    half is then reached from the end (the ordering reversed), so that the walk over the
    sort index is never longer than half of it: row 900,000 of a million walks 100,000.
    """
    statement = select(Caption.id).where(*_where(connection, flt))
    if total is not None and offset > total // 2:
        end = min(total, offset + limit)
        limit = end - offset
        if limit <= 0:
            return []
        reverse = _ordered(statement, sort, reverse=True).limit(limit).offset(total - end)
        ids = list(connection.execute(reverse).scalars())
        ids.reverse()
    else:
        forward = _ordered(statement, sort).limit(limit).offset(offset)
        ids = list(connection.execute(forward).scalars())
    return rows_by_ids(connection, ids)


# Facets -----------------------------------------------------------------------------------

# Facet name -> (column, the query field that filters on one of its values).
FACETS: dict[str, tuple[Any, str]] = {
    "licensor": (Caption.licensor, "licensor"),
    "agency": (Caption.agency, "agency"),
    "photographer": (Caption.photographer, "photographer"),
    "country": (Caption.country, "place"),
    "year": (Caption.year, "date"),
}


@dataclass(frozen=True, slots=True)
class FacetValue:
    value: str | None  # None: the captions without a value
    count: int


@dataclass(frozen=True, slots=True)
class Facet:
    name: str
    values: tuple[FacetValue, ...]
    # How many distinct values there are beyond those listed (0 when all are listed).
    more: int = 0


# Up to this many rows, facets are counted in one pass over the rows (one read of each row
# instead of one per facet); above it, one GROUP BY per facet.
ONE_PASS_FACETS = 200_000


# The unfiltered facets of each catalog (engine), with the change marker they were counted at.
_UNFILTERED: weakref.WeakKeyDictionary[Engine, dict[Any, list[Facet]]] = weakref.WeakKeyDictionary()


def change_marker(connection: Connection) -> tuple[Any, ...]:
    """Cheap to read, and different after any change the facets can see: captions added
    (the highest id, the count), corrections made or undone (duplicate merges included).

    Each part is an index seek or a count of a small table. It does not see a ``catalog
    reparse`` run by another process while the browser is open (parsed values change in place).
    """
    statement = select(
        select(func.max(Caption.id)).scalar_subquery(),
        select(func.max(Correction.id)).scalar_subquery(),
        select(func.count())
        .select_from(Correction)
        .where(Correction.reverted_at.is_not(None))
        .scalar_subquery(),
    )
    return tuple(connection.execute(statement).one())


def facet_counts(
    connection: Connection,
    flt: CaptionFilter,
    names: Iterable[str] = FACETS,
    limit: int = 8,
    total: int | None = None,
) -> list[Facet]:
    """The most frequent values of each facet among the captions the filter keeps.

    ``total``: the filter's row count when the caller knows it. The unfiltered counts (five
    scans of a million index entries) are kept per catalog until ``change_marker`` moves.
    """
    names = list(names)
    if flt.is_empty:
        cache = _UNFILTERED.setdefault(connection.engine, {})
        key = (change_marker(connection), tuple(names), limit)
        if key not in cache:
            cache.clear()
            cache[key] = _facet_counts(connection, flt, names, limit, total)
        return list(cache[key])
    return _facet_counts(connection, flt, names, limit, total)


def _facet_counts(
    connection: Connection,
    flt: CaptionFilter,
    names: list[str],
    limit: int,
    total: int | None,
) -> list[Facet]:
    where = _where(connection, flt)
    if total is None and not flt.is_empty:
        total = count_captions(connection, flt)
    sqlite = _dialect(connection) == "sqlite"
    if sqlite and not flt.is_empty:
        where = _facet_where(connection, flt)
    counters: dict[str, Counter[Any]]
    if not flt.is_empty and total is not None and total <= ONE_PASS_FACETS:
        columns = [FACETS[name][0] for name in names]
        rows = _fetch_all(connection, select(*columns).where(*where), _facet_hint(flt))
        # Counter over a map of itemgetter counts in C: one pass per facet over plain tuples
        # (transposing the rows first costs more than the counting).
        counters = {name: Counter(map(itemgetter(i), rows)) for i, name in enumerate(names)}
    else:
        counters = {}
        for name in names:
            column = FACETS[name][0]
            # Filtered: group the selected rows (+column keeps SQLite off the column's index,
            # which would test every row of the catalog against the filter).
            key = column if flt.is_empty or not sqlite else literal_column(f"+caption.{name}")
            statement = select(key, func.count()).where(*where).group_by(key)
            groups = _fetch_all(connection, statement, _facet_hint(flt))
            counters[name] = Counter({key: count for key, count in groups})
    facets = []
    for name in names:
        ranked = sorted(
            counters[name].items(),
            key=lambda item: (-item[1], "" if item[0] is None else str(item[0])),
        )
        top = tuple(
            FacetValue(None if value is None else str(value), int(count))
            for value, count in ranked[:limit]
        )
        facets.append(Facet(name, top, max(0, len(ranked) - limit)))
    return facets


# Filter fields whose SQLite conditions are id sets only (``id IN`` the full-text index or
# ``filters.place_ids``): they can be tested on the facet index's ids directly.
_ID_SET_FIELDS = frozenset({"text", "photographer", "place"})


def _facet_where(connection: Connection, flt: CaptionFilter) -> list[ColumnElement[bool]]:
    """SQLite: the filter's conditions for a read of the facet index (``_facet_hint``).

    Conditions on id sets stay as they are: the index is seeked by the ids. Any other
    condition reads its own index for the matching ids first (``id IN (SELECT id ...)``),
    since the facet index cannot answer it without a full scan or the table rows.
    """
    where = _where(connection, flt)
    others = flt.with_(**{name: None for name in _ID_SET_FIELDS})
    if others.is_empty:
        return where
    return [Caption.id.in_(select(Caption.id).where(*where))]


# The outer FROM of a compiled statement on ``caption`` (SQLAlchemy renders no SQLite hints).
_CAPTION_FROM = "\nFROM caption \n"


def _facet_hint(flt: CaptionFilter) -> str | None:
    """SQLite, filtered: read the facet columns from ``ix_caption_facets`` (id, licensor,
    agency, photographer, country, year), a few dense pages, instead of one wide caption row
    per matching id."""
    return None if flt.is_empty else "INDEXED BY ix_caption_facets"


def _fetch_all(
    connection: Connection, statement: Select[Any], hint: str | None = None
) -> list[tuple[Any, ...]]:
    """All rows as plain tuples; on SQLite straight from the driver's cursor (no Row objects).

    ``hint`` (SQLite only): put after the statement's own ``FROM caption``.
    """
    if _dialect(connection) != "sqlite":
        return [tuple(row) for row in connection.execute(statement)]
    compiled = statement.compile(
        dialect=connection.dialect, compile_kwargs={"render_postcompile": True}
    )
    sql = compiled.string
    if hint:
        # The first FROM is the statement's own: its columns come before it, and no
        # subquery in them.
        start = sql.index(_CAPTION_FROM)
        sql = f"{sql[:start]}\nFROM caption {hint} \n{sql[start + len(_CAPTION_FROM) :]}"
    params = [compiled.params[name] for name in compiled.positiontup or ()]
    driver = connection.connection.driver_connection
    assert driver is not None
    return list(driver.execute(sql, params).fetchall())


def facet_filter(flt: CaptionFilter, facet: str, value: str | None) -> CaptionFilter:
    """The filter narrowed to one facet value (a missing value means "no credit" for credits)."""
    _, field_name = FACETS[facet]
    if value is None:
        if facet in ("licensor", "agency", "photographer"):
            return flt.with_(uncredited=True)
        return flt
    if field_name == "date":
        return flt.with_(date_from=value, date_to=value)
    return flt.with_(**{field_name: value})


# Detail -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FieldValue:
    name: str
    value: str | None
    origin: str | None  # "parsed", "embedded", "manual", or None when empty
    parsed: str | None  # the machine value under a manual correction


@dataclass(frozen=True, slots=True)
class ArticleUse:
    article_id: int
    title: str | None
    published: date | None
    source: str
    url: str | None
    path: str | None
    position: int


@dataclass(frozen=True, slots=True)
class DuplicateLink:
    id: int
    other_id: int  # the caption at the other end of the link
    other_text: str
    score: float
    status: str  # open, confirmed, rejected
    newer: bool  # True when this caption is the newer one (the one a confirm merges)


@dataclass(frozen=True, slots=True)
class CorrectionEntry:
    id: int
    field: str
    value: str | None
    previous: str | None
    reverted: bool


@dataclass(frozen=True, slots=True)
class CaptionDetail:
    id: int
    text: str
    fields: tuple[FieldValue, ...]
    roles: tuple[str, ...]
    licensor: str | None
    agency_known: bool | None
    edited: bool
    merged_into_id: int | None
    uses: tuple[ArticleUse, ...] = ()
    duplicates: tuple[DuplicateLink, ...] = ()
    corrections: tuple[CorrectionEntry, ...] = field(default=())

    def value(self, name: str) -> str | None:
        for item in self.fields:
            if item.name == name:
                return item.value
        return None


def caption_detail(connection: Connection, caption_id: int) -> CaptionDetail | None:
    row = connection.execute(select(Caption.__table__).where(Caption.id == caption_id)).first()
    if row is None:
        return None
    data = row._mapping
    parsed = data["parsed"] or {}
    origins = data["origins"] or {}
    fields = tuple(
        FieldValue(
            name,
            data[name],
            origins.get(name) if data[name] is not None or origins.get(name) == "manual" else None,
            parsed.get(name) if origins.get(name) == "manual" else None,
        )
        for name in EDITABLE_FIELDS
    )
    uses = tuple(
        ArticleUse(*values)
        for values in connection.execute(
            select(
                Article.id,
                Article.title,
                Article.published,
                Article.source,
                Article.url,
                Article.path,
                Use.position,
            )
            .join(Use, Use.article_id == Article.id)
            .where(Use.caption_id == caption_id)
            .order_by(Article.published.desc(), Article.id)
            .limit(500)
        )
    )
    duplicates: list[DuplicateLink] = []
    for link_id, newer_id, older_id, score, status in connection.execute(
        select(
            PossibleDuplicate.id,
            PossibleDuplicate.caption_id,
            PossibleDuplicate.other_id,
            PossibleDuplicate.score,
            PossibleDuplicate.status,
        )
        .where(
            (PossibleDuplicate.caption_id == caption_id)
            | (PossibleDuplicate.other_id == caption_id)
        )
        .order_by(PossibleDuplicate.score.desc(), PossibleDuplicate.id)
    ):
        newer = newer_id == caption_id
        other = older_id if newer else newer_id
        text = connection.execute(select(Caption.text).where(Caption.id == other)).scalar()
        duplicates.append(DuplicateLink(link_id, other, text or "", float(score), status, newer))
    corrections = tuple(
        CorrectionEntry(cid, name, value, previous, reverted is not None)
        for cid, name, value, previous, reverted in connection.execute(
            select(
                Correction.id,
                Correction.field,
                Correction.value,
                Correction.previous,
                Correction.reverted_at,
            )
            .where(Correction.caption_id == caption_id)
            .order_by(Correction.id)
        )
    )
    roles = tuple(role for role in (data["roles"] or "").split() if role)
    return CaptionDetail(
        id=caption_id,
        text=data["text"],
        fields=fields,
        roles=roles,
        licensor=data["licensor"],
        agency_known=data["agency_known"],
        edited=bool(data["edited"]),
        merged_into_id=data["merged_into_id"],
        uses=uses,
        duplicates=tuple(duplicates),
        corrections=corrections,
    )


__all__ = [
    "FACETS",
    "PAGE_SIZE",
    "SORT_COLUMNS",
    "ArticleUse",
    "CaptionDetail",
    "CaptionRow",
    "CorrectionEntry",
    "DuplicateLink",
    "Facet",
    "FacetValue",
    "FieldValue",
    "Key",
    "Sort",
    "ViewStart",
    "caption_detail",
    "facet_counts",
    "facet_filter",
    "first_page",
    "open_view",
    "page_after",
    "page_at",
    "page_before",
    "rows_by_ids",
    "sorted_ids",
]
