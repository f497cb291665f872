"""Text that still holds markup (a page stored as text with its tags, a CMS export): read with
lxml and the HTML reader's DOM helpers into lines, which then join the plain-text path.

Each block element starts a line; inline elements stay inside theirs; the caption an image or
figure carries in an attribute (``alt``, ``title``, ``data-caption``, a credit attribute) is a
line of its own, where the element stands. WordPress ``[caption]`` shortcodes are figures.
The lines of a ``<figcaption>`` are noted: the markup says they are a caption, credited or not
(as the HTML reader takes them).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from ..dom import Element

# Tags and attributes that mark a text as holding markup (looked for in its first part only
# for the tags, so a text that mentions "<p>" once far down stays plain text).
_TAG = re.compile(
    r"<(?:/?(?:p|div|span|img|image|figure|figcaption|picture|a|br|h[1-6]|li|ul|ol|section|"
    r"article|em|strong|b|i|table|tr|td|blockquote|cite|small|header|footer|main)\b)",
    re.IGNORECASE,
)
_ATTRIBUTES = ("data-caption=", "[caption")
_SNIFF = 200_000
# Attributes that hold a caption or its credit.
_CAPTION_ATTRIBUTES = ("alt", "title")
_ATTRIBUTE_WORDS = ("caption", "credit", "copyright")
_PICTURE_TAGS = frozenset({"img", "image", "figure", "picture", "source", "amp-img"})
# Where markup breaks a line: a private-use character, so that runs of breaks and the white
# space between blocks collapse into one blank line.
_BREAK = "\ue000"
# Where a line of a figure's caption starts: another private-use character, removed before
# the lines are handed on.
_CAPTION = "\ue001"
# Where an attribute's text starts (alt text, a data-caption): a paragraph of its own, beside
# the flow of the page's text.
_ATTRIBUTE = "\ue004"
_SHORTCODE_OPEN = "[caption"
_SHORTCODE_CLOSE = "[/caption]"


def has_markup(text: str) -> bool:
    """Whether ``text`` holds tags or caption attributes of a web page."""
    # "[" first: one character is looked for with memchr, a word by a slower scan (2 µs for a
    # 4 kB article), and most texts hold neither.
    if "<" not in text and ("[" not in text or "[caption" not in text):
        return False
    head = text[:_SNIFF]
    return _TAG.search(head) is not None or any(mark in head for mark in _ATTRIBUTES)


def _shortcodes_to_figures(text: str) -> str:
    """``[caption id=...]<img ...> Text[/caption]`` as ``<figure><img ...> Text</figure>``."""
    if _SHORTCODE_OPEN not in text:
        return text
    parts: list[str] = []
    position = 0
    while True:
        start = text.find(_SHORTCODE_OPEN, position)
        if start < 0:
            break
        end = text.find("]", start)
        if end < 0:
            break
        parts.append(text[position:start])
        parts.append("<figure>")
        position = end + 1
    parts.append(text[position:])
    return "".join(parts).replace(_SHORTCODE_CLOSE, "</figure>")


def _attribute_lines(el: Element) -> list[str]:
    lines = []
    for name, value in el.attrib.items():
        name = name.casefold()
        if not value or not value.strip():
            continue
        if (name in _CAPTION_ATTRIBUTES and el.tag in _PICTURE_TAGS) or (
            name.startswith("data-") and any(word in name for word in _ATTRIBUTE_WORDS)
        ):
            lines.append(value)
    return lines


def _walk(root: Element, out: list[str]) -> None:
    """Text of ``root`` with a line break around each block (iterative: any depth of nesting)."""
    from lxml import etree

    from ..dom import INLINE_TAGS

    caption = 0  # depth of figcaption elements the walk is inside
    for event, node in etree.iterwalk(root, events=("start", "end")):
        tag = node.tag if isinstance(node.tag, str) else ""
        block = tag not in INLINE_TAGS
        if event == "start":
            caption += tag == "figcaption"
            if block or tag == "br":
                out.append(f"{_BREAK}{_CAPTION}" if caption else _BREAK)
            for value in _attribute_lines(node):
                out.append(f"{_BREAK}{_ATTRIBUTE}{value}{_BREAK}")
            if node.text and tag:
                out.append(node.text)
        else:
            caption -= tag == "figcaption"
            if block:
                out.append(f"{_BREAK}{_CAPTION}" if caption else _BREAK)
            if node.tail and node is not root:
                out.append(node.tail)


def _opens_blank(part: str) -> bool:
    return part[: len(part) - len(part.lstrip())].count("\n") >= 2


def _ends_blank(part: str) -> bool:
    return part[len(part.rstrip()) :].count("\n") >= 2


class Markup(NamedTuple):
    lines: list[str]
    captions: frozenset[int]  # the lines a <figcaption> holds
    blocks: frozenset[int]  # the lines that open a block (or an attribute's text)


def markup_lines(text: str) -> list[str]:
    """The lines a reader sees in a text that holds markup; the text's own line breaks stay."""
    return read_markup(text).lines


def read_markup(text: str) -> Markup:
    """The lines a reader sees in a text that holds markup (the text's own line breaks stay),
    with those a ``<figcaption>`` holds and those that open a block noted."""
    # lxml (and the DOM helpers on it) load here, for a text that holds markup: a plain text
    # article is read without them.
    from lxml import etree
    from lxml import html as lxml_html

    from ..dom import DROP_TAGS

    source = _shortcodes_to_figures(text)
    try:
        root = lxml_html.document_fromstring(f"<div>{source}</div>")
    except (etree.ParserError, ValueError):
        return Markup(text.splitlines(), frozenset(), frozenset())
    etree.strip_elements(root, *DROP_TAGS, with_tail=False)
    etree.strip_tags(root, etree.Comment, etree.ProcessingInstruction)
    out: list[str] = []
    body = root.find("body")
    _walk(body if body is not None else root, out)
    # The text's own blank lines part paragraphs, as in plain text; blocks written one after
    # the other are lines of one run (a gallery of <p> captions, a credit under its caption),
    # each a text of its own: no block continues the line above it as a wrapped caption.
    lines: list[str] = []
    captions: set[int] = set()
    blocks: set[int] = set()
    blank = False  # a blank line of the text stands since the last block
    for part in "".join(out).split(_BREAK):
        caption = part.startswith(_CAPTION)
        attribute = part.startswith(_ATTRIBUTE)
        part = part.lstrip(_CAPTION + _ATTRIBUTE)
        if not part.strip():
            blank = blank or part.count("\n") >= 2
            continue
        if lines and (blank or attribute or _opens_blank(part)):
            lines.append("")
        if caption:
            captions.update(range(len(lines), len(lines) + len(part.strip("\n").splitlines())))
        blocks.add(len(lines))
        lines.extend(part.strip("\n").splitlines())
        blank = attribute or _ends_blank(part)
    return Markup(lines, frozenset(captions), frozenset(blocks))
