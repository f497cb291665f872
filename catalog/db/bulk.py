"""Batched, idempotent writes for ingest: captions, articles and uses, one transaction a batch.

Each batch is one transaction holding whole articles with all their uses, so a kill leaves
the catalog consistent and a re-run (which skips articles already stored, by content hash)
finishes the job without counting anything twice. Uniqueness lives in the database: captions
``ON CONFLICT (key) DO NOTHING``, articles on ``identity``, uses on ``(article, caption)``,
which keeps concurrent ingests into one PostgreSQL catalog correct. An article stored already
with another fingerprint (a changed recrawl) is updated by ``db.recrawl`` in the same
transaction.

Speed: no RETURNING anywhere (ids are selected back by key), raw
``sqlite3.executemany`` on SQLite with per-row FTS maintenance replaced by one INSERT ... SELECT
per batch, and COPY into temporary staging tables on PostgreSQL, inserted in key order so that
concurrent batches lock rows in one order and cannot deadlock each other.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Collection, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, Protocol

from catalog.db.connection import DriverConnection, DriverEngine, driver_connection
from catalog.db.faults import driver_error
from catalog.db.recrawl import StoredArticle, adopt_legacy, apply_recrawl
from catalog.db.rows import CAPTION_COLUMNS
from catalog.db.search_schema import sqlite_bulk_fts_begin, sqlite_bulk_fts_end
from catalog.db.use_stats import USE_COUNT_QUEUE

if TYPE_CHECKING:
    import psycopg

ARTICLE_COLUMNS: tuple[str, ...] = (
    "identity",
    "fingerprint",
    "source",
    "format",
    "title",
    "byline",
    "published",
    "url",
    "path",
    "crawled",
)
USE_COLUMNS: tuple[str, ...] = ("caption_id", "article_id", "position")
# A new caption is inserted with the use statistics of its batch (see ``_with_use_stats``).
USE_STAT_COLUMNS: tuple[str, ...] = ("use_count", "first_use", "last_use")
NEW_CAPTION_COLUMNS: tuple[str, ...] = CAPTION_COLUMNS + USE_STAT_COLUMNS

# Deadlock, serialization failure, lock not available (PostgreSQL); a retry usually succeeds.
_RETRY_SQLSTATES = frozenset({"40P01", "40001", "55P03"})
_RETRIES = 5


@dataclass(slots=True)
class ArticleIn:
    """An article to store: its column values (ARTICLE_COLUMNS order) and its uses."""

    row: tuple[Any, ...]
    uses: list[tuple[str, int]]  # (caption key, position in the article)

    @property
    def identity(self) -> str:
        return str(self.row[0])

    @property
    def fingerprint(self) -> str:
        return str(self.row[1])

    def value(self, column: str) -> Any:
        return self.row[ARTICLE_COLUMNS.index(column)]

    def values(self) -> dict[str, Any]:
        return dict(zip(ARTICLE_COLUMNS, self.row, strict=True))


@dataclass(slots=True)
class BatchCounts:
    articles_new: int = 0
    articles_known: int = 0  # already in the catalog: skipped with their captions
    articles_updated: int = 0  # in the catalog with other content: updated (db.recrawl)
    captions_new: int = 0
    uses_new: int = 0
    uses_removed: int = 0  # captions an updated article no longer holds


@dataclass
class KeyCache:
    """Caption ids by key, so that wire captions reused across articles are looked up once.

    Bounded: when full, the oldest half is dropped (those keys are simply selected again).
    Only ids from committed transactions go in. 100,000 keys hold a wire pool of 60,000
    captions; 300,000 measured no faster and held ~12 MB more of the ingest process.
    """

    limit: int = 100_000
    ids: dict[str, int] = field(default_factory=dict)

    def update(self, learned: dict[str, int]) -> None:
        self.ids.update(learned)
        if len(self.ids) > self.limit:
            drop = len(self.ids) - self.limit // 2
            for key in list(self.ids)[:drop]:
                del self.ids[key]


class BulkStore(Protocol):
    """The dialect-specific statements one batch needs (all inside the caller's transaction)."""

    def transaction(self, engine: DriverEngine) -> AbstractContextManager[DriverConnection]: ...
    def begin(self, connection: DriverConnection) -> None: ...
    def finish(self, connection: DriverConnection) -> None: ...
    def known_articles(
        self, connection: DriverConnection, identities: Sequence[str]
    ) -> dict[str, StoredArticle]: ...
    def caption_ids(self, connection: DriverConnection, keys: Sequence[str]) -> dict[str, int]: ...
    def insert_captions(
        self, connection: DriverConnection, rows: Sequence[tuple[Any, ...]]
    ) -> int: ...
    def insert_articles(
        self, connection: DriverConnection, rows: Sequence[tuple[Any, ...]]
    ) -> int: ...
    def insert_uses(
        self, connection: DriverConnection, rows: Sequence[tuple[int, int, int]]
    ) -> int: ...
    def queue_checks(
        self,
        connection: DriverConnection,
        caption_ids: Sequence[int],
        table: str = "duplicate_check",
    ) -> None: ...
    def add_use_stats(
        self, connection: DriverConnection, article_ids: Sequence[int], skip: Sequence[int]
    ) -> bool: ...


def _insert_sql(table: str, columns: Sequence[str], conflict: str, mark: str) -> str:
    marks = ", ".join(mark for _ in columns)
    return (
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks}) "
        f"ON CONFLICT ({conflict}) DO NOTHING"
    )


