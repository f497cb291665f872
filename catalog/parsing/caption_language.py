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
    english_count = other_count = 0
    for word in _WORD.findall(text.casefold()):
        if word in others:
            other_count += 1
        elif word in english:
            english_count += 1
    return other_count >= _FEWEST_WORDS and other_count > english_count
