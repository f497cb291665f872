"""Two date shapes, with captions written for the test:

- a weekday written short before its date ("on Tues., March 5, 2024"): part of the date, and
  its period ends no sentence (the English data's ``weekdays`` and ``abbreviations``);
- a date of an event the caption looks back to ("a year after the war began on Feb. 24,
  2022"): it yields to the photo's own date, though alone it still dates the photo.
"""

from __future__ import annotations

import pytest

from tests.parsing.field_match import mismatches


@pytest.mark.parametrize("weekday", ["Mon.", "Tue.", "Tues.", "Wed.", "Thu.", "Thurs.", "Fri."])
def test_a_short_weekday_belongs_to_its_date(weekday: str) -> None:
    caption = f"Ferries wait in Kestrel on {weekday}, March 5, 2024. Jo Roe/AP"
    expected = {"date": "2024-03-05", "location": "Kestrel", "description": "Ferries wait"}
    assert mismatches(caption, expected) == []


def test_the_sun_still_ends_a_sentence() -> None:
    caption = "A solar flare erupts on the Sun. The flare peaked on March 5, 2024. Photo: NASA"
    assert mismatches(caption, {"date": "2024-03-05", "agency": "NASA"}) == []


@pytest.mark.parametrize(
    "caption, date",
    [
        pytest.param(
            "Mourners gather in Kestrel on March 5, 2024, a year after the war began on"
            " Feb. 24, 2023. Jo Roe/AP",
            "2024-03-05",
            id="began",
        ),
        pytest.param(
            "Fans gather in Kestrel on May 5, 2023, after the season started on April 2, 2023."
            " Jo Roe/Reuters",
            "2023-05-05",
            id="started",
        ),
        pytest.param(
            "Ash covers Kestrel on Aug. 9, 2021, days after the volcano erupted on"
            " Aug. 3, 2021. Jo Roe/AP",
            "2021-08-09",
            id="erupted",
        ),
        # Alone, the event's date is the only date there is.
        pytest.param(
            "Runners set off as the race started on April 2, 2023 in Kestrel. Jo Roe/AP",
            "2023-04-02",
            id="alone",
        ),
    ],
)
def test_a_looked_back_date_yields_to_the_photos(caption: str, date: str) -> None:
    assert mismatches(caption, {"date": date}) == []
