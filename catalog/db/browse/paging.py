"""The browser's caption list, as plain frozen rows, read a page at a time and never as a whole:

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

from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, literal_column, select, tuple_

from catalog.db.counts import count_captions
from catalog.db.filters import CaptionFilter, conditions
from catalog.db.models import Caption

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
        statement: Select[Any] = select(*_ROW_COLUMNS).where(*where)
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
