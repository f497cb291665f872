"""A broadcaster's call letters and the city it serves, closing a caption bare or labelled
("... WXYZ Detroit", "Photo: KTRK-TV Houston"): an organisation, not a person's name. Captions
written for the test, with neighbours (a hyphenated given name, a name in capitals)."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption


@pytest.mark.parametrize(
    "caption, agency, photographer",
    [
        pytest.param("Smoke rises over the city. WXYZ Detroit", "WXYZ Detroit", None, id="bare"),
        pytest.param(
            "Smoke rises over the city. KTLA Los Angeles", "KTLA Los Angeles", None, id="two-words"
        ),
        pytest.param(
            "Smoke rises over the city. KTRK-TV Houston", "KTRK-TV Houston", None, id="band"
        ),
        pytest.param(
            "Smoke rises over the city. Photo: KWXT-TV Houston",
            "KWXT-TV Houston",
            None,
            id="labelled-band",
        ),
        pytest.param(
            "Smoke rises over the city. Photo: Jo Roe/KWXT-TV Houston",
            "KWXT-TV Houston",
            "Jo Roe",
            id="person-then-station",
        ),
        pytest.param(
            "Players train. Photo: Anne-Marie Roe", None, "Anne-Marie Roe", id="neighbour-hyphen"
        ),
        pytest.param("Players train. WAYNE ROONEY", None, "Wayne Rooney", id="neighbour-capitals"),
    ],
)
def test_station_named_for_city(caption: str, agency: str | None, photographer: str | None) -> None:
    parsed = parse_caption(caption)
    assert (parsed.agency, parsed.photographer) == (agency, photographer)
