"""The CPU-heavy steps of ingest as plain functions over picklable data, so that they can run
in the main process or in worker processes alike.

- ``prepare_article``: an article from a reader -> its ``article`` row, its uses by caption key,
  and the text (with embedded fields and the article date) of each caption, to parse if new.
- ``read_files``: a reader worker's task: a bundle of files' articles, prepared, in a compact
  form (each caption's text is sent once per bundle, however many articles print it).
- ``caption_rows``: a parser worker's task: parse captions and build their ``caption`` rows.

Only ``caption_rows`` needs the parser and the database columns, so they are imported there:
a reader worker (or the main process, when workers parse) never loads the parser's place data.
"""

from __future__ import annotations

import os
import re
import threading
import time
from collections.abc import Callable, Container, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from catalog.dedupe import caption_key
from catalog.errors import SourceError
from catalog.ingest.model import SkippedRecord, SourceArticle

if TYPE_CHECKING:
    from catalog.parsing.registry import Registry

# Raw caption text -> key, for wire captions printed in many articles (NFKC + SHA-1 skipped,
# 3-8 µs a caption). The least recently used text goes first: wire captions recur at every
# distance, and emptying a full dict (as before) kept 20% of the keys of the seed-shaped
# corpus at hand, least-recently-used 30-34% (100,000 and 1,000,000 uses). 20,000 texts hold
# the hot wire captions; 100,000 held ~13 MB more of a reader worker.
key_of = lru_cache(maxsize=20_000)(caption_key)


class CaptionText(NamedTuple):
    """What a new caption is parsed from: its first occurrence."""

    key: str
    text: str
    embedded: Mapping[str, str]
    article_date: date | None
    # Where the text reader found the caption's credit (``credit_handoff.found_at``), for the
    # parser not to look again; None when it did not read the caption as one line.
    credit_at: tuple[int, ...] | None = None


# A CaptionText's fields as a plain tuple, as they cross between processes: a reader task
# returns thousands, and unpickling a named tuple runs its Python ``__new__`` for each (a
# bundle's texts took 6.6 ms to pickle and read back, as plain tuples 2.0 ms).
TextFields = tuple[str, str, Mapping[str, str], date | None, tuple[int, ...] | None]


def text_fields(text: CaptionText) -> TextFields:
    return (text.key, text.text, text.embedded, text.article_date, text.credit_at)


@dataclass(frozen=True, slots=True)
class PreparedArticle:
    row: tuple[Any, ...]  # db.bulk.ARTICLE_COLUMNS
    uses: list[tuple[str, int]]  # (caption key, position)
    texts: Sequence[CaptionText]  # one per distinct key (none for keys sent before)
    found: int  # captions the reader found, copies in one article included


def prepare_article(article: SourceArticle, sent: Container[str] | None = None) -> PreparedArticle:
    """``sent``: texts already given for some keys (earlier in the same file); those are
    not repeated."""
    uses: list[tuple[str, int]] = []
    texts: list[CaptionText] = []
    seen: set[str] = set()
    published = article.published
    found_at = _credit_handoff()
    for found in article.captions:
        key = key_of(found.text)
        # A caption printed twice in one article is one use of one photo.
        if key in seen:
            continue
        seen.add(key)
        uses.append((key, found.position))
        if sent is None or key not in sent:
            embedded = dict(found.embedded) if found.embedded else {}
            texts.append(CaptionText(key, found.text, embedded, published, found_at(found.text)))
    row = (
        *article.identity_and_fingerprint(),
        article.source,
        article.format,
        article.title,
        article.byline,
        article.published,
        article.url,
        article.path,
        article.crawled,
    )
    return PreparedArticle(row, uses, texts, len(article.captions))


@cache
def _credit_handoff() -> Callable[[str], tuple[int, ...] | None]:
    """Where the text reader found a caption's credit, to hand to the parser (imported on
    first use, once: a reader of other formats may never load the parser)."""
    from catalog.parsing.credit_handoff import found_at

    return found_at


@dataclass(frozen=True, slots=True)
class FileResult:
    """A file (or a part of one) read by a worker: its articles as (row, uses, found) tuples,
    or why the file was skipped."""

    path: str
    articles: list[tuple[tuple[Any, ...], list[tuple[str, int]], int]]
    skipped: str | None = None
    last: bool = True  # the file's last part (or the whole file)
    records: list[SkippedRecord] = field(default_factory=list)  # a web archive's non-pages


# What a reader task reads: a whole file, or (path, part, is it the file's last part).
Piece = str | tuple[str, tuple[int, int, int], bool]


@dataclass(frozen=True, slots=True)
class BundleResult:
    """Files read by one worker task, and the text of each caption key at its first
    occurrence in the bundle (a wire caption printed in many of its articles is sent once)."""

    files: list[FileResult]
    texts: dict[str, TextFields] = field(default_factory=dict)


