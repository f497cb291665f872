"""Link near-duplicate captions for a person to confirm or reject (never merged here).

Blocking: comparing every caption with every other grows with the square of the catalog, and
a photo's captions, however each publication words them, keep its credit and its date. So
only captions with the same licensor and the same date are compared, found through the
``(licensor, date)`` index, and scored by ``dedupe`` with rapidfuzz. Captions without a
licensor or a date have no block and are not searched. Each caption searched is linked to its
``dedupe.PAIRS_PER_CAPTION`` nearest near-duplicates of its block, so a block of near-identical
captions (a gallery) gives pairs in proportion to its captions, not to their square.

Ingest queues new captions in ``duplicate_check`` inside the batch transaction and calls
``link_queued`` once at the end of the run, so each block is read once per run rather than
once per batch, and a killed run leaves its queue for the next one.
"""

from __future__ import annotations

import json
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from catalog.db.connection import (
    DriverConnection,
    DriverEngine,
    driver_connection,
    in_list,
    is_postgres,
    list_parameter,
    placeholder,
)
from catalog.dedupe import Candidate, NearDuplicate, find_near_duplicates, normalise, sources_differ

if TYPE_CHECKING:
    from concurrent.futures import Executor, Future

    from sqlalchemy import Connection

# Blocks read and linked per transaction.
_BLOCK_CHUNK = 500
# Chunks searched in worker processes while this one reads and stores: a few per worker.
_SEARCHES_IN_FLIGHT = 4

# (licensor, date): never NULL here, captions without either have no block.
Block = tuple[Any, Any]


# Run on the driver's cursor: a first load reads every caption here, and SQLAlchemy's rows
# cost more than the driver's tuples.
# Whether a caption that is not queued has a pair already (NULL for a queued one): an older
# caption without one is searched among the new captions of its block.
_PAIRED = """
    CASE WHEN d.caption_id IS NULL THEN
        EXISTS (SELECT 1 FROM possible_duplicate AS p WHERE p.caption_id = c.id)
        OR EXISTS (SELECT 1 FROM possible_duplicate AS p WHERE p.other_id = c.id)
    END"""
_SQLITE_BLOCK_ROWS = (
    # A join on json_each, not "(licensor, date) IN (VALUES ...)": SQLite answers the row-value
    # IN with a scan of the whole index, the join with one index search per block.
    f"""
    SELECT c.id, c.licensor, c.date, c.text, c.merged_into_id, d.caption_id,
           c.photographer, c.agency, {_PAIRED}
    FROM json_each(?) AS b
    JOIN caption AS c
      ON c.licensor = json_extract(b.value, '$[0]') AND c.date = json_extract(b.value, '$[1]')
    LEFT JOIN duplicate_check AS d ON d.caption_id = c.id
    """
)
_POSTGRES_BLOCK_ROWS = f"""
    SELECT c.id, c.licensor, c.date, c.text, c.merged_into_id, d.caption_id,
           c.photographer, c.agency, {_PAIRED}
    FROM unnest(%s::text[], %s::text[]) AS b(licensor, date)
    JOIN caption AS c ON c.licensor = b.licensor AND c.date = b.date
    LEFT JOIN duplicate_check AS d ON d.caption_id = c.id
    """


def _block_rows(connection: DriverConnection, blocks: Sequence[Block]) -> Iterable[Sequence[Any]]:
    driver = driver_connection(connection)
    if is_postgres(connection):
        return driver.execute(  # type: ignore[no-any-return]
            _POSTGRES_BLOCK_ROWS, ([b[0] for b in blocks], [b[1] for b in blocks])
        ).fetchall()
    return driver.execute(  # type: ignore[no-any-return]
        _SQLITE_BLOCK_ROWS, (json.dumps([list(b) for b in blocks]),)
    ).fetchall()


# A block's captions as read: (id, text, photographer, agency, queued, paired), plain
# tuples, so that a worker process can search a chunk of blocks (``search_blocks``).
BlockRows = list[tuple[Any, ...]]


def _read_blocks(
    connection: DriverConnection, blocks: Sequence[Block]
) -> tuple[list[BlockRows], list[int]]:
    """The captions of these blocks that have queued ones, and the queued ids seen."""
    rows_of: dict[Block, BlockRows] = defaultdict(list)
    searched: set[Block] = set()
    queued: list[int] = []
    for row in _block_rows(connection, blocks):
        caption_id, licensor, day, caption_text, merged, check, photographer, agency, paired = row
        if check is not None:
            queued.append(caption_id)
            searched.add((licensor, day))
        # merged_into_id is filtered here: a confirmed duplicate is no longer a candidate.
        if merged is None:
            rows_of[(licensor, day)].append(
                (caption_id, caption_text, photographer, agency, check is not None, paired)
            )
    return [rows_of[block] for block in rows_of if block in searched], queued


def search_blocks(blocks: Sequence[BlockRows]) -> list[NearDuplicate]:
    """The pairs of the queued captions of these blocks (pure: a worker process may run it)."""
    pairs: list[NearDuplicate] = []
    for rows in blocks:
        members: list[Candidate] = []
        new: list[Candidate] = []
        lone: list[Candidate] = []
        for caption_id, caption_text, photographer, agency, check, paired in rows:
            candidate = Candidate(caption_id, normalise(caption_text), (photographer, agency))
            members.append(candidate)
            if check:
                new.append(candidate)
            elif not paired:
                lone.append(candidate)
        pairs.extend(find_near_duplicates(new, members, lone))
    return pairs


