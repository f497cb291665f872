"""What a source reader yields: an article with its metadata and the captions found in it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType
from typing import Literal

from catalog.choices import SOURCE_FORMATS
from catalog.ingest.identity import fingerprint, url_identity

SourceFormat = Literal["text", "html", "jsonl", "csv", "image", "exiftool", "warc"]
FORMATS: tuple[str, ...] = SOURCE_FORMATS

_EMPTY: Mapping[str, str] = MappingProxyType({})


@dataclass(frozen=True, slots=True)
class FoundCaption:
    """One caption as found in an article, in reading order.

    ``embedded`` holds fields read from embedded metadata (IPTC/XMP, JSON-LD ``creditText``,
    a CSV credit column, ...), keyed by ParsedCaption field names (``credit``,
    ``photographer``, ``date``, ``city``, ``country``, ``location``, ``description``).
    They win over what the parser reads from ``text``.
    """

    text: str
    position: int
    # A read-only empty mapping is shared; dataclasses refuses it as a plain default.
    embedded: Mapping[str, str] = field(default_factory=lambda: _EMPTY)


@dataclass(frozen=True, slots=True)
class SourceArticle:
    """An article (a page, a text file, a JSON object, an image) and its captions."""

    source: str  # what users see: the path, or the URL when there is one
    format: str  # one of FORMATS
    captions: tuple[FoundCaption, ...]
    title: str | None = None
    byline: str | None = None
    published: date | None = None
    url: str | None = None
    path: str | None = None
    crawled: date | None = None  # when a crawler fetched the page (a web archive's record)
    # The text the reader extracted from the article (its body, or its metadata for an image):
    # with the title and captions it identifies an article that has no URL. Never raw markup.
    content: str = ""

    @property
    def fingerprint(self) -> str:
        """A hash of what the reader extracted: a changed recrawl has another one."""
        return fingerprint(
            title=self.title,
            byline=self.byline,
            published=self.published,
            captions=(caption.text for caption in self.captions),
            body=self.content,
        )

    @property
    def identity(self) -> str:
        """The canonical URL's identity when there is one, else the fingerprint."""
        return url_identity(self.url) or self.fingerprint

    def identity_and_fingerprint(self) -> tuple[str, str]:
        """Both, hashing the article's text once (an article without a URL is identified by
        its fingerprint: asked for separately, the text was hashed twice)."""
        digest = self.fingerprint
        return url_identity(self.url) or digest, digest


@dataclass(frozen=True, slots=True)
class SkippedRecord:
    """A record of a multi-record source (a web archive) that holds no article: a redirect,
    an error page, a PDF, a revisit, or bytes that cannot be read. Counted, not stored."""

    reason: str
    offset: int
