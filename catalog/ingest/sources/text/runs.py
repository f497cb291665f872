"""One line that holds several captions: run together and separated only by their credits,
separated by a gallery title repeated before each, or one caption printed twice in a row.

Every function here walks its line a bounded number of times, so any line costs linear time.
"""

from __future__ import annotations

from collections.abc import Callable

from catalog.folding import fold_key, same_caption

# A line longer than this is not split: no run of captions is this long, and the work of the
# refrain search grows with it.
MAX_RUN_CHARS = 20_000
_REFRAIN_WORDS = 4  # the shortest repeated title that splits a run
_REFRAIN_TIMES = 3  # printed at least this often
_MIN_PIECE = 30  # a caption between two refrains is at least this long (or empty)
_MAX_PIECE = 700
_OPENING = 12
_SENTENCE_END = (".", "!", "?", "…", '"', "”", "’", ")", "]", "»", "。")


def single_copy(text: str) -> str:
    """The text once when it is one caption printed twice in a row ("X. Photo Y x. Photo Y")."""
    if len(text) < 40 or len(text) > MAX_RUN_CHARS:
        return text
    # The second copy starts as the first, but for the case of its first letter.
    probe = text[1:16]
    position = text.find(probe, 16) - 1
    while position >= 15 and position <= len(text) * 0.65:
        first, second = text[:position].rstrip(), text[position:].lstrip()
        first_key, second_key = fold_key(first), fold_key(second)
        if same_caption(first_key, second_key):
            return first if len(first_key) >= len(second_key) else second
        position = text.find(probe, position + 2) - 1
    return text


# Between captions run together: separators and slide numbers ("] | 2) A ...", "] / 4. The").
_SEPARATORS = frozenset("|/·•")
_MAX_NUMBER = 3  # digits of a slide number


def _next_caption(text: str, position: int) -> int:
    """Where the caption after a closing bracket at ``position`` starts (past separators and
    slide numbers: "] | 2) A fan ..."), or -1 when no capitalised word (or quote) follows."""
    at = position + 1
    end = min(len(text), at + 40)  # a few separators and numbers at most
    while at < end:
        char = text[at]
        if char == " " or char in _SEPARATORS:
            at += 1
            continue
        if char.isdigit():
            digits = at
            while at < end and text[at].isdigit():
                at += 1
            if (
                at - digits <= _MAX_NUMBER
                and text[at : at + 1] in (")", ".")
                and (text[at + 1 : at + 2] == " ")
            ):
                at += 1
                continue
            return -1
        return at if char.isupper() or char in "“\"'«" else -1
    return -1


def _credit_closers(text: str) -> list[tuple[int, int]]:
    """Where a bracket closes before a capitalised word: ") A", "] The", "] | 2) A"; each
    with where the next caption starts."""
    found = []
    for mark in (") ", "] "):
        position = text.find(mark)
        while position >= 0:
            # Most brackets inside a caption close before a lower-case word (") in"), which
            # ``_next_caption`` turns away: told here without the call.
            if not "a" <= text[position + 2 : position + 3] <= "z":
                start = _next_caption(text, position)
                if start >= 0:
                    found.append((position, start))
            position = text.find(mark, position + 2)
    return sorted(found)


def split_at_credits(text: str, is_credit: Callable[[str], bool]) -> list[str]:
    """Captions run together, each closed by a bracketed credit: "... (AP Photo/Name) A ...",
    "1) ... [Name/Agency] | 2) ...".

    A bracket that closes a credit and is followed by a capitalised word (past separators and
    slide numbers) ends a caption.
    """
    if len(text) > MAX_RUN_CHARS:
        return [text]
    closers = _credit_closers(text)
    if not closers:
        return [text]
    pieces: list[str] = []
    start = 0
    for close, after in closers:
        opener = "(" if text[close] == ")" else "["
        open_at = text.rfind(opener, max(start, close - 200), close)
        if open_at < 0 or open_at - start < 20:
            continue
        if is_credit(text[open_at + 1 : close]):
            pieces.append(text[start : close + 1])
            start = after
    pieces.append(text[start:])
    return [piece.strip() for piece in pieces if piece.strip()]


def _repeated_opening(text: str) -> bool:
    """A cheap necessary test for a refrain: three sentences or more, two of which open with
    the same dozen characters (the line's start counts as a sentence's). Most lines fail it in
    a few C-level calls."""
    parts = text.split(". ")
    if len(parts) < _REFRAIN_TIMES:
        return False
    return len({part[:_OPENING].casefold() for part in parts}) < len(parts)


def split_at_refrain(text: str) -> list[str] | None:
    """Captions separated by a gallery title printed before each ("Title A caption. Title
    Another caption."): the pieces between the repeats, or None when the line has no refrain.

    A refrain is at least four words repeated three times or more, each time where a sentence
    starts (or right after the refrain itself: an empty slide), with caption-sized text between
    the repeats.
    """
    if len(text) > MAX_RUN_CHARS or len(text) < _MIN_PIECE * _REFRAIN_TIMES:
        return None
    if not _repeated_opening(text):
        return None
    words = text.split()
    folded = [word.casefold() for word in words]
    places: dict[tuple[str, ...], list[int]] = {}
    for index in range(len(words) - _REFRAIN_WORDS + 1):
        places.setdefault(tuple(folded[index : index + _REFRAIN_WORDS]), []).append(index)
    best: list[int] = []
    for indexes in places.values():
        if len(indexes) > len(best):
            best = indexes
    if len(best) < _REFRAIN_TIMES:
        return None
    starts = [best[0]]
    for index in best[1:]:
        if index - starts[-1] >= _REFRAIN_WORDS:
            starts.append(index)
    length = _REFRAIN_WORDS
    while all(
        start + length < len(words)
        and folded[start + length] == folded[starts[0] + length]
        and (i + 1 == len(starts) or start + length < starts[i + 1])
        for i, start in enumerate(starts)
    ):
        length += 1
    pieces: list[str] = []
    previous_end = 0
    for i, start in enumerate(starts):
        if start and start != previous_end and not words[start - 1].endswith(_SENTENCE_END):
            return None  # a phrase repeated inside sentences: running text, not a gallery
        end = starts[i + 1] if i + 1 < len(starts) else len(words)
        piece = " ".join(words[start + length : end])
        if piece and not _MIN_PIECE <= len(piece) <= _MAX_PIECE and end != len(words):
            return None
        if piece:
            pieces.append(piece)
        previous_end = start + length
    head = " ".join(words[: starts[0]])
    return [head, *pieces] if head else pieces
