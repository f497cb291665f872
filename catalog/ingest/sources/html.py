"""HTML articles: captions from figure/figcaption, caption and credit classes, image
attributes and JSON-LD ImageObjects, each photo once; title, author and date from meta
tags and JSON-LD."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from urllib.parse import urljoin

from lxml import etree
from lxml import html as lxml_html

from catalog.errors import SourceError
from catalog.folding import clean, fold_key
from catalog.ingest.model import FoundCaption, SourceArticle
from catalog.parsing.credit_spans import is_credit, split_credit, strip_label

from .collect import CaptionCollector
from .decoding import decode_html, read_bytes
from .dom import (
    Element,
    is_media,
    strip_boilerplate,
    strip_invisible,
    text_length,
    tokens,
    visible_text,
)
from .html_meta import PageMeta, read_meta

_CAPTION_TOKENS = frozenset({"caption", "figcaption", "cutline", "legend", "captiontext"})
_CREDIT_TOKENS = frozenset(
    # "byline" inside a photo block credits the photographer (author boxes are gone by then).
    {
        "credit",
        "credits",
        "copyright",
        "attribution",
        "photographer",
        "photocredit",
        "source",
        "byline",
    }
)
_CREDIT_PROPS = frozenset({"copyrightholder", "creator", "author", "credittext", "copyrightnotice"})
# "has-caption" / "no-caption" describe a wrapper, they do not mark the caption itself.
_NOT_CAPTION = frozenset({"has", "no", "with", "without", "show", "hide", "toggle"})
_IMAGE_TAGS = ("img", "amp-img")
_FLAGS = frozenset({"", "true", "false", "yes", "no", "on", "off", "0", "1", "null", "none"})
# "CarouselSlide-infoDescription", "image-desc": a description named for a picture.
_DESCRIPTION_TOKENS = frozenset({"description", "desc"})
_PICTURE_TOKENS = frozenset({"slide", "image", "img", "photo", "picture", "lightbox", "figure"})
# Words a credit never ends on: "Photo by Jo Roe on <a>Unsplash</a>" continues in a link.
_JOINING_WORDS = frozenset({"on", "via", "for", "by", "from", "at", "of", "and", "to", "/", "&"})
# Text that stands where a caption would: a label, a counter, an ad marker.
_PLACEHOLDER = re.compile(
    r"^(?:(?:image|photo|picture|foto|bild|gallery|slideshow|slide)s?"
    r"(?:\s*\d+(?:\s*(?:of|/)\s*\d+)?)?|\d+\s*(?:of|/)\s*\d+|advertisement|"
    r"sponsored|ad|anzeige|publicit[ée])[.:]?$",
    re.IGNORECASE,
)
# An image file or class named for a logo, icon or avatar is no photo.
_NOT_PHOTO = re.compile(r"(?:^|[^a-z])(?:logo|icon|avatar|sprite|favicon)", re.IGNORECASE)
_NON_PICTURE_TAGS = ("blockquote", "q", "table", "pre", "code")
_IMAGE_LINK = re.compile(r"\.(?:jpe?g|png|gif|webp|tiff?)(?:[?#].*)?$", re.IGNORECASE)
_MAX_CAPTION = 1500
_MIN_IMAGE_SIDE = 100
_UNIT_LEVELS = 4
_MAX_CREDIT = 200
_MAX_UNIT_EXTRA_TEXT = 200


def _looks_like_credit(el: Element) -> bool:
    text = clean(el.text_content())
    return bool(text) and len(text) <= _MAX_CREDIT and is_credit(text)


def is_caption_element(el: Element) -> bool:
    if el.tag == "figcaption":
        return True
    if (el.get("itemprop") or "").lower() == "caption":
        return True
    words = tokens(el)
    if words & _DESCRIPTION_TOKENS and words & _PICTURE_TOKENS and not words & _NOT_CAPTION:
        return True
    if not words & _CAPTION_TOKENS or words & _NOT_CAPTION:
        return False
    # "caption-credit" is a credit; "image__caption attribution" holds a whole caption.
    return not words & _CREDIT_TOKENS or not _looks_like_credit(el)


def is_credit_element(el: Element) -> bool:
    if (el.get("itemprop") or "").lower() in _CREDIT_PROPS:
        return True
    if el.tag == "cite":
        return _looks_like_credit(el)
    words = tokens(el)
    if not words & _CREDIT_TOKENS or words & _NOT_CAPTION:
        return False
    # A wrapper named for both parts ("credit-caption") is a credit only if it reads as one.
    return not words & _CAPTION_TOKENS or _looks_like_credit(el)


def _plays_media(unit: Element) -> bool:
    """A video, audio or embedded player: its caption is no photo caption."""
    return any(is_media(el) for el in unit.iter() if isinstance(el.tag, str))


def _is_figure(el: Element) -> bool:
    """``figure``, or a custom element standing for one (``bsp-figure``)."""
    return isinstance(el.tag, str) and (el.tag == "figure" or el.tag.endswith("-figure"))


def _not_a_picture(unit: Element) -> bool:
    """A figure of a quotation, table or code: its figcaption attributes a quote."""
    return unit.tag == "figure" and next(unit.iter(*_NON_PICTURE_TAGS), None) is not None


def _link_share(el: Element) -> float:
    """Share of the text that is link text: a teaser card's caption is all link."""
    total = len(clean(el.text_content()))
    if not total:
        return 0.0
    linked = sum(len(clean(a.text_content())) for a in el.iter("a"))
    return linked / total


