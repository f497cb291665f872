"""Class 8 (from the train half's failures): a sentence whose photo date opens it and whose
place closes it before a date of its own, as Xinhua prints ("Photo taken on April 1, 2016
shows ... in Nyingchi, Tibet, March 31, 2016."). The place phrase and the date after it end
the sentence: both leave the description, which keeps the opening date. Captions written for
this test."""

from __future__ import annotations

import pytest

from tests.parsing.field_match import Expected, mismatches

CASES = [
    pytest.param(
        "Photo taken on May 3, 2023 shows terraced fields in Yuanyang County, southwest "
        "China's Yunnan Province, May 2, 2023. (Xinhua/Li Wen)",
        {
            "description": "Photo taken on May 3, 2023 shows terraced fields",
            "date": "2023-05-03",
            "location": "Yuanyang County, southwest China's Yunnan Province",
        },
        id="xinhua-two-dates",
    ),
    pytest.param(
        "Aerial photo taken on June 9, 2024 shows a bridge in Guiyang, China, June 8, 2024. "
        "Traffic resumed on Sunday. (Xinhua/Li Wen)",
        {
            "description": "Aerial photo taken on June 9, 2024 shows a bridge. Traffic resumed on Sunday",
            "date": "2024-06-09",
        },
        id="later-sentence-stays",
    ),
]


@pytest.mark.parametrize("caption, expected", CASES)
def test_place_then_second_date(caption: str, expected: Expected) -> None:
    assert mismatches(caption, expected) == []
