"""Page furniture that web pages print around captions and a text copy keeps: slide counters,
caption toggles, "...more" truncations, caption labels, agency-and-date lines, buttons.

Each function looks at one cleaned line and answers with plain string tests (no regex that
could backtrack), so a line of any length costs time linear in its length.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from catalog.parsing import lexicon

from ..dates import DATE_LINE_MAX, looks_like_date_line

# Whole lines that are controls or section words, never text of their own (case-folded, with
# trailing dots and colons removed).
CONTROL_LINES = frozenset(
    {
        "close",
        "open",
        "next",
        "previous",
        "prev",
        "back",
        "share",
        "expand",
        "fullscreen",
        "full screen",
        "enlarge this image",
        "enlarge image",
        "toggle caption",
        "hide caption",
        "show caption",
        "caption",
        "image caption",
        "image",
        "imagen",
        "imagem",
        "immagine",
        "bild",
        "photo",
        "foto",
        "photos",
        "fotos",
        "gallery",
        "galerie",
        "galería",
        "galeria",
        "galleria",
        "view gallery",
        "continue reading",
        "read more",
        "more",
        "show more",
        "see more",
        "leia mais",
        "lire la suite",
        "weiterlesen",
        "leer más",
        "ver más",
        "find out more",
        "legende",
        "legenda",
        "légende",
        "play",
        "pause",
        "advertisement",
        "advertising",
        "publicité",
        "anzeige",
        "publicidad",
        "publicidade",
    }
)

# Labels that open a caption: what follows them is a caption, whatever its shape.
CAPTION_LABELS = (
    "image caption",
    "photo caption",
    "caption",
    "legende",
    "legenda",
    "légende",
    "bildunterschrift",
    "bildtext",
    "pie de foto",
    "didascalia",
    "подпись",
    "toggle caption",
)

# Controls printed after a caption: "hide caption", "— find out more".
TRAILING_CONTROLS = (
    "hide caption",
    "toggle caption",
    "show caption",
    "enlarge this image",
    "find out more",
    "see more",
    "read more",
)
# Marks of a caption cut short by the page, with a control to read the rest.
CUT_MARKS = ("...more", "…more", "... more", "… more")

# Words between the two numbers of a slide counter: "3 / 38", "1 of 11", "5 de 12".
_COUNTER_WORDS = frozenset({"/", "of", "de", "di", "da", "von", "sur", "из", "van", "af"})
_COUNTER_PREFIXES = ("photo", "foto", "image", "imagen", "imagem", "bild", "slide", "picture")


_TRAILING_MARKS = TRAILING_CONTROLS + CUT_MARKS
_TRAILING_LAST = frozenset(mark[-1] for mark in _TRAILING_MARKS)
_TRAILING_LAST |= frozenset(char.upper() for char in _TRAILING_LAST)


@dataclass(frozen=True, slots=True)
class Stripped:
    """A line without its furniture, and what the furniture said about it."""

    text: str
    labelled: bool = False  # a caption label opened it
    cut: bool = False  # the page cut it short ("...more")


# No line of furniture is longer than this (a date line after a source is the longest).
MAX_FURNITURE = DATE_LINE_MAX + 30


def _bare(text: str) -> str:
    return text.casefold().rstrip(" .:…").strip()


def is_counter(line: str) -> bool:
    """A slide counter: "3 / 38", "3/38", "1 of 11", "5 de 12", "Photo 2 of 9"."""
    if len(line) > 24 or not line[-1:].isdigit():
        return False
    words = line.casefold().replace("/", " / ").split()
    if words and words[0] in _COUNTER_PREFIXES:
        words = words[1:]
    return (
        len(words) == 3
        and words[0].isdigit()
        and words[2].isdigit()
        and words[1] in _COUNTER_WORDS
        and len(words[0]) <= 4
        and len(words[2]) <= 4
    )


def is_control(line: str) -> bool:
    """A control or a section word alone on its line, or a line without a letter ("|", "45")."""
    if len(line) <= 40 and _bare(line) in CONTROL_LINES:
        return True
    return not any(ch.isalpha() for ch in line[:200])


def is_date_line(line: str) -> bool:
    """A date alone ("Sept. 19, 2016"), or after a source: "Reuters / Monday, April 07, 2015"."""
    if len(line) > MAX_FURNITURE:
        return False
    if looks_like_date_line(line):
        return True
    source, bar, when = line.partition(" / ")
    if not bar:
        source, bar, when = line.partition(" | ")
    return bool(bar) and len(source.split()) <= 4 and looks_like_date_line(when)


def is_furniture(line: str) -> bool:
    return is_counter(line) or is_control(line) or is_date_line(line)


# What follows a teaser label: "Read more: ...", "RELATED | ...", "Lire aussi » ...".
_TEASER_MARKS = frozenset(":：|-–—»>")
# A teaser label is this short at most, "das könnte sie auch interessieren" included.
_TEASER_SCAN = 48


@cache
def _teaser_words() -> frozenset[str]:
    """The first words of the teaser labels ("read", "related", "lire", "читайте")."""
    return frozenset(label.split()[0] for label in lexicon.teaser_labels())


def teaser(line: str) -> str | None:
    """What a teaser for another page says after its label ("Read more: Floods hit ..."
    gives "Floods hit ..."; a label alone gives ""), or None for any other line. Teasers are
    headlines of other pages, never captions, even with an agency in brackets."""
    # Almost no line opens with a label's first word: one set look-up turns them away.
    first = line[:_TEASER_SCAN].split(None, 1)[0].rstrip(":：|").casefold()
    if first not in _teaser_words():
        return None
    folded = line[:_TEASER_SCAN].casefold()
    for label in lexicon.teaser_labels():
        if folded.startswith(label):
            rest = line[len(label) :].lstrip()
            if not rest.strip(":：").strip():
                return ""
            if rest[:1] in _TEASER_MARKS:
                return rest.lstrip(":：|-–—»> ")
    return None


_LABEL_INITIALS = frozenset(label[0] for label in CAPTION_LABELS)
_LABEL_INITIALS |= frozenset(initial.upper() for initial in _LABEL_INITIALS)


def _strip_label(text: str) -> tuple[str, bool]:
    if text[:1] not in _LABEL_INITIALS:
        return text, False
    folded = text[:40].casefold()
    for label in CAPTION_LABELS:
        if folded.startswith(label):
            rest = text[len(label) :]
            # "Legende: ...", "Image caption, ...", "toggle caption ...": a mark must follow.
            if rest[:1] in (":", ",", " ") and rest.lstrip(" :,"):
                return rest.lstrip(" :,").lstrip(), True
    return text, False


def _strip_trailing(text: str) -> tuple[str, bool]:
    """Drop controls and cut marks from the end; ``True`` when the text was cut short."""
    cut = False
    for _ in range(3):
        folded = text[-30:].casefold()
        if not folded.endswith(_TRAILING_MARKS):
            return text, cut
        for control in TRAILING_CONTROLS:
            if folded.endswith(control):
                text = text[: -len(control)].rstrip(" -–—|")
                break
        else:
            for mark in CUT_MARKS:
                if folded.endswith(mark) and len(text) > len(mark) + 20:
                    text = text[: -len(mark)].rstrip()
                    cut = True
                    break
            else:
                return text, cut
    return text, cut


_PLACEHOLDER_MAX = 120
_PLACEHOLDER_WORDS = 4


def _strip_placeholder(text: str) -> str:
    """Drop an image placeholder glued before a caption: "[You must be logged in to see this
    image]A caption...". A bracket of a few words opening the line, with text after it."""
    if not text.startswith("["):
        return text
    close = text.find("]", 1, _PLACEHOLDER_MAX)
    rest = text[close + 1 :].lstrip() if close > 0 else ""
    if rest and len(text[1:close].split()) >= _PLACEHOLDER_WORDS:
        return rest
    return text


def may_have_furniture(line: str) -> bool:
    """A cheap test before ``strip``: the line opens or ends as furniture would."""
    return (
        line[:1] == "["
        or (line[-1:] in _TRAILING_LAST and line[-30:].casefold().endswith(_TRAILING_MARKS))
        or (line[:1] in _LABEL_INITIALS and line[:40].casefold().startswith(CAPTION_LABELS))
    )


def strip(line: str) -> Stripped:
    """The line without image placeholders, caption labels, trailing controls and cut marks."""
    text, labelled = _strip_label(_strip_placeholder(line))
    text, cut = _strip_trailing(text)
    return Stripped(text, labelled, cut)
