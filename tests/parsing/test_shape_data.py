"""The word knowledge added for the unseen shapes of issue 12 loads from the language files and
reaches the parser: words for "against", settlement and region nouns, Hungarian's case endings,
Czech and Polish prepositions, the satellite label words and the dash-credit's registry entries."""

from __future__ import annotations

import pytest

from catalog.parsing import lexicon, read_credit
from catalog.parsing.registry import shipped_registry


def test_versus_words_load_casefolded() -> None:
    assert {"v", "vs", "vs."} <= lexicon.versus_words()
    assert all(word == word.casefold() for word in lexicon.versus_words())


def test_settlement_and_region_nouns_load() -> None:
    assert {"village", "town", "city"} <= lexicon.settlement_nouns()
    assert {"region", "province"} <= lexicon.region_nouns()
    # a relative word is neither: "the southern city of Basra"
    assert "southern" not in lexicon.settlement_nouns() | lexicon.region_nouns()


def test_a_list_that_is_not_strings_is_refused() -> None:
    base = {"name": "X", "months": [], "date_joiners": [], "credit_labels": []}
    base["credit_label_words"] = []
    with pytest.raises(lexicon.LexiconError, match="settlement_nouns"):
        lexicon._language("xx", {**base, "settlement_nouns": [3]})


def test_hungarian_case_endings_load_behind_its_cues() -> None:
    hungarian = next(language for language in lexicon.inflections() if "ő" in language.cues)
    assert ("ben", "") in hungarian.case_endings
    assert ("ett", "") in hungarian.case_endings
    assert not hungarian.place_endings


@pytest.mark.parametrize("word", ["v", "ve", "we"])
def test_czech_and_polish_prepositions_open_place_phrases(word: str) -> None:
    assert word in lexicon.place_prepositions()


def test_imagery_is_a_label_word() -> None:
    assert "imagery" in lexicon.credit_label_words()
    assert read_credit("Imagery: Maxar Technologies").parsed.agency == "Maxar Technologies"


@pytest.mark.parametrize(
    "printed, canonical",
    [
        ("Airbus DS", "Airbus Defence and Space"),
        ("Copernicus Sentinel-2 data", "Copernicus"),
        ("Umbra Space", "Umbra"),
        ("BlackSky", "BlackSky"),
    ],
)
def test_satellite_makers_resolve(printed: str, canonical: str) -> None:
    assert shipped_registry().canonical(printed) == canonical
