"""Corrections: a person's changes, kept apart from parsed values, applied on top of them.

Every change is a ``Correction`` row; the caption's plain columns are then recomputed as
parsed values overlaid by the newest active correction of each field. Undo marks corrections
reverted and recomputes. Ingest and reparse only ever change the machine values and then call
``recompute``, so corrections always win. The machine values are stored lean: the columns plus
``Caption.parsed`` holding where they differ (``fields.pack_machine``), so every write of the
columns writes ``parsed`` again with them (``stored_columns``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, insert, select, update

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
        # A reverted merge reopens the duplicate question it answered.
        connection.execute(
            update(possible_duplicate_table)
            .where(
                PossibleDuplicate.caption_id.in_(caption_ids),
                PossibleDuplicate.status == "confirmed",
            )
            .where(
                ~select(Caption.id)
                .where(Caption.id == PossibleDuplicate.caption_id)
                .where(Caption.merged_into_id.is_not(None))
                .exists()
            )
            .values(status="open", decided_at=None)
        )


def decide_duplicate(
    engine: Engine, duplicate_id: int, confirm: bool, author: str | None = None
) -> list[int]:
    """Confirm (merge the newer caption into the older, as a correction) or reject a link."""
    with engine.begin() as connection:
        row = connection.execute(
            select(PossibleDuplicate.caption_id, PossibleDuplicate.other_id).where(
                PossibleDuplicate.id == duplicate_id
            )
        ).first()
        if row is None:
            raise CatalogError(f"no possible duplicate with id {duplicate_id}")
        connection.execute(
            update(possible_duplicate_table)
            .where(PossibleDuplicate.id == duplicate_id)
            .values(status="confirmed" if confirm else "rejected", decided_at=datetime.now())
        )
    if not confirm:
        return []
    caption_id, other_id = row
    return correct(engine, caption_id, {MERGED_INTO: str(other_id)}, author=author)
