"""Segmentation: the lines of a text cut into pieces (a line, or part of one), each with what
its surroundings say: a blank line before it, a slide counter before it, a caption label, a
cut mark. Page furniture goes away here and leaves only these marks behind.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from catalog.parsing.field_lines import read_field_line

from . import furniture
from .runs import MAX_RUN_CHARS, single_copy, split_at_credits, split_at_refrain

# A line longer than this is no caption (a caption runs to a few hundred characters): it is
# skipped whole, so that a text of one 50 MB line costs one pass.
MAX_LINE = MAX_RUN_CHARS


@dataclass(slots=True)
class Piece:
    text: str
    line: int  # index of the line it came from
    gap: bool = False  # a blank line (or a header line) separates it from the piece before
    slide: bool = False  # a slide counter stands right before it: a new picture starts here
    labelled: bool = False  # a caption label opened it ("Legende:")
    cut: bool = False  # the page cut it short ("...more")
    run: bool = False  # one of several captions printed in one paragraph
    doubled: bool = False  # printed twice in a row (alt text and caption)
    heading: bool = False  # the line the header took for the title
    deck: bool = False  # a short line right under the title: its subtitle or kicker
    figure: bool = False  # the page's markup holds it in a figure's caption (<figcaption>)
    block: bool = False  # the page's markup opens a block here: it continues no line above


# A list of teasers under a label alone ("Read more:"): headlines of other pages, one a line,
# each at most this long and without a full stop, at most this many.
_MAX_TEASER = 160
_MAX_TEASERS = 10
_SENTENCE_END = (".", "!", "?", "。")


def segment(
    lines: Iterable[str],
    skip: frozenset[int],
    is_credit: Callable[[str], bool],
    heading: int = -1,
    is_label: Callable[[str], bool] = lambda line: False,
    marked: frozenset[int] = frozenset(),
    blocks: frozenset[int] = frozenset(),
) -> list[Piece]:
    """Pieces of the cleaned ``lines`` in reading order, header lines (``skip``) left out and
    the title's line (``heading``) marked; a credit label alone on its line (``is_label``)
    joins the line after it, the name it labels. The lines in ``marked`` are captions by the
    page's markup (a ``<figcaption>``); those in ``blocks`` open a block of it."""
    pieces: list[Piece] = []
    append = pieces.append
    gap = False
    slide = False
    label = ""  # a credit label alone on its line ("تصوير :", "Photo:"), for the next line
    teasers = 0  # lines left of a list of teasers under "Read more:"
    # Field lines ("Location: Gaza City", "Date taken: July 8, 2014") opening the text, a blank
    # line away from the piece above, or under a credit, for the caption they head: a photo blog's block of
    # credit, fields and caption.
    fields: list[str] = []
    for index, line in enumerate(lines):
        if not line or index in skip or len(line) > MAX_LINE:
            gap = True
            teasers = 0
            continue
        if teasers:
            if len(line) <= _MAX_TEASER and not line.endswith(_SENTENCE_END):
                teasers -= 1
                gap = True  # a teaser parts what stands above it from what stands below
                continue
            teasers = 0
        field = read_field_line(line)  # cheap: most lines hold no colon
        if field is not None and (gap or fields or not pieces or is_credit(pieces[-1].text)):
            fields.append(line)  # first, after a blank line or a credit: it heads what follows
            continue
        kind = _classify(line, is_credit, is_label)
        if isinstance(kind, str):
            if kind is _TEASER or kind is _TEASERS:
                gap = True
                teasers = _MAX_TEASERS if kind is _TEASERS else 0
            elif kind is _COUNTER:
                slide = True
                fields = []
            elif kind is _LABEL:
                label = line
            continue
        if label:
            kind, label = _text(f"{label} {line}", is_credit), ""
            if isinstance(kind, str):
                continue
        parts, labelled, cut, run, doubled = kind
        if fields:
            parts = ("\n".join([*fields, parts[0]]), *parts[1:])
            fields = []
        first_part = len(pieces)
        if len(parts) == 1:
            append(
                Piece(parts[0], index, gap, slide, labelled, cut, run, doubled, index == heading)
            )
        else:
            last = len(parts) - 1
            for number, part in enumerate(parts):
                first = number == 0
                append(
                    Piece(
                        part,
                        index,
                        gap and first,
                        slide and first,
                        labelled and first,
                        cut and number == last,
                        run,
                        doubled,
                        index == heading,
                    )
                )
        if index in marked:
            for piece in pieces[first_part:]:
                piece.figure = True
        if index in blocks and len(pieces) > first_part:
            pieces[first_part].block = True
        gap = slide = False
    _mark_deck(pieces)
    return pieces


