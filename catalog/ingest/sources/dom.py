"""Generic markup helpers for the HTML reader: class-name tokens, visible text, and removal
of what a reader never sees (hidden text, UI controls) or never wants (navigation, ads,
teasers, author boxes). Every rule reads markup patterns shared by many sites, never a
site's own names, and a region is only dropped when it is not the article itself."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from lxml import html as lxml_html

from catalog.folding import clean

Element = lxml_html.HtmlElement

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_SPLIT = re.compile(r"[^a-z0-9]+")

# Never content: code, styling, form controls, and inline vector icons.
DROP_TAGS = (
    "script",
    "style",
    "template",
    "svg",
    "button",
    "select",
    "input",
    "textarea",
    "option",
    "link",
    "meta",
)
# Where navigation, site chrome, ads, teasers and author boxes live.
BOILERPLATE_TAGS = frozenset({"nav", "footer", "aside"})
BOILERPLATE_ROLES = frozenset(
    {"navigation", "contentinfo", "banner", "complementary", "search", "menu", "menubar", "dialog"}
)
BOILERPLATE_TOKENS = frozenset(
    {
        # navigation and chrome
        "nav",
        "navbar",
        "navigation",
        "menu",
        "breadcrumb",
        "breadcrumbs",
        "footer",
        "masthead",
        "topbar",
        "toolbar",
        "sidebar",
        "rail",
        "logo",
        "brand",
        "branding",
        # other stories
        "related",
        "recommended",
        "recommendations",
        "promo",
        "promos",
        "teaser",
        "teasers",
        "outbrain",
        "taboola",
        "trending",
        "popular",
        "mostread",
        "more",
        "onward",
        "newsletter",
        "subscribe",
        "subscription",
        "signup",
        "paywall",
        "comments",
        "comment",
        "share",
        "sharing",
        "social",
        # advertising
        "ad",
        "ads",
        "advert",
        "adverts",
        "advertisement",
        "advertising",
        "sponsor",
        "sponsored",
        "dfp",
        "adslot",
        "adunit",
        "adsbygoogle",
        "gpt",
        # consent and cookie banners
        "cookie",
        "cookies",
        "consent",
        "gdpr",
        "onetrust",
        # people who wrote the story, not the photo
        "byline",
        "author",
        "authors",
        "bio",
        "avatar",
        "headshot",
        "profile",
        "contributor",
        "contributors",
    }
)
# Moving pictures: their captions are not photo captions.
MEDIA_TOKENS = frozenset({"video", "videos", "player", "audio", "podcast", "vjs"})
BOILERPLATE_TOKENS |= MEDIA_TOKENS
MEDIA_TAGS = ("video", "audio", "iframe", "object", "embed")
# Custom elements of players ("video-js", "amp-youtube", "lite-vimeo") and player classes
# named as one word ("jwplayer", "videoplayer").
_MEDIA_WORDS = ("video", "youtube", "vimeo", "player", "audio", "brightcove", "dailymotion")
_MEDIA_ITEMTYPES = ("videoobject", "audioobject")


def is_media_box(el: Element) -> bool:
    """A box named for a player ("video-player", "jwplayer"): removed with its figure."""
    words = tokens(el)
    return bool(words & MEDIA_TOKENS) or any(w.endswith("player") for w in words)


def is_media(el: Element) -> bool:
    """A player of moving pictures or sound: an element that plays (``video``, a custom
    player element such as ``video-js`` or ``amp-youtube``), a VideoObject, or its box."""
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag in MEDIA_TAGS or ("-" in tag and any(word in tag for word in _MEDIA_WORDS)):
        return True
    if (el.get("itemtype") or "").lower().rstrip("/").endswith(_MEDIA_ITEMTYPES):
        return True
    return is_media_box(el)


# Whole class names (not tokens: "overflow-hidden" wraps content) that hide text from sight.
_HIDDEN_CLASSES = frozenset(
    {
        "hidden",
        "hide",
        "is-hidden",
        "u-hidden",
        "invisible",
        "visually-hidden",
        "visuallyhidden",
        "sr-only",
        "sr-text",
        "screen-reader-text",
        "screen-reader-only",
        "screenreader-only",
        "off-screen",
        "offscreen",
        "element-invisible",
        "a11y-hidden",
        "assistive-text",
        "u-vh",
        "vh",
    }
)
_HIDDEN_SUFFIXES = (
    "visually-hidden",
    "visuallyhidden",
    "sr-only",
    "screen-reader-text",
    "off-screen",
    "offscreen",
    "a11y-hidden",
)
# Tokens of controls whose short labels ("hide caption", "Enlarge this image") are UI text.
_CONTROL_TOKENS = frozenset(
    {
        "toggle",
        "hide",
        "expand",
        "collapse",
        "enlarge",
        "zoom",
        "close",
        "btn",
        "button",
        "icon",
        "counter",
        "count",
        "pagination",
    }
)
_MAX_HIDDEN_TEXT = 300
_MAX_CONTROL_TEXT = 40

INLINE_TAGS = frozenset(
    {
        "a",
        "b",
        "i",
        "em",
        "strong",
        "u",
        "s",
        "sup",
        "sub",
        "small",
        "abbr",
        "mark",
        "q",
        "cite",
        "time",
        "font",
        "bdi",
        "bdo",
        "code",
        "span",
        "wbr",
    }
)
# Visible UI labels that sit inside caption elements on many sites.
# "Close" and "Expand" are labels only when a colon follows or they stand alone, or (at the
# end) when written as a capitalised button label: "Close friends gather ..." and "... came
# close" are captions.
_UI_PHRASES = re.compile(
    r"^(?:(?:media|image|photo|video) caption|caption|hide caption|toggle caption|"
    r"enlarge this image|open gallery|view gallery|see more)\b\s*[:\-]?\s*|"
    r"^(?:expand|close)\s*(?:[:\-]\s*|$)|"
    r"^\d+\s*/\s*\d+\s+(?=\S)|"
    r"^(?:image|photo|picture|slide)\s+\d+\s*(?:of|/)\s*\d+\s*[:.\-]?\s+(?=\S)|"
    r"\s*\b(?:hide caption|toggle caption|enlarge this image|show more|(?-i:Close|Expand))\s*$",
    re.IGNORECASE,
)


def tokens(el: Element) -> set[str]:
    """Words of the class and id: "c-lead-image__caption" gives c, lead, image, caption."""
    raw = f"{el.get('class') or ''} {el.get('id') or ''}"
    return {t for t in _SPLIT.split(_CAMEL.sub(" ", raw).lower()) if t}


def class_names(el: Element) -> list[str]:
    return (el.get("class") or "").lower().split()


def is_hidden(el: Element) -> bool:
    if el.get("hidden") is not None:
        return True
    style = (el.get("style") or "").replace(" ", "").lower()
    if "display:none" in style or "visibility:hidden" in style:
        return True
    return any(
        name in _HIDDEN_CLASSES or name.endswith(_HIDDEN_SUFFIXES) for name in class_names(el)
    )


def is_control(el: Element) -> bool:
    """A button or toggle; ``summary`` is the label of a collapsible ``details``."""
    return el.tag == "summary" or el.get("role") == "button" or bool(tokens(el) & _CONTROL_TOKENS)


def text_length(el: Element) -> int:
    return len(clean(el.text_content()))


def remove(el: Element) -> None:
    """Drop an element but keep the text that follows it (its tail) in place."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail:
        previous = el.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def strip_invisible(root: Element) -> None:
    """Remove what a reader never sees: scripts, hidden text, short UI control labels."""
    for el in list(root.iter(*DROP_TAGS)):
        remove(el)
    for el in list(root.iter()):
        if not isinstance(el.tag, str):
            remove(el)  # comments, processing instructions
    doomed = [
        el
        for el in root.iter()
        if isinstance(el.tag, str)
        and el.tag not in ("html", "body")
        and (
            (is_hidden(el) and text_length(el) <= _MAX_HIDDEN_TEXT)
            # A figcaption is never a control, however its class reads ("caption-collapse").
            or (is_control(el) and el.tag != "figcaption" and text_length(el) <= _MAX_CONTROL_TEXT)
        )
    ]
    for el in doomed:
        remove(el)


