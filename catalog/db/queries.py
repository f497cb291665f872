"""Read queries for the command line: search results, as plain dataclasses (the catalog's
counts for ``catalog info`` are in ``info.py``).

Nothing here hands out live ORM objects: callers get frozen rows they can print or serialise.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import Engine, Select, func, select

from catalog.db.filters import CaptionFilter, apply_filter
from catalog.db.models import (
    Caption,
    Use,
)


@dataclass(frozen=True)
class CaptionHit:
    """One caption found by a search, with how often it was used."""

    id: int
    text: str
    description: str | None
    location: str | None
    date: str | None
    credit: str | None
    photographer: str | None
    agency: str | None
    via: str | None
    licensor: str | None
    roles: str
    edited: bool
    uses: int

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def search_captions(
    engine: Engine, flt: CaptionFilter, *, limit: int = 50, offset: int = 0
) -> list[CaptionHit]:
    """Captions matching a filter, newest first (id order: cheap on both FTS engines)."""
    uses = (select(func.count(Use.id)).where(Use.caption_id == Caption.id).scalar_subquery()).label(
        "uses"
    )
    columns: list[Any] = [
        Caption.id,
        Caption.text,
        Caption.description,
        Caption.location,
        Caption.date,
        Caption.credit,
        Caption.photographer,
        Caption.agency,
        Caption.via,
        Caption.licensor,
        Caption.roles,
        Caption.edited,
        uses,
    ]
    statement: Select[Any] = select(*columns)
    statement = apply_filter(statement, flt, engine.dialect.name)
    statement = statement.order_by(Caption.id.desc()).limit(limit).offset(offset)
    with engine.connect() as connection:
        return [
            CaptionHit(**{**row._asdict(), "edited": bool(row.edited)})
            for row in connection.execute(statement)
        ]
