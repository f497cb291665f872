"""Web archives (WARC, ISO 28500), gzipped or not: every HTML page a crawler fetched.

Each ``response`` record whose payload is HTML goes through the HTML reader, with the record's
``WARC-Target-URI`` as the article's URL (when the page names no canonical one), its
``WARC-Date`` as the crawl date, and ``FILE@OFFSET`` as its path so a user can find the record
again (``tail -c +OFFSET+1 FILE | zcat | head``). Other responses (revisits, redirects, errors,
PDFs and images) are skipped and counted; request, metadata and warcinfo records are not pages.

The archive is read record by record (FastWARC: several times faster than warcio at the same
robustness, measured in the README), never whole. A record that cannot be read (a gzip member
cut short, garbled bytes) is reported with its offset and the reader resumes at the next record
that starts cleanly; the records after it still go in. The same resynchronisation lets reader
workers share one large archive: a part is a byte range, and a worker starts at the first
record that begins inside it.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO

from fastwarc.warc import ArchiveIterator, WarcRecord, WarcRecordType

from catalog.errors import SourceError
from catalog.ingest.model import SkippedRecord, SourceArticle

from .decoding import decode_html
from .html import article_from_html
from .warc_head import GZIP_MAGIC, WARC_MAGIC, gunzip_head, is_warc_head

_SCAN_CHUNK = 1 << 20
# A page larger than this is no news article (and would hold a reader's memory).
_MAX_PAGE_BYTES = 32_000_000
_HTML_TYPES = ("text/html", "application/xhtml+xml")

# Byte range of an archive for one reader task: (start, end, unused), as JSON lines parts.
WarcPart = tuple[int, int, int]


def next_record_start(
    handle: IO[bytes], after: int, gzipped: bool, *, readable: bool = True
) -> int | None:
    """Offset of the first record starting at or after ``after``: a gzip member (that
    decompresses to a WARC header, when ``readable``) or a WARC header at a line start."""
    magic = GZIP_MAGIC if gzipped else WARC_MAGIC
    position = max(after, 0)
    while True:
        handle.seek(position)
        # Chunks overlap by a header's worth, so a record start on a boundary is seen whole.
        data = handle.read(_SCAN_CHUNK + 4096)
        if not data:
            return None
        index = data.find(magic)
        while 0 <= index < _SCAN_CHUNK:
            absolute = position + index
            if gzipped:
                if not readable or gunzip_head(data[index : index + 4096]).startswith(WARC_MAGIC):
                    return absolute
            elif absolute == 0 or _byte_before(handle, data, index, position) == b"\n":
                return absolute
            index = data.find(magic, index + 1)
        if len(data) <= _SCAN_CHUNK:
            return None
        position += _SCAN_CHUNK


def _byte_before(handle: IO[bytes], data: bytes, index: int, position: int) -> bytes:
    if index > 0:
        return data[index - 1 : index]
    handle.seek(position - 1)
    return handle.read(1)


def _is_gzipped(handle: IO[bytes]) -> bool:
    handle.seek(0)
    return handle.read(3) == GZIP_MAGIC


def warc_parts(path: Path, size: int) -> list[WarcPart]:
    """An archive cut into byte ranges of about ``size`` for several reader tasks (each
    starts at the first record beginning inside its range)."""
    total = path.stat().st_size
    return [(start, min(start + size, total), 0) for start in range(0, total, size)]


@dataclass(frozen=True, slots=True)
class _Page:
    offset: int
    uri: str
    crawled: date | None
    payload: bytes
    charset: str | None


def _crawl_date(record: WarcRecord) -> date | None:
    value = record.headers.get("WARC-Date") or ""
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _classify(record: WarcRecord) -> _Page | str | None:
    """A page to read, the reason a response is skipped, or None for records that are not
    responses (requests, metadata, warcinfo: nothing a user would count)."""
    kind = record.record_type
    if kind == WarcRecordType.revisit:
        return "revisit"
    if kind != WarcRecordType.response:
        return None
    uri = record.headers.get("WARC-Target-URI")
    if not uri:
        raise ValueError("response record without WARC-Target-URI")
    http = record.http_headers
    status = http.status_code if http is not None else None
    if status is None:
        return "not an HTTP response"
    if 300 <= status < 400:
        return "redirect"
    if status >= 400:
        return "HTTP error"
    content_type = (record.http_content_type or "").lower()
    if content_type and content_type not in _HTML_TYPES:
        return "not HTML"
    if record.content_length > _MAX_PAGE_BYTES:
        return "too large"
    payload = record.reader.read()
    if not content_type and b"<html" not in payload[:4096].lower():
        return "not HTML"
    return _Page(record.stream_pos, uri, _crawl_date(record), payload, record.http_charset)


def _records(
    handle: IO[bytes], start: int, end: int, gzipped: bool
) -> Iterator[_Page | SkippedRecord]:
    """Pages and skipped records of the records that begin in [start, end)."""
    size = handle.seek(0, 2)
    resume = 0 if start == 0 else next_record_start(handle, start, gzipped)
    while resume is not None and resume < end:
        handle.seek(resume)
        last = -1
        try:
            for record in ArchiveIterator(handle, parse_http=True):
                if record.stream_pos >= end:
                    return
                last = record.stream_pos
                found = _classify(record)
                if isinstance(found, _Page):
                    yield found
                elif found is not None:
                    yield SkippedRecord(found, record.stream_pos)
        except (OSError, ValueError, UnicodeDecodeError):
            pass  # a record that cannot be read: found and reported below
        # Stopped at the end of the archive, or at a record it could not read: the record
        # after the last one read (or the first of this run) is that one, if there is one.
        bad = resume if last < 0 else _after_record(handle, last, gzipped)
        if bad is None or bad >= min(end, size):
            return
        yield SkippedRecord("unreadable record", bad)
        resume = next_record_start(handle, bad + 1, gzipped)


def _after_record(handle: IO[bytes], start: int, gzipped: bool) -> int | None:
    """Where the record after the one at ``start`` begins. In a gzipped archive each record is
    one gzip member, so its end is exact: where decompressing it stops."""
    if not gzipped:
        return next_record_start(handle, start + 1, gzipped, readable=False)
    handle.seek(start)
    inflate = zlib.decompressobj(31)
    position = start
    while chunk := handle.read(1 << 16):
        try:
            # Only the member's end is wanted: its output is dropped as it comes.
            inflate.decompress(chunk, 1 << 16)
            while inflate.unconsumed_tail and not inflate.eof:
                inflate.decompress(inflate.unconsumed_tail, 1 << 16)
        except zlib.error:
            return None
        if inflate.eof:
            return position + len(chunk) - len(inflate.unused_data)
        position += len(chunk)
    return None


def read_warc_part(
    path: Path, part: WarcPart | None = None
) -> Iterator[SourceArticle | SkippedRecord]:
    """The pages of an archive (or of the records beginning in one ``part`` of it) as
    articles, with a ``SkippedRecord`` for each response that is no page or cannot be read."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise SourceError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    with handle:
        gzipped = _is_gzipped(handle)
        handle.seek(0)
        head = handle.read(4096)
        if not is_warc_head(head):
            raise SourceError(f"{path}: not a WARC archive")
        size = path.stat().st_size
        start, end = (0, size) if part is None else (part[0], part[1])
        for item in _records(handle, start, end, gzipped):
            if isinstance(item, SkippedRecord):
                yield item
                continue
            markup = decode_html(item.payload, path)
            where = f"{path}@{item.offset}"
            try:
                article = article_from_html(
                    markup, source=item.uri, path=where, url=item.uri, crawled=item.crawled
                )
            except SourceError:
                yield SkippedRecord("not HTML", item.offset)
                continue
            yield article


def read_warc(path: Path) -> Iterator[SourceArticle | SkippedRecord]:
    """Every page of a web archive."""
    return read_warc_part(path)
