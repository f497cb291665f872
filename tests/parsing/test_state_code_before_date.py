"""Class 8 (from the train half's failures): a US state's postal code between a city and the
date ("in Chicago, IL on Aug. 19, 2024"). Several codes are spelled as other languages'
small words (IL, LA, DE, IN, AL): in capitals, in a caption that is not, they are the
state's, and the location keeps them. Captions written for this test."""

from __future__ import annotations

import pytest

from tests.parsing.field_match import Expected, mismatches

CASES = [
    pytest.param(
        "Delegates cheer on the convention floor in Chicago, IL on August 19, 2024. (Photo by Jo Roe/Reuters)",
        {
            "location": "Chicago, IL",
            "date": "2024-08-19",
            "description": "Delegates cheer on the convention floor",
        },
        id="il-before-date",
    ),
    pytest.param(
        "Revellers throng the parade route in New Orleans, LA on Feb. 13, 2024. (AP Photo/Jo Roe)",
        {"location": "New Orleans, LA", "date": "2024-02-13"},
        id="la-before-date",
    ),
    pytest.param(
        "Voters queue outside a school in Wilmington, DE, Nov. 5, 2024. (AP Photo/Jo Roe)",
        {"location": "Wilmington, DE", "date": "2024-11-05"},
        id="de-comma-date",
    ),
    pytest.param(
        "Fans fill the stands in Indianapolis, IN on May 26, 2024. (AP Photo/Jo Roe)",
        {"location": "Indianapolis, IN", "date": "2024-05-26"},
        id="in-before-date",
    ),
    pytest.param(
        "Manifestanti in piazza a Roma il 5 maggio 2024. Foto: Ansa",
        {"location": "Roma", "date": "2024-05-05"},
        id="italian-il-still-a-connector",
    ),
]


@pytest.mark.parametrize("caption, expected", CASES)
def test_state_code_before_date(caption: str, expected: Expected) -> None:
    assert mismatches(caption, expected) == []