def _store_links(connection: DriverConnection, pairs: Sequence[NearDuplicate]) -> int:
    if not pairs:
        return 0
    mark = placeholder(connection)
    cursor = driver_connection(connection).cursor()
    cursor.executemany(
        "INSERT INTO possible_duplicate (caption_id, other_id, score, status) "
        f"VALUES ({mark}, {mark}, {mark}, 'open') ON CONFLICT (caption_id, other_id) DO NOTHING",
        [(pair.caption_id, pair.other_id, pair.score) for pair in pairs],
    )
    # Both drivers sum the rows each execution inserted: the number of new links.
    return max(int(cursor.rowcount), 0)


def queue(connection: DriverConnection, caption_ids: Sequence[int]) -> None:
    """Queue captions for the next ``link_queued`` (e.g. after reparse changed a block)."""
    if caption_ids:
        driver_connection(connection).cursor().executemany(
            f"INSERT INTO duplicate_check (caption_id) VALUES ({placeholder(connection)}) "
            "ON CONFLICT DO NOTHING",
            [(caption_id,) for caption_id in caption_ids],
        )


def drop_pairs_out_of_rule(connection: Connection, caption_ids: Sequence[int]) -> set[int]:
    """Delete the open pairs of these captions that the linker would no longer propose (a
    reparse read them again): pairs whose captions now sit in two blocks (another licensor or
    date), or name another photographer or another agency. Returns the captions of the pairs
    deleted, to search again: a caption that lost a pair may have other near-duplicates.

    The queue must not keep a pair a caption's new values rule out, nor grow with every
    reparse that moves a caption: searched again, each gets its nearest few in its block.
    Confirmed and rejected pairs are a person's word: kept.
    """
    from sqlalchemy import delete, or_, select

    from catalog.db.models import PossibleDuplicate, caption_table, possible_duplicate_table

    newer_table, older_table = caption_table.alias("newer"), caption_table.alias("older")
    newer, older = newer_table.c, older_table.c
    doomed: list[int] = []
    touched: set[int] = set()
    for first in range(0, len(caption_ids), 5_000):
        ids = caption_ids[first : first + 5_000]
        rows = connection.execute(
            select(
                PossibleDuplicate.id,
                PossibleDuplicate.caption_id,
                PossibleDuplicate.other_id,
                newer.photographer,
                newer.agency,
                older.photographer,
                older.agency,
                newer.licensor == older.licensor,
                newer.date == older.date,
            )
            .join(newer_table, newer.id == PossibleDuplicate.caption_id)
            .join(older_table, older.id == PossibleDuplicate.other_id)
            .where(PossibleDuplicate.status == "open")
            .where(or_(newer.id.in_(ids), older.id.in_(ids)))
        )
        for pair_id, newer_id, older_id, *sources, same_licensor, same_date in rows:
            newer_source, older_source = (sources[0], sources[1]), (sources[2], sources[3])
            if not (same_licensor and same_date) or sources_differ(newer_source, older_source):
                doomed.append(pair_id)
                touched.update((newer_id, older_id))
    for first in range(0, len(doomed), 5_000):
        connection.execute(
            delete(possible_duplicate_table).where(
                PossibleDuplicate.id.in_(doomed[first : first + 5_000])
            )
        )
    return touched


def _unqueue(connection: DriverConnection, caption_ids: Sequence[int]) -> None:
    """Take captions off the queue: one array parameter on the driver, where an IN list
    built by SQLAlchemy cost more than the search itself on a first load."""
    if caption_ids:
        driver_connection(connection).execute(
            f"DELETE FROM duplicate_check WHERE caption_id {in_list(connection)}",
            (list_parameter(connection, caption_ids),),
        )


_QUEUED_BLOCKS = """
    SELECT DISTINCT c.licensor, c.date
    FROM caption AS c JOIN duplicate_check AS d ON d.caption_id = c.id
    WHERE c.licensor IS NOT NULL AND c.date IS NOT NULL
"""
# Queued captions without a block (no licensor or no date) have nothing to compare.
_UNQUEUE_BLOCKLESS = """
    DELETE FROM duplicate_check WHERE EXISTS (
        SELECT 1 FROM caption
        WHERE caption.id = duplicate_check.caption_id
          AND (caption.licensor IS NULL OR caption.date IS NULL)
    )
"""


def link_queued(
    engine: DriverEngine,
    progress: Callable[[int], None] | None = None,
    pool: Executor | None = None,
) -> int:
    """Work through the ``duplicate_check`` queue; returns the number of new links.

    Blocks are visited once each, a chunk of blocks per transaction, so a large ingest reads
    every block it touched once, however many batches touched it. With a ``pool`` of worker
    processes (an ingest's), the chunks are searched there while this process reads the next
    ones: at the end of a large load nothing else is left to run.
    """
    with engine.connect() as connection:
        rows = connection.exec_driver_sql(_QUEUED_BLOCKS).fetchall()
        blocks: list[Block] = sorted((licensor, day) for licensor, day in rows)
    created = 0
    searches: deque[tuple[Future[list[NearDuplicate]] | list[NearDuplicate], list[int]]]
    searches = deque()

    def store_next() -> None:
        nonlocal created
        pairs, queued = searches.popleft()
        with engine.begin() as connection:
            # The links and the captions they were searched for leave the queue together.
            created += _store_links(
                connection, pairs if isinstance(pairs, list) else pairs.result()
            )
            _unqueue(connection, queued)
        if progress is not None:
            progress(len(queued))

    for start in range(0, len(blocks), _BLOCK_CHUNK):
        with engine.connect() as connection:
            work, queued = _read_blocks(connection, blocks[start : start + _BLOCK_CHUNK])
        searches.append(
            (search_blocks(work) if pool is None else pool.submit(search_blocks, work), queued)
        )
        while len(searches) > _SEARCHES_IN_FLIGHT:
            store_next()
    while searches:
        store_next()
    with engine.begin() as connection:
        connection.exec_driver_sql(_UNQUEUE_BLOCKLESS)
    return created
