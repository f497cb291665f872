"""Read queries for the command line: catalog counts and search results, as plain dataclasses.

Nothing here hands out live ORM objects: callers get frozen rows they can print or serialise.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import Engine, Select, func, select

from catalog.db.filters import CaptionFilter, apply_filter
from catalog.db.models import (
    Caption,
    Correction,
    PossibleDuplicate,
    Use,
    article_table,
    caption_table,
    correction_table,
    use_table,
)


@dataclass(frozen=True)
class CatalogInfo:
    database: str
    dialect: str
    revision: str | None
    articles: int
    captions: int  # distinct normalised captions
    uses: int
    possible_duplicates: int  # open: waiting for a person to confirm or reject
    duplicates_decided: int
    merged: int  # captions confirmed as duplicates of another
    corrections: int
    edited: int

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _count(connection: Any, statement: Any) -> int:
    return int(connection.execute(statement).scalar_one())


def catalog_info(engine: Engine) -> CatalogInfo:
    from catalog.db.migrate import current_revision

    with engine.connect() as connection:
        duplicates: dict[str, int] = dict(
            connection.execute(
                select(PossibleDuplicate.status, func.count()).group_by(PossibleDuplicate.status)
            ).all()
        )
        info = CatalogInfo(
            database=engine.url.render_as_string(hide_password=True),
            dialect=engine.dialect.name,
            revision=None,
            articles=_count(connection, select(func.count()).select_from(article_table)),
            captions=_count(connection, select(func.count()).select_from(caption_table)),
            uses=_count(connection, select(func.count()).select_from(use_table)),
            possible_duplicates=int(duplicates.get("open", 0)),
            duplicates_decided=sum(int(n) for s, n in duplicates.items() if s != "open"),
            merged=_count(
                connection,
                select(func.count())
                .select_from(caption_table)
                .where(Caption.merged_into_id.is_not(None)),
            ),
            corrections=_count(
                connection,
                select(func.count())
                .select_from(correction_table)
                .where(Correction.reverted_at.is_(None)),
            ),
            edited=_count(
                connection, select(func.count()).select_from(caption_table).where(Caption.edited)
            ),
        )
    return CatalogInfo(**{**info.as_dict(), "revision": current_revision(engine)})


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
