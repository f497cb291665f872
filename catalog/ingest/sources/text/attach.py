"""Credit attachment: which pieces are captions, and which description each credit belongs to.

Each piece is read once with the shared credit reader: it ends with a credit, starts with one,
is only a credit, or holds none. A caption that carries its credit is taken as it stands. A
credit alone on its line joins the description the layout gives it: the line above (most
pages), or the line below when the page prints credits first (a slide counter before the
credit, a blank line above it and none below, or the other credits of the page doing so). A
piece with no credit is a caption only when its layout says so (a caption label, a slide
counter, a gallery of captions, a copy printed twice) and it reads like one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from operator import attrgetter
from typing import Final

from catalog.folding import fold_key, same_caption
from catalog.parsing import Registry, current_registry, parse_caption

from .blocks import Piece
from .copies import Found
from .likeness import CAPTION_LIKE, caption_score, is_headline, is_video, mentions_photo, speaks

CreditSplitter = Callable[[str], "tuple[str, str] | None"]

_SENTENCE_END = (".", "!", "?", '"', "”", "’", ")", "]", ":", "。", "»")
# A caption with no credit is cut short by the excerpt when it is this short at the very end.
_MIN_LAST = 60
# Lines joined into one caption when a caption is wrapped over lines, at most.
_MAX_WRAP = 4
# A piece right against a credit takes it when no longer than this, and gains this much.
_MAX_ADJACENT = 700
_ADJACENT = 0.5
# Fits of the two sides this far apart decide a credit's side; closer, the page's layout does.
_CLEAR = 0.3
# A piece the layout marks as a caption needs only this caption score.
_SIGNALLED_LIKE = 0.5
# A caption cut by the end of the excerpt follows this many captions (or their credits).
_RUN_BEFORE = 3
# A photographer's bare name on its own line is this short at most.
_MAX_NAME = 40
# A gallery of uncredited captions: this many lines in a row, each naming the picture.
_MIN_GALLERY = 4


class Kind(Enum):
    PLAIN = "plain"  # no credit
    ENDS = "ends"  # description, then its credit
    STARTS = "starts"  # credit, then the description
    CREDIT = "credit"  # a credit alone


# Reading an Enum member (``Kind.PLAIN``) runs Python code in its descriptor on Python 3.11,
# some 25 times the cost of reading a global: the rules below test kinds in every loop over
# the pieces, so each member is bound to a name once.
PLAIN: Final = Kind.PLAIN
ENDS: Final = Kind.ENDS
STARTS: Final = Kind.STARTS
CREDIT: Final = Kind.CREDIT


@dataclass(slots=True)
class Read:
    piece: Piece
    kind: Kind
    credit: str = ""
    used: bool = False  # joined into a caption (or set aside: a video's)
    caption: str | None = None  # the caption this piece is (or joined), once decided
    key: str | None = None  # fold key of the piece's text, once asked for
    likeness: float | None = None  # its caption score, once asked for

    def score(self) -> float:
        if self.likeness is None:
            self.likeness = caption_score(self.piece.text)
        return self.likeness

    def fold(self) -> str:
        if self.key is None:
            self.key = fold_key(self.piece.text)
        return self.key


def read_pieces(
    pieces: Sequence[Piece],
    split_credit: CreditSplitter,
    leading_credit: CreditSplitter,
    is_name: Callable[[str], bool] | None = None,
) -> list[Read]:
    """Each piece with the credit it carries, as the shared credit reader finds it;
    ``is_name`` tells a photographer's bare name (a credit only where the layout says so)."""
    # (kind, credit, set aside) per text: a video's item and its credit are no photo's.
    reads = [Read(piece, *_reading(piece.text, split_credit, leading_credit)) for piece in pieces]
    if is_name is not None and CREDIT in map(_KIND, reads):
        _bare_name_credits(reads, is_name)
    return reads


# A read's kind, for asking whether any read is of a kind in one C-level pass (members of an
# Enum compare by identity).
_KIND = attrgetter("kind")