# What one line is, by itself, when it holds no text: a kind (a string). A line of text is
# the captions it holds: (parts, labelled, cut, run, doubled).
_TEASER = "teaser"  # a teaser for another page
_TEASERS = "teasers"  # a teaser label alone: a list of teasers follows
_COUNTER = "counter"  # a slide counter: a new picture starts after it
_LABEL = "label"  # a credit label alone, for the next line
_DROP = "drop"  # furniture: a control, a date line
_Text = tuple[tuple[str, ...], bool, bool, bool, bool]


# Lines recur across the articles of a batch (wire captions, boilerplate paragraphs): what a
# line is, by itself, is worked out once. 8,192 lines hold about 4 MB.
@lru_cache(maxsize=8192)
def _classify(
    line: str, is_credit: Callable[[str], bool], is_label: Callable[[str], bool]
) -> str | _Text:
    """What the cleaned ``line`` is, by itself: a kind, or the captions a line of text holds."""
    rest = furniture.teaser(line)
    if rest is not None:
        return _TEASERS if not rest and line.rstrip().endswith((":", "：")) else _TEASER
    if furniture.is_address(line):  # of any length
        return _DROP
    if len(line) <= furniture.MAX_FURNITURE:  # counters, controls, date lines are short
        if furniture.is_counter(line):
            return _COUNTER
        if furniture.is_furniture(line):
            return _DROP
        if is_label(line):
            return _LABEL
    return _text(line, is_credit)


def _text(line: str, is_credit: Callable[[str], bool]) -> str | _Text:
    """The captions a line of text holds, without its furniture."""
    if furniture.may_have_furniture(line):
        stripped = furniture.strip(line)
        text, labelled, cut = stripped.text, stripped.labelled, stripped.cut
        if not text or (text is not line and furniture.is_control(text)):
            return _DROP
    else:
        text, labelled, cut = line, False, False
    parts, run, doubled = _split_line(text, is_credit)
    return parts, labelled, cut, run, doubled


def _split_line(text: str, is_credit: Callable[[str], bool]) -> tuple[tuple[str, ...], bool, bool]:
    """The captions one line holds: (parts, a run of several, printed twice in it)."""
    once = single_copy(text)
    doubled = once is not text
    parts = split_at_refrain(once)
    if parts is not None and len(parts) > 1:
        return tuple(parts), True, doubled
    parts = split_at_credits(once, is_credit)
    return tuple(parts), len(parts) > 1, doubled


_MAX_DECK = 80
_DECK_END = (".", "!", "?", "。", '"', "”", "»")


def _mark_deck(pieces: list[Piece]) -> None:
    """Mark the short line right after the title (a subtitle, a kicker): never a caption."""
    for index, piece in enumerate(pieces[:-1]):
        if piece.heading:
            deck = pieces[index + 1]
            after = pieces[index + 2] if index + 2 < len(pieces) else None
            if (
                len(deck.text) <= _MAX_DECK
                and not deck.text.endswith(_DECK_END)
                and (after is None or after.gap)  # a paragraph of its own
            ):
                deck.deck = True
            return
