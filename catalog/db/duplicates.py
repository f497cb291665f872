"""Link near-duplicate captions for a person to confirm or reject (never merged here).

Blocking (research §4.4): only captions with the same licensor and the same date are
compared, found through the ``(licensor, date)`` index, and scored by ``dedupe`` with
rapidfuzz. Captions without a licensor or a date have no block and are not searched.

Ingest queues new captions in ``duplicate_check`` inside the batch transaction and calls
``link_queued`` once at the end of the run, so each block is read once per run rather than
once per batch, and a killed run leaves its queue for the next one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Connection, Engine, delete, select, tuple_
from sqlalchemy.dialects import postgresql, sqlite

from catalog.db.models import Caption, DuplicateCheck, PossibleDuplicate
from catalog.dedupe import Candidate, NearDuplicate, find_near_duplicates, normalise

# Queued captions handled per transaction, and blocks read per query.
_QUEUE_CHUNK = 20_000
_BLOCK_CHUNK = 200

# (licensor, date): never NULL here, captions without either have no block.
Block = tuple[Any, Any]


def _insert(connection: Connection) -> Any:
    return (postgresql.insert if connection.dialect.name == "postgresql" else sqlite.insert)(
        PossibleDuplicate
    )


def _block_members(connection: Connection, blocks: Sequence[Block]) -> dict[Block, list[Candidate]]:
    members: dict[Block, list[Candidate]] = defaultdict(list)
    for start in range(0, len(blocks), _BLOCK_CHUNK):
        chunk = blocks[start : start + _BLOCK_CHUNK]
        rows = connection.execute(
            select(Caption.id, Caption.licensor, Caption.date, Caption.text)
            .where(tuple_(Caption.licensor, Caption.date).in_(chunk))
            .where(Caption.merged_into_id.is_(None))
            .order_by(Caption.id)
        )
        for caption_id, licensor, day, text in rows:
            members[(licensor, day)].append(Candidate(caption_id, normalise(text)))
    return members


def link_captions(connection: Connection, caption_ids: Sequence[int]) -> int:
    """Search near-duplicates of these captions in their blocks; returns the new links."""
    new_by_block: dict[Block, set[int]] = defaultdict(set)
    for start in range(0, len(caption_ids), 5_000):
        rows = connection.execute(
            select(Caption.id, Caption.licensor, Caption.date).where(
                Caption.id.in_(caption_ids[start : start + 5_000]),
                Caption.licensor.is_not(None),
                Caption.date.is_not(None),
                Caption.merged_into_id.is_(None),
            )
        )
        for caption_id, licensor, day in rows:
            new_by_block[(licensor, day)].add(caption_id)
    if not new_by_block:
        return 0
    members = _block_members(connection, sorted(new_by_block))
    pairs: list[NearDuplicate] = []
    for block, new_ids in new_by_block.items():
        candidates = members.get(block, [])
        if len(candidates) < 2:
            continue
        new = [item for item in candidates if item.id in new_ids]
        pairs.extend(find_near_duplicates(new, candidates))
    created = 0
    for start in range(0, len(pairs), 1_000):
        values = [
            {"caption_id": p.caption_id, "other_id": p.other_id, "score": p.score, "status": "open"}
            for p in pairs[start : start + 1_000]
        ]
        # One multi-row statement, so rowcount is the number of new links on both dialects.
        result = connection.execute(
            _insert(connection)
            .values(values)
            .on_conflict_do_nothing(index_elements=["caption_id", "other_id"])
            # SQLAlchemy keeps rowcount for INSERT only when asked to.
            .execution_options(preserve_rowcount=True)
        )
        created += max(result.rowcount, 0)
    return created


def queue(connection: Connection, caption_ids: Sequence[int]) -> None:
    """Queue captions for the next ``link_queued`` (e.g. after reparse changed a block)."""
    if caption_ids:
        connection.execute(
            _insert_check(connection).values([{"caption_id": i} for i in caption_ids])
        )


def _insert_check(connection: Connection) -> Any:
    insert = postgresql.insert if connection.dialect.name == "postgresql" else sqlite.insert
    return insert(DuplicateCheck).on_conflict_do_nothing(index_elements=["caption_id"])


def link_queued(engine: Engine, progress: Callable[[int], None] | None = None) -> int:
    """Work through the ``duplicate_check`` queue; returns the number of new links."""
    created = 0
    while True:
        with engine.begin() as connection:
            ids = list(
                connection.execute(
                    select(DuplicateCheck.caption_id)
                    .order_by(DuplicateCheck.caption_id)
                    .limit(_QUEUE_CHUNK)
                ).scalars()
            )
            if not ids:
                return created
            created += link_captions(connection, ids)
            connection.execute(delete(DuplicateCheck).where(DuplicateCheck.caption_id.in_(ids)))
        if progress is not None:
            progress(len(ids))
