"""Class 8 (from the train half's failures): a distance printed in two units before a relative
place ("Kirkuk, 250 km (150 miles) north of Baghdad"). The relative tail, the bracketed
conversion included, is dropped from the location and leaves the description with the place
phrase, as "Kerbala, south of Baghdad" does. Captions written for this test."""

from __future__ import annotations

import pytest

from tests.parsing.field_match import Expected, mismatches

CASES = [
    pytest.param(
        "Recruits drill at a base in Samarra, 125 km (78 miles) north of Baghdad, May 4, 2011. REUTERS/Jo Roe",
        {"description": "Recruits drill at a base", "location": "Samarra", "date": "2011-05-04"},
        id="km-then-miles-with-date",
    ),
    pytest.param(
        "Pilgrims walk towards the shrine in Najaf, 100 miles (160 km) south of Baghdad. REUTERS/Jo Roe",
        {"description": "Pilgrims walk towards the shrine", "location": "Najaf"},
        id="miles-then-km",
    ),
    pytest.param(
        "Pilgrims walk towards the shrine in Najaf, 160 km south of Baghdad. REUTERS/Jo Roe",
        {"description": "Pilgrims walk towards the shrine", "location": "Najaf"},
        id="one-unit-as-before",
    ),
]


@pytest.mark.parametrize("caption, expected", CASES)
def test_distance_in_two_units(caption: str, expected: Expected) -> None:
    assert mismatches(caption, expected) == []
