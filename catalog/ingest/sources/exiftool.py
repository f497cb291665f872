"""``exiftool -json`` output: one object per image, tag names as keys (with or without
``-G`` group prefixes such as ``IPTC:``), read like the image's own metadata."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from catalog.errors import SourceError
from catalog.ingest.model import SourceArticle

from .image_fields import ImageFields, clean_field, image_article

# ExifTool tag names per field, IPTC first, then XMP, then EXIF (first present wins).
_TAGS = {
    "caption": ("Caption-Abstract", "Description", "ImageDescription"),
    "headline": ("Headline", "ObjectName", "Title"),
    "credit": ("Credit", "CreditLine"),
    "photographer": ("By-line", "Creator", "Artist"),
    "agency": ("Source",),
    "date": ("DateCreated", "DateTimeOriginal", "CreateDate"),
    "city": ("City",),
    "country": ("Country-PrimaryLocationName", "Country"),
}


def is_exiftool_output(document: Any) -> bool:
    return (
        isinstance(document, list)
        and bool(document)
        and all(isinstance(item, Mapping) and "SourceFile" in item for item in document)
    )


def _ungrouped(record: Mapping[str, Any]) -> dict[str, Any]:
    """``IPTC:By-line`` and ``By-line`` are one tag; the first group listed wins."""
    tags: dict[str, Any] = {}
    for key, value in record.items():
        tags.setdefault(key.rsplit(":", 1)[-1], value)
    return tags


def fields_from_record(record: Mapping[str, Any]) -> ImageFields:
    tags = _ungrouped(record)
    values = {
        name: next((v for v in (clean_field(tags.get(t)) for t in names) if v), None)
        for name, names in _TAGS.items()
    }
    return ImageFields(**values)


def _image_path(source_file: object, listing: Path) -> str | None:
    """The image's absolute path (ExifTool writes it relative to the folder it ran in, most
    often the folder its output was saved to), so that an export can be written back."""
    if not isinstance(source_file, str) or not source_file:
        return None
    image = Path(source_file)
    return str(image if image.is_absolute() else (listing.parent / image).absolute())


def article_from_exiftool(document: list[Any], path: Path) -> Iterator[SourceArticle]:
    for index, record in enumerate(document, start=1):
        if not isinstance(record, Mapping):
            raise SourceError(f"{path}: item {index} is not an object")
        image = str(record.get("SourceFile") or f"{path}#{index}")
        yield image_article(
            fields_from_record(record),
            source=image,
            path=_image_path(record.get("SourceFile"), path) or image,
            fmt="exiftool",
            content=json.dumps(record, ensure_ascii=False, sort_keys=True),
        )
