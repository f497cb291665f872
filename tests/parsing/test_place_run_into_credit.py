"""A caption's place phrase run on into its credit with no stop between ("... cabaret in Paris
Jo Roe/Reuters", where a page printed the credit in an element of its own): the known place
after the preposition is the caption's, the name after it the photographer's. Captions written
for the test."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption


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
def test_the_place_is_the_captions(
    caption: str, location: str, photographer: str, agency: str
) -> None:
    parsed = parse_caption(caption)
    assert (parsed.location, parsed.photographer, parsed.agency) == (
        location,
        photographer,
        agency,
    )
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
def test_other_readings_stay(caption: str, photographer: str) -> None:
    assert parse_caption(caption).photographer == photographer
