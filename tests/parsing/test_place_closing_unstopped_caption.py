"""Class 8 (from the train half's failures): a place phrase closing a caption that has no full
stop, before a credit on its own line, in brackets, or with none at all ("... on a housing
estate in Hong Kong\\nJo Roe/Reuters"). The phrase ends the caption's sentence, so by the
labelling rules it leaves the description, as it does after a stop. Captions written for
this test."""

from __future__ import annotations

import pytest

from tests.parsing.field_match import Expected, mismatches

CASES = [
    pytest.param(
        "Smoke billows from a warehouse fire in Hong Kong\nJo Roe/Reuters",
        {
            "description": "Smoke billows from a warehouse fire",
            "location": "Hong Kong",
            "agency": "Reuters",
        },
        id="credit-on-its-own-line",
    ),
    pytest.param(
        "A seal rests on an ice floe in Antarctica\nAna Lima",
        {
            "description": "A seal rests on an ice floe",
            "location": "Antarctica",
            "photographer": "Ana Lima",
        },
        id="name-on-its-own-line",
    ),
    pytest.param(
        "Leaders pose for the family photo in Canada Copyright Reuters",
        {"description": "Leaders pose for the family photo", "location": "Canada"},
        id="copyright-credit-after-place",
    ),
    pytest.param(
        "Riders cross the finish line in Roubaix (Jo Roe/AFP)",
        {"description": "Riders cross the finish line", "location": "Roubaix", "agency": "AFP"},
        id="bracketed-credit",
    ),
    pytest.param(
        "Des manifestants défilent à Lyon\nPhoto: Jo Roe/AFP",
        {"description": "Des manifestants défilent", "location": "Lyon"},
        id="french-place-phrase",
    ),
]

# A place inside the sentence, with words after it, stays.
KEPT = [
    pytest.param(
        "Smoke billows in Hong Kong as firefighters work\nJo Roe/Reuters",
        {"description": "Smoke billows in Hong Kong as firefighters work"},
        id="place-mid-sentence",
    ),
]


@pytest.mark.parametrize("caption, expected", CASES + KEPT)
def test_place_closing_unstopped_caption(caption: str, expected: Expected) -> None:
    assert mismatches(caption, expected) == []
