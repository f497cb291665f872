"""A place after a spaced dash closing the description, then the date: "... a destroyed
building — Kyiv, Ukraine, June 18, 2022". The place is the location and leaves the description,
as a dateline does; a role after a name and a dash ("Jo Roe — Staff") is a credit. Captions
written for the test."""

from __future__ import annotations

import pytest

from tests.parsing.field_match import Expected, mismatches


@pytest.mark.parametrize(
    "caption, expected",
    [
        pytest.param(
            "People walk past a destroyed building — Kyiv, Ukraine, June 18, 2022. "
            "(AP Photo/Jo Roe)",
            {
                "location": "Kyiv, Ukraine",
                "description": "People walk past a destroyed building",
                "date": "2022-06-18",
            },
            id="em-dash",
        ),
        pytest.param(
            "Des manifestants défilent – Lyon, 3 mars 2024. Photo Jo Roe / AFP",
            {"location": "Lyon", "description": "Des manifestants défilent"},
            id="en-dash-fr",
        ),
        pytest.param(
            "Workers clear the snow - Sapporo, Japan, Jan. 9, 2024. (Kyodo)",
            {"location": "Sapporo, Japan", "description": "Workers clear the snow"},
            id="hyphen",
        ),
        # near miss: words after the dash that name no place stay in the description
        pytest.param(
            "People walk past a destroyed building — and then run, June 18, 2022. "
            "(AP Photo/Jo Roe)",
            {
                "location": None,
                "description": "People walk past a destroyed building — and then run",
            },
            id="no-place-after-dash",
        ),
        # a role after a name and a dash is a credit, and no place
        pytest.param(
            "Volunteers plant trees along the river. Jo Roe — Staff",
            {
                "location": None,
                "photographer": "Jo Roe",
                "agency": None,
                "description": "Volunteers plant trees along the river",
            },
            id="name-dash-role",
        ),
        pytest.param(
            "Volunteers plant trees along the river. Jo Roe - Stringer",
            {"photographer": "Jo Roe", "description": "Volunteers plant trees along the river"},
            id="name-hyphen-role",
        ),
    ],
)
def test_a_place_after_a_dash(caption: str, expected: Expected) -> None:
    assert mismatches(caption, expected) == []