# Pieces recur across the articles of a batch (wire captions, boilerplate paragraphs): each
# is read once. 8,192 pieces hold about 4 MB.
@lru_cache(maxsize=8192)
def _reading(
    text: str, split_credit: CreditSplitter, leading_credit: CreditSplitter
) -> tuple[Kind, str, bool]:
    """(kind, credit, a video's item) of a piece's text."""
    split = split_credit(text)
    if split is not None and split[0]:
        kind, credit = ENDS, split[1]
    else:
        # A credit glued to the caption after it reads as one long credit too: the caption
        # after it decides ("© Name / AgencyCaption text...").
        leading = leading_credit(text)
        if leading is not None and (
            not _has_sentence(leading[1]) or (split is not None and _name_cut(*leading))
        ):
            leading = None  # "© AGENCY/NAME SURNAME", "REUTERS/Jo Roe": all of it is the credit
        if split is not None and leading is None:
            kind, credit = CREDIT, split[1]
        elif leading is not None:
            kind, credit = STARTS, leading[0]
        else:
            kind, credit = PLAIN, ""
    if kind is not PLAIN and kind is not STARTS and credit.endswith(_INTRODUCES):
        # A line that ends with a colon introduces what follows it (a quotation, a reply:
        # "On Monday, Jo Roe wrote:"); a credit alone never does ("Photo:" alone is a label).
        kind, credit = PLAIN, ""
    if is_video(text, credit):
        return PLAIN, "", True
    return kind, credit, False


_INTRODUCES = (":", "：")


def _bare_name_credits(reads: list[Read], is_name: Callable[[str], bool]) -> None:
    """A photographer's bare name under a caption is a credit where the page prints its
    other credits alone under their captions ("Caption / Name/Agency / text ... Caption /
    Name / text"): the page's own layout tells the name from a line of text."""
    below_captions = any(
        read.kind is CREDIT
        and index
        and not read.piece.gap
        and _free(reads[index - 1])
        and reads[index - 1].score() >= CAPTION_LIKE
        for index, read in enumerate(reads)
    )
    if not below_captions:
        return
    for index, read in enumerate(reads):
        text = read.piece.text
        if (
            index
            and read.kind is PLAIN
            and not read.piece.gap
            and len(text) <= _MAX_NAME
            and not _ends_sentence(text)
            and _free(reads[index - 1])
            and reads[index - 1].score() >= CAPTION_LIKE
            and is_name(text)
        ):
            read.kind = CREDIT
            read.credit = text


def _has_sentence(text: str) -> bool:
    """Words of a sentence: some in lower case, or a script without case (CJK, Arabic)."""
    return any(char.islower() or (char.isalpha() and not char.isupper()) for char in text)


_NAME_REST = 2  # words of a name a slash chain's last part may open ("REUTERS/Jo" + "Roe")


def _name_cut(credit: str, rest: str) -> bool:
    """A slash chain read up to a name's first word: "REUTERS/Jo" then "Roe" (or "Roe Lee"),
    where the whole line is the credit "REUTERS/Jo Roe"."""
    words = rest.split()
    return (
        "/" in credit.rsplit(None, 1)[-1]
        and len(words) <= _NAME_REST
        and all(word[:1].isupper() for word in words)
    )


def _ends_sentence(text: str) -> bool:
    return text.rstrip().endswith(_SENTENCE_END)


def _wrapped_start(reads: list[Read], index: int) -> int:
    """Index of the first line of a caption wrapped over lines that ends at ``index``."""
    start = index
    while (
        start > 0
        and index - start < _MAX_WRAP
        and not reads[start].piece.gap
        and not reads[start].piece.slide
        and not reads[start].piece.block
    ):
        previous = reads[start - 1]
        if (
            previous.kind is not PLAIN
            or previous.used
            or previous.piece.heading
            or is_headline(previous.piece.text)
            or previous.piece.cut
            or previous.piece.run
            or _ends_sentence(previous.piece.text)
            # Alt text right above its figure caption is a copy, not the caption's first line.
            or same_caption(previous.fold(), reads[start].fold())
        ):
            break
        start -= 1
    return start


def _free(read: Read | None) -> bool:
    return read is not None and read.kind is PLAIN and not read.used