_INGEST_CACHE_KIB = 16_384


class SqliteStore:
    """Raw ``sqlite3``: SQLAlchemy Core doubles the time of these statements."""

    _captions = _insert_sql("caption", NEW_CAPTION_COLUMNS, "key", "?")
    _articles = _insert_sql("article", ARTICLE_COLUMNS, "identity", "?")
    _uses = _insert_sql("caption_use", USE_COLUMNS, "article_id, caption_id", "?")

    def __init__(self, *, grow_use_stats: bool = True) -> None:
        self._fts_from = 0
        self._grow_use_stats = grow_use_stats

    @contextmanager
    def transaction(self, engine: DriverEngine) -> Iterator[DriverConnection]:
        """A batch's transaction, committed at the end of the block, without foreign key
        checks: every id a batch writes was read from the catalog in its own transaction, or
        in a committed one, and no caption or article is ever deleted. The checks looked up
        the caption and the article of every use and doubled the cost of inserting uses."""
        with engine.connect() as connection:
            driver: sqlite3.Connection = driver_connection(connection)
            # Outside a transaction: SQLite ignores this pragma inside one.
            driver.execute("PRAGMA foreign_keys=OFF")
            try:
                yield connection
                connection.commit()
            finally:
                # After an error the batch is undone (after the commit there is nothing left
                # to undo), and the checks are back on, as on every catalog connection.
                connection.rollback()
                driver.execute("PRAGMA foreign_keys=ON")

    def begin(self, connection: DriverConnection) -> None:
        # An ingest streams through the catalog: a larger page cache than this measured no
        # faster on a 1M-use load and held 48 MB more (the browser keeps the engine's 64 MB).
        connection.exec_driver_sql(f"PRAGMA cache_size=-{_INGEST_CACHE_KIB}")
        # Take the write lock now, not at the first INSERT: DDL below must be inside the
        # transaction (the driver would run it in autocommit), and a second writer waits
        # here instead of failing halfway.
        connection.exec_driver_sql("BEGIN IMMEDIATE")
        self._fts_from = sqlite_bulk_fts_begin(connection)

    def finish(self, connection: DriverConnection) -> None:
        sqlite_bulk_fts_end(connection, self._fts_from)

    def _select_in(
        self, connection: DriverConnection, sql: str, values: Sequence[str]
    ) -> list[Any]:
        if not values:
            return []
        # One JSON parameter instead of thousands of placeholders (no variable limit).
        driver: sqlite3.Connection = driver_connection(connection)
        return driver.execute(sql, (json.dumps(list(values)),)).fetchall()

    def known_articles(
        self, connection: DriverConnection, identities: Sequence[str]
    ) -> dict[str, StoredArticle]:
        sql = (
            "SELECT identity, id, fingerprint, crawled FROM article "
            "WHERE identity IN (SELECT value FROM json_each(?))"
        )
        return _stored(self._select_in(connection, sql, identities))

    def caption_ids(self, connection: DriverConnection, keys: Sequence[str]) -> dict[str, int]:
        sql = "SELECT key, id FROM caption WHERE key IN (SELECT value FROM json_each(?))"
        return dict(self._select_in(connection, sql, keys))

    def _many(self, connection: DriverConnection, sql: str, rows: Sequence[tuple[Any, ...]]) -> int:
        if not rows:
            return 0
        cursor = driver_connection(connection).executemany(sql, rows)
        return int(cursor.rowcount)  # sqlite3 sums the changes of every row

    def insert_captions(self, connection: DriverConnection, rows: Sequence[tuple[Any, ...]]) -> int:
        return self._many(connection, self._captions, rows)

    def insert_articles(self, connection: DriverConnection, rows: Sequence[tuple[Any, ...]]) -> int:
        return self._many(connection, self._articles, rows)

    def insert_uses(
        self, connection: DriverConnection, rows: Sequence[tuple[int, int, int]]
    ) -> int:
        return self._many(connection, self._uses, rows)

    def queue_checks(
        self,
        connection: DriverConnection,
        caption_ids: Sequence[int],
        table: str = "duplicate_check",
    ) -> None:
        sql = f"INSERT INTO {table} (caption_id) VALUES (?) ON CONFLICT DO NOTHING"
        self._many(connection, sql, [(caption_id,) for caption_id in caption_ids])

    # The uses of the articles just inserted, counted per caption and added to its figures
    # (a NULL date of theirs leaves the stored one; a stored NULL takes theirs).
    _add_stats = """
        UPDATE caption SET use_count = use_count + s.uses,
            first_use = CASE WHEN s.first IS NULL OR first_use <= s.first
                             THEN first_use ELSE s.first END,
            last_use = CASE WHEN s.last IS NULL OR last_use >= s.last
                            THEN last_use ELSE s.last END
        FROM (
            SELECT u.caption_id AS caption_id, count(*) AS uses,
                   min(a.published) AS first, max(a.published) AS last
            FROM json_each(?) AS n
            JOIN caption_use AS u ON u.article_id = n.value
            JOIN article AS a ON a.id = u.article_id
            GROUP BY u.caption_id
        ) AS s
        WHERE caption.id = s.caption_id AND caption.id NOT IN (SELECT value FROM json_each(?))
    """

    def add_use_stats(
        self, connection: DriverConnection, article_ids: Sequence[int], skip: Sequence[int]
    ) -> bool:
        # The write lock is this transaction's alone: the figures grow by exactly the uses it
        # added. Counted in SQL from the rows just written: in Python it cost more.
        if not self._grow_use_stats:
            return False
        driver_connection(connection).execute(
            self._add_stats, (json.dumps(list(article_ids)), json.dumps(list(skip)))
        )
        return True


