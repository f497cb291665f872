"""Facets beside the browser's caption list: the most frequent values of a few columns
among the captions a filter keeps, and the filter narrowed to one of them.
"""

from __future__ import annotations

import weakref
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from sqlalchemy import ColumnElement, Connection, Engine, Select, func, literal_column, select

from catalog.db.counts import count_captions
from catalog.db.filters import CaptionFilter, conditions
from catalog.db.models import Caption, Correction, correction_table

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
        .select_from(correction_table)
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
    where = conditions(flt, connection.dialect.name)
    if total is None and not flt.is_empty:
        total = count_captions(connection, flt)
    sqlite = connection.dialect.name == "sqlite"
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
    where = conditions(flt, connection.dialect.name)
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
    if connection.dialect.name != "sqlite":
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
