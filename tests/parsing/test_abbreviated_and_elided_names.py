"""Two shapes of a person's name in a credit that are neither initials nor plain words:

- a given name written short with its period ("Mohd." for Mohammad in Malay and Bengali
  credits, "Ma." for María in Filipino and Spanish ones, "Fco.", "Wm.", "Chas." in archive
  credits): its stop closes no sentence, and it opens the name;
- a particle that lost its vowel and is glued by an apostrophe ("d'Arc", "dell'Acqua"), or the
  Dutch "'t" standing alone ("van 't Hof"): a word of the name, though it opens in lower case.

Names, places and outlets are written for the test. The abbreviations and particles are data
(``names.toml``: ``given_abbreviations``, ``elided_particles``, ``particles``)."""

from __future__ import annotations

import pytest

from catalog.parsing import lexicon, parse_caption
from tests.parsing.field_match import Expected, mismatches

_SCENE = "Villagers carry sandbags along the river bank."


@pytest.mark.parametrize(
    "credit, expected",
    [
        pytest.param(
            "Photo: Mohd. Rasdi/AFP",
            {"photographer": "Mohd. Rasdi", "agency": "AFP"},
            id="label-malay",
        ),
        pytest.param(
            "Mohd. Rasdi/AFP", {"photographer": "Mohd. Rasdi", "agency": "AFP"}, id="bare"
        ),
        pytest.param(
            "MOHD. RASDI/AFP", {"photographer": "Mohd. Rasdi", "agency": "AFP"}, id="capitals"
        ),
        pytest.param(
            "Photo: AFP/Mohd. Rasdi",
            {"photographer": "Mohd. Rasdi", "agency": "AFP"},
            id="agency-first",
        ),
        pytest.param(
            "(Muhd. Hafiz/Bernama)",
            {"photographer": "Muhd. Hafiz", "agency": "Bernama"},
            id="bracketed",
        ),
        pytest.param(
            "Photo: Md. Karim Uddin/Kestrel Daily",
            {"photographer": "Md. Karim Uddin", "agency": "Kestrel Daily"},
            id="bengali-unknown-paper",
        ),
        pytest.param(
            "Photo: Ma. Teresa Lualhati/Kestrel Bulletin",
            {"photographer": "Ma. Teresa Lualhati", "agency": "Kestrel Bulletin"},
            id="filipino",
        ),
        pytest.param(
            "Foto: Fco. Javier Olmo/EFE",
            {"photographer": "Fco. Javier Olmo", "agency": "EFE"},
            id="spanish",
        ),
        pytest.param(
            "Photo: Mohd. Rasdi | Reuters",
            {"photographer": "Mohd. Rasdi", "agency": "Reuters"},
            id="bar",
        ),
        pytest.param(
            "Photo: Ma. Teresa Lualhati for Kestrel Bulletin",
            {"photographer": "Ma. Teresa Lualhati", "agency": "Kestrel Bulletin"},
            id="for-publication",
        ),
        pytest.param(
            "(Photo by Chas. Penrose/Bettmann Archive/Getty Images)",
            {"photographer": "Chas. Penrose", "agency": "Bettmann"},
            id="archive-english",
        ),
    ],
)
def test_a_given_name_written_short_opens_the_name(credit: str, expected: Expected) -> None:
    assert mismatches(f"{_SCENE} {credit}", expected) == []


@pytest.mark.parametrize(
    "caption, expected",
    [
        # The same word after a capitalised word ends a person's name in the sentence.
        pytest.param(
            "Investors greet the tycoon Jack Ma. Jo Penrose/AP",
            {"photographer": "Jo Penrose", "agency": "AP"},
            id="surname-ma-ends-a-sentence",
        ),
        pytest.param(
            "The cellist Yo-Yo Ma. Photo: Jo Penrose/Reuters",
            {"photographer": "Jo Penrose", "agency": "Reuters"},
            id="labelled-after-surname-ma",
        ),
        # A plain word before a stop still ends the sentence.
        pytest.param(
            "Pilgrims walk to the shrine. Teresa Lualhati/AFP",
            {"photographer": "Teresa Lualhati", "agency": "AFP"},
            id="plain-sentence-end",
        ),
    ],
)
def test_near_misses_keep_their_sentence_stop(caption: str, expected: Expected) -> None:
    assert mismatches(caption, expected) == []
    assert not (parse_caption(caption).photographer or "").startswith(("Ma", "Mohd"))


@pytest.mark.parametrize(
    "credit, expected",
    [
        pytest.param(
            "Photo: Jo d'Arcy/AFP", {"photographer": "Jo d'Arcy", "agency": "AFP"}, id="french-d"
        ),
        pytest.param(
            "Foto: Luca dell'Olmo/ANSA",
            {"photographer": "Luca dell'Olmo", "agency": "ANSA"},
            id="italian-dell",
        ),
        pytest.param(
            "Foto: Luca dall’Olmo/LaPresse",
            {"photographer": "Luca dall’Olmo", "agency": "LaPresse"},
            id="curly-apostrophe",
        ),
        pytest.param(
            "(ANSA/Luca dell'Olmo)",
            {"photographer": "Luca dell'Olmo", "agency": "ANSA"},
            id="agency-first",
        ),
        pytest.param(
            "Foto: Joost van 't Veld/ANP",
            {"photographer": "Joost van 't Veld", "agency": "ANP"},
            id="dutch-t",
        ),
        pytest.param(
            "FOTO: JOOST VAN 'T VELD/ANP",
            {"photographer": "Joost van 't Veld", "agency": "ANP"},
            id="dutch-t-capitals",
        ),
        pytest.param(
            "Photo: Ana d'Costa/Kestrel Times",
            {"photographer": "Ana d'Costa", "agency": "Kestrel Times"},
            id="unknown-paper",
        ),
    ],
)
def test_an_elided_particle_is_a_word_of_the_name(credit: str, expected: Expected) -> None:
    assert mismatches(f"{_SCENE} {credit}", expected) == []


def test_the_data_loads() -> None:
    assert {"mohd", "ma", "wm"} <= lexicon.given_abbreviations()
    assert all("." not in word for word in lexicon.given_abbreviations())
    assert {"d", "dell"} <= lexicon.elided_particles()
    assert "'t" in lexicon.particles()
