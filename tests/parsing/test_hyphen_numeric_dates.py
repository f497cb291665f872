"""A numeric date written with hyphens ("03-03-2023", Dutch and Spanish captions' habit; "3-8-2020"
in English): read as its slash form is, day first in a caption of another language or from an
agency that writes so, month first otherwise. Captions written for the test, with the
neighbours whose hyphens join no date."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption


@pytest.mark.parametrize(
    "caption, date",
    [
        pytest.param(
            "Betogers lopen door het centrum van Utrecht op 04-03-2023. Foto: Jan de Vries/ANP",
            "2023-03-04",
            id="dutch-day-first",
        ),
        pytest.param(
            "Manifestantes marchan en Madrid el 4-3-2023. Foto: Lucía Pérez/EFE",
            "2023-03-04",
            id="spanish-day-first",
        ),
        pytest.param(
            "Fans line the parade route in Denver, Colorado, on 3-8-2020. (AP Photo/Kim Soto)",
            "2020-03-08",
            id="english-month-first",
        ),
        pytest.param(
            "Fans line the parade route in Denver, Colorado, on 25-8-2020. (AP Photo/Kim Soto)",
            "2020-08-25",
            id="english-day-first-when-month-impossible",
        ),
    ],
)
def test_hyphenated_numeric_date(caption: str, date: str) -> None:
    assert parse_caption(caption).date == date


@pytest.mark.parametrize(
    "caption, date",
    [
        pytest.param(
            "A Boeing 737-800 lies in a field near Tehran, Iran, January 8, 2020. REUTERS/Jo Roe",
            "2020-01-08",
            id="model-number",
        ),
        pytest.param(
            "Workers repair the 2019-2020 stand at the stadium in Lyon. REUTERS/Jo Roe",
            None,
            id="season-range",
        ),
    ],
)
def test_hyphens_that_join_no_date(caption: str, date: str | None) -> None:
    assert parse_caption(caption).date == date
