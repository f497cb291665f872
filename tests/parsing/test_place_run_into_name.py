"""A place phrase closing the caption run on into the credit's name with no stop: "... in
Bristol, England Jo Roe/AP". The country or region after the comma ends the place, not opens
the name; so does a known place right after a place preposition ("... cabaret in Paris Jo
Roe/Reuters", where a page printed the credit in an element of its own). Captions written for the test, across agencies, with the neighbours where the words
after a comma are a person's."""

from __future__ import annotations

import pytest

from catalog.parsing import ParsedCaption, parse_caption


def _place_and_credit(parsed: ParsedCaption) -> tuple[str | None, str | None, str | None]:
    return parsed.location, parsed.photographer, parsed.agency


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
    assert _place_and_credit(parsed) == (location, photographer, agency)


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


@pytest.mark.parametrize(
    ("caption", "location", "photographer", "agency"),
    [
        ("The old cabaret lit up at night in Paris Jo Roe/Reuters", "Paris", "Jo Roe", "Reuters"),
        ("Fans celebrate the title in Madrid Kim Soto/AFP", "Madrid", "Kim Soto", "AFP"),
        (
            "Hinchas celebran el título en Buenos Aires Ana Ruiz/AFP",
            "Buenos Aires",
            "Ana Ruiz",
            "AFP",
        ),
        (
            "Fans celebrate on the beach in Rio de Janeiro Ana Ruiz/Getty Images",
            "Rio de Janeiro",
            "Ana Ruiz",
            "Getty Images",
        ),
        ("Des supporters fêtent la victoire à Lyon Jean Dupont/AFP", "Lyon", "Jean Dupont", "AFP"),
        ("Crowds gather near Kyiv Olena Roe Soto/AP", "Kyiv", "Olena Roe Soto", "AP"),
    ],
    ids=["en-in", "en-city", "es-en-two-words", "en-three-words", "fr-a", "near-three-names"],
)
def test_a_known_place_after_a_preposition_ends_before_the_name(
    caption: str, location: str, photographer: str, agency: str
) -> None:
    parsed = parse_caption(caption)
    assert _place_and_credit(parsed) == (location, photographer, agency)
    assert parsed.credit is not None and not parsed.credit.startswith(location)


@pytest.mark.parametrize(
    ("caption", "photographer"),
    [
        # One word would be left of the name: the place is the name's ("Paris Jo").
        ("Fans celebrate the title in Paris Jo/AFP", "Paris Jo"),
        # No preposition before it: a person whose given name is a city's.
        ("Fans celebrate the title. Paris Lee Roe/AFP", "Paris Lee Roe"),
        # Not a known place after the preposition.
        ("Fans in Manchester United colours Jo Roe/AFP", "Jo Roe"),
    ],
    ids=["one-word-left", "no-preposition", "not-a-place"],
)
def test_after_a_preposition_other_readings_stay(caption: str, photographer: str) -> None:
    assert parse_caption(caption).photographer == photographer
