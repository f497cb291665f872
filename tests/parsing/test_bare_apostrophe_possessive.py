"""A possessive written with the apostrophe alone after an owner ending in "s" ("Paris' 11th
arrondissement", "Athens' Plaka district") names a part of a city as "Tokyo's Shinagawa
district" does; a number may name the part, and the city-part nouns of every language's data
("arrondissement", "ward") count. Captions written for the test."""

from __future__ import annotations

import pytest

from tests.parsing.field_match import mismatches


@pytest.mark.parametrize(
    "caption, location",
    [
        pytest.param(
            "Tourists stroll in Athens' Plaka district on May 5, 2024. Jo Roe/AP",
            "Plaka district, Athens",
            id="bare-apostrophe",
        ),
        pytest.param(
            "Residents clear debris in Paris' 11th arrondissement on May 5, 2024. Jo Roe/AFP",
            "11th arrondissement, Paris",
            id="numbered-arrondissement",
        ),
        pytest.param(
            "Residents clear debris in Paris's 11th arrondissement on May 5, 2024. Jo Roe/AFP",
            "11th arrondissement, Paris",
            id="apostrophe-s",
        ),
        pytest.param(
            "Shoppers walk in Tokyo's Minato ward on May 5, 2024. Jo Roe/Reuters",
            "Minato ward, Tokyo",
            id="ward",
        ),
    ],
)
def test_the_part_of_the_city_is_the_location(caption: str, location: str) -> None:
    description = caption.split(" in ", 1)[0]  # the place phrase and the date leave it
    expected = {"location": location, "date": "2024-05-05", "description": description}
    assert mismatches(caption, expected) == []


def test_a_family_possessive_is_no_place() -> None:
    caption = "The Smiths' house stands empty in Kestrel. Jo Roe/AP"
    assert mismatches(caption, {"location": "Kestrel"}) == []
