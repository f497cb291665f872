"""An agency's name as the caption's leading label ("AFP: Protesters march ..."): the agency
is the credit, the rest the description. Only news and photo agencies (wires, distributors):
a publication, an office or a country before a colon is as often whom or what the caption is
about, and stays description. Captions written for this test."""

from __future__ import annotations

import pytest

from tests.parsing.field_match import Expected, mismatches

CASES = [
    pytest.param(
        "AFP: Protesters march through the city centre on Sunday",
        {
            "agency": "AFP",
            "photographer": None,
            "description": "Protesters march through the city centre on Sunday",
        },
        id="afp",
    ),
    pytest.param(
        "Reuters: Rescue workers search the rubble of a collapsed building",
        {"agency": "Reuters", "photographer": None},
        id="reuters",
    ),
    pytest.param(
        "EPA: Firefighters battle a blaze near the highway",
        {"agency": "EPA", "location": None},
        id="epa-not-a-place",
    ),
    pytest.param(
        "Xinhua: Farmers harvest rice in a terraced field",
        {"agency": "Xinhua", "photographer": None},
        id="xinhua",
    ),
    pytest.param(
        "Getty Images: A fan cheers before the final",
        {"agency": "Getty Images", "description": "A fan cheers before the final"},
        id="two-word-distributor",
    ),
    pytest.param(
        "Agence France-Presse: Des manifestants défilent à Paris",
        {"agency": "AFP", "photographer": None},
        id="long-name-french-caption",
    ),
    # Near misses: no credit there.
    pytest.param(
        "BBC: The broadcaster's new headquarters opens in Salford",
        {"agency": None, "photographer": None},
        id="near-miss-publication-is-the-subject",
    ),
    pytest.param(
        "Ukraine: Soldiers rest near the front line",
        {"agency": None, "photographer": None},
        id="near-miss-country-kicker",
    ),
    pytest.param(
        "FILE PHOTO: A woman walks past a closed shop",
        {"agency": None, "photographer": None},
        id="near-miss-kicker",
    ),
    pytest.param(
        "Reuters: 2",
        {"agency": None},
        id="near-miss-no-sentence-after",
    ),
]


@pytest.mark.parametrize(("caption", "expected"), CASES)
def test_leading_agency_label(caption: str, expected: Expected) -> None:
    assert not mismatches(caption, expected)
