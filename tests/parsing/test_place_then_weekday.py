"""Class 8 (from the train half's failures): a place phrase, then a weekday or a relative day,
closing the sentence ("... protesters in Qatif on Thursday [Reuters]"). The two are the
phrase that ends the sentence: by the labelling rules they leave the description together;
the date stays null (a weekday has no year). Captions written for this test."""

from __future__ import annotations

import pytest

from tests.parsing.field_match import Expected, mismatches

CASES = [
    pytest.param(
        "Police disperse several hundred protesters in Tarsus on Thursday [Reuters]",
        {
            "description": "Police disperse several hundred protesters",
            "location": "Tarsus",
            "date": None,
        },
        id="weekday-bracketed-credit",
    ),
    pytest.param(
        "Shoppers crowd a market in Lagos, Nigeria, on Saturday. (AP Photo/Jo Roe)",
        {"description": "Shoppers crowd a market", "location": "Lagos, Nigeria", "date": None},
        id="weekday-after-country",
    ),
    pytest.param(
        "Firefighters battle the blaze in Marseille today. Photo: Jo Roe/AFP",
        {"description": "Firefighters battle the blaze", "location": "Marseille"},
        id="today",
    ),
    pytest.param(
        "Pendler warten am Bahnhof in Köln am Montag. Foto: Jo Roe/dpa",
        {"description": "Pendler warten am Bahnhof", "location": "Köln"},
        id="german-weekday",
    ),
    pytest.param(
        "Manifestantes marchan en Sevilla el domingo. Foto: EFE",
        {"description": "Manifestantes marchan", "location": "Sevilla"},
        id="spanish-weekday",
    ),
]

KEPT = [
    pytest.param(
        "Shoppers crowd a market in Lagos on Saturday as prices rise. (AP Photo/Jo Roe)",
        {"description": "Shoppers crowd a market in Lagos on Saturday as prices rise"},
        id="clause-after-the-weekday",
    ),
]


@pytest.mark.parametrize("caption, expected", CASES + KEPT)
def test_place_then_weekday(caption: str, expected: Expected) -> None:
    assert mismatches(caption, expected) == []