def _paragraph_mass(root: Element) -> dict[Element, int]:
    """Characters of paragraph text under each element: where the article body is."""
    mass: dict[Element, int] = {}
    for p in root.iter("p"):
        size = text_length(p)
        for el in (p, *p.iterancestors()):
            mass[el] = mass.get(el, 0) + size
    return mass


def is_boilerplate(el: Element) -> bool:
    if el.tag in BOILERPLATE_TAGS or (el.get("role") or "") in BOILERPLATE_ROLES:
        return True
    return bool(tokens(el) & BOILERPLATE_TOKENS) or is_media_box(el)


# Inside a caption these words name the photographer or agency ("photo-byline",
# "credit-logo"), not an author box or the site's logo; share buttons and the like go.
_PEOPLE_TOKENS = frozenset(
    {
        "byline",
        "author",
        "authors",
        "bio",
        "profile",
        "contributor",
        "contributors",
        "logo",
        "brand",
        "branding",
        "credit",
        "copyright",
    }
)


def _credit_in_caption(el: Element) -> bool:
    if not tokens(el) & _PEOPLE_TOKENS:
        return False
    return any(a.tag == "figcaption" or "caption" in tokens(a) for a in el.iterancestors())


def strip_boilerplate(root: Element) -> None:
    """Remove navigation, ads, teasers, author boxes and video players.

    A wrapper whose class merely mentions a sidebar ("withSidebar") can hold the whole
    story, so a region that holds a quarter of the page's paragraph text, the headline, or
    the article element is kept whatever its class says.
    """
    mass = _paragraph_mass(root)
    total = mass.get(root, 0)
    # Elements themselves, not id(): lxml proxies are recreated, so their ids get reused.
    keep: set[Element] = set(root.iter("h1", "main"))
    keep.update(root.xpath('//*[@itemprop="articleBody"]'))
    # An article element is the story only when it holds the story's text: a list of
    # teaser cards is made of small article elements too.
    keep.update(a for a in root.iter("article") if total and mass.get(a, 0) * 4 >= total)
    keep.update(ancestor for el in list(keep) for ancestor in el.iterancestors())
    doomed: list[Element] = []
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in ("html", "body") or not is_boilerplate(el):
            continue
        if el in keep or (total and mass.get(el, 0) * 4 >= total):
            continue
        if is_media_box(el):
            # A player inside a figure makes the whole figure a video, caption included.
            figure = next(el.iterancestors("figure"), None)
            if figure is not None and mass.get(figure, 0) * 4 < max(total, 1):
                el = figure
        elif _credit_in_caption(el):
            continue  # "photo-byline" in a caption is the photo's credit, not an author box
        doomed.append(el)
    for el in doomed:
        if el.getparent() is not None:
            remove(el)


def visible_text(el: Element) -> str:
    """Text as displayed (see ``displayed_text``), without the UI labels captions carry."""
    return strip_ui_phrases(displayed_text(el))


def displayed_text(el: Element) -> str:
    """Text as displayed: block boundaries become spaces, inline markup does not split words;
    a span with a class of its own (caption part, credit part) is a separate piece."""
    parts: list[str] = []

    def walk(node: Element) -> None:
        separate = node.tag not in INLINE_TAGS or (node.tag == "span" and node.get("class"))
        if node.tag == "br" or separate:
            parts.append(" ")
        if node.text:
            parts.append(node.text)
        for child in node:
            if isinstance(child.tag, str):
                walk(child)
            if child.tail:
                parts.append(child.tail)
        if separate:
            parts.append(" ")

    walk(el)
    text = clean("".join(parts))
    return re.sub(r"\s+([,.;:!?)\]])", r"\1", text)


def strip_ui_phrases(text: str) -> str:
    previous = None
    while previous != text:
        previous, text = text, _UI_PHRASES.sub("", text).strip()
    return text


def iter_elements(root: Element, tags: Iterable[str] | None = None) -> Iterator[Element]:
    for el in root.iter(*(tags or ())):
        if isinstance(el.tag, str):
            yield el
