"""A place, then "in the <adjective> state (province, region) of <region>" and the country
("in Wayanad, in the southern state of Kerala, India"): the region widens the place named
before it, most specific first. Only the region had been read. A part naming no region by
its noun ("in the park, in Kyiv, Ukraine") still leaves the words before it. Captions written
for the test."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption


@pytest.mark.parametrize(
    ("caption", "location", "description"),
    [
        (
            "Rescue teams search in Idukki, in the southern state of Kerala, India, July 31, 2024. "
            "REUTERS/Jo Roe",
            "Idukki, Kerala, India",
            "Rescue teams search",
        ),
        (
            "Farmers plant rice in Leshan, in the province of Sichuan, China, May 2, 2023. "
            "(Xinhua/Li Wei)",
            "Leshan, Sichuan, China",
            "Farmers plant rice",
        ),
        (
            "Children play in the park, in Lviv, Ukraine, May 2, 2023. REUTERS/Jo Roe",
            "Lviv, Ukraine",
            "Children play in the park",
        ),
    ],
    ids=["state-of", "province-of", "no-region-noun"],
)
def test_place_then_region(caption: str, location: str, description: str) -> None:
    parsed = parse_caption(caption)
    assert (parsed.location, parsed.description) == (location, description)