class PostgresStore:
    """psycopg 3: COPY into temporary staging tables, then one INSERT ... SELECT each."""

    def _stage(self, connection: DriverConnection, table: Any, columns: Sequence[str]) -> str:
        from sqlalchemy.dialects.postgresql.base import PGDialect

        name = f"stage_{table.name}"
        dialect = PGDialect()  # type: ignore[no-untyped-call]
        definitions = ", ".join(
            f"{column} {table.c[column].type.compile(dialect=dialect)}" for column in columns
        )
        # Temporary tables live per session; ON COMMIT DELETE ROWS empties them per batch.
        connection.exec_driver_sql(
            f"CREATE TEMP TABLE IF NOT EXISTS {name} ({definitions}) ON COMMIT DELETE ROWS"
        )
        return name

    def _copy_insert(
        self,
        connection: DriverConnection,
        table: Any,
        columns: Sequence[str],
        rows: Iterable[Sequence[Any]],
        conflict: str,
        order: str,
    ) -> int:
        stage = self._stage(connection, table, columns)
        names = ", ".join(columns)
        cursor = driver_connection(connection).cursor()
        with cursor.copy(f"COPY {stage} ({names}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        cursor.execute(
            f"INSERT INTO {table.name} ({names}) SELECT {names} FROM {stage} "
            f"ORDER BY {order} ON CONFLICT ({conflict}) DO NOTHING"
        )
        count = int(cursor.rowcount)
        cursor.execute(f"TRUNCATE {stage}")
        return count

    def transaction(self, engine: DriverEngine) -> AbstractContextManager[DriverConnection]:
        return engine.begin()

    def begin(self, connection: DriverConnection) -> None:
        # A lock wait longer than this is a stuck peer: fail the batch and retry it.
        connection.exec_driver_sql("SET LOCAL lock_timeout = '60s'")

    def finish(self, connection: DriverConnection) -> None:
        return None

    def _select_any(
        self, connection: DriverConnection, sql: str, values: Sequence[str]
    ) -> list[Any]:
        if not values:
            return []
        driver: psycopg.Connection[Any] = driver_connection(connection)
        return driver.execute(sql, (list(values),)).fetchall()

    def known_articles(
        self, connection: DriverConnection, identities: Sequence[str]
    ) -> dict[str, StoredArticle]:
        sql = "SELECT identity, id, fingerprint, crawled FROM article WHERE identity = ANY(%s)"
        return _stored(self._select_any(connection, sql, identities))

    def caption_ids(self, connection: DriverConnection, keys: Sequence[str]) -> dict[str, int]:
        sql = "SELECT key, id FROM caption WHERE key = ANY(%s)"
        return dict(self._select_any(connection, sql, keys))

    def insert_captions(self, connection: DriverConnection, rows: Sequence[tuple[Any, ...]]) -> int:
        if not rows:
            return 0
        from catalog.db.models import caption_table as table

        return self._copy_insert(connection, table, NEW_CAPTION_COLUMNS, rows, "key", "key")

    def insert_articles(self, connection: DriverConnection, rows: Sequence[tuple[Any, ...]]) -> int:
        if not rows:
            return 0
        from catalog.db.models import article_table as table

        return self._copy_insert(connection, table, ARTICLE_COLUMNS, rows, "identity", "identity")

    def insert_uses(
        self, connection: DriverConnection, rows: Sequence[tuple[int, int, int]]
    ) -> int:
        if not rows:
            return 0
        from catalog.db.models import use_table

        return self._copy_insert(
            connection,
            use_table,
            USE_COLUMNS,
            rows,
            "article_id, caption_id",
            "article_id, caption_id",
        )

    def add_use_stats(
        self, connection: DriverConnection, article_ids: Sequence[int], skip: Sequence[int]
    ) -> bool:
        # Concurrent writers here: the captions are queued and recounted under their row
        # locks (use_stats.recount_uses), not incremented.
        return False

    def queue_checks(
        self,
        connection: DriverConnection,
        caption_ids: Sequence[int],
        table: str = "duplicate_check",
    ) -> None:
        if not caption_ids:
            return
        # A caption queued already for a recount keeps its queue row locked till this
        # commit (DO UPDATE locks the row even where its WHERE rewrites nothing): a
        # concurrent flush waits for this batch's uses before it counts (see
        # ``use_stats.flush_use_counts``). Left unlocked, a flush counting before this commit
        # would drop the queue row, and these uses would never be counted.
        conflict = (
            "(caption_id) DO UPDATE SET caption_id = excluded.caption_id WHERE false"
            if table == USE_COUNT_QUEUE
            else "DO NOTHING"
        )
        driver_connection(connection).execute(
            # DISTINCT: DO UPDATE refuses to meet one row twice in a statement.
            f"INSERT INTO {table} (caption_id) SELECT DISTINCT unnest(%s::integer[]) "
            f"ORDER BY 1 ON CONFLICT {conflict}",
            (list(caption_ids),),
        )