def _fit(
    read: Read | None, adjacent: bool, photo_credit: bool = False, bare: bool = False
) -> float:
    """How well a piece takes a credit printed next to it: 0 when it cannot (taken, a credit,
    a headline, too long), else its caption score, raised when no blank line separates them.

    A line right against a credit (no blank line) is its caption even when it reads like
    text (a quotation used as a caption); across a blank line it must read like a caption.
    The first line of a scrap, taken for its title, is a caption when a photo credit
    (``photo_credit``: a chain, a copyright sign, a photo label) stands right under it.
    A bare source (``bare``: "(Reuters)", "Quelle: dpa", "© 2024 AFP") also signs a story off
    under its last paragraph: a piece that speaks as a story does ("said", "we") never
    takes one.
    """
    if read is None or not _free(read) or read.piece.deck:
        return 0.0
    text = read.piece.text
    if bare and speaks(text):
        return 0.0
    score = read.score()
    if adjacent and read.piece.heading and photo_credit:
        return score + _ADJACENT  # even a name alone ("Marta Kos"), too short to score
    if (
        adjacent
        and not read.piece.heading
        and len(text) <= _MAX_ADJACENT
        and (photo_credit or score >= CAPTION_LIKE)
        and not is_headline(text)
    ):
        return score + _ADJACENT
    return score if score >= CAPTION_LIKE else 0.0


_PHOTO_MARKS = ("/", "©")
# Marks of a copyright before its year: "© 2024 AFP", "Copyright 2024 The Associated Press".
_COPYRIGHT = ("©", "(c)", "copyright")


def _photo_form(credit: str) -> bool:
    """A credit only a photo carries: a chain ("REUTERS/Jo Roe"), a copyright sign or a word
    for a photo ("AP Photo", "Image Credit:", "Foto:"). A bare source ("AFP", "(dpa)",
    "Quelle: dpa") also signs a story off, so the line above it must read as a caption; so
    does a copyright with its year and no one named ("© 2024 AFP"): the story's."""
    if "/" not in credit and _story_copyright(credit):
        return False
    return any(mark in credit for mark in _PHOTO_MARKS) or mentions_photo(credit)


def _story_copyright(credit: str) -> bool:
    """A copyright whose year comes first: "© 2024 AFP", "Copyright 2024 The Associated
    Press. All rights reserved."."""
    text = credit.strip(" ([").casefold()
    for mark in _COPYRIGHT:
        if text.startswith(mark):
            year = text[len(mark) :].lstrip()[:5]
            return len(year) >= 4 and year[:4].isdigit() and not year[4:].isdigit()
    return False


def _credit_side(reads: list[Read], index: int) -> tuple[float, float]:
    """How well the piece above and the piece below take the credit alone at ``index``."""
    read = reads[index]
    above = reads[index - 1] if index > 0 and not read.piece.slide else None
    below = reads[index + 1] if index + 1 < len(reads) else None
    if below is not None and below.piece.slide:
        below = None
    photo = _photo_form(read.credit)
    up = _fit(above, not read.piece.gap, photo, not photo)
    # A caption label below ("Image caption, ...") says where the caption of a credit
    # printed first begins, as a line right against it would.
    down = _fit(
        below, below is not None and (not below.piece.gap or below.piece.labelled), bare=not photo
    )
    if up and not read.piece.gap and below is not None and below.piece.gap:
        down = 0.0  # the credit touches the caption above and a blank line parts it from below
    if up and down and read.piece.gap and above is not None and above.piece.heading:
        # The scrap's title, a blank line above the credit, and a caption below it: the
        # credit opens the caption ("Picture of the Day: ...", "Photo credit: Name", the
        # caption); a title takes a credit only from right under it.
        up = 0.0
    return up, down


def _choose(up: float, down: float, credits_below: bool) -> int:
    """-1 (above), 1 (below) or 0 (neither) for a credit with these fits."""
    if not up or not down:
        return -1 if up else 1 if down else 0
    if abs(up - down) >= _CLEAR:
        return -1 if up > down else 1
    return 1 if credits_below else -1


