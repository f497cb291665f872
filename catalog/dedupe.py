"""When two captions are one, and when they might be: the normalised key and near-duplicates.

Exact duplicates fold through :func:`caption_key`: copies that differ only in Unicode form,
white space, quote and dash style, case, a leading ``FILE PHOTO:`` or a trailing
``/File Photo`` get one key (``catalog.folding.normalise``, the one home of text folding), so
the database stores the caption once and counts every use.

Near-duplicates (a typo fixed, a word changed) are only *scored* here; the database links them
for a person to decide, because two photos of one event often carry captions that differ by a
word, and merging them silently would under-report a licence. This module is pure: no I/O.
"""

from __future__ import annotations

import hashlib
import math
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, partial
from itertools import pairwise

# What two copies of one caption have in common lives with the rest of text folding.
from catalog.folding import normalise

__all__ = [
    "PAIRS_PER_CAPTION",
    "Candidate",
    "NearDuplicate",
    "caption_key",
    "find_near_duplicates",
    "is_near_duplicate",
    "normalise",
]


def caption_key(text: str) -> str:
    """The caption's identity in the catalog: SHA-1 hex of its normalised text."""
    return hashlib.sha1(normalise(text).encode("utf-8", "surrogatepass")).hexdigest()


# --- near-duplicates --------------------------------------------------------------------------

# fuzz.ratio (normalised Indel similarity, 0-100) a pair must reach before the word check.
MIN_RATIO = 85.0
# "A typo fixed or a word changed": at most this many words inserted, deleted or replaced.
MAX_WORD_EDITS = 2
# Short captions that differ by a word are usually different pictures ("Smoke rises" /
# "Fire rises"); only captions at least this long are compared.
MIN_WORDS = 6
# A caption is proposed as a possible duplicate of at most this many captions of its block: its
# nearest. A gallery of near-identical captions (a counter apart) would otherwise pair every
# caption with every other, n * (n - 1) / 2 pairs nobody can review; the nearest few are what a
# picture desk checks, and a confirmed pair folds the group (see ``db.corrections``).
PAIRS_PER_CAPTION = 3
# Blocks (same licensor, same date) above this size are split further before scoring, so
# that one huge block never costs the square of its size in comparisons; see _sub_blocks.
MAX_BLOCK = 4000


Source = tuple[str | None, str | None]  # (photographer, agency) of a caption


@dataclass(frozen=True, slots=True)
class Candidate:
    """A caption to compare: its id, its normalised text (see :func:`normalise`) and its
    source, which rules out pairs across photographers or agencies (:func:`sources_differ`)."""

    id: int
    text: str
    source: Source = (None, None)


@dataclass(frozen=True, slots=True)
class NearDuplicate:
    """``caption_id`` (the newer caption) may be a copy of ``other_id`` (the older)."""

    caption_id: int
    other_id: int
    score: float


def similarity_percent(score: float) -> str:
    """A pair's score (rapidfuzz's ratio, already 0-100) as people read it: "96%". Rounded
    down: two captions that differ by a comma are 99% alike, never "100%"."""
    return f"{math.floor(score)}%"


def sources_differ(a: Source, b: Source) -> bool:
    """Whether two credits name another photographer or another agency. Two frames of one
    event, shot by two people, often carry captions a word apart: they are two photos, and a
    person must not be asked to merge them. A credit that names neither cannot tell."""
    return any(x and y and x.casefold() != y.casefold() for x, y in zip(a, b, strict=True))


def is_near_duplicate(a: str, b: str) -> float | None:
    """The similarity score when two normalised captions differ by a typo or a word, else None."""
    if a == b:
        return None
    words_a, words_b = a.split(), b.split()
    if min(len(words_a), len(words_b)) < MIN_WORDS:
        return None
    from rapidfuzz import fuzz
    from rapidfuzz.distance import Levenshtein

    score = fuzz.ratio(a, b, score_cutoff=MIN_RATIO)
    if not score:
        return None
    if Levenshtein.distance(words_a, words_b, score_cutoff=MAX_WORD_EDITS) > MAX_WORD_EDITS:
        return None
    return round(score, 2)


