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
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

# What two copies of one caption have in common lives with the rest of text folding.
from catalog.folding import normalise

__all__ = [
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
# Blocks (same licensor, same date) above this size are split further before scoring, so
# that one huge block never turns into all pairs; see _sub_blocks.
MAX_BLOCK = 4000


@dataclass(frozen=True, slots=True)
class Candidate:
    """A caption to compare: its id and its normalised text (see :func:`normalise`)."""

    id: int
    text: str


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


Source = tuple[str | None, str | None]  # (photographer, agency) of a caption


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


def find_near_duplicates(
    new: Sequence[Candidate], block: Sequence[Candidate]
) -> Iterator[NearDuplicate]:
    """Pairs (newer, older) between ``new`` captions and all captions of their ``block``.

    ``block`` holds every caption sharing the blocking key (``new`` included). Only pairs
    over rapidfuzz's ratio cut-off get the word-level check. Each pair is yielded once.
    """
    if not new or len(block) < 2:
        return
    if len(block) > MAX_BLOCK:
        new_ids = {item.id for item in new}
        seen: set[tuple[int, int]] = set()
        for group in _sub_blocks(block):
            if len(group) > MAX_BLOCK:
                continue  # pathological: thousands of captions sharing three words and a date
            for pair in find_near_duplicates([c for c in group if c.id in new_ids], group):
                if (pair.caption_id, pair.other_id) not in seen:
                    seen.add((pair.caption_id, pair.other_id))
                    yield pair
        return
    # rapidfuzz is imported where a block has pairs to score: an ingest whose captions have
    # none (a first article, mostly) and every caption_key() caller start without it.
    from rapidfuzz import fuzz, process

    new_ids = {item.id for item in new}
    choices = [item.text for item in block]
    for query in new:
        # extract() scores one query against the block in C, skipping pairs under the cut-off.
        hits = process.extract(
            query.text, choices, scorer=fuzz.ratio, score_cutoff=MIN_RATIO, limit=None
        )
        for _text, _ratio, column in hits:
            other = block[column]
            if other.id == query.id:
                continue
            # A pair of two new captions is seen from both sides; keep it from the newer one.
            if other.id in new_ids and other.id > query.id:
                continue
            score = is_near_duplicate(query.text, other.text)
            if score is None:
                continue
            newer, older = (query, other) if query.id > other.id else (other, query)
            yield NearDuplicate(newer.id, older.id, score)
