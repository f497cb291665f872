"""Corrections: a person's changes, kept apart from parsed values, applied on top of them.

Every change is a ``Correction`` row; the caption's plain columns are then recomputed as
parsed values overlaid by the newest active correction of each field. Undo marks corrections
reverted and recomputes. Ingest and reparse only ever change the machine values and then call
``recompute``, so corrections always win. The machine values are stored lean: the columns plus
``Caption.parsed`` holding where they differ (``fields.pack_machine``), so every write of the
columns writes ``parsed`` again with them (``stored_columns``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, func, insert, or_, select, update

from catalog.db.fields import (
    ORIGINS_KEY,
    agency_known,
    derived_columns,
    lean_origins,
    pack_machine,
    unpack_machine,
)
from catalog.db.models import (
    Caption,
    Correction,
    PossibleDuplicate,
    caption_table,
    correction_table,
    possible_duplicate_table,
)
from catalog.errors import CatalogError
from catalog.parsing.model import EDITABLE_FIELDS

MERGED_INTO = "merged_into"


def active_corrections(connection: Connection, caption_id: int) -> dict[str, str | None]:
    """The winning correction per field: the newest one not reverted."""
    rows = connection.execute(
        select(Correction.field, Correction.value)
        .where(Correction.caption_id == caption_id, Correction.reverted_at.is_(None))
        .order_by(Correction.id)
    )
    return {field: value for field, value in rows}


def effective_columns(
    parsed: Mapping[str, Any], corrections: Mapping[str, str | None]
) -> dict[str, Any]:
    """A caption's effective columns: its parsed values overlaid by its active corrections."""
    values = {name: parsed.get(name) for name in EDITABLE_FIELDS}
    values["roles"] = parsed.get("roles") or []
    origins = dict(parsed.get(ORIGINS_KEY) or {})
    for name, value in corrections.items():
        if name in EDITABLE_FIELDS:
            values[name] = value
            origins[name] = "manual"
    columns = derived_columns(values)
    if "date" in corrections:
        columns["date_precision"] = None if not values["date"] else columns["date_precision"]
    else:
        columns["date_precision"] = parsed.get("date_precision")
    columns["agency_known"] = agency_known(values, parsed)
    columns["origins"] = lean_origins(origins)
    columns["edited"] = bool(corrections)
    merged = corrections.get(MERGED_INTO)
    columns["merged_into_id"] = int(merged) if merged else None
    return columns


def stored_columns(
    machine: Mapping[str, Any], corrections: Mapping[str, str | None], text: str
) -> dict[str, Any]:
    """What to write for a caption: its effective columns and its packed machine values."""
    columns = effective_columns(machine, corrections)
    columns["parsed"] = pack_machine(machine, {**columns, "text": text})
    return columns


def recompute(connection: Connection, caption_id: int) -> None:
    """Rewrite a caption's effective columns from its parsed values and active corrections."""
    row = connection.execute(select(caption_table).where(Caption.id == caption_id)).first()
    if row is None:
        raise CatalogError(f"no caption with id {caption_id}")
    machine = unpack_machine(row._mapping, row.parsed)
    columns = stored_columns(machine, active_corrections(connection, caption_id), row.text)
    connection.execute(update(caption_table).where(Caption.id == caption_id).values(**columns))


def correct(
    engine: Engine,
    caption_id: int,
    changes: Mapping[str, str | None],
    author: str | None = None,
) -> list[int]:
    """Store a person's changes to fields of one caption; returns the new correction ids."""
    unknown = sorted(set(changes) - set(EDITABLE_FIELDS) - {MERGED_INTO})
    if unknown:
        raise CatalogError(f"these fields cannot be corrected: {', '.join(unknown)}")
    with engine.begin() as connection:
        return _correct(connection, caption_id, changes, author)