def _stored(rows: Iterable[Sequence[Any]]) -> dict[str, StoredArticle]:
    crawled_at = 3
    result = {}
    for row in rows:
        crawled = row[crawled_at]
        if isinstance(crawled, str):  # sqlite3 hands dates back as text
            crawled = date.fromisoformat(crawled)
        result[row[0]] = StoredArticle(int(row[1]), row[2], crawled)
    return result


def make_store(engine: DriverEngine, *, bulk_load: bool = False) -> BulkStore:
    """The statements for this catalog's dialect. In a SQLite ``bulk_load`` (a first load,
    ``db.bulk_load``) the use statistics of captions stored by earlier batches are queued and
    recounted once at the end, not grown batch by batch: a wire caption reused in every batch
    was rewritten once per batch, the largest write of a 1M-use load after the inserts."""
    if engine.dialect.name == "sqlite":
        return SqliteStore(grow_use_stats=not bulk_load)
    if engine.dialect.name == "postgresql":
        return PostgresStore()
    from catalog.errors import DatabaseError

    raise DatabaseError(f"ingest supports SQLite and PostgreSQL, not {engine.dialect.name}")


def _retryable(exc: BaseException) -> bool:
    original = driver_error(exc) or exc
    if getattr(original, "sqlstate", None) in _RETRY_SQLSTATES:
        return True
    # SQLite: another writer held the lock for longer than busy_timeout.
    return "database is locked" in str(original)


