"""Class 8 (from the train half's failures): a place phrase, then a date without its year,
closing the sentence ("... in Khan Younis on May 6", "a rally in April in Milwaukee"). The
date has no year, so the photo's date stays null, but it is part of the phrase that ends the
sentence: place and date leave the description together. Captions written for this test."""

from __future__ import annotations

import pytest

from tests.parsing.field_match import Expected, mismatches

CASES = [
    pytest.param(
        "Rescuers search the rubble of a house in Rafah on May 6. (AP Photo/Jo Roe)",
        {"description": "Rescuers search the rubble of a house", "location": "Rafah", "date": None},
        id="on-month-day",
    ),
    pytest.param(
        "Rescuers search the rubble of a house in Rafah, Sept. 8. (AP Photo/Jo Roe)",
        {"description": "Rescuers search the rubble of a house", "location": "Rafah", "date": None},
        id="comma-abbreviated-month",
    ),
    pytest.param(
        "Volunteers plant trees in Nairobi on 12 March. Photo: Jo Roe/AFP",
        {"description": "Volunteers plant trees", "location": "Nairobi", "date": None},
        id="day-first",
    ),
    pytest.param(
        "Supporters cheer at a rally in June in Atlanta. Jo Roe/AP",
        {"description": "Supporters cheer at a rally", "location": "Atlanta", "date": None},
        id="month-before-the-place",
    ),
    pytest.param(
        "Rescuers search the rubble of a house in Rafah on May 6, 2024. (AP Photo/Jo Roe)",
        {"description": "Rescuers search the rubble of a house", "date": "2024-05-06"},
        id="with-year-as-before",
    ),
]

KEPT = [
    pytest.param(
        "Cherry trees blossom early in May",
        {"description": "Cherry trees blossom early in May", "location": None},
        id="month-without-a-place",
    ),
]


@pytest.mark.parametrize("caption, expected", CASES + KEPT)
def test_place_then_yearless_date(caption: str, expected: Expected) -> None:
    assert mismatches(caption, expected) == []
