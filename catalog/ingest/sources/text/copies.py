"""Copy folding: the captions a text prints more than once, each kept once.

A page stored as text prints a caption again and again: as alt text and as figure caption, once
with its credit and once without, cut short ("...", "...more"), in other case, spacing or quote
style, with its credit glued on, moved to the other end or written another way ("(Jo Roe/AP)"
and "Photo by Jo Roe/AP"), with a "FILE PHOTO:" kicker, or with HTML entities left in. Two
captions are one when, with case, punctuation and white space folded:

- their texts are equal, or one is the other without its tail or its head (a copy without its
  credit, a cut copy, the last lines of a caption printed again);
- their descriptions (the text without its credit) are equal and their credits name the same
  people and organisations: one photo, its credit printed two ways ("(Jo Roe/AP)", "Photo by
  Jo Roe/AP", "AP Photo/Jo Roe"); a credit spelled otherwise names another photo;
- the description of one that has no credit, or was cut, opens the other's description.

Two credited descriptions that merely start alike stay apart: a gallery prints "Smoke rises
over the city." and "Smoke rises over the city after a strike." under two photos. The copy
kept is the one that tells most: credited over uncredited, whole over cut, then the longest.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from catalog.folding import tight_key

# A shorter part is not trusted to be the same caption.
_MIN_PART = 16
_ELLIPSES = ("...", "…")
# A kicker or a credit suffix that one copy prints and another not ("FILE PHOTO: ...",
# ".../File Photo"), folded.
_FILE_PHOTO = "filephoto"


class Found(NamedTuple):
    """A caption as the attachment step found it: its text, the credit it carries ("" for
    none) and whether the page cut it short."""

    text: str
    credit: str = ""
    cut: bool = False


@dataclass(slots=True, eq=False)  # entries are told apart by identity
class _Entry:
    found: Found
    key: str  # the whole text, folded
    description: str  # the text without its credit, folded
    cut: bool

    def rank(self) -> tuple[bool, bool, int]:
        return (bool(self.found.credit), not self.cut, len(self.key))


def _key(text: str) -> str:
    """``text`` folded for comparison: case, punctuation, white space and a FILE PHOTO
    kicker or suffix gone, entities read."""
    if "&" in text and ";" in text:
        text = html.unescape(text)  # "&amp;", "&#8217;" left in a scraped text
    key = tight_key(text)
    if _FILE_PHOTO in key:
        key = key.removeprefix(_FILE_PHOTO).removesuffix(_FILE_PHOTO)
    return key


# Credits repeat across the captions of a batch (the wire's photographers).
_credit_key = lru_cache(maxsize=4096)(_key)


def _description(key: str, credit: str) -> str:
    """``key`` without the folded ``credit`` at either end."""
    if not credit:
        return key
    folded = _credit_key(credit)
    if folded and key.endswith(folded):
        return key[: -len(folded)]
    if folded and key.startswith(folded):
        return key[len(folded) :]
    return key


def _cut(found: Found) -> bool:
    if found.cut:
        return True
    text = found.text
    if "..." not in text and "…" not in text:
        return False
    if found.credit:
        at = text.rfind(found.credit)
        text = text[:at] if at > 0 else text
    return text.rstrip(" ([").endswith(_ELLIPSES)


def _opens(short: str, long_: str) -> bool:
    return len(short) >= _MIN_PART and long_.startswith(short)


# Whether two credits name the same people and organisations.
SameCredit = Callable[[str, str], bool]


def _same(a: _Entry, b: _Entry, same_credit: SameCredit) -> bool:
    if a.key == b.key:
        return True
    short, long_ = (a.key, b.key) if len(a.key) <= len(b.key) else (b.key, a.key)
    if len(short) >= _MIN_PART and (long_.startswith(short) or long_.endswith(short)):
        return True
    if len(a.description) >= _MIN_PART and a.description == b.description:
        credits = a.found.credit, b.found.credit
        return not all(credits) or same_credit(*credits)
    first, second = (a, b) if len(a.description) <= len(b.description) else (b, a)
    return (not first.found.credit or first.cut) and _opens(first.description, second.description)


_NEIGHBOURS = 64


def _marks(key: str, description: str) -> tuple[str, str | None, str, str | None]:
    """(head, other head, tail, other tail): the start and the end an entry is found by, of its
    key and of its description where that differs (a caption with its credit at one end shares
    the other end); None where it does not differ ("" is a mark: an empty description's)."""
    head, tail = key[:_MIN_PART], key[-_MIN_PART:]
    other_head, other_tail = description[:_MIN_PART], description[-_MIN_PART:]
    return (
        head,
        None if other_head == head else other_head,
        tail,
        None if other_tail == tail else other_tail,
    )


class Copies:
    """The captions of one text in reading order, each copy folded into the first one found.

    Copies share the start or the end of their text or of their description: a caption is
    compared only with those that share one of these (and with the last ``_NEIGHBOURS`` of
    each), so a text of thousands of captions that all end with one credit, or all open with
    one gallery title, costs linear time.
    """

    def __init__(self, same_credit: SameCredit) -> None:
        self._same_credit = same_credit
        self._entries: list[_Entry] = []
        # Entries by the first and by the last characters of their key and their description.
        self._heads: dict[str, list[_Entry]] = {}
        self._tails: dict[str, list[_Entry]] = {}
        self._texts: set[str] = set()

    def add(self, found: Found) -> None:
        text = found.text
        # The same text again (alt text and figure caption): a copy, with nothing to compare.
        if text in self._texts:
            return
        self._texts.add(text)
        key = _key(text)
        if not key:
            return
        description = _description(key, found.credit) if found.credit else key
        entry = _Entry(found, key, description, _cut(found))
        # Four marks looked up one by one: most captions of a page share none with an earlier
        # one, and this runs for every caption (a loop over tuples of marks cost as much as
        # the rest of the work).
        heads, tails = self._heads, self._tails
        head, other_head, tail, other_tail = _marks(key, description)
        for bucket in (
            heads.get(head),
            None if other_head is None else heads.get(other_head),
            tails.get(tail),
            None if other_tail is None else tails.get(other_tail),
        ):
            if not bucket:
                continue
            for other in bucket[-_NEIGHBOURS:] if len(bucket) > _NEIGHBOURS else bucket:
                if _same(entry, other, self._same_credit):
                    if entry.rank() > other.rank():
                        self._replace(other, entry)
                    return
        self._entries.append(entry)
        heads.setdefault(head, []).append(entry)
        tails.setdefault(tail, []).append(entry)
        if other_head is not None:
            heads.setdefault(other_head, []).append(entry)
        if other_tail is not None:
            tails.setdefault(other_tail, []).append(entry)

    def _replace(self, old: _Entry, new: _Entry) -> None:
        """The better copy takes the place (and the reading position) of the first one."""
        old.found, old.key, old.description, old.cut = new.found, new.key, new.description, new.cut
        head, other_head, tail, other_tail = _marks(old.key, old.description)
        for index, mark in (
            (self._heads, head),
            (self._heads, other_head),
            (self._tails, tail),
            (self._tails, other_tail),
        ):
            if mark is None:
                continue
            bucket = index.setdefault(mark, [])
            if not any(other is old for other in bucket[-_NEIGHBOURS:]):
                bucket.append(old)

    def texts(self) -> list[str]:
        return [entry.found.text for entry in self._entries]


def fold(found: list[Found], same_credit: SameCredit) -> list[str]:
    """The texts of ``found`` with every copy folded into the first one, best copy kept."""
    copies = Copies(same_credit)
    for caption in found:
        copies.add(caption)
    return copies.texts()