@dataclass
class BatchPlan:
    """What a batch needs, found before the write transaction (so parsing holds no lock)."""

    # In reading order: articles the catalog does not hold as they are (new, or changed).
    articles: list[ArticleIn]
    ids: dict[str, int]  # caption ids already known, by key
    missing: list[str]  # caption keys to parse and insert, sorted
    articles_known: int
    # Keys an earlier batch, not written yet, is inserting: their ids are read at write time.
    deferred: list[str] = field(default_factory=list)


def plan_batch(
    engine: DriverEngine,
    store: BulkStore,
    articles: Sequence[ArticleIn],
    cache: KeyCache,
    in_flight: Collection[str] = (),
) -> BatchPlan:
    """Skip articles stored already as they are, and find which captions are new (read-only).

    An article is skipped when its fingerprint is the one its identity has last (stored, or
    earlier in this batch): a capture of a page saved twice. Whether the others are new or
    updates is decided when writing, under the write lock.

    ``in_flight`` holds keys that earlier batches, not yet written, will insert: they are
    neither parsed again nor inserted again here (batches are written in order).
    """
    with engine.connect() as connection:
        known = store.known_articles(connection, list({a.identity for a in articles}))
        last = {identity: stored.fingerprint for identity, stored in known.items()}
        kept: list[ArticleIn] = []
        skipped = 0
        for article in articles:
            if last.get(article.identity) == article.fingerprint:
                skipped += 1
            else:
                last[article.identity] = article.fingerprint
                kept.append(article)
        keys = list(dict.fromkeys(key for a in kept for key, _ in a.uses))
        ids = {key: cache.ids[key] for key in keys if key in cache.ids}
        learned = store.caption_ids(connection, [key for key in keys if key not in ids])
        connection.rollback()
    cache.update(learned)
    ids.update(learned)
    unknown = [key for key in keys if key not in ids]
    missing = sorted(key for key in unknown if key not in in_flight)
    deferred = [key for key in unknown if key in in_flight]
    return BatchPlan(kept, ids, missing, skipped, deferred)


def write_batch(
    engine: DriverEngine,
    store: BulkStore,
    plan: BatchPlan,
    rows: Sequence[tuple[Any, ...]],
    cache: KeyCache,
) -> BatchCounts:
    """Store the plan's articles with their uses and the new captions, in one transaction.

    ``rows`` are the ``caption`` rows of ``plan.missing``. A deadlock or lock timeout between
    concurrent writers rolls the transaction back and it is tried again.
    """
    for attempt in range(_RETRIES):
        try:
            with store.transaction(engine) as connection:
                counts, learned = _write(connection, store, plan, rows)
        except Exception as exc:
            if attempt + 1 < _RETRIES and _retryable(exc):
                time.sleep(0.05 * 2**attempt)
                continue
            raise
        counts.articles_known += plan.articles_known
        cache.update(learned)
        return counts
    raise AssertionError("unreachable")


def _split(
    connection: DriverConnection, store: BulkStore, articles: Sequence[ArticleIn]
) -> tuple[list[ArticleIn], list[ArticleIn], dict[str, StoredArticle]]:
    """The batch's articles the catalog lacks (first capture of each identity, by identity),
    the rest in reading order (to update what is stored or inserted first), and what is
    stored. An article without a URL stored before identities is adopted here."""
    stored = store.known_articles(connection, list({a.identity for a in articles}))
    legacy = {
        str(a.value("source")): a.identity
        for a in articles
        if a.identity not in stored and a.value("url") is None
    }
    if legacy:
        stored.update(adopt_legacy(connection, legacy))
    new: dict[str, ArticleIn] = {}
    updates: list[ArticleIn] = []
    for article in articles:
        if article.identity in stored or article.identity in new:
            updates.append(article)
        else:
            new[article.identity] = article
    return [new[identity] for identity in sorted(new)], updates, stored


