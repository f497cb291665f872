"""A date without its year closing the place's sentence ("... at Kestrel Race Course on May
20.", "... in Llanwrtyd Wells, Wales on Sunday, August 27."): it dates nothing (no year is
invented), but the place before it is read as before a whole date. Captions written for the
test, with the same captions dated as neighbours."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption


@pytest.mark.parametrize(
    "caption, location",
    [
        pytest.param(
            "Fans wave flags at Kestrel Race Course on May 20. (Photo by Jo Roe/The Washington Post)",
            "Kestrel Race Course",
            id="venue-on-month-day",
        ),
        pytest.param(
            "Players warm up at the Stade de Nice, France on Sunday, September 17. (Photo by Kim Soto/PA Images via Getty Images)",
            "Stade de Nice, France",
            id="venue-country-weekday-month-day",
        ),
        pytest.param(
            "Swimmers race at a lake in Llanwrtyd Wells, Wales on Sunday, August 27. (Photo by Ada Obi/Reuters)",
            "Llanwrtyd Wells, Wales",
            id="town-unknown-to-the-index",
        ),
        pytest.param(
            "Farmers plough a field in Parganas, India on July 4. (Photo by Rina Das/SOPA Images/Shutterstock)",
            "Parganas, India",
            id="on-month-day",
        ),
        pytest.param(
            "Crowds line the parade route in Glenmoor Falls, Ohio, Aug. 20. (AP Photo/Kim Soto)",
            "Glenmoor Falls, Ohio",
            id="ap-abbreviated-month",
        ),
    ],
)
def test_place_before_a_yearless_date(caption: str, location: str) -> None:
    parsed = parse_caption(caption)
    assert parsed.location == location
    assert parsed.date is None


@pytest.mark.parametrize(
    "caption, location, date",
    [
        pytest.param(
            "Fans wave flags at Kestrel Race Course on May 20, 2023. (Photo by Jo Roe/The Washington Post)",
            "Kestrel Race Course",
            "2023-05-20",
            id="venue-dated",
        ),
        pytest.param(
            "Swimmers race at a lake in Llanwrtyd Wells, Wales on Sunday. (Photo by Ada Obi/Reuters)",
            "Llanwrtyd Wells, Wales",
            None,
            id="weekday-alone",
        ),
    ],
)
def test_neighbours(caption: str, location: str, date: str | None) -> None:
    parsed = parse_caption(caption)
    assert (parsed.location, parsed.date) == (location, date)
