"""Inflected place names read back to the name the place index knows.

Languages with cases write a place after "in" with an ending: Polish "w Warszawie" (Warszawa),
Russian "в Москве" (Москва), Ukrainian "у Києві" (Київ), and Finnish with no preposition at
all ("Helsingissä": in Helsinki). Which ending gives which base is data per language
(``data/languages``: place_endings, case_endings), read only in a caption that holds a cue of
the language (inflection_cues: a letter, a credit label); a base counts only where the place
index knows it, so a rule never makes up a place, and a name the index knows as written is
never changed.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import product

from catalog.parsing import pattern_cache
from catalog.parsing.lexicon import Inflections, inflections
from catalog.parsing.places import is_known_place

# A place's name has at most this many words to read back ("Nowym Jorku", "Нижнем Новгороде").
_MOST_WORDS = 3


def base_place_name(location: str, caption: str) -> str:
    """``location`` with its first part read back to the name the index knows where that part
    is an inflected form of a language ``caption`` holds a cue of ("Warszawie" gives
    "Warszawa", "Москве, Россия" gives "Москва, Россия"); otherwise ``location`` as it was."""
    first, comma, rest = location.partition(",")
    name = first.strip()
    if not name or is_known_place(name):
        return location  # the usual case
    base = base_of(name, caption)
    return location if base is None else f"{base}{comma}{rest}"


def base_of(name: str, text: str) -> str | None:
    """The name the index knows that ``name`` is an inflected form of, in a language ``text``
    holds a cue of ("Москве" in a Russian sentence gives "Москва"); None if there is none."""
    for language in _languages_of(text):
        base = _known_base(name, language.place_endings)
        if base is not None:
            return base
    return None


def _languages_of(caption: str) -> list[Inflections]:
    """The inflecting languages ``caption`` holds a cue of."""
    return [language for language, cue in _cue_patterns() if cue.search(caption) is not None]


@cache
def _cue_patterns() -> tuple[tuple[Inflections, re.Pattern[str]], ...]:
    """Each inflecting language with one regex of its cues (one scan of a caption, not one a
    cue)."""
    return tuple(
        (language, pattern_cache.compile("|".join(map(re.escape, language.cues))))
        for language in inflections()
    )


@cache
def _case_ending_languages() -> tuple[tuple[Inflections, re.Pattern[str]], ...]:
    """``_cue_patterns`` of the languages that write "in" as an ending alone (Finnish)."""
    return tuple((language, cue) for language, cue in _cue_patterns() if language.case_endings)


def _known_base(name: str, endings: tuple[tuple[str, str], ...]) -> str | None:
    """The first reading of ``name`` with one ending of ``endings`` read back in any of its
    words that the place index knows; None if none is known."""
    words = name.split()
    if len(words) > _MOST_WORDS:
        return None
    readings = [_readings(word, endings) for word in words]
    if all(len(options) == 1 for options in readings):
        return None  # no word ends as an inflected name does
    for candidate in product(*readings):
        if candidate == tuple(words):
            continue
        joined = " ".join(candidate)
        if is_known_place(joined):
            return joined
    return None


def _readings(word: str, endings: tuple[tuple[str, str], ...]) -> list[str]:
    """``word`` as written, then each base its endings give ("Krakowie": "Kraków", ...)."""
    folded = word.casefold()
    options = [word]
    for ending, base in endings:
        # the stem keeps at least two letters: "Ue" is no inflected "U"
        if folded.endswith(ending) and len(word) - len(ending) >= 2:
            options.append(word[: -len(ending)] + (base.upper() if word.isupper() else base))
    return options


_CAPITALISED_WORD = pattern_cache.compile(r"(?<![\w'’-])[^\W\d_][\w-]*")


def case_ending_place(text: str, caption: str) -> tuple[str, int] | None:
    """The first known place ``text`` writes with a case ending for "in" and no preposition
    (Finnish "Mielenosoittajia Helsingissä"), and where its word starts, read only where the
    whole ``caption`` holds a cue of that language (a letter, a credit label): where the photo
    was taken. The word belongs to its sentence, so it stays in the description."""
    for language, cue in _case_ending_languages():
        if cue.search(caption) is None:
            continue  # the usual case: no letter of the language in the caption
        endings = language.case_endings
        for match in _CAPITALISED_WORD.finditer(text):
            word = match.group(0)
            if not word[0].isupper() or is_known_place(word):
                continue
            base = _known_base(word, endings)
            if base is not None:
                return base, match.start()
    return None
