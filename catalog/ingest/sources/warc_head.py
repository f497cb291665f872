"""Whether bytes begin a web archive (WARC), plain or gzipped: format detection asks this
without importing the archive reader and its library."""

from __future__ import annotations

import zlib

GZIP_MAGIC = b"\x1f\x8b\x08"
WARC_MAGIC = b"WARC/"


def gunzip_head(data: bytes, size: int = 16) -> bytes:
    """The first ``size`` bytes that ``data`` (the start of a gzip member) decompresses to."""
    try:
        return zlib.decompressobj(31).decompress(data, size)
    except zlib.error:
        return b""


def is_warc_head(head: bytes) -> bool:
    """Whether the first bytes of a file are a WARC record, plain or gzipped."""
    if head.startswith(WARC_MAGIC):
        return True
    return head.startswith(GZIP_MAGIC) and gunzip_head(head).startswith(WARC_MAGIC)
