"""The ingest pipeline: files -> readers -> keys -> parser (new captions only) -> batched writes.

It streams: articles are read one at a time and written in batches of whole articles, so
memory stays flat however large the input. Each distinct caption is parsed once, when the
catalog does not hold its key yet. A file that cannot be read is reported and skipped; the
rest goes in. Near-duplicates are searched once at the end of the run (see db.duplicates).
"""

from __future__ import annotations

import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from catalog.db.bulk import (
    ArticleIn,
    BatchCounts,
    BatchPlan,
    KeyCache,
    make_store,
    plan_batch,
    write_batch,
)
from catalog.db.bulk_load import begin_bulk_load, restore_indexes
from catalog.db.duplicates import link_queued
from catalog.db.use_stats import flush_use_counts
from catalog.ingest.collector import bulk_collection
from catalog.ingest.model import SkippedRecord, SourceArticle
from catalog.ingest.prepare import (
    BundleResult,
    Piece,
    PreparedArticle,
    TextFields,
    caption_rows,
    prepare_article,
    read_articles,
    read_files,
    start_worker,
    text_fields,
    warm_parser,
)
from catalog.ingest.sources.decoding import forced_encoding
from catalog.parsing.registry import current_registry

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

    from catalog.db.connection import DriverEngine

# Captions per transaction: large enough to amortise the per-batch work, small enough that
# an interrupted run loses little and concurrent writers wait briefly.
DEFAULT_BATCH = 20_000
# Inputs smaller than this are ingested in-process; worker start-up would cost more.
_PARALLEL_BYTES = 4_000_000
# Batches planned and parsing while this process writes: enough to keep the workers busy.
_JOBS_IN_FLIGHT = 2
# A reader worker's task: files up to this many bytes together (or one larger file).
_BUNDLE_BYTES = 1_000_000
_BUNDLE_FILES = 500
# Input bytes being read ahead of the writer: about a batch of seed-shaped articles.
_WINDOW_BYTES = 8_000_000
# A file this large is read in this process, article by article, not by a reader worker
# (which would hold all of its articles at once).
_STREAM_BYTES = 32_000_000
# Report reading progress at least this often (articles), even inside one huge file.
_TICK = 100


@dataclass(frozen=True)
class SkippedFile:
    path: str
    reason: str


@dataclass
class IngestReport:
    """What a run did; filled as it goes, so an interrupted run still reports its commits."""

    files_total: int = 0
    files_read: int = 0
    skipped: list[SkippedFile] = field(default_factory=list)
    # Files in the folders given that no reader takes (a script, a PDF next to the pages).
    not_read: list[str] = field(default_factory=list)
    articles: int = 0  # read from the files
    articles_new: int = 0
    articles_known: int = 0  # already in the catalog (re-ingest): nothing added
    articles_updated: int = 0  # in the catalog with other content (a recrawl): updated
    captions_found: int = 0  # captions in the articles read
    captions_new: int = 0  # distinct captions the catalog did not hold
    uses_new: int = 0
    uses_removed: int = 0  # captions an updated article no longer holds (kept, marked)
    possible_duplicates: int = 0
    parse_errors: int = 0
    seconds: float = 0.0
    # Web archive records that hold no article, by reason ("redirect", "not HTML", ...).
    records_skipped: dict[str, int] = field(default_factory=dict)

    @property
    def duplicates_folded(self) -> int:
        """Captions found that are a caption already found or stored (by normalised key)."""
        return self.captions_found - self.captions_new

    def add(self, counts: BatchCounts) -> None:
        self.articles_new += counts.articles_new
        self.articles_known += counts.articles_known
        self.articles_updated += counts.articles_updated
        self.captions_new += counts.captions_new
        self.uses_new += counts.uses_new
        self.uses_removed += counts.uses_removed

    def as_dict(self) -> dict[str, Any]:
        return {
            "files_read": self.files_read,
            "files_skipped": [{"path": s.path, "reason": s.reason} for s in self.skipped],
            "files_not_read": list(self.not_read),
            "articles": self.articles,
            "articles_new": self.articles_new,
            "articles_known": self.articles_known,
            "articles_updated": self.articles_updated,
            "captions_found": self.captions_found,
            "captions_new": self.captions_new,
            "duplicates_folded": self.duplicates_folded,
            "possible_duplicates": self.possible_duplicates,
            "uses": self.uses_new,
            "uses_removed": self.uses_removed,
            "parse_errors": self.parse_errors,
            "records_skipped": dict(self.records_skipped),
            "seconds": round(self.seconds, 3),
        }