def _chain_side(reads: list[Read], index: int) -> int:
    """The side a run of lines alternating caption, credit, caption, credit (no blank line
    between) gives the credit at ``index``: -1 when the run starts with a caption and ends
    with a credit, 1 when the other way round, 0 when its two ends do not tell."""

    def linked(a: int, b: int) -> bool:
        return (
            0 <= a < len(reads)
            and 0 <= b < len(reads)
            and not reads[max(a, b)].piece.gap
            and not reads[max(a, b)].piece.slide
            and (reads[a].kind is CREDIT) != (reads[b].kind is CREDIT)
            and all(reads[i].kind in (CREDIT, PLAIN) for i in (a, b))
        )

    first = index
    while linked(first - 1, first):
        first -= 1
    last = index
    while linked(last, last + 1):
        last += 1
    if last - first < 2:
        return 0
    starts_with_credit = reads[first].kind is CREDIT
    ends_with_credit = reads[last].kind is CREDIT
    if starts_with_credit == ends_with_credit:
        return 0
    return -1 if ends_with_credit else 1


def _layout_below(reads: list[Read]) -> bool:
    """Whether this page prints credits above their captions: the credits alone whose side is
    clear vote."""
    above = below = 0
    for index, read in enumerate(reads):
        if read.kind is CREDIT:
            up, down = _credit_side(reads, index)
            if up and down and abs(up - down) < _CLEAR:
                continue
            side = _chain_side(reads, index) or _choose(up, down, False)
            above += side < 0
            below += side > 0
    return below > above


def _repeats_credit(reads: list[Read], index: int) -> bool:
    """A credit printed again under its caption ("toggle caption" then the credit)."""
    key = fold_key(reads[index].credit)
    for back in range(index - 1, max(-1, index - 3), -1):
        previous = reads[back]
        if previous.kind in (ENDS, STARTS) or previous.used:
            return fold_key(previous.credit) == key
    return False


def _attach_credits(reads: list[Read]) -> None:
    if CREDIT not in map(_KIND, reads):
        return
    credits_below = _layout_below(reads)
    for index, read in enumerate(reads):
        if read.kind is not CREDIT or _repeats_credit(reads, index):
            continue
        up, down = _credit_side(reads, index)
        chain = _chain_side(reads, index)
        side = (
            chain
            if (chain < 0 and up) or (chain > 0 and down)
            else _choose(up, down, credits_below)
        )
        if side < 0:
            start = _wrapped_start(reads, index - 1)
            for joined in reads[start:index]:
                joined.used = True
            text = " ".join(r.piece.text for r in reads[start:index])
            read.caption = _joined(text, read.piece.text)
        elif side > 0:
            below = reads[index + 1]
            below.used = True
            read.caption = _joined(read.piece.text, below.piece.text)


def _joined(first: str, second: str) -> str:
    """A caption and its credit as one text: on one line, or on lines of their own where one
    holds lines already (field lines: "Location: Gaza City", which the parser reads a line
    at a time)."""
    return f"{first}\n{second}" if "\n" in first or "\n" in second else f"{first} {second}"


def _printed_twice(reads: list[Read], index: int) -> bool:
    """Printed twice in a row (alt text and caption), whole or once cut or uncredited."""
    if reads[index].piece.doubled:
        return True
    text = reads[index].piece.text
    for other in (index - 1, index + 1):
        # Copies share their first or last characters: most neighbours fail this first.
        if (
            0 <= other < len(reads)
            and (
                reads[other].piece.text[:3].casefold() == text[:3].casefold()
                or reads[other].piece.text[-3:] == text[-3:]
            )
            and same_caption(reads[index].fold(), reads[other].fold())
        ):
            return True
    return False


def _next_to_caption(reads: list[Read], index: int) -> bool:
    """A caption (or a credit) stands right before or after: a gallery's cut caption, not a
    list of teasers cut with "...more"."""
    return any(
        0 <= other < len(reads)
        and not reads[max(index, other)].piece.gap
        and (reads[other].kind is not PLAIN or reads[other].caption is not None)
        for other in (index - 1, index + 1)
    )


def _in_gallery(reads: list[Read], index: int) -> bool:
    """Between captions that carry their credit, one per line: the gallery's own caption."""
    piece = reads[index].piece
    below = reads[index + 1] if index + 1 < len(reads) else None
    above = reads[index - 1] if index > 0 else None
    return (
        above is not None
        and below is not None
        and above.kind is ENDS
        and below.kind is ENDS
        and not piece.gap
        and not below.piece.gap
    )


