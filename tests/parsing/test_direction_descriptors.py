"""A direction before "of" and the place, in the languages of the data: "in the north of
France", "en el norte de España", "na zona norte de São Paulo", "in der Nähe von Lindau". The
relative words are dropped, as "northern France" gives France (the labelling rules); the
directions are each language's ``place_descriptors``. Captions written for the test."""

from __future__ import annotations

import pytest

from tests.parsing.field_match import Expected, mismatches


@pytest.mark.parametrize(
    "caption, expected",
    [
        pytest.param(
            "Firefighters battle a blaze in the north of France. Jo Roe/AFP",
            {"location": "France"},
            id="en",
        ),
        pytest.param(
            "Bomberos apagan un incendio en el norte de España. Foto: EFE/Ana Gil",
            {"location": "España", "description": "Bomberos apagan un incendio"},
            id="es",
        ),
        pytest.param(
            "Bombeiros combatem incêndio na zona norte de São Paulo. Foto: Rui Lima/Folhapress",
            {"location": "São Paulo", "description": "Bombeiros combatem incêndio"},
            id="pt-zona",
        ),
        pytest.param(
            "Feuerwehrleute löschen einen Brand in der Nähe von Lindau. Foto: Jan Wolf/dpa",
            {"location": "Lindau", "description": "Feuerwehrleute löschen einen Brand"},
            id="de-naehe",
        ),
    ],
)
def test_the_place_after_a_direction(caption: str, expected: Expected) -> None:
    assert mismatches(caption, expected) == []


def test_french_est_is_also_a_verb() -> None:
    # "est" is east and "is": without a place phrase before it, no place is read.
    assert mismatches("Le feu est de Lyon. Photo Luc Marin / AFP", {"location": None}) == []