def _sub_blocks(block: Sequence[Candidate]) -> Iterator[list[Candidate]]:
    """Split an oversized block by the first and by the last words.

    Two captions that differ by at most two words share their first three words or their
    last three words unless the edits sit at both ends, so two passes keep nearly every true
    pair while no pass compares more than a small group.
    """
    for side in (slice(0, 3), slice(-3, None)):
        groups: dict[tuple[str, ...], list[Candidate]] = {}
        for item in block:
            groups.setdefault(tuple(item.text.split()[side]), []).append(item)
        yield from groups.values()


# Two captions at most MAX_WORD_EDITS words apart share all but 2 * MAX_WORD_EDITS of the word
# pairs of either (an edit breaks at most two), so a caption's near-duplicates each hold one of
# any 2 * MAX_WORD_EDITS + 1 of its word pairs. Looking up its rarest ones finds every one of
# them without scoring the whole block: a busy day's block of unrelated captions is mostly
# pairs that share only the date and the credit.
_SIGNATURE = 2 * MAX_WORD_EDITS + 1
# Groups at least this large get the word-pair index; smaller ones are scored whole.
_INDEXED = 64


def _word_pairs(text: str) -> set[tuple[str, str]]:
    words = text.split()
    return set(pairwise(words))


class _Group:
    """Captions compared with each other, their texts (rapidfuzz's choices, built once) and,
    for a large group, where each word pair occurs."""

    def __init__(self, members: list[Candidate]) -> None:
        self.members = members
        self.texts = [c.text for c in members]
        self._holders: dict[tuple[str, str], list[int]] | None = None

    def choices(self, query: Candidate) -> tuple[Sequence[Candidate], Sequence[str]]:
        """The members that can be near-duplicates of ``query``, in the group's order, and
        their texts: the members holding one of its rarest word pairs, or all of them."""
        if len(self.members) < _INDEXED:
            return self.members, self.texts
        if self._holders is None:
            self._holders = defaultdict(list)
            for column, text in enumerate(self.texts):
                for pair in _word_pairs(text):
                    self._holders[pair].append(column)
        holders = self._holders
        lists = sorted((holders.get(pair, ()) for pair in _word_pairs(query.text)), key=len)
        lists = lists[:_SIGNATURE]
        # A gallery's captions share nearly every word pair: scoring all in C costs less.
        if lists and 2 * len(lists[-1]) > len(self.members):
            return self.members, self.texts
        columns = sorted({column for found in lists for column in found})
        if 2 * len(columns) > len(self.members):
            return self.members, self.texts
        return [self.members[c] for c in columns], [self.texts[c] for c in columns]


def _groups(block: Sequence[Candidate]) -> list[_Group]:
    """The groups of a block whose captions are compared with each other: the block itself,
    or an oversized block's sub-blocks (a pathological one, thousands of captions sharing
    three words and a date, is left out)."""
    groups = [list(block)] if len(block) <= MAX_BLOCK else list(_sub_blocks(block))
    # In the order of their texts, which rapidfuzz keeps among equal scores: the nearest are
    # then the same whatever ids the captions got (a parallel ingest numbers them in another
    # order than a serial one).
    return [
        _Group(sorted(group, key=lambda c: c.text)) for group in groups if len(group) <= MAX_BLOCK
    ]


# How many of a caption's best matches are ranked first: the word check and the credits rarely
# rule out more than a few, and ranking the whole of a gallery's block for every caption cost
# more than scoring it.
_FIRST_LOOK = 4 * PAIRS_PER_CAPTION + 1


@cache
def _extract() -> Callable[..., list[tuple[str, float, int]]]:
    """rapidfuzz's extract() with fuzz.ratio and the cut-off: it scores one query against many
    texts in C, skipping pairs under the cut-off, best first and, among equals, in the order
    given. Imported on first use, where a block has pairs to score: an ingest whose captions
    have none (a first article, mostly) and every caption_key() caller start without it."""
    from rapidfuzz import fuzz, process

    return partial(process.extract, scorer=fuzz.ratio, score_cutoff=MIN_RATIO)