def _unit(el: Element) -> Element:
    """The block a caption belongs to: its figure, else the nearest container (a few levels
    up) that holds a picture or a player, else its parent."""
    ancestors = list(el.iterancestors())
    for ancestor in ancestors:
        if _is_figure(ancestor):
            return ancestor
    for ancestor in ancestors[:_UNIT_LEVELS]:
        if next(ancestor.iter("picture", *_IMAGE_TAGS), None) is not None or _plays_media(ancestor):
            return ancestor
    return ancestors[0] if ancestors else el


def _credit_parts(container: Element, skip: Element | None = None) -> list[Element]:
    """Outermost credit elements inside ``container`` (not inside ``skip``)."""
    found: list[Element] = []
    for el in container.iterdescendants():
        if not isinstance(el.tag, str) or not is_credit_element(el):
            continue
        if skip is not None and (el is skip or skip in set(el.iterancestors())):
            continue
        if any(f in set(el.iterancestors()) for f in found):
            continue
        found.append(el)
    return found


def _nearest_credit(el: Element, unit: Element) -> Element | None:
    """The credit element closest to a caption: among its siblings first, then a level up,
    never beyond its photo block."""
    for container in el.iterancestors():
        credits = [c for c in _credit_parts(container, skip=el) if visible_text(c)]
        if credits:
            return credits[0]
        if container is unit:
            break
    return None


def _without_trailing_link(el: Element, text: str) -> str:
    """Drop a link that ends the caption after its credit ("... REUTERS/Jane Doe
    Purchase Licensing Rights"): page furniture. A credit that is itself a link
    ("Photo: <a>Jane Doe</a>", "REUTERS/<a>Jane Doe</a>") stays whole."""
    links = [a for a in el.iter("a") if clean(a.text_content())]
    if not links:
        return text
    last = links[-1]
    after = (last.tail or "") + "".join(
        sibling.text_content() + (sibling.tail or "") for sibling in last.itersiblings()
    )
    link_text = clean(last.text_content())
    if clean(after) or not text.endswith(" " + link_text):
        return text
    shorter = text[: -len(link_text)].rstrip()
    if not shorter or not (shorter[-1].isalnum() or shorter[-1] in ")]"):
        return text
    if shorter.rsplit(None, 1)[-1].lower() in _JOINING_WORDS:
        return text
    return shorter if split_credit(shorter) is not None else text


def _data_attribute(el: Element, suffix: str) -> str:
    """``data-caption``, ``data-c-caption``, ``data-image-credit``: a part kept in a data
    attribute for a script to show."""
    for name, value in el.attrib.items():
        value = clean(value)
        # "data-has-caption": a flag, not a text.
        if name.startswith("data-") and name.endswith(suffix) and value.lower() not in _FLAGS:
            return value
    return ""


def _from_attributes(el: Element) -> tuple[str, dict[str, str]] | None:
    """An empty caption element filled by script from its data attributes."""
    text = _data_attribute(el, "caption")
    if not text:
        return None
    credit = _data_attribute(el, "credit")
    if not credit:
        return text, {}
    if fold_key(credit) not in fold_key(text):
        text = f"{text} {credit}"
    return text, {"credit": strip_label(credit)}


def _has_picture(el: Element) -> bool:
    return next(el.iter("picture", *_IMAGE_TAGS), None) is not None


def _not_photo_unit(unit: Element) -> bool:
    """A player, a quotation or table, a head-shot or icon, or a card for another story."""
    return _plays_media(unit) or _not_a_picture(unit) or _thumbnail_unit(unit) or _teaser_card(unit)


def _plain_caption(el: Element) -> str | None:
    """The text of a picture block that has no caption element, when it reads as one."""
    text = _without_trailing_link(el, visible_text(el))
    if not text or len(text) > _MAX_CAPTION or _is_placeholder(text):
        return None
    if _link_share(el) > 0.6 and not is_credit(text):
        return None
    return text


def _credit_key(text: str) -> tuple[str, str] | None:
    """A credited caption's description and credit, folded, the credit without its label."""
    parts = split_credit(text)
    if parts is None or not parts[0]:
        return None
    return fold_key(parts[0]), fold_key(strip_label(parts[1]))


def _is_placeholder(text: str) -> bool:
    return bool(_PLACEHOLDER.match(text))


def _caption_from(el: Element, unit: Element) -> tuple[str, dict[str, str], Element | None] | None:
    """The displayed caption of a caption element, with a credit marked up beside it
    joined on, and that credit also kept apart (``embedded["credit"]``); the credit
    element used is returned too, so that it is not read again as a caption."""
    text = _without_trailing_link(el, visible_text(el))
    if not text:
        found = _from_attributes(el)
        return (*found, None) if found else None
    if len(text) > _MAX_CAPTION or _is_placeholder(text):
        return None
    # A teaser's caption is all link; a credit alone may be a link to the photographer.
    if _link_share(el) > 0.6 and not is_credit(text):
        return None
    embedded: dict[str, str] = {}
    inner = [c for c in _credit_parts(el) if visible_text(c)]
    if inner:
        embedded["credit"] = strip_label(visible_text(inner[0]))
        return text, embedded, None
    credit_el = _nearest_credit(el, unit)
    if credit_el is not None:
        credit = visible_text(credit_el)
        if len(credit) <= _MAX_CREDIT:
            embedded["credit"] = strip_label(credit)
            # Shown beside the caption, the credit is part of it (unless already in it).
            if fold_key(embedded["credit"]) not in fold_key(text):
                text = f"{text} {credit}"
            return text, embedded, credit_el
    return text, embedded, None


def _image_caption(img: Element) -> tuple[str, dict[str, str]] | None:
    """A caption carried by an image, or by the lightbox link around it: a ``data-...caption``
    attribute (with a ``data-...credit`` one), or alt/title text that ends with a credit
    (plain alt text describes the picture for screen readers; it is no caption)."""
    link = next(img.iterancestors("a"), None)
    holders = [img] if link is None or _links_away(link) else [img, link]
    for holder in holders:
        found = _from_attributes(holder)
        if found:
            return found
    for holder in holders:
        for attr in ("alt", "title"):
            value = clean(holder.get(attr) or "")
            if value and split_credit(value) is not None:
                return value, {}
    return None


def _small(img: Element) -> bool:
    """Thumbnail-sized by its width or height attribute, or its inline style."""
    style = (img.get("style") or "").replace(" ", "").lower()
    for attr in ("width", "height"):
        value = (img.get(attr) or "").strip().removesuffix("px")
        styled = re.search(rf"(?:^|;){attr}:(\d+)px", style)
        if styled and not value:
            value = styled.group(1)
        if value.isdigit() and int(value) < _MIN_IMAGE_SIDE:
            return True
    return False


def _credit_caption_element(el: Element) -> bool:
    """A figcaption used for the credit alone ("image__credit") beside a caption element."""
    words = tokens(el)
    return bool(words & _CREDIT_TOKENS) and not words & _CAPTION_TOKENS and _looks_like_credit(el)


def _has_other_caption(el: Element, unit: Element) -> bool:
    inside = set(el.iter())
    return any(
        isinstance(other.tag, str) and other not in inside and is_caption_element(other)
        for other in unit.iter()
    )


