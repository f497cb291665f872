"""Sports agencies' leading datelines: the US sports wire's "Jan 5, 2024; Kestrel City,
Missouri, USA; ..." (date, then place, each closed by a semicolon), the Irish and British sports
agencies' "DUBLIN, IRELAND - 3 March 2024; ..." and a date alone closed by a semicolon. The
dateline leaves the description; its date dates the photo and its place is the location when
the caption names no other. Captions written for the test."""

from __future__ import annotations

import pytest

from tests.parsing.field_match import Expected, mismatches


@pytest.mark.parametrize(
    "caption, expected",
    [
        pytest.param(
            "Jan 5, 2024; Kansas City, Missouri, USA; Kestrel quarterback Jo Roe (15) throws a"
            " pass. Mandatory Credit: Kim Soto-USA TODAY Sports",
            {
                "date": "2024-01-05",
                "location": "Kansas City, Missouri, USA",
                "description": "Kestrel quarterback Jo Roe (15) throws a pass",
                "agency": "USA Today Sports",
                "photographer": "Kim Soto",
            },
            id="date-place-semicolons",
        ),
        pytest.param(
            "Mar 3, 2024; Tempe, Arizona, USA; Kestrel guard Jo Roe (2) dribbles against"
            " Harbour in the second half. Mandatory Credit: Kim Soto-Imagn Images",
            {
                "date": "2024-03-03",
                "location": "Tempe, Arizona, USA",
                "description": "Kestrel guard Jo Roe (2) dribbles against Harbour in the second half",
            },
            id="imagn",
        ),
        pytest.param(
            "CORK, IRELAND - 3 March 2024; Jo Roe of Kestrel celebrates after the final whistle."
            " Photo by Kim Soto/Sportsfile",
            {
                "date": "2024-03-03",
                "location": "CORK, IRELAND",
                "description": "Jo Roe of Kestrel celebrates after the final whistle",
                "agency": "Sportsfile",
            },
            id="place-dash-day-first-semicolon",
        ),
        pytest.param(
            "3 March 2024; Jo Roe of Kestrel celebrates. Photo by Kim Soto/Sportsfile",
            {
                "date": "2024-03-03",
                "description": "Jo Roe of Kestrel celebrates",
                "photographer": "Kim Soto",
            },
            id="date-alone-semicolon",
        ),
    ],
)
def test_a_sports_dateline_leaves_the_description(caption: str, expected: Expected) -> None:
    assert mismatches(caption, expected) == []


def test_a_semicolon_later_in_a_sentence_is_no_dateline() -> None:
    caption = "Fans wait outside; the gates opened late. Kim Soto/AP"
    assert mismatches(caption, {"description": "Fans wait outside; the gates opened late"}) == []
