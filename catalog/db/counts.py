"""How many captions a filter keeps: the one count that search, the browser and reparse share.

The count takes the cheapest path the filter allows on each dialect, so the browser can show
a total at once on a million captions; every path counts the same rows as
``filters.conditions`` selects.
"""

from __future__ import annotations

from sqlalchemy import Connection, Engine, func, literal_column, select, table

from catalog.db.filters import CaptionFilter, conditions, fts_match_expression, id_set
from catalog.db.models import Caption, caption_table


def count_captions(bind: Engine | Connection, flt: CaptionFilter | None = None) -> int:
    """The captions ``flt`` keeps (all of them without a filter).

    ``bind``: a connection to count inside (the browser counts and pages on one), or an
    engine to count on a connection of its own.
    """
    if isinstance(bind, Engine):
        with bind.connect() as connection:
            return count_captions(connection, flt)
    connection = bind
    flt = flt or CaptionFilter()
    dialect = connection.dialect.name
    if flt.text and flt.with_(text=None).is_empty and dialect == "sqlite":
        # Words only: the full-text index counts its matches without touching the table.
        expression = fts_match_expression(flt.text)
        if expression:
            statement = (
                select(func.count())
                .select_from(table("caption_fts"))
                .where(literal_column("caption_fts").op("MATCH")(expression))
            )
            return int(connection.execute(statement).scalar_one())
    ids = id_set(flt, dialect)
    if ids is not None:
        # One id set (``in:``, ``by:``): its distinct ids, counted from the indexes alone.
        subquery = ids.subquery()
        statement = select(func.count(subquery.c[0].distinct()))
        return int(connection.execute(statement).scalar_one())
    statement = select(func.count()).select_from(caption_table).where(*conditions(flt, dialect))
    return int(connection.execute(statement).scalar_one())


def catalog_is_empty(connection: Connection) -> bool:
    """Whether the catalog holds no caption at all (cheaper than counting them)."""
    return connection.execute(select(Caption.id).limit(1)).first() is None
