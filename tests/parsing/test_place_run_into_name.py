"""A place phrase closing the caption run on into the credit's name with no stop: "... in
Bristol, England Jo Roe/AP". The country or region after the comma ends the place, not opens
the name. Captions written for the test, across agencies, with the neighbours where the words
after a comma are a person's."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption


@pytest.mark.parametrize(
    "caption, location, photographer, agency",
    [
        pytest.param(
            "Supporters cheer at a rally on April 10, 2016, in Bristol, England Mike Roe/AP",
            "Bristol, England",
            "Mike Roe",
            "AP",
            id="region-then-name",
        ),
        pytest.param(
            "Dancers parade through the streets in February 2016 in Rio de Janeiro, Brazil Ana Lima/Getty Images",
            "Rio de Janeiro, Brazil",
            "Ana Lima",
            "Getty Images",
            id="city-with-particle-country-then-name",
        ),
        pytest.param(
            "Firefighters battle a blaze on May 3, 2021, in Santa Fe, New Mexico Kim Van Soto/Reuters",
            "Santa Fe, New Mexico",
            "Kim Van Soto",
            "Reuters",
            id="two-word-region-then-three-word-name",
        ),
        pytest.param(
            "Rescuers search the rubble on Feb. 7, 2023, in Hatay, Turkey Emre Kaya/Anadolu Agency",
            "Hatay, Turkey",
            "Emre Kaya",
            "Anadolu",
            id="country-then-name-anadolu",
        ),
    ],
)
def test_place_ends_before_the_name(
    caption: str, location: str, photographer: str, agency: str
) -> None:
    parsed = parse_caption(caption)
    assert (parsed.location, parsed.photographer, parsed.agency) == (
        location,
        photographer,
        agency,
    )


@pytest.mark.parametrize(
    "caption, photographer",
    [
        pytest.param(
            "Riders cross the line in Lyon, France. Georgia May Roe/AP",
            "Georgia May Roe",
            id="stop-before-a-name-opening-with-a-country-word",
        ),
        pytest.param(
            "Workers clear snow in Oslo, Norway. Jo Roe, Kim Soto/AFP",
            "Jo Roe; Kim Soto",
            id="two-names-after-a-comma",
        ),
    ],
)
def test_names_after_a_stop_or_a_comma_stay(caption: str, photographer: str) -> None:
    assert parse_caption(caption).photographer == photographer
