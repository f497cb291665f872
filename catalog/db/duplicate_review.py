"""The review queue of possible duplicates: pairs with both captions, for a person to decide.

Plain dataclasses out (the CLI and the browser show them); deciding a pair is
``corrections.decide_duplicate`` (a confirmation is a correction, so it can be undone).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, func, select

from catalog.db.models import PossibleDuplicate, caption_table, possible_duplicate_table
from catalog.errors import CatalogError

STATUSES = ("open", "confirmed", "rejected")


@dataclass(frozen=True, slots=True)
class PairSide:
    id: int
    text: str
    credit: str | None
    photographer: str | None
    agency: str | None
    date: str | None
    uses: int

    @property
    def summary(self) -> str:
        """Who took it, when, how often it ran: what tells two photos apart at a glance."""
        names = " / ".join(part for part in (self.photographer, self.agency) if part)
        return (
            f"#{self.id} · {names or 'no credit'} · {self.date or 'undated'} · {self.uses:,} use(s)"
        )


@dataclass(frozen=True, slots=True)
class DuplicatePair:
    id: int
    score: float  # similarity, 0-100
    status: str
    newer: PairSide  # merged into ``older`` when confirmed
    older: PairSide

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "similarity": round(self.score, 2),
            "status": self.status,
            "newer": _side_dict(self.newer),
            "older": _side_dict(self.older),
        }


def _side_dict(side: PairSide) -> dict[str, Any]:
    return {
        "id": side.id,
        "text": side.text,
        "credit": side.credit,
        "photographer": side.photographer,
        "agency": side.agency,
        "date": side.date,
        "uses": side.uses,
    }


def _statement(status: str | None) -> Any:
    newer, older = caption_table.alias("newer"), caption_table.alias("older")
    sides = [
        getattr(side.c, name)
        for side in (newer, older)
        for name in ("id", "text", "credit", "photographer", "agency", "date", "use_count")
    ]
    statement = (
        select(PossibleDuplicate.id, PossibleDuplicate.score, PossibleDuplicate.status, *sides)
        .join(newer, newer.c.id == PossibleDuplicate.caption_id)
        .join(older, older.c.id == PossibleDuplicate.other_id)
    )
    if status is not None:
        statement = statement.where(PossibleDuplicate.status == status)
    return statement


def _pair(row: Any) -> DuplicatePair:
    pair_id, score, status, *rest = row
    return DuplicatePair(
        int(pair_id), float(score), str(status), PairSide(*rest[:7]), PairSide(*rest[7:])
    )


def duplicate_pairs(
    engine: Engine, status: str | None = "open", limit: int | None = None, offset: int = 0
) -> list[DuplicatePair]:
    """Pairs with ``status`` (None: all), the most alike first."""
    statement = (
        _statement(status)
        .order_by(PossibleDuplicate.score.desc(), PossibleDuplicate.id)
        .offset(offset)
        .limit(limit)
    )
    with engine.connect() as connection:
        return [_pair(row) for row in connection.execute(statement)]


def count_pairs(engine: Engine, status: str | None = "open") -> int:
    statement = select(func.count()).select_from(possible_duplicate_table)
    if status is not None:
        statement = statement.where(PossibleDuplicate.status == status)
    with engine.connect() as connection:
        return int(connection.execute(statement).scalar_one())


def duplicate_pair(engine: Engine, pair_id: int) -> DuplicatePair:
    with engine.connect() as connection:
        row = connection.execute(_statement(None).where(PossibleDuplicate.id == pair_id)).first()
    if row is None:
        raise CatalogError(
            f"no possible duplicate with id {pair_id} (see `catalog duplicates list`)"
        )
    return _pair(row)
