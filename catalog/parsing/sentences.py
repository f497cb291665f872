"""Sentence boundaries in caption text, aware of the abbreviations captions are full of.

"Gov. Jim Justice", "Jan. 8", "U.S. Rep.", "Sara D. Davis" do not end sentences; "in Lenexa,
Kan. The show..." does. One linear scan; no regex that could backtrack.
"""

from __future__ import annotations

from functools import cache

from catalog.parsing import pattern_cache
from catalog.parsing.dates import is_month_word
from catalog.parsing.lexicon import (
    abbreviations,
    date_joiners,
    english_month_abbreviations,
    month_forms,
)

# After a multi-initial abbreviation ("U.S.", "N.M.") these words start a new sentence.
_SENTENCE_STARTERS = frozenset(
    [
        "It",
        "The",
        "A",
        "An",
        "He",
        "She",
        "They",
        "This",
        "That",
        "These",
        "Those",
        "In",
        "On",
        "At",
        "His",
        "Her",
        "Their",
        "We",
        "I",
        "There",
    ]
)

# One stop mark, then any more: a pattern that opens with a single character class is scanned
# for it first, where one that opens with a repeat ("[.!?…]+") is tried at every character.


@cache
def _non_terminal() -> frozenset[str]:
    """Words whose period never ends a sentence: the language data's abbreviations (titles,
    ranks, "St.", "No.") and the English months written with a period ("Jan.", "Sept.")."""
    return abbreviations() | english_month_abbreviations()


@cache
def _month_abbreviations() -> frozenset[str]:
    """Months of every language written short with a period, casefolded without it ("dic",
    "janv", "okt"): a year after one continues the date."""
    forms = month_forms(english=False) + month_forms(english=True)
    return frozenset(form.casefold()[:-1] for form in forms if form.endswith("."))


# The group holds the stop and the closing marks after it: the sentence ends there.
_BOUNDARY = pattern_cache.compile(r"([.!?…][.!?…]*[\"'”’)\]]*)\s+(?=[\"'“‘(\[]?[A-Z0-9À-ÖØ-Þ])")
# The same boundaries in a text whose only stop mark is the full stop, as most captions are:
# a pattern that opens with one character is scanned for it as fast as str.find, where one
# that opens with a class tests the class at every character (several times the cost).
_FULL_STOP_BOUNDARY = pattern_cache.compile(
    r"(\.[.!?…]*[\"'”’)\]]*)\s+(?=[\"'“‘(\[]?[A-Z0-9À-ÖØ-Þ])"
)


# What a word ends at, read back from its period: white space (the characters str.isspace
# takes, listed: a test holds them to it) or an opening mark. One set: a look-up, not a method
# call, per character.
_WHITE_SPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680"
    + "".join(map(chr, range(0x2000, 0x200B)))
    + "\u2028\u2029\u202f\u205f\u3000"
)
_WORD_OPENERS = frozenset(_WHITE_SPACE + "(\"“‘'")


def _ends_with_abbreviation(text: str, period: int) -> bool:
    """Whether the period at ``period`` belongs to an abbreviation rather than ending a sentence."""
    if period and text[period - 1].isdigit():
        # "am 3. März 2023": a German day number, not the end of a sentence; otherwise no
        # abbreviation ends with a digit ("... on Jan. 8, 2020.").
        return _day_number_before_month(text, period)
    start = period
    while start > 0 and text[start - 1] not in _WORD_OPENERS:
        start -= 1
    word = text[start:period]
    if not word:
        return False
    bare = word.rstrip(".").casefold()
    if bare in _non_terminal():
        return True
    if bare in _month_abbreviations():
        # "el 5 dic. 2023", "le 3 janv. 2023", "am 3. Okt. 2023": a month of any language
        # written short, then the year (or "de" and the year): one date, no sentence's end.
        following = text[period + 1 : period + 12].split(None, 1)
        return bool(following) and (following[0][:1].isdigit() or following[0] in date_joiners())
    # A single initial ("D.") or initials ("U.S", "D.C", "N.Y").
    return len(bare) == 1 and bare.isalpha()


def _day_number_before_month(text: str, period: int) -> bool:
    if period >= 3 and text[period - 2].isdigit() and text[period - 3].isdigit():
        return False  # three digits or more ("2011."): a year, no day number
    start = period
    while start > 0 and text[start - 1].isdigit():
        start -= 1
    if period - start > 2 or (start > 0 and not text[start - 1].isspace()):
        return False
    following = text[period + 1 : period + 16].split(None, 1)
    if not following:
        return False
    word = following[0].rstrip(",")
    return is_month_word(word) or is_month_word(word.rstrip("."))  # "3. Okt.", "3. März"


_INITIALS = pattern_cache.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")


def _initials_word(text: str, period: int) -> bool:
    if period < 3 or text[period - 2] != ".":
        return False  # initials end "X.Y": most words ("2008", "Iran") are ruled out here
    start = period
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return _INITIALS.fullmatch(text, start, period) is not None


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; ``end`` includes the closing punctuation."""
    spans: list[tuple[int, int]] = []
    start = 0
    only_full_stops = "!" not in text and "?" not in text and "…" not in text
    for match in (_FULL_STOP_BOUNDARY if only_full_stops else _BOUNDARY).finditer(text):
        period = match.start()
        if text[period] == "." and not (
            # A year before the period ("... 2011. The ..."): no abbreviation, no initials.
            period >= 3
            and text[period - 1].isdigit()
            and text[period - 2].isdigit()
            and text[period - 3].isdigit()
        ):
            if _ends_with_abbreviation(text, period):
                continue
            if _initials_word(text, period):
                following = text[match.end() : match.end() + 12].split(" ", 1)[0]
                if following not in _SENTENCE_STARTERS:
                    continue
        end = match.end(1)
        if end > start:
            spans.append((start, end))
        start = match.end()
    if start < len(text):
        end = len(text)
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans
