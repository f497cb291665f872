"""Bytes to text for the text-based readers, with one clear SourceError per bad file."""

from __future__ import annotations

import codecs
from pathlib import Path

from catalog.errors import SourceError

_SNIFF = 8192
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def read_bytes(path: Path) -> bytes:
    """The file's bytes; an unreadable or empty file is a SourceError."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    if not data.strip():
        raise SourceError(f"{path}: empty file")
    return data


def bom_encoding(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def is_binary(data: bytes) -> bool:
    """NUL bytes in text mean a binary file (UTF-16/32 text announces itself with a BOM)."""
    return bom_encoding(data) is None and b"\x00" in data[:_SNIFF]


def decode(data: bytes, path: Path, declared: str | None = None) -> str:
    """Decode text: a BOM wins, then a declared charset (HTML meta), then strict UTF-8.

    Plain text has no way to declare a charset, and guessing Latin-1 would silently turn
    a wrong file into mojibake captions, so invalid UTF-8 is reported instead.
    """
    if is_binary(data):
        raise SourceError(f"{path}: binary file, not text")
    encoding = bom_encoding(data)
    if encoding is None and declared:
        try:
            encoding = codecs.lookup(declared).name
        except LookupError:
            encoding = None
    encoding = encoding or "utf-8"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise SourceError(
            f"{path}: cannot decode as {encoding} (byte {data[exc.start]:#04x} at offset "
            f"{exc.start}); save it as UTF-8"
        ) from exc
    if not text.strip():
        raise SourceError(f"{path}: empty file")
    return text
