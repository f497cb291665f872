"""Caption fields read from embedded image metadata (IPTC IIM, XMP, ExifTool JSON), turned
into one image article with one caption whose ``embedded`` dict carries the fields."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from catalog.folding import clean
from catalog.ingest.model import FoundCaption, SourceArticle

from .dates import iso_date


@dataclass(frozen=True, slots=True)
class ImageFields:
    """Field names follow ParsedCaption, so ingest can let them win over parsed values."""

    caption: str | None = None
    headline: str | None = None
    credit: str | None = None
    photographer: str | None = None
    agency: str | None = None
    date: str | None = None
    city: str | None = None
    country: str | None = None

    def merged(self, other: ImageFields) -> ImageFields:
        """Fill what this one lacks from ``other`` (IPTC first, XMP second)."""
        updates = {
            f.name: getattr(other, f.name)
            for f in fields(self)
            if not getattr(self, f.name) and getattr(other, f.name)
        }
        return replace(self, **updates) if updates else self

    def embedded(self) -> dict[str, str]:
        values = {
            "credit": self.credit,
            "photographer": self.photographer,
            "agency": self.agency,
            "date": iso_date(self.date),
            "city": self.city,
            "country": self.country,
        }
        return {key: clean(value) for key, value in values.items() if value and clean(value)}

    def is_empty(self) -> bool:
        return not any(getattr(self, f.name) for f in fields(self))


def clean_field(value: object) -> str | None:
    """A metadata value as text: lists (several creators) joined with "; "."""
    if value is None:
        return None
    if isinstance(value, list | tuple):
        parts = [clean_field(v) for v in value]
        return "; ".join(p for p in parts if p) or None
    text = clean(str(value).replace("\x00", " "))
    return text or None


def image_article(
    found: ImageFields, *, source: str, path: str, fmt: str, content: str
) -> SourceArticle:
    """One image is one article holding (at most) one caption."""
    captions: tuple[FoundCaption, ...] = ()
    # A credited photo without a caption is still a licensed use: its credit stands in.
    text = found.caption or found.credit
    if text:
        captions = (FoundCaption(text=clean(text), position=0, embedded=found.embedded()),)
    return SourceArticle(
        source=source,
        format=fmt,
        captions=captions,
        title=found.headline,
        path=path,
        content=content,
    )
