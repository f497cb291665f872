"""A caption whose place and date close its sentence, then a credit after a spaced dash or bar
("... on Dec. 3, 2023 in Calgary, Alberta. — Photo by Jo Roe/Getty Images", "... à Lyon, le
3 mai 2021. - Photo: Jean Dupont/AFP", "... in Calgary. | Jo Roe/Radio Kestrel"): the mark
after the sentence's stop belongs to neither, so the place and date are the caption's closing
phrase, read and cut from the description as they are before a bracketed credit. (A short
description with no stop before the mark keeps its words: see test_bar_credits.py.) Captions written for the test (names,
organisations and places invented)."""

from __future__ import annotations

import pytest

from tests.parsing.field_match import mismatches


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "Fans toss bears onto the ice at the Saddledome on December 3, 2023 in Calgary,"
            " Alberta. — Photo by Siddharth Iyer/Getty Images",
            {
                "description": "Fans toss bears onto the ice at the Saddledome",
                "location": "Calgary, Alberta",
                "date": "2023-12-03",
                "photographer": "Siddharth Iyer",
            },
        ),
        (
            "Crowds watch the parade outside the town hall, Thursday, Sept. 1, 2022, in"
            " Ashford. — Chinedu Okonkwo/Radio Kestrel",
            {"location": "Ashford", "date": "2022-09-01", "agency": "Radio Kestrel"},
        ),
        (
            "Riders cross the finish line at the Velodrome in Lyon, France, on May 3, 2021. –"
            " AP Photo/Jan de Vries",
            {
                "description": "Riders cross the finish line at the Velodrome",
                "location": "Lyon, France",
            },
        ),
        (
            "Des supporters devant le stade à Lyon, le 3 mai 2021. - Photo: Jean Dupont/AFP",
            {"location": "Lyon", "date": "2021-05-03", "photographer": "Jean Dupont"},
        ),
        (
            "Voters queue at the school in Gdańsk, Poland, Oct. 15, 2023. | Małgorzata"
            " Wąsowska/Kestrel News Agency",
            {"location": "Gdańsk, Poland", "date": "2023-10-15", "agency": "Kestrel News Agency"},
        ),
    ],
    ids=[
        "stop-then-em-dash-getty",
        "weekday-date-place-em-dash-unknown-radio",
        "stop-en-dash-ap",
        "french-hyphen-label",
        "polish-bar-unknown-agency",
    ],
)
def test_place_date_before_dashed_credit(caption: str, expected: dict[str, str]) -> None:
    assert mismatches(caption, expected) == []
