"""JSON objects that are one caption each (``{"caption": ..., "url": ..., "title": ...}``):
the shape of a caption dataset, or of ``catalog parse --jsonl`` input.

Consecutive captions of one article (same URL, article id, title and date) become one
article with several captions: a caption per article would make the second line a
"recrawl" of the first and count its article twice.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date
from pathlib import Path
from typing import Any

from catalog.folding import clean
from catalog.ingest.model import SourceArticle

from .collect import CaptionCollector

CAPTION_KEYS = ("caption", "cutline")
# A caption object's ``date`` is the photo's: the article's date has names of its own.
_ARTICLE_DATE_KEYS = ("article_date", "published", "published_at", "datePublished", "pubdate")
_ARTICLE_URL_KEYS = ("url", "article_url", "link", "canonical_url")
_ARTICLE_TITLE_KEYS = ("article_title", "title", "headline")
_ARTICLE_ID_KEYS = ("article_id",)
_EMBEDDED_KEYS = ("credit", "photographer", "agency", "date", "city", "country", "location")


def _first_text(obj: Mapping[str, Any], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = obj.get(key)
        if isinstance(value, str | int) and not isinstance(value, bool) and str(value).strip():
            return clean(str(value))
    return None


def caption_text(obj: Mapping[str, Any]) -> str | None:
    return _first_text(obj, CAPTION_KEYS)


def article_key(obj: Mapping[str, Any]) -> tuple[str | None, ...]:
    """What a caption object shares with the other captions of its article: (URL, article
    id, title, article date)."""
    return (
        _first_text(obj, _ARTICLE_URL_KEYS),
        _first_text(obj, _ARTICLE_ID_KEYS),
        _first_text(obj, _ARTICLE_TITLE_KEYS),
        _first_text(obj, _ARTICLE_DATE_KEYS),
    )


class CaptionObjects:
    """Gathers caption objects into articles, one article per run of lines that share one."""

    def __init__(self, path: Path, *, published: Any, byline: Any) -> None:
        self.path = path
        # The article readers' helpers, handed in so that both read dates and names alike.
        self._published = published
        self._byline = byline
        self._key: tuple[str | None, ...] | None = None
        self._fields: dict[str, Any] = {}
        self._collector = CaptionCollector()

    def add(self, obj: Mapping[str, Any], where: str) -> Iterator[SourceArticle]:
        """Add one caption object; yields the previous article when this one starts another."""
        key = article_key(obj)
        url, _article_id, title, published_text = key
        if key != self._key:
            yield from self.flush()
            self._key = key
            published: date | None = self._published(published_text)
            self._fields = {
                "url": url,
                "title": title,
                "published": published,
                "byline": self._byline(obj.get("author") or obj.get("byline")),
                "source": url or f"{self.path}:{where}",
            }
        extra = {k: str(obj[k]) for k in _EMBEDDED_KEYS if obj.get(k) not in (None, "")}
        self._collector.add(caption_text(obj) or "", extra)

    def flush(self) -> Iterator[SourceArticle]:
        if self._key is None:
            return
        fields, captions = self._fields, self._collector.captions()
        self._key, self._fields, self._collector = None, {}, CaptionCollector()
        if captions:
            yield SourceArticle(
                source=fields["source"],
                format="jsonl",
                captions=captions,
                title=fields["title"],
                byline=fields["byline"],
                published=fields["published"],
                url=fields["url"],
                path=str(self.path),
            )