def _write(
    connection: DriverConnection,
    store: BulkStore,
    plan: BatchPlan,
    rows: Sequence[tuple[Any, ...]],
) -> tuple[BatchCounts, dict[str, int]]:
    store.begin(connection)
    counts = BatchCounts()
    ids = dict(plan.ids)
    learned: dict[str, int] = {}
    created: dict[str, int] = {}
    if plan.deferred:
        learned.update(store.caption_ids(connection, plan.deferred))
        ids.update(learned)
    if plan.missing:
        # By key: one lock order for all writers.
        ordered = sorted(_with_use_stats(rows, plan), key=lambda row: row[0])
        counts.captions_new = store.insert_captions(connection, ordered)
        # Includes captions a concurrent ingest stored first: ON CONFLICT left theirs.
        created = store.caption_ids(connection, plan.missing)
        store.queue_checks(connection, sorted(created.values()))
        learned.update(created)
        ids.update(created)
    new, updates, stored = _split(connection, store, plan.articles)
    counts.articles_new = store.insert_articles(connection, [a.row for a in new])
    inserted = store.known_articles(connection, [a.identity for a in new])
    uses = [
        (ids[key], inserted[article.identity].id, position)
        for article in new
        for key, position in article.uses
    ]
    counts.uses_new = store.insert_uses(connection, uses)
    touched = {use[0] for use in uses}
    if counts.uses_new == len(uses):
        # Every use went in: a caption stored before this batch gained exactly these uses,
        # so its figures grow by them here (still exact, or still queued for a recount)
        # instead of being recounted from all its uses at the end of the run.
        article_ids = [stored.id for stored in inserted.values()]
        if store.add_use_stats(connection, article_ids, list(created.values())):
            touched.intersection_update(created.values())
    if not updates and (counts.captions_new, counts.articles_new, counts.uses_new) == (
        len(rows),
        len(new),
        len(uses),
    ):
        # Nothing was skipped: this transaction created the new captions and every use
        # they have, so the figures they were inserted with are exact. (A later use comes
        # from a transaction that finds them stored, or lost the insert, and queues them.)
        touched.difference_update(created.values())
    stored.update(inserted)
    for article in updates:
        _update(connection, stored, article, ids, counts, touched)
    if touched:
        # Recounted once at the end of the run (flush_use_counts), not once per batch.
        store.queue_checks(connection, sorted(touched), USE_COUNT_QUEUE)
    store.finish(connection)
    return counts, learned


def _update(
    connection: DriverConnection,
    stored: dict[str, StoredArticle],
    article: ArticleIn,
    ids: dict[str, int],
    counts: BatchCounts,
    touched: set[int],
) -> None:
    before = stored[article.identity]
    if before.fingerprint == article.fingerprint:
        counts.articles_known += 1
        return
    values = article.values()
    del values["identity"]
    result = apply_recrawl(
        connection, before, values, [(ids[key], position) for key, position in article.uses]
    )
    if not result.older:
        crawled = article.value("crawled") or before.crawled
        stored[article.identity] = StoredArticle(before.id, article.fingerprint, crawled)
    counts.articles_updated += result.changed
    counts.articles_known += not result.changed
    counts.uses_new += len(result.uses_added)
    counts.uses_removed += result.uses_removed
    touched.update(result.uses_added)


def _with_use_stats(rows: Sequence[tuple[Any, ...]], plan: BatchPlan) -> list[tuple[Any, ...]]:
    """New caption rows with the use statistics of this batch's articles appended.

    Exact when the whole batch went in (then the captions are not queued for a recount at
    all); otherwise a head start that the recount (``flush_use_counts``) corrects, rewriting
    only rows whose figures changed. Without it every new caption was rewritten once more at
    the end, which on a large first load cost as much as inserting it (the rows are wide and
    two report indexes carry the figures).
    """
    published_at = ARTICLE_COLUMNS.index("published")
    stats: dict[str, list[Any]] = {row[0]: [0, None, None] for row in rows}
    for article in plan.articles:
        published = article.row[published_at]
        for key, _position in article.uses:
            stat = stats.get(key)
            if stat is None:
                continue
            stat[0] += 1
            if published is not None:
                if stat[1] is None or published < stat[1]:
                    stat[1] = published
                if stat[2] is None or published > stat[2]:
                    stat[2] = published
    return [(*row, *stats[row[0]]) for row in rows]
