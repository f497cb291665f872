"""Page furniture that web pages print around captions and a text copy keeps: slide counters,
caption toggles, "...more" truncations, caption labels, agency-and-date lines, buttons.

Each function looks at one cleaned line and answers with plain string tests (no regex that
could backtrack), so a line of any length costs time linear in its length.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from catalog.parsing import lexicon
from catalog.parsing.credits import starts_with_label

from ..dates import DATE_LINE_MAX, looks_like_date_line


@dataclass(frozen=True, slots=True)
class _Words:
    """The reader's furniture, from the parser's data (``lexicon``): built on first use."""

    # Whole lines that are controls or section words, never text of their own (case-folded,
    # with trailing dots and colons removed).
    control_lines: frozenset[str]
    # Labels that open a caption, and toggles printed before one: what follows them is a
    # caption, whatever its shape. Longest first, so that "image caption" is taken whole
    # rather than as "caption".
    caption_labels: tuple[str, ...]
    # The labels by their first character, in either case: most lines open with none.
    labels_by_initial: dict[str, tuple[str, ...]]
    # Controls printed after a caption ("hide caption", "— find out more"): the page's
    # furniture and controls of several words. A button word alone ("Zoom", "Expand") may be
    # the caption's own last word, so the reader leaves it (the parser drops it after a
    # closed credit).
    trailing_controls: tuple[str, ...]
    # Marks of a caption cut short by the page, with a control to read the rest.
    cut_marks: tuple[str, ...]
    trailing_marks: tuple[str, ...]
    # The controls and marks by their last character, in either case: most lines end with
    # none, and a line that does is compared with only those that end as it does.
    trailing_by_last: dict[str, tuple[str, ...]]
    trailing_scan: int


def _longest_first(words: frozenset[str]) -> tuple[str, ...]:
    return tuple(sorted(words, key=lambda word: (-len(word), word)))


def _by_char(words: tuple[str, ...], at: int) -> dict[str, tuple[str, ...]]:
    """``words`` by their character at ``at`` (0 or -1), under it in both cases, in order."""
    table: dict[str, tuple[str, ...]] = {}
    for word in words:
        for char in {word[at], word[at].upper()}:
            table[char] = (*table.get(char, ()), word)
    return table


_known: _Words | None = None


def _load() -> _Words:
    """The reader's furniture words, read from the data on first use (the functions below
    read the module's ``_known`` first: they run once per line of every text)."""
    global _known
    labels = _longest_first(lexicon.caption_labels() | lexicon.caption_toggles())
    furniture = lexicon.page_furniture()
    controls = lexicon.page_controls() | furniture
    trailing = _longest_first(frozenset(phrase for phrase in controls if " " in phrase))
    cut = lexicon.cut_marks()
    marks = trailing + cut
    _known = _Words(
        control_lines=controls | lexicon.caption_labels(),
        caption_labels=labels,
        labels_by_initial=_by_char(labels, 0),
        trailing_controls=trailing,
        cut_marks=cut,
        trailing_marks=marks,
        trailing_by_last=_by_char(marks, -1),
        trailing_scan=max(len(mark) for mark in marks),
    )
    return _known


@dataclass(frozen=True, slots=True)
class Stripped:
    """A line without its furniture, and what the furniture said about it."""

    text: str
    labelled: bool = False  # a caption label opened it
    cut: bool = False  # the page cut it short ("...more")


# No line of furniture is longer than this (a date line after a source is the longest).
MAX_FURNITURE = DATE_LINE_MAX + 30


# A caption label is looked for in a line's first characters (the longest is far shorter).
_LABEL_SCAN = 40


def _bare(text: str) -> str:
    return text.casefold().rstrip(" .:…").strip()


# A slide counter ("3 / 38", "Photo 2 of 9"): the parser's test, which also keeps one from
# being read as a caption's credit.
is_counter = lexicon.is_counter


def is_control(line: str) -> bool:
    """A control or a section word alone on its line, or a line without a letter ("|", "45")."""
    if len(line) <= 40 and _bare(line) in (_known or _load()).control_lines:
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


