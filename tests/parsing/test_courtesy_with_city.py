"""Museum and gallery captions: a courtesy credit that names the artist, the gallery and the
gallery's city ("Courtesy of the artist and Kestrel Gallery, New York"). The credit may run
a few words longer than a plain one, and the city after the comma is no second person.
Captions written for this test."""

from __future__ import annotations

import pytest

from tests.parsing.field_match import Expected, mismatches

CASES = [
    pytest.param(
        "A painting hangs in the gallery's main room. Courtesy of the artist and Kestrel Gallery, New York",
        {
            "credit": "Courtesy of the artist and Kestrel Gallery, New York",
            "agency": "Kestrel Gallery",
            "photographer": None,
            "description": "A painting hangs in the gallery's main room",
        },
        id="artist-gallery-two-word-city",
    ),
    pytest.param(
        "A bronze figure on a plinth. Courtesy Kestrel Gallery, San Francisco",
        {"agency": "Kestrel Gallery", "photographer": None},
        id="gallery-two-word-city",
    ),
    pytest.param(
        "A bronze figure on a plinth. Courtesy of Kestrel Museum, London",
        {"agency": "Kestrel Museum", "photographer": None},
        id="museum-one-word-city",
    ),
]

# A person after an organisation and a comma is still a person.
STILL_A_PERSON = [
    pytest.param(
        "Fans cheer the winners. AP Photo/Jo Roe, Kim Soto",
        {"photographer": "Jo Roe; Kim Soto", "agency": "AP"},
        id="two-photographers",
    ),
]


@pytest.mark.parametrize("caption, expected", CASES + STILL_A_PERSON)
def test_courtesy_with_city(caption: str, expected: Expected) -> None:
    assert mismatches(caption, expected) == []
