"""A place whose own name ends in "'s" ("St. John's", "St John's"), named inside a sentence
("Supporters gather in St. John's where clashes began"): the place as the gazetteer knows it,
not its first word ("St"); the "'s" of a place that owns what follows ("in Tokyo's Ginza
district", "in Kyiv's main square") is still no part of its name. Captions written for the test
(names invented)."""

from __future__ import annotations

import pytest

from tests.parsing.field_match import mismatches


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "Supporters gather in St. John's where clashes began with police. (Jo Roe/AP)",
            {"location": "St. John's"},
        ),
        (
            "Supporters gather on the main square in St John's as the march begins.",
            {"location": "St John's"},
        ),
        (
            "A ferry leaves the harbour in St. John's after the storm. (Kim Soto/Reuters)",
            {"location": "St. John's"},
        ),
        (
            "Shoppers in Tokyo's Ginza district on Sunday. (Jo Roe/AP)",
            {"location": "Ginza district, Tokyo"},
        ),
        (
            "Protesters in Kyiv's main square demand change. (Jo Roe/AP)",
            {"location": "Kyiv"},
        ),
    ],
    ids=[
        "st-johns-with-period",
        "st-johns-without-period",
        "st-johns-after-a-noun",
        "possessive-city-then-district",
        "possessive-city-then-square",
    ],
)
def test_place_name_with_possessive(caption: str, expected: dict[str, str]) -> None:
    assert mismatches(caption, expected) == []
