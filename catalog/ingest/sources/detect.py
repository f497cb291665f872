"""Which reader a file needs: from its extension, checked against its first bytes."""

from __future__ import annotations

from pathlib import Path

from catalog.errors import SourceError
from catalog.ingest.model import FORMATS

from .decoding import bom_encoding, is_binary
from .warc_head import is_warc_head

_SNIFF = 4096
EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".csv": "csv",
    ".tsv": "csv",
    ".jpg": "image",
    ".jpeg": "image",
    ".jpe": "image",
    ".tif": "image",
    ".tiff": "image",
    ".png": "image",
    ".webp": "image",
    ".warc": "warc",
}
# Extensions of two parts, looked up before the last part alone.
DOUBLE_EXTENSIONS = {".warc.gz": "warc"}
# Aliases accepted for a forced format (``--format``).
ALIASES = {
    "json": "jsonl",
    "ndjson": "jsonl",
    "txt": "text",
    "htm": "html",
    "jpeg": "image",
    "jpg": "image",
    "tiff": "image",
    "exif": "exiftool",
}
_IMAGE_MAGIC = (
    b"\xff\xd8\xff",  # JPEG
    b"II*\x00",  # TIFF, little-endian
    b"MM\x00*",  # TIFF, big-endian
    b"\x89PNG\r\n\x1a\n",
)
_HTML_MARKERS = (
    b"<!doctype html",
    b"<html",
    b"<head",
    b"<body",
    b"<meta",
    b"<div",
    b"<p>",
    b"<article",
    b"<figure",
)


def extension_format(path: Path) -> str | None:
    """The format a file's name announces (``crawl.warc.gz`` is an archive, not "gz")."""
    suffixes = "".join(path.suffixes[-2:]).lower()
    return DOUBLE_EXTENSIONS.get(suffixes) or EXTENSIONS.get(path.suffix.lower())


def is_image_bytes(head: bytes) -> bool:
    if head.startswith(_IMAGE_MAGIC):
        return True
    return head[:4] == b"RIFF" and head[8:12] == b"WEBP"


def normalise_format(fmt: str) -> str:
    name = fmt.strip().lower()
    name = ALIASES.get(name, name)
    if name not in FORMATS:
        raise SourceError(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    return name


def sniff(head: bytes) -> str | None:
    """The format the content announces, or None when it is plain text of no known shape."""
    if is_image_bytes(head):
        return "image"
    if is_warc_head(head):
        return "warc"
    if is_binary(head):
        return None
    encoding = bom_encoding(head) or "utf-8"
    text = head.decode(encoding, "ignore").lstrip("\ufeff").lstrip()
    lowered = text[:1024].lower().encode("utf-8", "ignore")
    if text.startswith(("{", "[")):
        return "jsonl"
    if text.startswith("<") and any(marker in lowered for marker in _HTML_MARKERS):
        return "html"
    return None


def detect_format(path: Path, head: bytes) -> str:
    """The extension decides; content overrides it only where the two clearly disagree
    (an image saved as .txt, a web page saved without extension)."""
    by_extension = extension_format(path)
    by_content = sniff(head)
    if by_content == "image" or by_extension == "image":
        return "image"
    if by_content == "warc":
        return "warc"
    if by_extension is not None:
        return by_extension
    return by_content or "text"