def _uncredited_gallery(reads: list[Read]) -> set[int]:
    """Lines of a page with no credit at all that are a gallery of captions: at least four
    lines in a row (no blank between), each of a caption's shape and naming the picture."""
    found: set[int] = set()
    run: list[int] = []
    for index, read in enumerate(reads):
        fits = (
            read.kind is PLAIN and read.score() >= CAPTION_LIKE and mentions_photo(read.piece.text)
        )
        if not fits or read.piece.gap:
            if len(run) >= _MIN_GALLERY:
                found.update(run)
            run = []
        if fits:
            run.append(index)
    if len(run) >= _MIN_GALLERY:
        found.update(run)
    return found


def _after_captions(reads: list[Read], index: int) -> bool:
    """The pieces before ``index`` are captions and credits, nothing else."""
    before = reads[max(0, index - _RUN_BEFORE) : index]
    return len(before) == _RUN_BEFORE and all(
        read.kind is not PLAIN or read.used for read in before
    )


def _says_where_or_when(text: str) -> bool:
    """The parser reads a place or a date in ``text``, as a gallery's captions give."""
    return _where_or_when(text, current_registry())


# The last piece of most articles is a sign-off printed under every story of a batch
# ("Reuters contributed to this report."): the whole parser reads each text once, not once per
# article (it was a twentieth of the reader's time on wire articles). A batch prints a few
# sign-offs; a last piece may be a long paragraph, so the cache stays small.
@lru_cache(maxsize=256)
def _where_or_when(text: str, registry: Registry) -> bool:
    parsed = parse_caption(text, registry=registry)
    return parsed.location is not None or parsed.date is not None


def _uncredited(reads: list[Read]) -> None:
    credited = any(read.kind is not PLAIN or read.caption for read in reads)
    gallery = set() if credited else _uncredited_gallery(reads)
    last = len(reads) - 1
    for index, read in enumerate(reads):
        if read.kind is not PLAIN or read.used:
            continue
        piece = read.piece
        text = piece.text
        if index == last and not _ends_sentence(text) and not piece.slide:
            if len(text) < _MIN_LAST:
                continue  # the excerpt ends inside a caption, too little of it left to know
            if _after_captions(reads, index):
                read.caption = text if read.score() >= CAPTION_LIKE else None
                continue  # the excerpt ends inside the next caption of a run of them
        if (
            index == last
            and _after_captions(reads, index)
            and read.score() >= CAPTION_LIKE
            and not speaks(text)
            and _says_where_or_when(text)
        ):
            # A gallery's last caption printed without its credit, where the page or the
            # excerpt ends: after a run of captions and credits, a caption by itself that
            # says where or when, with no word of body text ("we", "said": a closing
            # paragraph; "Reuters contributed to this report." names no place or day).
            read.caption = text
            continue
        if (piece.heading or piece.deck) and index not in gallery:
            continue
        signalled = (
            piece.labelled
            or piece.figure
            or piece.slide
            or piece.run
            or _printed_twice(reads, index)
            or (piece.cut and _next_to_caption(reads, index))
            # Between two credited captions a line of body text stands too (a page printed
            # a line per paragraph): it must read as a caption by itself.
            or (credited and _in_gallery(reads, index) and read.score() >= CAPTION_LIKE)
            or index in gallery
        )
        if signalled and read.score() >= _SIGNALLED_LIKE:
            read.caption = text


def find(reads: list[Read]) -> list[Found]:
    """The captions among the pieces, in reading order, with their credits (copies not yet
    folded)."""
    for index, read in enumerate(reads):
        if read.kind is ENDS:
            start = _wrapped_start(reads, index)
            if start == index:
                read.caption = read.piece.text
                continue
            for joined in reads[start:index]:
                joined.used = True
            read.caption = " ".join(r.piece.text for r in reads[start : index + 1])
        elif read.kind is STARTS:
            credit = read.credit
            text = read.piece.text
            # Un-glue a credit run into the first word ("...AGENCYHomem leva...").
            read.caption = (
                f"{credit} {text[len(credit) :].lstrip()}" if text.startswith(credit) else text
            )
    _attach_credits(reads)
    _uncredited(reads)
    return [Found(read.caption, read.credit, read.piece.cut) for read in reads if read.caption]