# File names a text dump prints for an image without alt text: "[harbour-view.jpg]".
_IMAGE_FILES = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".tif", ".tiff")
_MAX_PLACEHOLDER = 60


def is_placeholder(line: str) -> bool:
    """The mark a text dump prints where an image stood: "[IMG]", "[Image]", "[Foto 3]",
    "[harbour-view.jpg]". Not a credit in brackets ("[Photo: Jo Roe/AP]"): a picture word
    alone, with a number or a file name at most."""
    if len(line) > _MAX_PLACEHOLDER or line[:1] != "[" or line[-1:] != "]":
        return False
    inner = line[1:-1].strip()
    if " " not in inner and inner.casefold().endswith(_IMAGE_FILES):
        return True
    word, _, rest = inner.partition(" ")
    rest = rest.strip()
    return word.rstrip(":").casefold() in lexicon.counter_labels() and (
        not rest or rest.isdigit() or (" " not in rest and rest.casefold().endswith(_IMAGE_FILES))
    )


_ADDRESSES = ("http://", "https://", "www.")


def is_address(line: str) -> bool:
    """A page's address alone on its line, after a one-word label at most ("URL: https://...",
    "Source: www.example.org/..."): an archive's record of where a page came from, no credit
    (a domain may name an outlet)."""
    label, _, rest = line.rpartition(" ")
    if label and (" " in label or not label.endswith(":") or starts_with_label(label)):
        return False  # "Photo: https://..." credits a source
    return rest.casefold().startswith(_ADDRESSES)


def is_furniture(line: str) -> bool:
    return is_counter(line) or is_control(line) or is_date_line(line) or is_placeholder(line)


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


def _strip_label(text: str) -> tuple[str, bool]:
    known = _known or _load()
    labels = known.labels_by_initial.get(text[:1])
    if labels is None:
        return text, False
    folded = text[:_LABEL_SCAN].casefold()
    for label in labels:
        if folded.startswith(label):
            rest = text[len(label) :]
            # "Legende: ...", "Image caption, ...", "toggle caption ...": a mark must follow.
            if rest[:1] in (":", ",", " ") and rest.lstrip(" :,"):
                return rest.lstrip(" :,").lstrip(), True
    return text, False


def _strip_trailing(text: str) -> tuple[str, bool]:
    """Drop controls and cut marks from the end; ``True`` when the text was cut short."""
    known = _known or _load()
    cut = False
    for _ in range(3):
        folded = text[-known.trailing_scan :].casefold()
        if not folded.endswith(known.trailing_marks):
            return text, cut
        for control in known.trailing_controls:
            if folded.endswith(control):
                # Casefolding may lengthen the words ("vergrößern" reads "vergrössern"): the
                # control starts where the text's tail folds to as many characters as it.
                start = len(text) - len(control)
                while len(text[start:].casefold()) > len(control):
                    start += 1
                text = text[:start].rstrip(" -–—|")
                break
        else:
            for mark in known.cut_marks:
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
    image]A caption...", "[IMG] A caption...". A bracket of a few words, or a text dump's
    mark of an image, opening the line, with text after it."""
    if not text.startswith("["):
        return text
    close = text.find("]", 1, _PLACEHOLDER_MAX)
    rest = text[close + 1 :].lstrip() if close > 0 else ""
    if rest and (
        len(text[1:close].split()) >= _PLACEHOLDER_WORDS or is_placeholder(text[: close + 1])
    ):
        return rest
    return text


def may_have_furniture(line: str) -> bool:
    """A cheap test before ``strip``: the line opens or ends as furniture would."""
    known = _known or _load()
    last = line[-1:]
    if last in known.trailing_by_last and line[-known.trailing_scan :].casefold().endswith(
        known.trailing_by_last[last]
    ):
        return True
    first = line[:1]
    if first in known.labels_by_initial:
        return line[:_LABEL_SCAN].casefold().startswith(known.labels_by_initial[first])
    return first == "["


def strip(line: str) -> Stripped:
    """The line without image placeholders, caption labels, trailing controls and cut marks."""
    text, labelled = _strip_label(_strip_placeholder(line))
    text, cut = _strip_trailing(text)
    return Stripped(text, labelled, cut)
