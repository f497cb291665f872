"""Class 7 of the unseen shapes: an Italian or Spanish venue before the place it stands in.

"allo stadio Olimpico di Roma", "en el estadio Santiago Bernabéu de Madrid": a landmark's noun
(data: landmark_nouns), the venue's name, then a word for "of" and a known place. By the
labelling rules a match venue is not the location: the place is, and the venue stays in the
description, as "at the Grand Bazaar" does in "at the Grand Bazaar in Urumqi". Captions
written for this test."""

from __future__ import annotations

import pytest

from tests.parsing.field_match import Expected, mismatches

CASES = [
    pytest.param(
        "I tifosi cantano allo stadio Olimpico di Roma. Foto: Mario Rossi/LaPresse",
        {"location": "Roma", "description": "I tifosi cantano allo stadio Olimpico"},
        id="italian-stadio-di",
    ),
    pytest.param(
        "La squadra si allena allo stadio Artemio Franchi di Firenze, 4 aprile 2024. Foto: Ansa",
        {
            "location": "Firenze",
            "date": "2024-04-04",
            "description": "La squadra si allena allo stadio Artemio Franchi",
        },
        id="italian-stadio-with-date",
    ),
    pytest.param(
        "La prima dell'opera al Teatro alla Scala di Milano. Foto: Ansa",
        {"location": "Milano", "description": "La prima dell'opera al Teatro alla Scala"},
        id="italian-teatro-with-its-article",
    ),
    pytest.param(
        "Los aficionados celebran en el estadio Santiago Bernabéu de Madrid. Foto: EFE",
        {
            "location": "Madrid",
            "description": "Los aficionados celebran en el estadio Santiago Bernabéu",
        },
        id="spanish-estadio-de",
    ),
    pytest.param(
        "El concierto en el Palacio de los Deportes de Ciudad de México. Foto: EFE",
        {
            "location": "Ciudad de México",
            "description": "El concierto en el Palacio de los Deportes",
        },
        id="spanish-name-with-of-inside",
    ),
    pytest.param(
        "Miles de personas en la plaza de Mayo de Buenos Aires, el 25 de mayo de 2023. Foto: EFE",
        {"location": "Buenos Aires", "date": "2023-05-25"},
        id="spanish-plaza-with-date",
    ),
]

NOT_A_VENUE = [
    pytest.param(
        "I fedeli pregano nella Basilica di San Pietro a Roma. Foto: Ansa",
        {"location": "Roma"},
        id="of-right-after-noun-is-the-name",
    ),
    pytest.param(
        "Fans cheer at the Stadio Olimpico in Rome. Photo: Jo Roe/Reuters",
        {"location": "Rome", "description": "Fans cheer at the Stadio Olimpico"},
        id="english-in-after-venue",
    ),
]


@pytest.mark.parametrize("caption, expected", CASES + NOT_A_VENUE)
def test_venue_then_place(caption: str, expected: Expected) -> None:
    assert mismatches(caption, expected) == []
