"""Bytes to text for the text-based readers, with one clear SourceError per bad file."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from catalog.errors import CatalogError, SourceError

_SNIFF = 8192
# Only to find the declared charset before parsing; the markup itself is parsed by lxml.
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""")
# What browsers do with legacy labels: Latin-1 pages are read as Windows-1252.
_WHATWG_ALIASES = {
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "iso8859-1": "cp1252",
}
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


# The encoding the user forced (``catalog ingest --encoding``), for every text reader of this
# process; ingest workers are handed it when they start.
_forced: str | None = None


def use_encoding(name: str | None) -> None:
    """Read every text file as ``name`` (None: BOM, declared charset, then UTF-8)."""
    global _forced
    if name is None:
        _forced = None
        return
    try:
        codec = codecs.lookup(name)
    except LookupError:
        raise CatalogError(
            f"unknown text encoding {name!r} (try utf-8, cp1252, latin-1)", title="Bad option"
        ) from None
    # A UTF-8 file saved with a byte-order mark is still UTF-8.
    _forced = "utf-8-sig" if codec.name == "utf-8" else codec.name


def forced_encoding() -> str | None:
    return _forced


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
    if is_binary(data) and _forced is None:
        raise SourceError(f"{path}: binary file, not text")
    encoding = _forced or bom_encoding(data)
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
            f"{exc.start}); "
            + ("check --encoding" if _forced else "save it as UTF-8, or give --encoding")
        ) from exc
    if not text.strip():
        raise SourceError(f"{path}: empty file")
    return text


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares (XML declaration or meta tag), browser-mapped."""
    match = _XML_DECL.match(data) or _CHARSET.search(data[:4096])
    if not match:
        return None
    label = match[1].decode("ascii", "replace").lower()
    return _WHATWG_ALIASES.get(label, label)


def decode_html(data: bytes, path: Path) -> str:
    """Decode as a browser would: BOM, then the page's declared charset, then UTF-8, and
    Windows-1252 for an undeclared page that is not UTF-8."""
    if _forced is not None:
        return decode(data, path)
    if is_binary(data):
        raise SourceError(f"{path}: binary file, not HTML")
    declared = None if bom_encoding(data) else declared_charset(data)
    try:
        return decode(data, path, declared)
    except SourceError:
        if declared:
            raise
        return decode(data, path, "cp1252")
