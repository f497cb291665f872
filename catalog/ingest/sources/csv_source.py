"""CSV (and TSV) files of captions: a caption column found by its header, optional article
columns; consecutive rows of one article (same id, URL or title) make one article."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from itertools import groupby
from pathlib import Path
from typing import TextIO

from catalog.errors import SourceError
from catalog.folding import clean
from catalog.ingest.model import SourceArticle

from .collect import CaptionCollector
from .dates import iso_date, parse_date
from .decoding import bom_encoding, forced_encoding, is_binary

# Header names (lower case, non-letters as "_"), best first.
CAPTION_HEADERS = (
    "caption",
    "cutline",
    "caption_abstract",
    "photo_caption",
    "image_caption",
    "caption_text",
    "captions",
    "description",
    "image_description",
    "photo_description",
    "alt_text",
    "alt",
)
ARTICLE_HEADERS = {
    "id": ("id", "article_id", "story_id"),
    "url": ("url", "article_url", "link", "page_url", "source_url"),
    "title": ("title", "headline", "article_title"),
    "byline": ("byline", "author", "authors", "article_author"),
    "published": (
        "published",
        "date",
        "published_at",
        "publication_date",
        "pub_date",
        "publish_date",
        "article_date",
    ),
}
EMBEDDED_HEADERS = {
    "credit": ("credit", "photo_credit", "image_credit", "credit_line"),
    "photographer": ("photographer", "by_line", "creator", "artist"),
    "agency": ("agency", "source", "photo_agency"),
    "date": ("photo_date", "date_created", "datecreated", "taken"),
    "city": ("city",),
    "country": ("country",),
    "location": ("location", "place"),
}
_SNIFF = 65536


def _header_key(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", name.strip().lower()).strip("_")


def _column(headers: dict[str, int], names: tuple[str, ...]) -> int | None:
    return next((headers[n] for n in names if n in headers), None)


def _dialect(sample: str, path: Path) -> type[csv.Dialect] | csv.Dialect:
    if path.suffix.lower() == ".tsv":
        return csv.excel_tab
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        return csv.excel


def read_csv(path: Path) -> Iterator[SourceArticle]:
    """Rows are streamed: a large export is never held in memory at once."""
    try:
        with path.open("rb") as raw:
            head = raw.read(_SNIFF)
    except OSError as exc:
        raise SourceError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    if not head.strip():
        raise SourceError(f"{path}: empty file")
    forced = forced_encoding()
    if is_binary(head) and forced is None:
        raise SourceError(f"{path}: binary file, not CSV")
    encoding = forced or bom_encoding(head) or "utf-8-sig"
    try:
        with path.open(encoding=encoding, newline="") as handle:
            yield from _read_rows(handle, path)
    except UnicodeDecodeError as exc:
        raise SourceError(
            f"{path}: cannot decode as {encoding.removesuffix('-sig')} ({exc.reason}); "
            + ("check --encoding" if forced else "save it as UTF-8, or give --encoding")
        ) from exc


def _read_rows(handle: TextIO, path: Path) -> Iterator[SourceArticle]:
    sample = handle.read(_SNIFF)
    handle.seek(0)
    rows = csv.reader(handle, _dialect(sample, path))
    try:
        header = next(rows)
    except (StopIteration, csv.Error) as exc:
        raise SourceError(f"{path}: no CSV header row") from exc
    headers: dict[str, int] = {}
    for index, name in enumerate(header):
        headers.setdefault(_header_key(name), index)
    caption_at = _column(headers, CAPTION_HEADERS)
    if caption_at is None:
        raise SourceError(
            f"{path}: no caption column (a header named {', '.join(CAPTION_HEADERS[:3])} "
            f"or description); found: {', '.join(h for h in header if h) or 'nothing'}"
        )
    article_at = {k: _column(headers, names) for k, names in ARTICLE_HEADERS.items()}
    embedded_at = {k: _column(headers, names) for k, names in EMBEDDED_HEADERS.items()}
    # Without article columns every row stands alone: each row is one use of its caption.
    keyed = any(article_at[k] is not None for k in ("id", "url", "title"))

    def cell(row: list[str], index: int | None) -> str:
        return clean(row[index]) if index is not None and index < len(row) else ""

    def numbered() -> Iterator[tuple[int, list[str]]]:
        try:
            for number, row in enumerate(rows, start=2):
                if any(c.strip() for c in row):
                    yield number, row
        except csv.Error as exc:
            raise SourceError(f"{path}: malformed CSV at line {rows.line_num}: {exc}") from exc

    def article_key(item: tuple[int, list[str]]) -> tuple[str, ...] | int:
        number, row = item
        if not keyed:
            return number
        return tuple(cell(row, article_at[k]) for k in ("id", "url", "title"))

    count = 0
    for _key, group in groupby(numbered(), key=article_key):
        items = list(group)
        first_number, first = items[0]
        collector = CaptionCollector()
        for _number, row in items:
            embedded = {k: cell(row, i) for k, i in embedded_at.items() if cell(row, i)}
            if "date" in embedded:
                embedded["date"] = iso_date(embedded["date"]) or embedded["date"]
            collector.add(cell(row, caption_at), embedded)
        url = cell(first, article_at["url"]) or None
        ident = cell(first, article_at["id"])
        count += 1
        yield SourceArticle(
            source=url or (f"{path}#{ident}" if ident else f"{path}:{first_number}"),
            format="csv",
            captions=collector.captions(),
            title=cell(first, article_at["title"]) or None,
            byline=cell(first, article_at["byline"]) or None,
            published=parse_date(cell(first, article_at["published"])),
            url=url,
            path=str(path),
            content="\n".join(dialect_join(row) for _n, row in items),
        )
    if count == 0:
        raise SourceError(f"{path}: header only, no rows")


def dialect_join(row: list[str]) -> str:
    """A row as one line of content (hashed to identify the article)."""
    return "\x1f".join(row)
