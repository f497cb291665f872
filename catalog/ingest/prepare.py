"""The CPU-heavy steps of ingest as plain functions over picklable data, so that they can run
in the main process or in worker processes alike.

- ``prepare_article``: an article from a reader -> its ``article`` row, its uses by caption key,
  and the text (with embedded fields and the article date) of each caption, to parse if new.
- ``caption_rows``: parse captions and build their ``caption`` rows (db.bulk tuples).
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from catalog.db.bulk import caption_values
from catalog.db.fields import caption_row
from catalog.dedupe import caption_key
from catalog.errors import SourceError
from catalog.ingest.model import SourceArticle
from catalog.parsing.model import ParsedCaption

# Raw caption text -> key, for wire captions printed in many articles (NFKC + SHA-1 skipped).
_TEXT_CACHE_LIMIT = 100_000
_keys: dict[str, str] = {}


def key_of(text: str) -> str:
    key = _keys.get(text)
    if key is None:
        key = caption_key(text)
        if len(_keys) >= _TEXT_CACHE_LIMIT:
            _keys.clear()
        _keys[text] = key
    return key


@dataclass(frozen=True, slots=True)
class CaptionText:
    """What a new caption is parsed from: its first occurrence."""

    key: str
    text: str
    embedded: Mapping[str, str]
    article_date: date | None


@dataclass(frozen=True, slots=True)
class PreparedArticle:
    row: tuple[Any, ...]  # db.bulk.ARTICLE_COLUMNS
    uses: list[tuple[str, int]]  # (caption key, position)
    texts: list[CaptionText]  # one per distinct key
    found: int  # captions the reader found, copies in one article included


def prepare_article(article: SourceArticle) -> PreparedArticle:
    uses: list[tuple[str, int]] = []
    texts: list[CaptionText] = []
    seen: set[str] = set()
    for found in article.captions:
        key = key_of(found.text)
        # A caption printed twice in one article is one use of one photo.
        if key in seen:
            continue
        seen.add(key)
        uses.append((key, found.position))
        texts.append(CaptionText(key, found.text, dict(found.embedded), article.published))
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
    return PreparedArticle(row, uses, texts, len(article.captions))


@dataclass(frozen=True, slots=True)
class FileResult:
    """A file read by a worker: its prepared articles, or why it was skipped."""

    path: str
    articles: list[PreparedArticle]
    skipped: str | None = None


def read_articles(
    path: Path, fmt: str | None, on_skip: Callable[[str], None]
) -> Iterator[SourceArticle]:
    """The articles of one file; a file the reader cannot read is reported through ``on_skip``.

    Only the reader is guarded: an error of the caller (the database) must stop the run, not
    be reported as a bad file. Articles read before a failure are kept.
    """
    from catalog.ingest.sources import read_path

    try:
        articles = read_path(path, fmt)
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
        on_skip(f"{type(exc).__name__}: {exc}")


def read_file(path: str, fmt: str | None) -> FileResult:
    """Worker task: read and prepare one whole file."""
    reasons: list[str] = []
    articles = [prepare_article(a) for a in read_articles(Path(path), fmt, reasons.append)]
    return FileResult(path, articles, reasons[0] if reasons else None)


def watch_parent(parent: int) -> None:
    """Worker initializer: exit when the ingest process is gone (killed, not shut down).

    Spawned workers each hold both ends of the task pipe, so they never see it close.
    """

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="watch-parent", daemon=True).start()


def parse(text: str, article_date: date | None) -> ParsedCaption:
    from catalog.parsing import parse_caption

    return parse_caption(text, article_date)


def caption_rows(texts: Sequence[CaptionText]) -> tuple[list[tuple[Any, ...]], int]:
    """``caption`` rows for new captions, and how many the parser failed on.

    A parser bug on one odd caption must not lose the batch: that caption is stored unparsed
    (its text is kept, so ``catalog reparse`` can fill it in later).
    """
    rows = []
    errors = 0
    for item in texts:
        try:
            parsed = parse(item.text, item.article_date)
        except Exception:
            errors += 1
            parsed = ParsedCaption(caption=" ".join(item.text.split()))
        row = caption_row(parsed, item.embedded)
        row["key"] = item.key
        rows.append(caption_values(row))
    return rows, errors
