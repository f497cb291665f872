"""Storage side of ``catalog reparse``: read stored captions in chunks, write new parsed values.

Only the machine values are replaced; the effective columns are then recomputed with each
caption's active corrections on top, so a person's fixes always survive a reparse.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Engine, bindparam, func, select, update

from catalog.db.corrections import stored_columns
from catalog.db.duplicates import drop_pairs_out_of_rule, queue
from catalog.db.fields import unpack_machine
from catalog.db.models import Article, Caption, Correction, Use, caption_table, use_table


@dataclass(frozen=True)
class StoredCaption:
    id: int
    text: str
    parsed: Mapping[str, Any]  # the machine values (unpacked)
    article_date: date | None  # the earliest article using it: resolves year-less dates


def iter_captions(engine: Engine, chunk: int = 2_000) -> Iterator[list[StoredCaption]]:
    """Every caption, in id order, a chunk at a time (keyset paging; no long transaction)."""
    first_published = (
        select(func.min(Article.published))
        .join(use_table, Use.article_id == Article.id)
        .where(Use.caption_id == Caption.id)
        .scalar_subquery()
    )
    after = 0
    while True:
        with engine.connect() as connection:
            rows = connection.execute(
                select(caption_table, first_published.label("first_published"))
                .where(Caption.id > after)
                .order_by(Caption.id)
                .limit(chunk)
            ).all()
        if not rows:
            return
        yield [
            StoredCaption(
                row.id, row.text, unpack_machine(row._mapping, row.parsed), row.first_published
            )
            for row in rows
        ]
        after = rows[-1].id


def store_parsed(engine: Engine, changes: Sequence[tuple[int, dict[str, Any]]]) -> None:
    """Replace the machine values of these captions and recompute their effective columns."""
    if not changes:
        return
    ids = [caption_id for caption_id, _ in changes]
    with engine.begin() as connection:
        corrections: dict[int, dict[str, str | None]] = defaultdict(dict)
        rows = connection.execute(
            select(Correction.caption_id, Correction.field, Correction.value)
            .where(Correction.caption_id.in_(ids), Correction.reverted_at.is_(None))
            .order_by(Correction.id)
        )
        for caption_id, name, value in rows:
            corrections[caption_id][name] = value  # the newest wins
        before = {
            row[0]: (row[1], row[2], row[3], row[4], row[5])
            for row in connection.execute(
                select(
                    Caption.id,
                    Caption.licensor,
                    Caption.date,
                    Caption.text,
                    Caption.photographer,
                    Caption.agency,
                ).where(Caption.id.in_(ids))
            )
        }
        updates = []
        moved = []
        recredited = []
        for caption_id, parsed in changes:
            licensor, day, text, photographer, agency = before[caption_id]
            columns = stored_columns(parsed, corrections.get(caption_id, {}), text)
            if (licensor, day) != (columns["licensor"], columns["date"]):
                moved.append(caption_id)
            elif (photographer, agency) != (columns["photographer"], columns["agency"]):
                recredited.append(caption_id)
            # Bind names must differ from column names in a Core executemany UPDATE.
            params = {f"v_{name}": value for name, value in columns.items()}
            params["v_id"] = caption_id
            updates.append(params)
        table = caption_table
        names = [name[2:] for name in updates[0] if name != "v_id"]
        statement = (
            update(table)
            .where(table.c.id == bindparam("v_id"))
            .values({name: bindparam(f"v_{name}") for name in names})
        )
        connection.execute(statement, updates)
        # A caption whose licensor or date changed sits in a new block, and one whose
        # photographer or agency changed may now pair with another caption of its block (or
        # no longer with the one it paired with): search them again, and the captions that
        # lost a pair with them.
        lost_a_pair = drop_pairs_out_of_rule(connection, moved + recredited)
        queue(connection, sorted(lost_a_pair.union(moved, recredited)))
