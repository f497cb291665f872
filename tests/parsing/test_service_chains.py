"""A service named with a dotted word at the head of a slash chain: "U.S. Army/Sgt. Jo Roe",
"Photo: U.S. Navy/Jo Roe". The dotted word opens the known name; it is no sentence's stop
that would leave "Army/..." as the credit. Captions written for the test, with the
neighbour where "U.S." ends a sentence before the credit."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption


@pytest.mark.parametrize(
    "caption, credit, agency, photographer",
    [
        pytest.param(
            "Sailors on deck. U.S. Navy/Jo Roe",
            "U.S. Navy/Jo Roe",
            "U.S. Navy",
            "Jo Roe",
            id="navy-chain",
        ),
        pytest.param(
            "Soldiers on patrol. U.S. Army/Sgt. Kim Soto",
            "U.S. Army/Sgt. Kim Soto",
            "U.S. Army",
            "Kim Soto",
            id="army-chain-rank",
        ),
        pytest.param(
            "Soldiers on patrol. Photo: U.S. Army/Sgt. Kim Soto",
            "Photo: U.S. Army/Sgt. Kim Soto",
            "U.S. Army",
            "Kim Soto",
            id="labelled-army-chain",
        ),
        pytest.param(
            "Airmen load cargo. Photo: U.S. Air Force/Staff Sgt. Ana Lima",
            "Photo: U.S. Air Force/Staff Sgt. Ana Lima",
            "U.S. Air Force",
            "Ana Lima",
            id="air-force-two-words",
        ),
        pytest.param(
            "Sailors arrive in the U.S. Jo Roe/AP",
            "Jo Roe/AP",
            "AP",
            "Jo Roe",
            id="neighbour-sentence-ends-with-us",
        ),
    ],
)
def test_dotted_service_opens_chain(
    caption: str, credit: str, agency: str, photographer: str
) -> None:
    parsed = parse_caption(caption)
    assert (parsed.credit, parsed.agency, parsed.photographer) == (credit, agency, photographer)
