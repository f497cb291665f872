"""The place reader's early rejections give the answers of its full reading.

``_place_core`` turns away, before its reading, a phrase with no capital, a nested phrase whose
words before " in " name no place, and a comma part read whole that opens as a sentence. Each
is proved from the reading's steps (see their docstrings); these tests read generated phrases
both ways, and keep the shapes each rejection must leave to the reading.
"""

from __future__ import annotations

import unittest.mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from catalog.parsing import locations
from catalog.parsing.locations import (
    PlacePhrase,
    _no_capital,
    _place_core,
    _sentence_start,
    _unnamed_first_piece,
    place_before,
    place_core,
)

# Words of the shapes the rejections read, and of the ways to a place they must not miss:
# descriptors and "of" in several languages, parts of cities, relative tails, possessives,
# brackets, articles, relative adjectives, "al-" names, capitals and numbers.
_WORDS = st.sampled_from(
    ["Lyon", "Ghent", "Norway", "Oslo", "Porto", "Kerala", "Tartu", "Estonia", "Quito", "Bergen",
     "Cusco", "Peru", "San", "Marco", "Rue", "Verte", "Harbour", "Games", "Council",
     "walkers", "sail", "paint", "bakers", "the", "The", "a", "la", "le", "il", "los", "de", "di",
     "of", "von", "du", "della", "in", "near", "close", "to", "outside", "nahe", "on", "at",
     "and", "as", "outskirts", "centre", "centro", "storico", "heart", "edge", "island",
     "district", "quarter", "arrondissement", "borough", "city", "town", "capital", "port",
     "village", "region", "central", "northern", "downtown", "12e", "3rd", "(frame", "4)",
     "(Ghent)", "de(Lyon)", "Porto's", "Tartu’s", "Bergens'", "al-Bayt", "el-Nour", "l'est",
     "week", "rally", "market", "streets", "x", "", ","]
)  # fmt: skip
_SPACES = st.sampled_from([" ", " ", " ", " ", "  ", "\t", " , "])


@st.composite
def _phrases(draw: st.DrawFn) -> str:
    words = draw(st.lists(_WORDS, min_size=1, max_size=12))
    spaces = draw(st.lists(_SPACES, min_size=len(words), max_size=len(words)))
    return "".join(word + space for word, space in zip(words, spaces, strict=True)).rstrip()


def _full_reading(phrase: str, preposition: str, nested: bool) -> PlacePhrase | None:
    """``_place_core`` with its early rejections off (and no reading cached from before)."""
    never = unittest.mock.Mock(return_value=False)
    with (
        unittest.mock.patch.object(locations, "_no_capital", never),
        unittest.mock.patch.object(locations, "_unnamed_first_piece", never),
        unittest.mock.patch.object(locations, "_sentence_start", never),
    ):
        place_core.cache_clear()
        try:
            return _place_core(phrase, preposition, nested)
        finally:
            place_core.cache_clear()


