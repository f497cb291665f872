"""Class 8 (from the train half's failures): a settlement named after "of", behind the larger
place it stands in: "the West Bank village of Beita" is "Beita, West Bank", most specific
first. A people's adjective there ("the Greek island of Kos", "the Swiss town of Davos") or a
relative word ("the southern city of Basra") adds nothing. Captions written for this test."""

from __future__ import annotations

import pytest

from tests.parsing.field_match import Expected, mismatches

CASES = [
    pytest.param(
        "A soldier stands guard in the West Bank village of Beita on May 3, 2024. (AFP Photo/Jo Roe)",
        {
            "location": "Beita, West Bank",
            "date": "2024-05-03",
            "description": "A soldier stands guard",
        },
        id="two-word-territory",
    ),
    pytest.param(
        "Smoke rises over the Gaza Strip city of Khan Younis. (AP Photo/Jo Roe)",
        {"location": "Khan Younis, Gaza Strip"},
        id="strip-city",
    ),
    pytest.param(
        "Migrants wade across the river in the Texas border city of Eagle Pass. REUTERS/Jo Roe",
        {"location": "Eagle Pass, Texas"},
        id="state-with-a-word-between",
    ),
    pytest.param(
        "Firefighters work in the Kherson region village of Bilozerka on June 2, 2023. (AP Photo/Jo Roe)",
        {"location": "Bilozerka, Kherson region", "date": "2023-06-02"},
        id="region-noun-kept",
    ),
]

NO_QUALIFIER = [
    pytest.param(
        "Tourists swim off the Greek island of Kos. (AP Photo/Jo Roe)",
        {"location": "Kos"},
        id="people-adjective",
    ),
    pytest.param(
        "Delegates arrive in the Swiss town of Davos. REUTERS/Jo Roe",
        {"location": "Davos"},
        id="adjective-that-names-a-country",
    ),
    pytest.param(
        "Residents clear debris in the southern city of Basra. (AP Photo/Jo Roe)",
        {"location": "Basra"},
        id="relative-word",
    ),
]


@pytest.mark.parametrize("caption, expected", CASES + NO_QUALIFIER)
def test_settlement_in_region(caption: str, expected: Expected) -> None:
    assert mismatches(caption, expected) == []