def _thumbnail_unit(unit: Element) -> bool:
    """A block whose every picture is thumbnail-sized: a head-shot or an icon, no photo."""
    images = list(unit.iter(*_IMAGE_TAGS))
    return bool(images) and all(_small(img) for img in images)


def _not_photo(img: Element) -> bool:
    """A logo, icon or avatar, by its file name or class."""
    names = f"{img.get('class') or ''} {img.get('src') or ''} {img.get('data-src') or ''}"
    return bool(_NOT_PHOTO.search(names.rsplit("?", 1)[0]))


def _links_away(a: Element) -> bool:
    """A link to another page; a link to an image (or a place in the page) is a lightbox."""
    href = (a.get("href") or "").strip()
    return bool(href) and not href.startswith("#") and not _IMAGE_LINK.search(href)


def _teaser_link(el: Element) -> bool:
    """An element inside a link to another page is a teaser."""
    link = next(el.iterancestors("a"), None)
    return link is not None and _links_away(link)


def _teaser_card(unit: Element) -> bool:
    """A card for another story: its picture block holds a headline that links away (the
    card's "caption" is a kicker or a summary)."""
    for heading in unit.iter("h2", "h3", "h4", "h5", "h6"):
        if any(_links_away(a) for a in heading.iter("a")) and _link_share(heading) > 0.6:
            return True
    return False


def find_captions(root: Element, meta: PageMeta | None = None) -> tuple[FoundCaption, ...]:
    """Captions of a parsed page in document order; ``root`` is cleaned in place.

    Caption elements are read first; an image's own text (data-caption, credited alt)
    counts only for a photo block that has no caption element, wherever it sits.
    """
    strip_invisible(root)
    strip_boilerplate(root)
    taken: set[Element] = set()  # caption elements (and their insides) already read
    captioned_units: set[Element] = set()
    found: list[tuple[int, str, dict[str, str] | None, bool]] = []
    images: list[tuple[int, Element, Element]] = []
    figures: list[tuple[int, Element]] = []
    credits: list[tuple[int, Element]] = []
    for index, el in enumerate(root.iter()):
        if not isinstance(el.tag, str) or el in taken:
            continue
        if el.tag in _IMAGE_TAGS:
            images.append((index, el, _unit(el)))
            continue
        if _is_figure(el) and _has_picture(el):
            figures.append((index, el))
        if not is_caption_element(el):
            if is_credit_element(el):
                credits.append((index, el))
            continue
        # The outermost figcaption, else the innermost caption-classed element, is read.
        if el.tag != "figcaption" and any(
            is_caption_element(d) and d.tag != "figcaption" for d in el.iterdescendants()
        ):
            continue
        unit = _unit(el)
        if el.tag == "figcaption" and _credit_caption_element(el) and _has_other_caption(el, unit):
            continue  # read as the credit of that caption
        taken.update(el.iter())
        if _not_photo_unit(unit) or _teaser_link(el):
            continue
        result = _caption_from(el, unit)
        if result is not None:
            caption, parts, credit_el = result
            if credit_el is not None:
                taken.update(credit_el.iter())
            captioned_units.add(unit)
            found.append((index, caption, parts, False))
    # A figure with no caption element: its own text is the caption.
    for index, figure in figures:
        if figure in captioned_units or _not_photo_unit(figure) or _teaser_link(figure):
            continue
        if any(d in taken or _is_figure(d) for d in figure.iterdescendants()):
            continue
        text = _plain_caption(figure)
        if text is not None:
            captioned_units.add(figure)
            inner = [c for c in _credit_parts(figure) if visible_text(c)]
            own = {"credit": strip_label(visible_text(inner[0]))} if inner else {}
            found.append((index, text, own, False))
    # A photo block with a credit and no caption: the credit is its caption.
    for index, credit in credits:
        if credit in taken:
            continue
        unit = _unit(credit)
        if unit in captioned_units or not _has_picture(unit) or _not_photo_unit(unit):
            continue
        text = visible_text(credit)
        # The block must be the photo's, not a stretch of story that holds a picture.
        if _teaser_link(credit) or text_length(unit) - len(text) > _MAX_UNIT_EXTRA_TEXT:
            continue
        if text and len(text) <= _MAX_CREDIT and not _is_placeholder(text):
            taken.update(credit.iter())
            captioned_units.add(unit)
            found.append((index, text, {"credit": strip_label(text)}, False))
    for index, img, unit in images:
        # The caption may sit beside the picture's wrapper ("<div><img></div><p caption>").
        near = list(img.iterancestors())[:_UNIT_LEVELS]
        if (
            unit in captioned_units
            or any(a in captioned_units for a in near)
            or _small(img)
            or _not_photo(img)
            or _teaser_link(img)
            or _teaser_card(unit)
            or _plays_media(unit)
        ):
            continue
        carried = _image_caption(img)
        if carried and not _is_placeholder(carried[0]):
            found.append((index, carried[0], carried[1], True))
    collector = CaptionCollector()
    seen: set[tuple[str, str]] = set()
    for _index, text, embedded, fuzzy in sorted(found, key=lambda item: item[0]):
        # One caption laid out twice (desktop and mobile) may write its credit two ways:
        # "Photo: Jo Roe/AP" and "(Jo Roe/AP)".
        folded = _credit_key(text)
        if folded is not None and folded in seen:
            continue
        if folded is not None:
            seen.add(folded)
        collector.add(text, embedded, fuzzy=fuzzy)
    for image in meta.images if meta else ():
        collector.add(image.caption, {"credit": image.credit} if image.credit else None, fuzzy=True)
    # The share image's alt text stands for the lead photo only on a page where nothing else
    # was found (its caption rendered by script), and only when it is credited like one.
    alt = meta.image_alt if meta else None
    if alt and not len(collector) and split_credit(alt) is not None:
        collector.add(alt, fuzzy=True)
    return collector.captions()