def _ranked_matches(
    query: Candidate, groups: Sequence[_Group], limit: int | None
) -> tuple[list[Candidate], bool]:
    """The captions of ``groups`` over the ratio cut-off against ``query`` (at most ``limit``
    of each group), the most alike first (among equals, in the order of their texts); and
    whether ``limit`` left any out."""
    extract = _extract()
    if len(groups) == 1:  # nearly always: extract() ranks them already
        members, texts = groups[0].choices(query)
        hits = extract(query.text, texts, limit=limit)
        cut = limit is not None and len(hits) == limit
        return [members[c] for _text, _ratio, c in hits if members[c].id != query.id], cut
    ranked: dict[int, tuple[float, Candidate]] = {}
    cut = False
    for group in groups:
        members, texts = group.choices(query)
        hits = extract(query.text, texts, limit=limit)
        cut = cut or (limit is not None and len(hits) == limit)
        for _text, ratio, column in hits:
            other = members[column]
            if other.id != query.id:
                ranked[other.id] = (ratio, other)
    order = sorted(ranked.values(), key=lambda match: (-match[0], match[1].text))
    return [other for _ratio, other in order], cut


def _pairs(query: Candidate, matches: Sequence[Candidate]) -> list[NearDuplicate]:
    """The first :data:`PAIRS_PER_CAPTION` of ``matches`` that pass the word check and whose
    credits do not tell two photos, as (newer, older) pairs."""
    pairs: list[NearDuplicate] = []
    for other in matches:
        if sources_differ(query.source, other.source):
            continue
        score = is_near_duplicate(query.text, other.text)
        if score is None:
            continue
        newer, older = (query, other) if query.id > other.id else (other, query)
        pairs.append(NearDuplicate(newer.id, older.id, score))
        if len(pairs) == PAIRS_PER_CAPTION:
            break
    return pairs


def _nearest_duplicates(query: Candidate, groups: Sequence[_Group]) -> list[NearDuplicate]:
    """``query``'s :data:`PAIRS_PER_CAPTION` nearest near-duplicates among ``groups``."""
    if len(query.text.split(maxsplit=MIN_WORDS - 1)) < MIN_WORDS:
        return []  # too short to pair with anything (is_near_duplicate): nothing to score
    matches, cut = _ranked_matches(query, groups, _FIRST_LOOK)
    pairs = _pairs(query, matches)
    if len(pairs) < PAIRS_PER_CAPTION and cut:
        pairs = _pairs(query, _ranked_matches(query, groups, None)[0])
    return pairs


def find_near_duplicates(
    new: Sequence[Candidate], block: Sequence[Candidate], lone: Sequence[Candidate] = ()
) -> Iterator[NearDuplicate]:
    """Pairs (newer, older) between ``new`` captions and their nearest captions in ``block``.

    ``block`` holds every caption sharing the blocking key (``new`` included). Each new
    caption is paired with its :data:`PAIRS_PER_CAPTION` nearest near-duplicates, so the pairs
    grow with the captions searched, not with the square of the block. ``lone`` are older
    captions of the block without any pair: one that no new caption took, but that is near
    one of them, is searched among the new ones, since near-duplicates that came after it may
    all have nearer ones and leave it out. Each pair is yielded once.
    """
    if not new or len(block) < 2:
        return
    groups = _groups(block)
    split = len(block) > MAX_BLOCK
    groups_of: dict[int, list[_Group]] = defaultdict(list)
    if split:  # an oversized block's sub-blocks: a caption sits in two of them at most
        for group in groups:
            for item in group.members:
                groups_of[item.id].append(group)
    seen: set[tuple[int, int]] = set()
    for query in new:
        for pair in _nearest_duplicates(query, groups_of[query.id] if split else groups):
            if (pair.caption_id, pair.other_id) not in seen:
                seen.add((pair.caption_id, pair.other_id))
                yield pair
    paired = {caption for pair in seen for caption in pair}
    unpaired = [query for query in lone if query.id not in paired]
    near = _near_any(new, unpaired) if unpaired else []
    if near:
        newcomers = _groups(new)
        for query in near:
            yield from _nearest_duplicates(query, newcomers)


def _near_any(new: Sequence[Candidate], lone: list[Candidate]) -> list[Candidate]:
    """The ``lone`` captions over the ratio cut-off with one of the ``new`` ones. Scored from
    the new side, a query per new caption: a block's lone captions are most of it (most
    captions have no near-duplicate), its new ones few."""
    group = _Group(lone)
    found: set[int] = set()
    for query in new:
        members, texts = group.choices(query)
        hits = _extract()(query.text, texts, limit=None)
        found.update(members[column].id for _text, _ratio, column in hits)
    return [caption for caption in lone if caption.id in found]
