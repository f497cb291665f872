"""The broadcaster's credit "Source: Name" ("ABC News: Jo Roe", "(AAP: Jo Roe)"), after a
credit label too ("Photo: ABC News: Jo Roe"), and a known broadcaster's regional desk ("ABC
North Coast: Jo Roe"). Credits written for the test in those shapes, with neighbours that
must keep their reading."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption, parse_credit


@pytest.mark.parametrize(
    "credit, photographer, agency",
    [
        pytest.param("Photo: ABC News: Jo Roe", "Jo Roe", "ABC News", id="label-then-source"),
        pytest.param("Photo: AAP: Kim Soto", "Kim Soto", "AAP", id="label-then-wire"),
        pytest.param("Picture: Reuters: Ana Lima", "Ana Lima", "Reuters", id="picture-label"),
        pytest.param("Photo: Supplied: Kestrel Police", None, "Kestrel Police", id="supplied"),
        pytest.param("(ABC North Coast: Jo Roe)", "Jo Roe", "ABC North Coast", id="desk"),
        pytest.param("ABC Gold Coast: Kim Soto", "Kim Soto", "ABC Gold Coast", id="desk-bare"),
        pytest.param("ABC News: Jo Roe", "Jo Roe", "ABC News", id="neighbour-unlabelled"),
    ],
)
def test_source_colon_name(credit: str, photographer: str | None, agency: str) -> None:
    parsed = parse_credit(credit)
    assert (parsed.photographer, parsed.agency) == (photographer, agency)


def test_source_colon_name_closing_a_caption() -> None:
    parsed = parse_caption("Floodwater covers the main street. (ABC North Coast: Jo Roe)")
    assert (parsed.description, parsed.photographer, parsed.agency) == (
        "Floodwater covers the main street",
        "Jo Roe",
        "ABC North Coast",
    )


def test_two_names_around_a_colon_stay_unread() -> None:
    """Neither side names a source: no chain is made of two people."""
    parsed = parse_credit("Photo: Jo Roe: Kim Soto")
    assert parsed.photographer is None
    assert parsed.agency != "Jo Roe"