def parse_html(markup: str, source: str) -> Element:
    """Parse with lxml's forgiving HTML parser; a page with no elements at all is refused."""
    # lxml refuses str input that carries an XML encoding declaration.
    markup = re.sub(r"^\s*<\?xml[^>]*\?>", "", markup, count=1)
    try:
        root = lxml_html.document_fromstring(markup)
    except (etree.ParserError, ValueError) as exc:
        raise SourceError(f"{source}: not HTML ({exc})") from exc
    if root is None or (root.find(".//body") is None and len(root) == 0):
        raise SourceError(f"{source}: not HTML (no elements)")
    return root


def article_from_html(
    markup: str,
    *,
    source: str,
    path: str | None = None,
    fmt: str = "html",
    url: str | None = None,
    crawled: date | None = None,
) -> SourceArticle:
    """The article of one page. ``url`` is where it was fetched (a web archive's record): the
    page's own canonical URL wins over it."""
    if "<" not in markup:
        raise SourceError(f"{source}: not HTML (no tags)")
    root = parse_html(markup, source)
    meta = read_meta(root)
    captions = find_captions(root, meta)
    # A relative canonical link ("/news/storm") names a page of the site that was fetched.
    canonical = urljoin(url, meta.url) if url and meta.url else meta.url
    return SourceArticle(
        source=canonical or source,
        format=fmt,
        captions=captions,
        title=meta.title,
        byline=meta.byline,
        published=meta.published,
        url=canonical or url,
        path=path,
        crawled=crawled,
        content=body_text(root),
    )


# Text under these is never read as the article's (scripts, ad and tracking slots).
_UNREAD = "ancestor::script or ancestor::style or ancestor::noscript or ancestor::template"


def body_text(root: Element) -> str:
    """The article's text as a reader sees it, to identify a page with no URL: its paragraphs,
    or the body's text when it has none. Comments, scripts and attributes are not text, so a
    recrawl that differs in those (an ad slot, a cache-buster) reads the same."""
    paragraphs = root.xpath(f"//body//p//text()[not({_UNREAD})]")
    if not paragraphs:
        paragraphs = root.xpath(f"//body//text()[not({_UNREAD})]")
    return " ".join(" ".join(str(piece) for piece in paragraphs).split())


def read_html(path: Path) -> Iterator[SourceArticle]:
    """One article per HTML file."""
    markup = decode_html(read_bytes(path), path)
    yield article_from_html(markup, source=str(path), path=str(path))
