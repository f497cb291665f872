"""The ingest pipeline: files -> readers -> keys -> parser (new captions only) -> batched writes.

It streams: articles are read one at a time and written in batches of whole articles, so
memory stays flat however large the input. Each distinct caption is parsed once, when the
catalog does not hold its key yet. A file that cannot be read is reported and skipped; the
rest goes in. Near-duplicates are searched once at the end of the run (see db.duplicates).
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from catalog.db.bulk import ArticleIn, BatchCounts, KeyCache, make_store, write_batch
from catalog.db.duplicates import link_queued
from catalog.db.fields import caption_row
from catalog.dedupe import caption_key
from catalog.errors import SourceError
from catalog.ingest.model import FoundCaption, SourceArticle
from catalog.parsing.model import ParsedCaption

# Captions per transaction: large enough to amortise the per-batch work, small enough that
# an interrupted run loses little and concurrent writers wait briefly.
DEFAULT_BATCH = 20_000
# Raw caption text -> key, for wire captions printed in many articles (NFKC + SHA-1 skipped).
_TEXT_CACHE_LIMIT = 100_000
# Report reading progress at least this often (articles), even inside one huge file.
_TICK = 500


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
    articles: int = 0  # read from the files
    articles_new: int = 0
    articles_known: int = 0  # already in the catalog (re-ingest): nothing added
    captions_found: int = 0  # captions in the articles read
    captions_new: int = 0  # distinct captions the catalog did not hold
    uses_new: int = 0
    possible_duplicates: int = 0
    parse_errors: int = 0
    seconds: float = 0.0

    @property
    def duplicates_folded(self) -> int:
        """Captions found that are a caption already found or stored (by normalised key)."""
        return self.captions_found - self.captions_new

    def add(self, counts: BatchCounts) -> None:
        self.articles_new += counts.articles_new
        self.articles_known += counts.articles_known
        self.captions_new += counts.captions_new
        self.uses_new += counts.uses_new

    def as_dict(self) -> dict[str, Any]:
        return {
            "files_read": self.files_read,
            "files_skipped": [{"path": s.path, "reason": s.reason} for s in self.skipped],
            "articles": self.articles,
            "articles_new": self.articles_new,
            "articles_known": self.articles_known,
            "captions_found": self.captions_found,
            "captions_new": self.captions_new,
            "duplicates_folded": self.duplicates_folded,
            "possible_duplicates": self.possible_duplicates,
            "uses": self.uses_new,
            "parse_errors": self.parse_errors,
            "seconds": round(self.seconds, 3),
        }


class IngestObserver:
    """Progress callbacks; the CLI draws a progress bar from them. All no-ops here."""

    def files_listed(self, total: int) -> None: ...
    def file_started(self, path: Path) -> None: ...
    def file_finished(self, path: Path) -> None: ...
    def file_skipped(self, path: Path, reason: str) -> None: ...
    def captions_read(self, report: IngestReport) -> None: ...
    def batch_written(self, report: IngestReport) -> None: ...
    def linking(self, queued: int) -> None: ...
    def finished(self, report: IngestReport) -> None: ...


def _parse(text: str, article_date: date | None) -> ParsedCaption:
    from catalog.parsing import parse_caption

    return parse_caption(text, article_date)


class Ingest:
    """One ingest run into one catalog. ``report`` is live while ``run`` works."""

    def __init__(
        self,
        engine: Engine,
        *,
        fmt: str | None = None,
        observer: IngestObserver | None = None,
        batch_size: int = DEFAULT_BATCH,
        find_duplicates: bool = True,
    ) -> None:
        self.engine = engine
        self.fmt = fmt
        self.observer = observer or IngestObserver()
        self.batch_size = max(1, batch_size)
        self.find_duplicates = find_duplicates
        self.report = IngestReport()
        self._store = make_store(engine)
        self._ids = KeyCache()
        self._keys: dict[str, str] = {}
        self._pending: list[ArticleIn] = []
        self._pending_uses = 0
        # First occurrence in the pending batch of each key: what a new caption is parsed from.
        self._first: dict[str, tuple[FoundCaption, date | None]] = {}

    # --- entry points -------------------------------------------------------------------

    def run(self, paths: Iterable[Path]) -> IngestReport:
        """Ingest files and folders. A missing path raises SourceError before anything is read."""
        from catalog.ingest.sources import find_files

        files = list(find_files(Path(p) for p in paths))
        self.report.files_total = len(files)
        self.observer.files_listed(len(files))
        return self.run_articles(self._read_files(files))

    def run_articles(self, articles: Iterable[SourceArticle]) -> IngestReport:
        """Ingest articles from any source (the readers, a benchmark generator, a test)."""
        started = time.perf_counter()
        try:
            for article in articles:
                self._add(article)
            self._flush()
            if self.find_duplicates:
                self.observer.linking(self.report.captions_new)
                self.report.possible_duplicates += link_queued(self.engine)
            self.observer.finished(self.report)
        finally:
            self.report.seconds += time.perf_counter() - started
        return self.report

    # --- reading --------------------------------------------------------------------------

    def _read_files(self, files: Sequence[Path]) -> Iterator[SourceArticle]:
        from catalog.ingest.sources import read_path

        for path in files:
            self.observer.file_started(path)
            try:
                articles = read_path(path, self.fmt)
                # Only the reader is guarded: a database error must stop the run, not be
                # reported as a bad file.
                while True:
                    try:
                        article = next(articles)
                    except StopIteration:
                        break
                    yield article
            except SourceError as exc:
                self._skip(path, exc.message)
                continue
            except (OSError, ValueError, LookupError, RecursionError) as exc:
                # A reader tripping over input it did not expect is still one bad file:
                # report it and go on with the rest of the batch.
                self._skip(path, f"{type(exc).__name__}: {exc}")
                continue
            self.report.files_read += 1
            self.observer.file_finished(path)

    def _skip(self, path: Path, reason: str) -> None:
        reason = reason.removeprefix(f"{path}: ")  # readers name the file; the report does too
        self.report.skipped.append(SkippedFile(str(path), reason))
        self.observer.file_skipped(path, reason)

    # --- batching -------------------------------------------------------------------------

    def _key(self, text: str) -> str:
        key = self._keys.get(text)
        if key is None:
            key = caption_key(text)
            if len(self._keys) >= _TEXT_CACHE_LIMIT:
                self._keys.clear()
            self._keys[text] = key
        return key

    def _add(self, article: SourceArticle) -> None:
        uses: list[tuple[str, int]] = []
        seen: set[str] = set()
        for found in article.captions:
            key = self._key(found.text)
            self.report.captions_found += 1
            # A caption printed twice in one article is one use of one photo.
            if key in seen:
                continue
            seen.add(key)
            uses.append((key, found.position))
            if key not in self._first:
                self._first[key] = (found, article.published)
        row = (
            article.content_hash,
            article.source,
            article.format,
            article.title,
            article.byline,
            article.published,
            article.url,
            article.path,
        )
        self._pending.append(ArticleIn(row, uses))
        self._pending_uses += len(uses) + 1
        self.report.articles += 1
        if self.report.articles % _TICK == 0:
            self.observer.captions_read(self.report)
        if self._pending_uses >= self.batch_size:
            self._flush()

    def _rows(self, keys: Sequence[str]) -> list[dict[str, Any]]:
        rows = []
        for key in keys:
            found, published = self._first[key]
            try:
                parsed = _parse(found.text, published)
            except Exception:
                # A parser bug on one odd caption must not lose the batch: store the caption
                # unparsed (its text is kept, so `catalog reparse` can fill it in later).
                self.report.parse_errors += 1
                parsed = ParsedCaption(caption=" ".join(found.text.split()))
            row = caption_row(parsed, found.embedded)
            row["key"] = key
            rows.append(row)
        return rows

    def _flush(self) -> None:
        if not self._pending:
            return
        counts = write_batch(self.engine, self._store, self._pending, self._rows, self._ids)
        self.report.add(counts)
        self._pending = []
        self._pending_uses = 0
        self._first = {}
        self.observer.batch_written(self.report)


def ingest_paths(
    engine: Engine,
    paths: Iterable[Path],
    *,
    fmt: str | None = None,
    observer: IngestObserver | None = None,
    batch_size: int = DEFAULT_BATCH,
) -> IngestReport:
    """Ingest files and folders into the catalog behind ``engine``."""
    return Ingest(engine, fmt=fmt, observer=observer, batch_size=batch_size).run(paths)
