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


@pytest.mark.parametrize(
    "caption, expected",
    [
        # the phrase closing its sentence leaves the description, as "on the outskirts of" does
        pytest.param(
            "Firefighters battle a blaze in the north of Lyon, France, on March 3, 2024. "
            "(Jo Roe/AFP)",
            {"location": "Lyon, France", "description": "Firefighters battle a blaze"},
            id="en-city-country",
        ),
        pytest.param(
            "Troops patrol in the southeast of Turkey, March 3, 2024. REUTERS/Kim Soto",
            {"location": "Turkey", "description": "Troops patrol", "date": "2024-03-03"},
            id="en-compound-direction",
        ),
        # the article after the word for "of": "de la France", "de l'Ukraine", "de los Andes"
        pytest.param(
            "Des pompiers luttent contre un incendie dans le nord de la France, le 3 mars "
            "2024. (Jo Roe/AFP)",
            {"location": "France", "description": "Des pompiers luttent contre un incendie"},
            id="fr-de-la",
        ),
        pytest.param(
            "Des soldats patrouillent dans l'est de l'Ukraine, le 3 mars 2024. (Jo Roe/AFP)",
            {"location": "Ukraine", "description": "Des soldats patrouillent"},
            id="fr-elided",
        ),
        pytest.param(
            "Bomberos combaten un incendio en el norte de la Argentina, el 3 de marzo de 2024. "
            "(EFE/Ana Gil)",
            {"location": "Argentina", "description": "Bomberos combaten un incendio"},
            id="es-de-la",
        ),
        # German's "of" is the genitive article: only before a place the index knows
        pytest.param(
            "Soldaten patrouillieren im Osten der Ukraine am 3. März 2024. Foto: Jan Wolf/dpa",
            {"location": "Ukraine", "description": "Soldaten patrouillieren"},
            id="de-genitive",
        ),
        pytest.param(
            "Menschen feiern in der Nähe der Grenze am 3. März 2024. Foto: Jan Wolf/dpa",
            {"location": None},
            id="de-genitive-noun-no-place",
        ),
        # a capital article is the place's own name
        pytest.param(
            "Des pompiers luttent contre un incendie dans le centre de La Paz, le 3 mars 2024.",
            {"location": "La Paz"},
            id="fr-capital-article",
        ),
        pytest.param(
            "Firefighters battle a blaze on the outskirts of The Hague, March 3, 2024.",
            {"location": "The Hague"},
            id="en-capital-article",
        ),
        # near miss: where a place lies by another is no part of it
        pytest.param(
            "Pilgrims walk in Kerbala, 100 km south of Baghdad, on March 3, 2024.",
            {"location": "Kerbala", "description": "Pilgrims walk"},
            id="en-relative",
        ),
    ],
)
def test_a_direction_phrase_closing_its_sentence(caption: str, expected: Expected) -> None:
    assert mismatches(caption, expected) == []
