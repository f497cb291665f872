"""One caption as the browser's detail view shows it: its fields with their origins, the
articles that used it, its possible duplicates and its corrections.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Connection, select

from catalog.db.fields import field_origin, unpack_machine
from catalog.db.models import (
    Article,
    Caption,
    Correction,
    PossibleDuplicate,
    Use,
    caption_table,
    use_table,
)
from catalog.parsing.model import EDITABLE_FIELDS


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
    row = connection.execute(select(caption_table).where(Caption.id == caption_id)).first()
    if row is None:
        return None
    data = row._mapping
    parsed = unpack_machine(data, data["parsed"])
    origins = {name: field_origin(name, data[name], data["origins"]) for name in EDITABLE_FIELDS}
    fields = tuple(
        FieldValue(
            name,
            data[name],
            origins[name] if data[name] is not None or origins[name] == "manual" else None,
            parsed.get(name) if origins[name] == "manual" else None,
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
            .join(use_table, Use.article_id == Article.id)
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