def _correct(
    connection: Connection,
    caption_id: int,
    changes: Mapping[str, str | None],
    author: str | None,
) -> list[int]:
    row = connection.execute(select(caption_table).where(Caption.id == caption_id)).first()
    if row is None:
        raise CatalogError(f"no caption with id {caption_id}")
    current = row._mapping
    ids: list[int] = []
    for name, value in changes.items():
        value = value.strip() if isinstance(value, str) else value
        value = value or None
        previous = current["merged_into_id" if name == MERGED_INTO else name]
        if (None if previous is None else str(previous)) == value:
            continue
        result = connection.execute(
            insert(correction_table).values(
                caption_id=caption_id,
                field=name,
                value=value,
                previous=None if previous is None else str(previous),
                author=author,
            )
        )
        ids.append(int(result.inserted_primary_key[0]))  # type: ignore[index]
    if ids:
        recompute(connection, caption_id)
    return ids


def undo(engine: Engine, correction_ids: Iterable[int]) -> None:
    """Revert corrections (the undo of one save); the caption falls back to earlier values."""
    ids = list(correction_ids)
    if not ids:
        return
    with engine.begin() as connection:
        captions = connection.execute(
            select(Correction.caption_id).where(Correction.id.in_(ids)).distinct()
        ).scalars()
        caption_ids = list(captions)
        connection.execute(
            update(correction_table)
            .where(Correction.id.in_(ids), Correction.reverted_at.is_(None))
            .values(reverted_at=datetime.now())
        )
        for caption_id in caption_ids:
            recompute(connection, caption_id)
        # A reverted merge reopens the duplicate questions it answered: the confirmed pairs
        # whose captions are no longer one photo.
        connection.execute(
            update(possible_duplicate_table)
            .where(PossibleDuplicate.status == "confirmed", _pairs_touching(caption_ids))
            .where(_photo(PossibleDuplicate.caption_id) != _photo(PossibleDuplicate.other_id))
            .values(status="open", decided_at=None)
        )


def _photo(caption_id: Any) -> Any:
    """The photo a caption counts as: the caption it was merged into, else itself (one level:
    a merge never points at a merged caption, see ``decide_duplicate``)."""
    return (
        select(func.coalesce(Caption.merged_into_id, Caption.id))
        .where(Caption.id == caption_id)
        .scalar_subquery()
    )


def _pairs_touching(caption_ids: Sequence[int]) -> Any:
    return or_(
        PossibleDuplicate.caption_id.in_(caption_ids), PossibleDuplicate.other_id.in_(caption_ids)
    )


def _photo_of(connection: Connection, caption_id: int) -> int:
    return int(connection.execute(select(_photo(caption_id))).scalar_one())


def decide_duplicate(
    engine: Engine, duplicate_id: int, confirm: bool, author: str | None = None
) -> list[int]:
    """Confirm (merge the newer caption into the older, as corrections) or reject a link;
    returns the new correction ids (what an undo reverts).

    A caption is linked to its nearest few captions, not to every copy (``dedupe``), so a
    group of copies is confirmed pair by pair, and each confirmation folds whole photos: the
    newer caption's photo and every caption merged into it go into the older caption's photo.
    So no caption is ever merged into a merged one (a photo is one level deep), and the open
    pairs that now join captions of one photo are confirmed with it, leaving the queue.
    """
    with engine.begin() as connection:
        row = connection.execute(
            select(PossibleDuplicate.caption_id, PossibleDuplicate.other_id).where(
                PossibleDuplicate.id == duplicate_id
            )
        ).first()
        if row is None:
            raise CatalogError(f"no possible duplicate with id {duplicate_id}")
        decided = {"status": "confirmed" if confirm else "rejected", "decided_at": datetime.now()}
        connection.execute(
            update(possible_duplicate_table)
            .where(PossibleDuplicate.id == duplicate_id)
            .values(**decided)
        )
        if not confirm:
            return []
        newer, older = _photo_of(connection, row[0]), _photo_of(connection, row[1])
        if newer == older:
            return []
        moved = [
            newer,
            *connection.execute(
                select(Caption.id).where(Caption.merged_into_id == newer).order_by(Caption.id)
            ).scalars(),
        ]
        ids = [
            correction
            for caption_id in moved
            for correction in _correct(connection, caption_id, {MERGED_INTO: str(older)}, author)
        ]
        connection.execute(
            update(possible_duplicate_table)
            .where(PossibleDuplicate.status == "open", _pairs_touching(moved))
            .where(_photo(PossibleDuplicate.caption_id) == _photo(PossibleDuplicate.other_id))
            .values(**decided)
        )
        return ids