class IngestObserver:
    """Progress callbacks; the CLI draws a progress bar from them. All no-ops here."""

    def files_listed(self, total: int) -> None: ...
    def file_started(self, path: Path) -> None: ...
    def file_finished(self, path: Path) -> None: ...
    def file_skipped(self, path: Path, reason: str) -> None: ...
    def record_skipped(self, path: Path, reason: str, offset: int) -> None: ...
    def part_read(self, path: Path, done: int, total: int) -> None: ...
    def captions_read(self, report: IngestReport) -> None: ...
    def batch_written(self, report: IngestReport) -> None: ...
    def indexing(self) -> None: ...
    def linking(self, queued: int) -> None: ...
    def finished(self, report: IngestReport) -> None: ...


class Ingest:
    """One ingest run into one catalog. ``report`` is live while ``run`` works.

    With ``workers`` > 1, files are read in reader processes and new captions parsed in
    parser processes (the parser and the readers are pure Python, so threads would not help);
    the main process plans and writes the batches. Only the parser processes load the
    parser's place index, so there are as few of them as keep up: one per two workers; when
    they have less to do than the readers, they read too (``parsers_take_next``). A bounded
    window of files in flight keeps memory flat.
    """

    def __init__(
        self,
        engine: DriverEngine,
        *,
        fmt: str | None = None,
        observer: IngestObserver | None = None,
        batch_size: int = DEFAULT_BATCH,
        find_duplicates: bool = True,
        workers: int = 1,
    ) -> None:
        self.engine = engine
        self.fmt = fmt
        self.observer = observer or IngestObserver()
        self.batch_size = max(1, batch_size)
        self.find_duplicates = find_duplicates
        self.workers = max(1, workers)
        self.report = IngestReport()
        self._store = make_store(engine)
        self._ids = KeyCache()
        self._pending: list[ArticleIn] = []
        self._pending_uses = 0
        # First occurrence in the pending batch of each key: what a new caption is parsed from.
        self._texts: dict[str, TextFields] = {}
        # Texts of the reader bundle being added: its articles may run on into the next batch.
        self._bundle_texts: dict[str, TextFields] = {}
        self._sizes: dict[Path, int] = {}  # of the files read in parts, for their progress
        self._parsers: ProcessPoolExecutor | None = None
        self._parser_count = 0
        self._jobs: deque[_Job] = deque()
        self._in_flight: set[str] = set()  # keys that planned, unwritten batches will insert
        self._bulk_load = False  # secondary indexes dropped until the load is written
        self._part_reasons: dict[str, str] = {}  # files read in parts: the first skip reason

    # --- entry points -------------------------------------------------------------------

    def run(self, paths: Iterable[Path]) -> IngestReport:
        """Ingest files and folders. A missing path raises SourceError before anything is read."""
        with bulk_collection():
            return self._run_paths(paths)

    def run_articles(self, articles: Iterable[SourceArticle]) -> IngestReport:
        """Ingest articles from any source (a generator, a test), in this process."""
        with bulk_collection():
            return self._run(prepare_article(article) for article in articles)

    def _run_paths(self, paths: Iterable[Path]) -> IngestReport:
        from catalog.ingest.sources import find_files

        not_read: list[Path] = []
        files = list(find_files((Path(p) for p in paths), not_read))
        self.report.not_read = [str(path) for path in not_read]
        self.report.files_total = len(files)
        self.observer.files_listed(len(files))
        if self.workers > 1 and (len(files) > 1 or _large(files)):
            # A large input: into a small SQLite catalog, its indexes are built after the load.
            self._bulk_load = begin_bulk_load(self.engine)
            self._store = make_store(self.engine, bulk_load=self._bulk_load)
            parsers, readers = split_workers(self.workers)
            try:
                with (
                    self._worker_pool(readers) as reader_pool,
                    self._worker_pool(parsers, warm_parser) as parser_pool,
                ):
                    self._parsers, self._parser_count = parser_pool, parsers
                    return self._run(self._read_in_workers(files, reader_pool, readers))
            finally:
                self._parsers = None
                if self._bulk_load:  # stopped by an error: leave a catalog fit to browse
                    self.observer.indexing()
                    self._restore_indexes()
        return self._run(self._read_here(files))

    def _run(self, prepared: Iterable[PreparedArticle]) -> IngestReport:
        started = time.perf_counter()
        try:
            for article in prepared:
                self._add(article)
            self._drain()
            self._finish()
            self.observer.finished(self.report)
        finally:
            self.report.seconds += time.perf_counter() - started
        return self.report

    def _finish(self) -> None:
        """The end of a run: the use statistics it queued recounted, a bulk load's indexes
        rebuilt, its new captions' near-duplicates linked."""
        if not self._bulk_load:
            flush_use_counts(self.engine)
        else:
            self.observer.indexing()
            # The near-duplicate search (and on PostgreSQL the recount) reads through these;
            # the rest of the indexes are for browsing and reports.
            restore_indexes(self.engine, tail_first=True)
            # The recount before the indexes of the use statistics (two report indexes carry
            # them): its updates then write the table alone. On SQLite it reads every use in
            # one pass (most are of queued captions), before the index of uses by caption.
            flush_use_counts(self.engine, scan_uses=True)
            self._restore_indexes()
        if self.find_duplicates:
            self.observer.linking(self.report.captions_new)
            self.report.possible_duplicates += link_queued(self.engine, pool=self._parsers)

    def _restore_indexes(self) -> None:
        restore_indexes(self.engine)
        self._bulk_load = False

    # --- reading --------------------------------------------------------------------------

    def _read_here(self, files: Sequence[Path]) -> Iterator[PreparedArticle]:
        for path in files:
            self.observer.file_started(path)
            reasons: list[str] = []
            on_record = partial(self._record_skipped, path)
            for article in read_articles(path, self.fmt, reasons.append, None, on_record):
                yield prepare_article(article)
            self._file_done(path, reasons[0] if reasons else None)

    def _worker_pool(
        self, count: int, warm: Callable[[], None] | None = None
    ) -> ProcessPoolExecutor:
        # Imported here: a run in this process alone (a few small files) never loads them.
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        # "spawn": the main process runs a progress thread, and forking a threaded process
        # can leave a worker holding a copy of a lock nobody will release.
        return ProcessPoolExecutor(
            count,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=start_worker,
            initargs=(os.getpid(), warm, current_registry(), forced_encoding()),
        )

    def _read_in_workers(
        self, files: Sequence[Path], pool: ProcessPoolExecutor, readers: int
    ) -> Iterator[PreparedArticle]:
        # (bundle, its reader task, read by a parser process), or (bundle, None, False) for
        # one streamed here (_STREAM_BYTES)
        window: deque[tuple[_Bundle, Future[BundleResult] | None, bool]] = deque()
        in_flight = 0  # bytes of the bundles the readers have
        upcoming = iter(bundle_files(files, self.fmt))
        while True:
            # The readers run about a batch ahead of the writer (reading in step with it left
            # this process waiting on them for a third of a run), but no further: a slow writer
            # never makes them pile up the corpus in memory.
            while len(window) < 2 * readers or in_flight < _WINDOW_BYTES:
                bundle = next(upcoming, None)
                if bundle is None:
                    break
                if bundle.size >= _STREAM_BYTES:
                    window.append((bundle, None, False))
                    continue
                by_parser = self._parser_is_freer(window, readers)
                reader = self._parsers if by_parser and self._parsers is not None else pool
                submitted = reader.submit(read_files, bundle.pieces, self.fmt)
                window.append((bundle, submitted, by_parser))
                in_flight += bundle.size
            if not window:
                return
            bundle, task, _ = window.popleft()
            if task is None:
                # A worker returns a whole file at once: a large one is streamed here instead,
                # so that memory stays flat however large the file (the parsers still parse).
                yield from self._read_here(bundle.paths)
                continue
            in_flight -= bundle.size
            result = task.result()
            # The bundle's articles may run on into the next batch: its texts stay at hand.
            self._bundle_texts = result.texts
            for key, text in result.texts.items():
                self._texts.setdefault(key, text)
            parts = {piece[0]: piece[1] for piece in bundle.pieces if not isinstance(piece, str)}
            for read in result.files:
                path = Path(read.path)
                self.observer.file_started(path)
                for row, uses, found in read.articles:
                    yield PreparedArticle(row, uses, (), found)
                for record in read.records:
                    self._record_skipped(path, record)
                part = parts.get(read.path)
                if part is not None:
                    # One large file is the whole run: its progress is by bytes, not files.
                    self.observer.part_read(path, part[1], self._file_size(path))
                # A file read in parts is done with its last part, skipped if any part was.
                reason = self._part_reasons.pop(read.path, None) or read.skipped
                if read.last:
                    self._file_done(path, reason)
                elif reason:
                    self._part_reasons[read.path] = reason
            self._bundle_texts = {}

    def _parser_is_freer(
        self, window: deque[tuple[_Bundle, Future[BundleResult] | None, bool]], readers: int
    ) -> bool:
        """Whether the next bundle goes to a parser process rather than a reader."""
        if self._parsers is None:
            return False
        by_readers = by_parsers = 0
        for _, task, by_parser in window:
            if task is not None and not task.done():
                if by_parser:
                    by_parsers += 1
                else:
                    by_readers += 1
        for job in self._jobs:
            by_parsers += sum(1 for future in job.futures if not future.done())
        return parsers_take_next(by_readers, by_parsers, readers, self._parser_count)

    def _file_size(self, path: Path) -> int:
        size = self._sizes.get(path)
        if size is None:
            try:
                size = path.stat().st_size
            except OSError:
                size = 0
            self._sizes[path] = size
        return size

    def _record_skipped(self, path: Path, record: SkippedRecord) -> None:
        counts = self.report.records_skipped
        counts[record.reason] = counts.get(record.reason, 0) + 1
        if record.reason == "unreadable record":  # the others are an archive's normal content
            self.observer.record_skipped(path, record.reason, record.offset)

    def _file_done(self, path: Path, skipped: str | None) -> None:
        if skipped is None:
            self.report.files_read += 1
            self.observer.file_finished(path)
        else:
            self.report.skipped.append(SkippedFile(str(path), skipped))
            self.observer.file_skipped(path, skipped)

    # --- batching -------------------------------------------------------------------------

    def _add(self, article: PreparedArticle) -> None:
        self.report.captions_found += article.found
        for text in article.texts:
            self._texts.setdefault(text.key, text_fields(text))
        self._pending.append(ArticleIn(article.row, article.uses))
        self._pending_uses += len(article.uses) + 1
        self.report.articles += 1
        if self.report.articles % _TICK == 0:
            self.observer.captions_read(self.report)
            self._write_ready()
        if self._pending_uses >= self.batch_size:
            self._flush()

    def _parse_job(self, plan: BatchPlan) -> _Job:
        texts = [self._texts[key] for key in plan.missing]
        if self._parsers is None:
            rows, errors = caption_rows(texts)
            self.report.parse_errors += errors
            return _Job(plan, rows=rows)
        # A few chunks per parser, so that rows come back while the rest is parsed.
        size = max(1, -(-len(texts) // (2 * self._parser_count)))
        chunks = [texts[i : i + size] for i in range(0, len(texts), size)]
        return _Job(plan, futures=[self._parsers.submit(caption_rows, chunk) for chunk in chunks])

    def _flush(self) -> None:
        """Plan the pending batch and start parsing its new captions; write what is ready."""
        if self._pending:
            plan = plan_batch(self.engine, self._store, self._pending, self._ids, self._in_flight)
            self._jobs.append(self._parse_job(plan))
            self._in_flight.update(plan.missing)
            self._pending = []
            self._pending_uses = 0
            # The rest of the current bundle's articles come in the next batch.
            self._texts = dict(self._bundle_texts)
        # Workers parse the next batch while this process writes the previous one.
        while len(self._jobs) > _JOBS_IN_FLIGHT:
            self._write_next()
        self._write_ready()

    def _write_ready(self) -> None:
        while self._jobs and self._jobs[0].ready():
            self._write_next()

    def _drain(self) -> None:
        self._flush()
        while self._jobs:
            self._write_next()

    def _write_next(self) -> None:
        job = self._jobs.popleft()
        rows = job.rows
        for future in job.futures:
            chunk_rows, errors = future.result()
            rows.extend(chunk_rows)
            self.report.parse_errors += errors
        counts = write_batch(self.engine, self._store, job.plan, rows, self._ids)
        self._in_flight.difference_update(job.plan.missing)
        self.report.add(counts)
        self.observer.batch_written(self.report)


@dataclass
class _Job:
    """A planned batch whose new captions are being parsed (in workers, or done here)."""

    plan: BatchPlan
    rows: list[tuple[Any, ...]] = field(default_factory=list)
    futures: list[Future[tuple[list[tuple[Any, ...]], int]]] = field(default_factory=list)

    def ready(self) -> bool:
        return all(future.done() for future in self.futures)


@dataclass
class _Bundle:
    paths: list[Path] = field(default_factory=list)
    pieces: list[Piece] = field(default_factory=list)  # what the reader task reads
    size: int = 0  # bytes


def bundle_files(files: Iterable[Path], fmt: str | None = None) -> Iterator[_Bundle]:
    """Files grouped for reader tasks: small files together, up to _BUNDLE_BYTES or
    _BUNDLE_FILES; a JSON lines, CSV or web archive file larger than that cut into parts of
    about that size (``sources.file_parts``), one task each (a worker returns its task's articles at once: a whole large file would sit in
    its memory, and in this process's, twice over); any other larger file alone."""
    from catalog.ingest.sources import file_parts

    bundle = _Bundle()
    for path in files:
        size = 0
        with suppress(OSError):  # its reader reports why
            size = path.stat().st_size
        parts = file_parts(path, fmt, _BUNDLE_BYTES) if size > _BUNDLE_BYTES else None
        if parts:
            if bundle.paths:
                yield bundle
                bundle = _Bundle()
            for number, part in enumerate(parts, start=1):
                piece = (str(path), part, number == len(parts))
                yield _Bundle([path], [piece], part[1] - part[0])
            continue
        bundle.size += size
        bundle.paths.append(path)
        bundle.pieces.append(str(path))
        if bundle.size >= _BUNDLE_BYTES or len(bundle.paths) >= _BUNDLE_FILES:
            yield bundle
            bundle = _Bundle()
    if bundle.paths:
        yield bundle


def _large(files: Sequence[Path]) -> bool:
    """One file worth sharing among workers: a JSON lines, CSV or web archive file of several
    parts is read by all the readers, and its captions parsed by the parser workers."""
    try:
        return bool(files) and files[0].stat().st_size > _BUNDLE_BYTES
    except OSError:
        return False


def default_workers(paths: Sequence[Path]) -> int:
    """Worker processes worth starting: none for a handful of small files (start-up costs
    about a second), one per core for a real corpus."""
    total = 0
    for path in paths:
        if path.is_file():
            total += path.stat().st_size
        elif path.is_dir():
            for child in path.rglob("*"):
                if child.is_file():
                    total += child.stat().st_size
                if total > _PARALLEL_BYTES:
                    break
        if total > _PARALLEL_BYTES:
            return max(1, min(os.cpu_count() or 1, 8))
    return 1


def parsers_take_next(by_readers: int, by_parsers: int, readers: int, parsers: int) -> bool:
    """Whether the parser processes read the next bundle, given the unfinished tasks of each
    side (reads, and parse chunks for the parsers).

    A corpus of reused wire captions has few new captions: the parsers would idle while the
    one reader set the pace of the run (a 1M-use load took a fifth longer). So each bundle
    goes to the side with fewer unfinished tasks per process, the readers on a tie (a parser's
    parse chunks are what the writer waits for). Any process reads a bundle alike, and the
    results are taken back in order, so the catalog is the same.
    """
    return by_parsers * readers < by_readers * parsers


def split_workers(workers: int) -> tuple[int, int]:
    """(parser processes, reader processes) for ``workers`` worker processes (at least 2).

    Each parser holds the parser's place index, so they are half the workers at most; on two
    cores one of each. The parsers read as well when the readers have more to do
    (``parsers_take_next``), so both stay busy whatever the share of new captions.
    """
    parsers = max(1, workers // 2)
    return parsers, max(1, workers - parsers)


def ingest_paths(
    engine: DriverEngine,
    paths: Iterable[Path],
    *,
    fmt: str | None = None,
    observer: IngestObserver | None = None,
    batch_size: int = DEFAULT_BATCH,
    workers: int = 1,
) -> IngestReport:
    """Ingest files and folders into the catalog behind ``engine``."""
    run = Ingest(engine, fmt=fmt, observer=observer, batch_size=batch_size, workers=workers)
    return run.run(paths)
