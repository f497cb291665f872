"""A known agency with "Staff" ("Reuters Staff", "Photo: Bloomberg Staff"): the agency's staff,
not a person called "Reuters Staff". Captions written for the test, with a person's name
ending in "Staff" as the neighbour."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption


@pytest.mark.parametrize(
    "caption, agency, photographer",
    [
        pytest.param("Smoke rises over the city. Reuters Staff", "Reuters", None, id="bare"),
        pytest.param("Smoke rises. Photo: Bloomberg Staff", "Bloomberg", None, id="labelled"),
        pytest.param("Smoke rises. Jo Roe/Reuters Staff", "Reuters", "Jo Roe", id="chain"),
        pytest.param("Smoke rises. Photo: Jo Staff", None, "Jo Staff", id="neighbour-surname"),
    ],
)
def test_agency_staff(caption: str, agency: str | None, photographer: str | None) -> None:
    parsed = parse_caption(caption)
    assert (parsed.agency, parsed.photographer) == (agency, photographer)
