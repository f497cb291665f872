"""Whether a caption is written in a language other than English, told by its small words.

A numeric date such as "5/1/2020" is 5 January everywhere but in the United States; the
registry says which agencies write it day first, but a caption from a source it does not know
("Foto: Prefeitura de Lima") says so by its language. Each language file lists its most common
small words (``function_words``: articles, "and", "of", "in"); a caption with more of other
languages' words than of English's is read day first. Words shared with English ("a", "in")
count for neither.
"""

from __future__ import annotations

from functools import cache

from catalog.parsing import pattern_cache
from catalog.parsing.lexicon import languages

_WORD = pattern_cache.compile(r"[^\W\d_]+")
# At least this many small words of other languages make a caption not English.
_FEWEST_WORDS = 1


@cache
def _function_words() -> tuple[frozenset[str], frozenset[str]]:
    """English's small words and the other languages' ones that English does not share."""
    english = frozenset(
        word.casefold()
        for language in languages()
        if language.code == "en"
        for word in language.function_words
    )
    others = frozenset(
        word.casefold()
        for language in languages()
        if language.code != "en"
        for word in language.function_words
    )
    return english, others - english


def in_another_language(text: str) -> bool:
    """Whether ``text`` holds more small words of other languages than of English (and at
    least one): "Manifestantes en Lima, 05/01/2020" is Spanish; "Fans in Rio de Janeiro" is
    English."""
    english, others = _function_words()
    other_count, english_count = _counts(text, others, english)
    return other_count >= _FEWEST_WORDS and other_count > english_count


def _counts(text: str, first: frozenset[str], second: frozenset[str]) -> tuple[int, int]:
    """How many of the words of ``text`` are in ``first``, and how many (of the others) in
    ``second``."""
    first_count = second_count = 0
    for word in _WORD.findall(text.casefold()):
        if word in first:
            first_count += 1
        elif word in second:
            second_count += 1
    return first_count, second_count


@cache
def _readings_of(word: str) -> tuple[frozenset[str], frozenset[str]]:
    """The small words of the languages where ``word`` opens a place phrase, and of those
    where it says "of", each without the words the other side or English shares."""
    english, _ = _function_words()
    place: set[str] = set()
    of: set[str] = set()
    for language in languages():
        words = {w.casefold() for w in language.function_words}
        if word in (w.casefold() for w in language.place_prepositions):
            place |= words
        if word in (w.casefold() for w in language.place_of_words):
            of |= words
    shared = (place & of) | english
    return frozenset(place - shared), frozenset(of - shared)


def opens_place_here(word: str, text: str) -> bool:
    """Whether ``word``, a place preposition in one language and "of" in another, opens a
    place phrase in ``text``: unless the text holds more small words of the languages that
    read it "of". Indonesian "di Surabaya" is a place; Italian "la superficie di Marte" and
    "Il sindaco di Roma" are no place phrases."""
    place, of = _readings_of(word)
    place_count, of_count = _counts(text, place, of)
    return of_count <= place_count
