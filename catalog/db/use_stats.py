"""Upkeep of each caption's use statistics (``use_count``, ``first_use``, ``last_use``).

Ingest queues the captions whose uses changed (``use_count_check``) and recounts them once at
the end of a run; a report flushes the queue before it reads the figures, so a run killed
before its recount never shows stale counts.
"""

from __future__ import annotations

from collections.abc import Sequence

from catalog.db.connection import (
    DriverConnection,
    DriverEngine,
    driver_connection,
    in_list,
    is_postgres,
    list_parameter,
)

_RECOUNT = """
UPDATE caption SET use_count = s.uses, first_use = s.first_use, last_use = s.last_use
FROM (
    SELECT u.caption_id AS caption_id, count(*) AS uses,
           min(a.published) AS first_use, max(a.published) AS last_use
    FROM caption_use u JOIN article a ON a.id = u.article_id
    WHERE u.caption_id {ids}
    GROUP BY u.caption_id
) AS s
WHERE caption.id = s.caption_id
  AND (caption.use_count <> s.uses OR caption.first_use {differs} s.first_use
       OR caption.last_use {differs} s.last_use)
"""


def recount_uses(connection: DriverConnection, caption_ids: Sequence[int]) -> None:
    """Recount ``Caption.use_count``, ``first_use`` and ``last_use`` of these captions from
    their uses, inside the caller's transaction (``flush_use_counts`` drains the queue of
    captions whose uses changed).

    A recount, not an increment: exact whatever the batch skipped (ON CONFLICT) or a killed
    run left, and idempotent. On PostgreSQL two ingests may add uses of one caption at once:
    each locks the caption rows first (in id order, so they cannot deadlock; NO KEY UPDATE
    does not wait for the KEY SHARE locks that foreign key checks hold), then counts in a new
    statement, whose snapshot includes the uses of whichever ingest held the lock before.
    """
    if not caption_ids:
        return
    driver = driver_connection(connection)
    differs = "IS NOT"
    if is_postgres(connection):
        driver.execute(
            "SELECT id FROM caption WHERE id = ANY(%s) ORDER BY id FOR NO KEY UPDATE",
            (list(caption_ids),),
        ).fetchall()
        differs = "IS DISTINCT FROM"
    recount = _RECOUNT.format(ids=in_list(connection), differs=differs)
    driver.execute(recount, (list_parameter(connection, caption_ids),))


USE_COUNT_QUEUE = "use_count_check"
# Captions recounted per transaction when the queue is flushed.
_FLUSH_CHUNK = 20_000


def flush_use_counts(engine: DriverEngine, *, scan_uses: bool = False) -> int:
    """Recount the use statistics of every queued caption and empty the queue; returns how
    many were recounted. Each chunk is one transaction, so an interrupted flush loses nothing:
    what it did not reach stays queued. Safe to run from two processes at once (the recount
    locks its rows on PostgreSQL; a caption recounted twice is still exact).

    On PostgreSQL the queue rows are locked first (in id order, as writers queue them): a
    batch that queued a caption again and has not committed holds its row, so the flush
    waits for it and then counts its uses; a batch that queues one after the lock waits for
    this flush to commit and finds its row gone, so its own row goes in for the next flush.

    ``scan_uses`` (SQLite): recount the whole queue in one transaction from one pass over all
    uses. At the end of a first load most uses are of queued captions (the wire captions
    every batch reuses): looked up caption by caption through the index of uses by caption,
    they cost 2.5 times as much, and building that index first as much again (1M uses).
    """
    if scan_uses and not is_postgres(engine):
        return _flush_by_scan(engine)
    done = 0
    while True:
        with engine.begin() as connection:
            lock = " FOR UPDATE" if is_postgres(connection) else ""
            ids = [
                int(row[0])
                for row in driver_connection(connection)
                .execute(
                    f"SELECT caption_id FROM {USE_COUNT_QUEUE} ORDER BY caption_id LIMIT "
                    f"{_FLUSH_CHUNK}{lock}"
                )
                .fetchall()
            ]
            if not ids:
                return done
            recount_uses(connection, ids)
            driver_connection(connection).execute(
                f"DELETE FROM {USE_COUNT_QUEUE} WHERE caption_id {in_list(connection)}",
                (list_parameter(connection, ids),),
            )
            done += len(ids)


# Every queued caption at once, counted in one pass over the uses: without the index of uses by
# caption (a first load builds it after this) SQLite walks the unique (article, caption)
# index, which holds both columns, in article order, so each article is looked up once and in
# order, and groups the counts in one sort.
_RECOUNT_QUEUED_BY_SCAN = f"""
UPDATE caption SET use_count = s.uses, first_use = s.first_use, last_use = s.last_use
FROM (
    SELECT u.caption_id AS caption_id, count(*) AS uses,
           min(a.published) AS first_use, max(a.published) AS last_use
    FROM caption_use u JOIN article a ON a.id = u.article_id
    WHERE u.caption_id IN (SELECT caption_id FROM {USE_COUNT_QUEUE})
    GROUP BY u.caption_id
) AS s
WHERE caption.id = s.caption_id
  AND (caption.use_count <> s.uses OR caption.first_use IS NOT s.first_use
       OR caption.last_use IS NOT s.last_use)
"""


def _flush_by_scan(engine: DriverEngine) -> int:
    with engine.begin() as connection:
        # The write lock first: no batch can queue a caption between the count and the delete.
        connection.exec_driver_sql("BEGIN IMMEDIATE")
        queued = int(connection.exec_driver_sql(f"SELECT count(*) FROM {USE_COUNT_QUEUE}").scalar())
        if queued:
            connection.exec_driver_sql(_RECOUNT_QUEUED_BY_SCAN)
            connection.exec_driver_sql(f"DELETE FROM {USE_COUNT_QUEUE}")
    return queued