@settings(max_examples=1500, deadline=None)
@given(_phrases(), st.sampled_from(["in", "on", "a", "near", "über"]), st.booleans())
def test_the_early_rejections_read_as_the_full_reading(
    phrase: str, preposition: str, nested: bool
) -> None:
    place_core.cache_clear()
    fast = _place_core(phrase, preposition, nested)
    assert fast == _full_reading(phrase, preposition, nested)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(["week", "rally", "of", "de", "the", "la", "(frame", "4)", "x"]),
         min_size=1, max_size=6).map(" ".join),
    _phrases(),
)  # fmt: skip
def test_a_nested_phrase_after_words_in_lower_case_reads_as_the_full_reading(
    head: str, rest: str
) -> None:
    phrase = f"{head} in {rest}"
    place_core.cache_clear()
    assert _place_core(phrase, "in", True) == _full_reading(phrase, "in", True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("curfew (frame 12)", True),
        ("the harbour at dawn", True),
        ("al-bayt street", False),  # an "al-" name may open a place
        ("el-nour square", False),
        ("12 3", False),  # no letter at all: read in full
        ("Lyon", False),
    ],
)
def test_no_capital(text: str, expected: bool) -> None:
    assert _no_capital(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("street (frame 12) in Ghent", True),
        ("bakers paint a mural as walkers pass in Bergen", True),
        ("week of rain (frame 3) in Quito", True),  # "week" is no descriptor
        ("outskirts of town in Peru", False),  # a descriptor before "of"
        ("12e arrondissement de la ville in Lyon", False),  # a part of a city before "de"
        ("la ville in Lyon", False),  # an article opens it
        ("central market in Oslo", False),  # a relative adjective opens it
        ("the the market in Oslo", False),  # "the" is left to open it
        ("bakers, walkers in Porto", False),  # a comma splits the pieces elsewhere
        ("al-bayt in Cusco", False),
        ("market  place in Oslo", False),  # not single spaced before " in "
        ("market In Oslo", False),  # a capital before " in "
        ("marketin Oslo", False),  # no " in "
    ],
)
def test_unnamed_first_piece(text: str, expected: bool) -> None:
    assert _unnamed_first_piece(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bakers paint a mural in Tartu", True),
        ("A walker crosses the bridge in Bergen", True),
        ("Walkers sail on the outskirts of the city in Bergen", True),  # five words before "of"
        ("Tartu town hall", False),  # "town": a noun of places
        ("Porto city centre", False),
        ("Tartu district of Estonia", False),
        ("Oslo near Bergen", False),  # a relative tail: "Oslo" is the place
        ("Oslo close to Bergen", False),
        ("Norwegian capital Oslo", False),
        ("Bergen port city", False),
        ("Porto's market hall", False),  # a possessive: "Porto" owns it
        ("Quito(Peru) lies here", False),  # a bracket in the first word
        ("Ghent de la ville", False),  # a particle
        ("Ghent la ville", False),
        ("Walkers sail the harbour of Bergen", False),  # four words before "of"
        ("Walkers sail a de(Lyon) market", False),  # "de" before a bracket: a word for "of"
        ("Walkers  sail in Oslo", False),  # not single spaced
        ("Walkers\tsail in Oslo", False),
        ("The walkers sail in Oslo", False),  # "the" is left to open it
        ("la walkers sail in Oslo", False),  # an article opens it
        ("Oslo", False),
    ],
)
def test_sentence_start(text: str, expected: bool) -> None:
    assert _sentence_start(text) is expected


@pytest.mark.parametrize(
    ("phrase", "nested", "location"),
    [
        # shapes each rejection leaves to the reading, with the place the reading finds
        ("Oslo close to the island of Ulvøya", False, "Oslo"),
        ("Norwegian capital Oslo", False, "Oslo"),
        ("Porto's Ribeira district", False, "Ribeira district, Porto"),
        ("the outskirts of Quito", True, "Quito"),
        ("Tartu in Estonia", True, "Tartu, Estonia"),
        ("Bakers paint a mural in Tartu", False, None),
        ("street (frame 12) in Ghent", True, None),
        ("week of rain in Quito", True, None),
    ],
)
def test_the_reading_of_shapes_near_the_rejections(
    phrase: str, nested: bool, location: str | None
) -> None:
    place_core.cache_clear()
    core = place_core(phrase, "in", nested)
    assert (core.location if core is not None else None) == location
    assert core == _full_reading(phrase, "in", nested)


@pytest.mark.parametrize(
    ("chunk", "location"),
    [
        ("Bakers paint a mural as walkers pass in the street (frame 12) in Ghent, Belgium",
         "Ghent, Belgium"),
        ("Walkers sail on the outskirts of the city in Bergen, Norway", "Bergen, Norway"),
        ("Bakers paint a mural after a week of rain (frame 3) in Quito, Ecuador",
         "Quito, Ecuador"),
    ],
)  # fmt: skip
def test_a_caption_sentence_keeps_its_place(chunk: str, location: str) -> None:
    place = place_before(chunk)
    assert place is not None and place.location == location
