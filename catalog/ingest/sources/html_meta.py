"""Article metadata (title, author, date, URL) and JSON-LD image captions from an HTML page."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from contextlib import suppress
from dataclasses import dataclass
from datetime import date
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from catalog.folding import clean

from .dates import parse_date
from .dom import Element, displayed_text, tokens

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
    # og:image:alt / twitter:image:alt: the share image's text, often its caption.
    image_alt: str | None = None


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


def json_ld_name(value: Any) -> str | None:
    """A person or organisation as JSON-LD writes it (and JSON exports after it): a string,
    an object with a name, or a list of them, each named once."""
    if isinstance(value, str):
        return clean(value) or None
    if isinstance(value, dict):
        return json_ld_name(value.get("name"))
    if isinstance(value, list):
        names = [n for n in (json_ld_name(v) for v in value) if n]
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


# Nodes whose pictures are no news photos: a person's portrait, an organisation's logo,
# a video's thumbnail. Keys that lead to such nodes even without a type.
_OWNER_TYPES = {
    "Person",
    "Organization",
    "NewsMediaOrganization",
    "Corporation",
    "WebSite",
    "Brand",
    "VideoObject",
    "AudioObject",
    "Clip",
    "PodcastEpisode",
}
_OWNER_KEYS = {
    "author",
    "publisher",
    "logo",
    "brand",
    "sourceOrganization",
    "video",
    "audio",
    # other pages: a list of stories, related and linked ones
    "itemListElement",
    "relatedLink",
    "significantLink",
    "isPartOf",
}
# Keys under which an object with a caption is an image even when it names no type.
_IMAGE_KEYS = {"image", "associatedMedia", "primaryImageOfPage", "photo", "images"}


def _plain(value: Any) -> str | None:
    """A JSON-LD text that may hold markup and entities ("<p>Farmers&#8217; ...</p>")."""
    if not isinstance(value, str):
        return None
    if "<" in value:
        with suppress(etree.ParserError):
            return displayed_text(lxml_html.fragment_fromstring(value, create_parent="div")) or None
    if "&" in value:
        value = html.unescape(value)
    return re.sub(r"\s+([,.;:!?)\]])", r"\1", clean(value)) or None


def _linked_images(blocks: list[Any]) -> list[LinkedImage]:
    """Captions of the JSON-LD ImageObjects that are photos of the story: not a logo, an
    author's portrait or a video's thumbnail, nested or linked to by ``@id``, and not a
    caption that is only the name of a person or organisation (as SEO plug-ins write)."""
    photos: list[dict[str, Any]] = []
    owned_ids: set[str] = set()
    names: set[str] = set()

    def walk(item: Any, key: str | None, owned: bool) -> None:
        if isinstance(item, list):
            for value in item:
                walk(value, key, owned)
            return
        if not isinstance(item, dict):
            return
        kinds = _types(item)
        if kinds & _OWNER_TYPES:
            owned = True
            name = _text(item.get("name"))
            if name:
                names.add(name.casefold())
        ident = item.get("@id")
        if owned:
            if isinstance(ident, str):
                owned_ids.add(ident)
        elif "ImageObject" in kinds or (not kinds and key in _IMAGE_KEYS):
            photos.append(item)
        for name_, value in item.items():
            if isinstance(value, dict | list):
                walk(value, name_, owned or name_ in _OWNER_KEYS)

    walk(blocks, None, False)
    images: list[LinkedImage] = []
    for node in photos:
        # Only "caption": an ImageObject's "description" is often alt text or SEO copy.
        caption = _plain(node.get("caption"))
        if not caption or caption.casefold() in names or node.get("@id") in owned_ids:
            continue
        credit = (
            _text(node.get("creditText"))
            or json_ld_name(node.get("copyrightHolder"))
            or json_ld_name(node.get("creator"))
            or json_ld_name(node.get("author"))
        )
        images.append(LinkedImage(caption, credit))
    return images


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
    blocks = json_ld(root)
    images = _linked_images(blocks)
    for block in blocks:
        for node in _nodes(block):
            kinds = _types(node)
            if kinds & _ARTICLE_TYPES:
                title = title or _text(node.get("headline"))
                byline = byline or json_ld_name(node.get("author"))
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
    image_alt = _first(metas, ("og:image:alt", "twitter:image:alt"))
    return PageMeta(title or None, byline, published, url or None, tuple(images), image_alt)
