"""A credit label closed by an ellipsis opening the caption, the description glued after the
credit on the same line ("Credit…Jo Roe for The New York Times Protesters march ..."), as a
label's colon would: the credit ends where the name of its organisation does. Captions
written for this test."""

from __future__ import annotations

import pytest

from tests.parsing.field_match import Expected, mismatches

CASES = [
    pytest.param(
        "Credit…Jo Roe for The New York Times Protesters march through the city",
        {
            "photographer": "Jo Roe",
            "agency": "The New York Times",
            "description": "Protesters march through the city",
        },
        id="client-ellipsis-character",
    ),
    pytest.param(
        "Credit...Kim Soto for The Washington Post Rescue workers search the rubble",
        {"photographer": "Kim Soto", "agency": "The Washington Post"},
        id="client-three-dots",
    ),
    pytest.param(
        "Credit…Jo Roe/Reuters Protesters march through the city",
        {
            "photographer": "Jo Roe",
            "agency": "Reuters",
            "description": "Protesters march through the city",
        },
        id="chain",
    ),
    pytest.param(
        "Credit…Agence France-Presse — Getty Images Protesters march through the city",
        {"photographer": None, "agency": "AFP"},
        id="agency-dash-distributor",
    ),
    pytest.param(
        "Foto…Anna Weber/dpa Demonstranten ziehen durch die Innenstadt",
        {"photographer": "Anna Weber", "agency": "dpa"},
        id="german-label",
    ),
    # Near misses: the credit closing the caption, and a label with its colon, keep their reading.
    pytest.param(
        "Protesters march through the city.Credit…Jo Roe for The New York Times",
        {"photographer": "Jo Roe", "agency": "The New York Times"},
        id="near-miss-credit-last",
    ),
    pytest.param(
        "Photos… The best pictures of the week",
        {"photographer": None, "agency": None},
        id="near-miss-no-name-after-label",
    ),
    pytest.param(
        "Photo: Jo Roe/Reuters Protesters march through the city",
        {"photographer": "Jo Roe", "agency": "Reuters"},
        id="near-miss-colon",
    ),
]


@pytest.mark.parametrize(("caption", "expected"), CASES)
def test_leading_ellipsis_credit(caption: str, expected: Expected) -> None:
    assert not mismatches(caption, expected)
