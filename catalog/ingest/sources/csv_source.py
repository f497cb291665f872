"""CSV (and TSV) files of captions: a caption column found by its header, optional article
columns; consecutive rows of one article (same id, URL or title) make one article."""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Generator, Iterator
from contextlib import contextmanager
from functools import lru_cache
from itertools import groupby
from pathlib import Path
from typing import NamedTuple, TextIO

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


def _encoding(path: Path) -> str:
    """How the file is decoded: --encoding, else its byte-order mark, else UTF-8."""
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
    return forced or bom_encoding(head) or "utf-8-sig"


@contextmanager
def _decoding(path: Path, encoding: str) -> Iterator[None]:
    """OSError and UnicodeDecodeError inside as SourceError, in words."""
    try:
        yield
    except OSError as exc:
        raise SourceError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise SourceError(
            f"{path}: cannot decode as {encoding.removesuffix('-sig')} ({exc.reason}); "
            + ("check --encoding" if forced_encoding() else "save it as UTF-8, or give --encoding")
        ) from exc


class _Layout(NamedTuple):
    """Where the columns are, from the header row; each part of a large file reads it."""

    dialect: type[csv.Dialect] | csv.Dialect
    caption_at: int
    article_at: dict[str, int | None]
    embedded_at: dict[str, int | None]
    # Without article columns every row stands alone: each row is one use of its caption.
    keyed: bool

    def cell(self, row: list[str], index: int | None) -> str:
        return clean(row[index]) if index is not None and index < len(row) else ""

    def article_key(self, number: int, row: list[str]) -> tuple[str, ...] | int:
        """Rows with one key in a row are one article."""
        if not self.keyed:
            return number
        return tuple(self.cell(row, self.article_at[k]) for k in ("id", "url", "title"))


def _layout(handle: TextIO, path: Path) -> tuple[_Layout, Iterator[list[str]]]:
    """The layout read from the head of the file, and its rows after the header."""
    sample = handle.read(_SNIFF)
    handle.seek(0)
    dialect = _dialect(sample, path)
    rows = csv.reader(handle, dialect)
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
    layout = _Layout(
        dialect,
        caption_at,
        article_at,
        {k: _column(headers, names) for k, names in EMBEDDED_HEADERS.items()},
        keyed=any(article_at[k] is not None for k in ("id", "url", "title")),
    )
    return layout, rows


def read_csv(path: Path) -> Iterator[SourceArticle]:
    """Rows are streamed: a large export is never held in memory at once."""
    encoding = _encoding(path)
    with _decoding(path, encoding), path.open(encoding=encoding, newline="") as handle:
        layout, rows = _layout(handle, path)
        if not (yield from _articles(layout, rows, path, first_row=2)):
            raise SourceError(f"{path}: header only, no rows")


def _articles(
    layout: _Layout, rows: Iterator[list[str]], path: Path, *, first_row: int
) -> Generator[SourceArticle, None, int]:
    """The articles of consecutive rows (numbered from ``first_row``); returns how many."""
    cell = layout.cell

    def numbered() -> Iterator[tuple[int, list[str]]]:
        try:
            for number, row in enumerate(rows, start=first_row):
                if any(c.strip() for c in row):
                    yield number, row
        except csv.Error as exc:
            line = getattr(rows, "line_num", 0)
            raise SourceError(f"{path}: malformed CSV at line {line}: {exc}") from exc

    count = 0
    for _key, group in groupby(numbered(), key=lambda item: layout.article_key(*item)):
        items = list(group)
        first_number, first = items[0]
        collector = CaptionCollector()
        for _number, row in items:
            embedded = {k: cell(row, i) for k, i in layout.embedded_at.items() if cell(row, i)}
            if "date" in embedded:
                embedded["date"] = iso_date(embedded["date"]) or embedded["date"]
            collector.add(cell(row, layout.caption_at), embedded)
        url = cell(first, layout.article_at["url"]) or None
        ident = cell(first, layout.article_at["id"])
        count += 1
        yield SourceArticle(
            source=url or (f"{path}#{ident}" if ident else f"{path}:{first_number}"),
            format="csv",
            captions=collector.captions(),
            title=cell(first, layout.article_at["title"]) or None,
            byline=cell(first, layout.article_at["byline"]) or None,
            published=parse_date(cell(first, layout.article_at["published"])),
            url=url,
            path=str(path),
            content="\n".join(dialect_join(row) for _n, row in items),
        )
    return count