def read_articles(
    path: Path,
    fmt: str | None,
    on_skip: Callable[[str], None],
    part: tuple[int, int, int] | None = None,
    on_record: Callable[[SkippedRecord], None] | None = None,
) -> Iterator[SourceArticle]:
    """The articles of one file (or of one ``part`` of a large file); a file the reader
    cannot read is reported through ``on_skip``, a web archive's record that holds no article
    through ``on_record``.

    Only the reader is guarded: an error of the caller (the database) must stop the run, not
    be reported as a bad file. Articles read before a failure are kept.
    """
    from catalog.ingest.sources import read_part, read_path

    try:
        articles = (
            read_path(path, fmt, on_record)
            if part is None
            else read_part(path, part, fmt, on_record)
        )
        while True:
            try:
                article = next(articles)
            except StopIteration:
                return
            yield article
    except SourceError as exc:
        on_skip(exc.message.removeprefix(f"{path}: "))
    except (OSError, ValueError, LookupError, RecursionError) as exc:
        # A reader tripping over input it did not expect is still one bad file: report it
        # and go on with the rest of the batch.
        on_skip(unexpected_reason(exc))


# A Python object's repr inside a library's message ("<_io.BytesIO object at 0x7f...>").
_REPR = re.compile(r"<[^<>]{1,200}? at 0x[0-9a-fA-F]+>")


def unexpected_reason(exc: BaseException) -> str:
    """Words for an error a reader did not foresee: no class names, no object reprs."""
    if isinstance(exc, OSError):
        return f"cannot read: {exc.strerror or 'input/output error'}"
    if isinstance(exc, RecursionError):
        return "nested too deeply to read"
    if isinstance(exc, UnicodeError):
        return "text in an encoding it does not declare (try --encoding)"
    if isinstance(exc, LookupError):
        return "declares a text encoding Python does not know (try --encoding)"
    text = _REPR.sub("the file", str(exc)).strip()
    return f"cannot read it: {text}" if text else "cannot read it"


def read_files(pieces: Sequence[Piece], fmt: str | None) -> BundleResult:
    """Reader worker task: read and prepare a bundle of whole files or parts of large ones.

    Several small files per task: a seed-shaped text file holds one article, and a round
    trip to the worker per file left the ingest process waiting on it for a third of a run.
    Plain tuples, and each caption text once per bundle: wire captions recur in most articles,
    and pickling them again for every use cost as much as reading them.
    """
    texts: dict[str, TextFields] = {}
    files = []
    for piece in pieces:
        path, part, last = (piece, None, True) if isinstance(piece, str) else piece
        reasons: list[str] = []
        records: list[SkippedRecord] = []
        articles = []
        for article in read_articles(Path(path), fmt, reasons.append, part, records.append):
            prepared = prepare_article(article, texts)
            for text in prepared.texts:
                texts[text.key] = text_fields(text)
            articles.append((prepared.row, prepared.uses, prepared.found))
        files.append(FileResult(path, articles, reasons[0] if reasons else None, last, records))
    return BundleResult(files, texts)


def start_worker(
    parent: int,
    warm: Callable[[], None] | None,
    registry: Registry,
    encoding: str | None = None,
) -> None:
    """Worker initializer. It lives here, not in the pipeline, so that a reader worker
    imports neither SQLAlchemy nor the parser's place index (about 35 MB of its memory).

    ``registry`` is the one the ingest process uses (the user's agencies included): a spawned
    worker starts with none installed, and must find exactly the credits the parent finds.
    """
    from catalog.ingest.collector import tune_for_bulk_work
    from catalog.ingest.sources.decoding import use_encoding
    from catalog.parsing.registry import use_registry
    from catalog.parsing.start_cache import use_cache_folder
    from catalog.settings import cache_dir_path

    use_registry(registry)
    use_cache_folder(cache_dir_path())  # the parser's patterns as the ingest process keeps them
    use_encoding(encoding)  # the user's --encoding, for this worker's readers too
    watch_parent(parent)
    if warm is not None:
        warm()
    tune_for_bulk_work()


def watch_parent(parent: int) -> None:
    """Worker initializer: exit when the ingest process is gone (killed, not shut down).

    Spawned workers each hold both ends of the task pipe, so they never see it close.
    """

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="watch-parent", daemon=True).start()


def caption_rows(texts: Sequence[TextFields]) -> tuple[list[tuple[Any, ...]], int]:
    """``caption`` rows for new captions, and how many the parser failed on.

    A parser bug on one odd caption must not lose the batch: that caption is stored unparsed
    (its text is kept, so ``catalog reparse`` can fill it in later).
    """
    from catalog.db.fields import caption_row, parsed_caption_values
    from catalog.db.rows import caption_values
    from catalog.parsing import parse_caption
    from catalog.parsing.model import ParsedCaption

    rows = []
    errors = 0
    for key, text, embedded, article_date, credit_at in texts:
        try:
            parsed = parse_caption(text, article_date, credit_at=credit_at)
        except Exception:
            errors += 1
            parsed = ParsedCaption(caption=" ".join(text.split()))
        if not embedded:
            rows.append(parsed_caption_values(parsed, key))
            continue
        row = caption_row(parsed, embedded)
        row["key"] = key
        rows.append(caption_values(row))
    return rows, errors


def warm_parser() -> None:
    """Parser worker initializer: build the parser's place index before the first batch."""
    from catalog.parsing import parse_caption

    parse_caption("Residents gather in Tehran, Iran, on Jan. 8, 2020. (Jane Doe/Reuters)")
