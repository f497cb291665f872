"""Article metadata (title, author, date, URL) and JSON-LD image captions from an HTML page."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from .dates import parse_date
from .dom import Element, tokens
from .folding import clean

_TITLE_META = ("og:title", "twitter:title", "title", "dc.title", "headline")
_AUTHOR_META = (
    "author",
    "article:author",
    "byl",
    "dc.creator",
    "sailthru.author",
    "parsely-author",
    "og:article:author",
    "dcsext.author",
)
_DATE_META = (
    "article:published_time",
    "datepublished",
    "og:published_time",
    "pubdate",
    "publishdate",
    "publish-date",
    "date",
    "dc.date",
    "dc.date.issued",
    "sailthru.date",
    "parsely-pub-date",
    "dcsext.articlefirstpublished",
)
_URL_META = ("og:url", "twitter:url")
_MAX_NAME = 60
_MAX_AUTHORS = 4


@dataclass(frozen=True, slots=True)
class LinkedImage:
    """An ImageObject from JSON-LD: its caption and the credit marked up beside it."""

    caption: str
    credit: str | None


@dataclass(frozen=True, slots=True)
class PageMeta:
    title: str | None
    byline: str | None
    published: date | None
    url: str | None
    images: tuple[LinkedImage, ...]


def json_ld(root: Element) -> list[Any]:
    """Every JSON-LD block that parses; a broken block is skipped, not fatal."""
    blocks: list[Any] = []
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        text = (script.text or "").strip()
        # Some CMSs wrap the JSON in a CDATA section.
        text = text.removeprefix("<![CDATA[").removesuffix("]]>").strip()
        try:
            blocks.append(json.loads(text))
        except ValueError:
            continue
    return blocks


def _nodes(value: Any) -> Iterator[dict[str, Any]]:
    """All objects of a JSON-LD tree (``@graph``, nested ``image``, lists)."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            yield item
            stack.extend(reversed(list(item.values())))
        elif isinstance(item, list):
            stack.extend(reversed(item))


def _types(node: dict[str, Any]) -> set[str]:
    kind = node.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k) for k in kinds if k}


def _name(value: Any) -> str | None:
    """A person or organisation as JSON-LD writes it: a string, an object, or a list."""
    if isinstance(value, str):
        return clean(value) or None
    if isinstance(value, dict):
        return _name(value.get("name"))
    if isinstance(value, list):
        names = [n for n in (_name(v) for v in value) if n]
        return ", ".join(dict.fromkeys(names)) or None
    return None


def _text(value: Any) -> str | None:
    return clean(value) or None if isinstance(value, str) else None


_ARTICLE_TYPES = {
    "NewsArticle",
    "Article",
    "ReportageNewsArticle",
    "BlogPosting",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "WebPage",
    "LiveBlogPosting",
}


def _meta_values(root: Element) -> dict[str, str]:
    values: dict[str, str] = {}
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        content = clean(meta.get("content") or "")
        if key and content and key not in values:
            values[key] = content
    return values


def _first(values: dict[str, str], keys: tuple[str, ...]) -> str | None:
    return next((values[k] for k in keys if values.get(k)), None)


def _short_name(el: Element) -> str | None:
    names = el.xpath('.//*[@itemprop="name"]')
    text = clean((names[0] if names else el).text_content())
    text = re.sub(r"^by\s+", "", text, flags=re.IGNORECASE)
    if not text or len(text) > _MAX_NAME or any(ch.isdigit() for ch in text):
        return None
    return text


def _marked_author(root: Element) -> str | None:
    """Authors marked up in the page (rel/itemprop "author"), else a byline name element."""
    names: list[str] = []
    for el in root.xpath('//*[@rel="author" or @itemprop="author"]'):
        name = _short_name(el)
        if name and name not in names:
            names.append(name)
    if names:
        return ", ".join(names[:_MAX_AUTHORS])
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        words = tokens(el)
        if words & {"byline", "author"} and words & {"name", "text"}:
            name = _short_name(el)
            if name:
                return name
    return None


def read_meta(root: Element) -> PageMeta:
    """Read before the page is cleaned: meta tags and scripts are removed by cleaning."""
    metas = _meta_values(root)
    title = byline = url = None
    published: date | None = None
    images: list[LinkedImage] = []
    for block in json_ld(root):
        for node in _nodes(block):
            kinds = _types(node)
            if "ImageObject" in kinds:
                # Only "caption": an ImageObject's "description" is often alt text or SEO copy.
                caption = _text(node.get("caption"))
                if caption:
                    credit = (
                        _text(node.get("creditText"))
                        or _name(node.get("copyrightHolder"))
                        or _name(node.get("creator"))
                        or _name(node.get("author"))
                    )
                    images.append(LinkedImage(caption, credit))
            if kinds & _ARTICLE_TYPES:
                title = title or _text(node.get("headline"))
                byline = byline or _name(node.get("author"))
                published = published or parse_date(_text(node.get("datePublished")))
                url = url or _text(node.get("url"))
    if title is None:
        title = _first(metas, _TITLE_META)
    if title is None:
        for tag in ("h1", "title"):
            nodes = root.xpath(f"//{tag}")
            if nodes:
                title = clean(nodes[0].text_content()) or None
                break
    if byline is None:
        author = _first(metas, _AUTHOR_META)
        # article:author is often a profile URL, not a name.
        if author and not author.startswith(("http://", "https://")):
            byline = author.removeprefix("By ").removeprefix("by ").strip() or None
    byline = byline or _marked_author(root)
    if published is None:
        published = parse_date(_first(metas, _DATE_META))
    if published is None:
        stamp = root.xpath("//time[@datetime]/@datetime")
        published = parse_date(str(stamp[0])) if stamp else None
    canonical = root.xpath('//link[@rel="canonical"]/@href')
    url = (str(canonical[0]).strip() if canonical else None) or _first(metas, _URL_META) or url
    return PageMeta(title or None, byline, published, url or None, tuple(images))
