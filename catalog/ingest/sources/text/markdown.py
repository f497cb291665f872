"""Markdown left in scraped text: many scrapers store a page as Markdown, so captions come
wrapped in its marks (``*A caption. Photo: Name/AP*``, ``> quoted``, ``- listed``) and images
and links in its brackets (``![alt text](https://...)``, ``[Name](https://...)``). The marks
go, the words stay: an image becomes its alt text on a line of its own (a copy of the caption,
as an HTML page's alt text is) or, without alt text, the placeholder a text dump prints.

Only a text with Markdown links or images (``](http``, ``](/``) is read so: elsewhere a line
that opens with "- " or "* " is left as it stands. Three marks go from the lines of any text:
the quotation marks of mail and forums ("> ", "> > "), bullet glyphs ("• ") and emphasis
around a whole line ("*A caption. Photo: Name/AP*").

Plain string scans, no regex: each line costs time linear in its length.
"""

from __future__ import annotations

# What marks a text as Markdown: a link or an image's target.
_TARGETS = ("](http", "](/", "](www.")
# A link's or image's target opens as an address does.
_ADDRESS = ("http://", "https://", "/", "#", "www.", "mailto:")
# Line marks: a quotation, a heading, an item of a list.
_QUOTE = ">"
_HEADING = "#"
_BULLETS = ("- ", "* ", "+ ")
# Emphasis around a whole line ("*A caption.*", "__A caption__"), longest first.
_EMPHASIS = ("***", "___", "**", "__", "*", "_")
# Strong emphasis inside a line ("**Above:** A man ..."): never part of the words.
_STRONG = ("**", "__")
# What an image without alt text leaves: the placeholder a text dump prints (furniture).
IMAGE_PLACEHOLDER = "[image]"


def is_markdown(text: str) -> bool:
    # Most texts hold no "]" at all: one character is looked for with memchr, some hundred
    # times faster than the scans for the three targets (7 µs for a 4 kB article).
    return "]" in text and any(target in text for target in _TARGETS)


# Bullet glyphs that open an item of a list in any text (never a caption's first character).
_GLYPHS = ("•", "▪", "►", "▸", "◦")
_LINE_MARKS = (_QUOTE, *_GLYPHS, "*", "_")


def has_line_marks(text: str) -> bool:
    return any(mark in text for mark in _LINE_MARKS)


def unmarked_lines(lines: list[str]) -> list[str]:
    """``lines`` without the quotation marks, bullet glyphs and emphasis around them."""
    return [_unmarked(line) if line.lstrip()[:1] in _LINE_MARKS else line for line in lines]


def _unmarked(line: str) -> str:
    text = line.strip()
    while text.startswith(_QUOTE):
        text = text[1:].lstrip()
    if text.startswith(_GLYPHS) and text[1:2].isspace():
        text = text[1:].lstrip()
    return _unemphasised(text)


def _unemphasised(text: str) -> str:
    """``text`` without the emphasis around all of it: "*A caption.*", "__A caption__" (the
    opening mark touches the first word, as Markdown's does: "* item *" is no emphasis)."""
    for mark in _EMPHASIS:
        size = len(mark)
        if (
            len(text) > 2 * size
            and text.startswith(mark)
            and text.endswith(mark)
            and not text[size].isspace()
        ):
            return text[size:-size].strip()
    return text


def plain_lines(lines: list[str]) -> list[str]:
    """The lines of a Markdown text without its marks; an image alone on its line becomes
    its alt text (or the image placeholder)."""
    return [_plain(line) for line in lines]


# A longer line is no caption (the reader skips it whole) and is left as it is.
_MAX_LINE = 20_000


def _plain(line: str) -> str:
    text = line.strip()
    if not text or len(text) > _MAX_LINE:
        return line
    text = _unmarked(text)
    if text.startswith(_HEADING):
        rest = text.lstrip(_HEADING)
        if rest[:1] == " " and len(text) - len(rest) <= 6:
            text = rest.lstrip()
    if text.startswith(_BULLETS):
        text = text[2:].lstrip()
    if "](" in text:
        text = _links(text)
    for mark in _STRONG:
        if text.count(mark) >= 2:
            text = text.replace(mark, "")
    return _unemphasised(text)


# A link's words or an image's alt text are this long at most.
_MAX_WORDS = 1000
# Where an image's alt text stands while the links around it are read (private-use marks).
_ALT_OPEN, _ALT_CLOSE = "\ue002", "\ue003"


def _links(text: str) -> str:
    """``text`` with each ``[words](address)`` read as its words and each image
    ``![alt](address)`` as its alt text: alone on the line (a linked image too), the line is
    the image's (its alt text, or the placeholder); inside text, the image goes."""
    position = 0
    images = False
    while True:
        middle = text.find("](", position)
        if middle < 0:
            break
        opening = text.rfind("[", max(0, middle - _MAX_WORDS), middle)
        closing = text.find(")", middle + 2)
        address = text[middle + 2 : closing].split(" ", 1)[0] if closing > 0 else ""
        if opening < 0 or "]" in text[opening:middle] or not address.startswith(_ADDRESS):
            position = middle + 2
            continue
        words = text[opening + 1 : middle]
        if opening > 0 and text[opening - 1] == "!":
            images = True
            opening -= 1
            words = f"{_ALT_OPEN}{words}{_ALT_CLOSE}"
        text = f"{text[:opening]}{words}{text[closing + 1 :]}"
        # A linked image ("[![alt](image)](page)"): its link is read next.
        position = opening
    if not images:
        return text
    outside, alts = [], []
    for part in text.split(_ALT_OPEN):
        alt, _, rest = part.rpartition(_ALT_CLOSE)
        alts.append(alt)
        outside.append(rest)
    if not "".join(outside).strip():
        return " ".join(alt.strip() for alt in alts if alt.strip()) or IMAGE_PLACEHOLDER
    return " ".join("".join(outside).split())