# --- a large file in parts ---------------------------------------------------------------------


@lru_cache(maxsize=4)
def _head_layout(path: Path, stamp: tuple[int, int], encoding: str) -> _Layout:
    """The layout of a file, read once per worker for all the parts of it that the worker
    reads (the dialect sniffer takes a tenth of a second on its 64 kB sample). ``stamp``
    (size, modification time) keys a file that changed."""
    with path.open(encoding=encoding, newline="") as handle:
        return _layout(handle, path)[0]


# (first byte, end byte, number of its first row) of a run of whole rows of a CSV file.
CsvPart = tuple[int, int, int]


def csv_parts(path: Path, size: int) -> list[CsvPart] | None:
    """A CSV file cut into parts of about ``size`` bytes that reader tasks share; None when
    it is read whole instead: in a text encoding whose line end is not the byte ``\n``
    (UTF-16), or when the csv module or the decoder fails on any row (the reader reports it).

    The cuts are where the csv module, reading the whole file with the dialect and header
    the reader uses, ends a row: never inside a quoted cell, however many line breaks it
    holds (a line end alone cannot tell). Nor between two rows of one article, which are one
    article only when read together. Every row was read here, so a part holds none that
    its reader would fail on. (The csv module reads about 140 MB a second here.)
    """
    try:
        encoding = _encoding(path)
        if "\n".encode(encoding.removesuffix("-sig")) != b"\n":
            return None
        with path.open(encoding=encoding, newline="") as text:
            layout, _rows = _layout(text, path)
        with path.open("rb") as handle:
            position = 0
            decoder = codecs.getincrementaldecoder(encoding)()

            def lines() -> Iterator[str]:
                nonlocal position
                for raw in handle:
                    position += len(raw)
                    yield decoder.decode(raw)

            rows = csv.reader(lines(), layout.dialect)
            next(rows)  # the header
            parts: list[CsvPart] = []
            start, first_row, previous = position, 2, None
            row_start = position
            for number, row in enumerate(rows, start=2):
                row_end = position  # the reader has taken the lines of this row, no more
                if any(c.strip() for c in row):  # a blank row joins the article after it
                    key = layout.article_key(number, row)
                    if key != previous and row_start - start >= size:
                        parts.append((start, row_start, first_row))
                        start, first_row = row_start, number
                    previous = key
                row_start = row_end
    except (OSError, SourceError, csv.Error, UnicodeDecodeError, LookupError):
        return None  # read whole, where the reader reports it
    if position > start:
        parts.append((start, position, first_row))
    return parts


def read_csv_part(path: Path, part: CsvPart) -> Iterator[SourceArticle]:
    """The articles of one part of a CSV file (see ``csv_parts``); the header is read from
    the head of the file."""
    start, end, first_row = part
    encoding = _encoding(path)
    with _decoding(path, encoding):
        stat = path.stat()
        layout = _head_layout(path, (stat.st_size, stat.st_mtime_ns), encoding)
        with path.open("rb") as raw:
            raw.seek(start)
            data = raw.read(end - start)
        # A part starts after the header, so never with the file's byte-order mark.
        body = io.TextIOWrapper(
            io.BytesIO(data), encoding=encoding.removesuffix("-sig"), newline=""
        )
        rows = csv.reader(body, layout.dialect)
        yield from _articles(layout, rows, path, first_row=first_row)


def dialect_join(row: list[str]) -> str:
    """A row as one line of content (hashed to identify the article)."""
    return "\x1f".join(row)
