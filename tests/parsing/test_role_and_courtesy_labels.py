"""Three shapes of a labelled credit, with captions written for the test:

- the photographer's role as the label, in the languages of the data ("Fotógrafo: Ana Gil",
  "Photographe : Luc Marin", "Fotograaf: Jan de Wit") and the verb in English ("Photographed
  by Jo Roe");
- a person, then "of the" and the publication they work for ("Photo by Jo Roe of the Kestrel
  Times"): the publication is the agency, as after "for"; a body named with "of the" ("Office
  of the Governor") stays one name;
- "courtesy of" (with a label word before it, in any language of the data) before a slash
  chain ("Image courtesy of Jo Roe/Kestrel Zoo"): the label is the credit's, not the
  description's.
"""

from __future__ import annotations

import pytest

from tests.parsing.field_match import Expected, mismatches

_SCENE = "Volunteers plant trees on the hillside."


@pytest.mark.parametrize(
    "credit, photographer",
    [
        pytest.param("Fotógrafo: Ana Gil", "Ana Gil", id="es"),
        pytest.param("Fotógrafa: Rita Lobo", "Rita Lobo", id="pt"),
        pytest.param("Photographe : Luc Marin", "Luc Marin", id="fr-spaced-colon"),
        pytest.param("Fotografo: Marco Neri", "Marco Neri", id="it"),
        pytest.param("Fotograaf: Jan de Wit", "Jan de Wit", id="nl"),
        pytest.param("Fotograf: Piotr Nowak", "Piotr Nowak", id="pl"),
        pytest.param("Фотограф: Иван Петров", "Иван Петров", id="ru"),
        pytest.param("Photographed by Jo Roe", "Jo Roe", id="en-verb"),
        pytest.param("All photos by Jo Roe", "Jo Roe", id="en-all-photos-by"),
    ],
)
def test_the_photographers_role_labels_the_credit(credit: str, photographer: str) -> None:
    caption = f"{_SCENE} {credit}"
    assert mismatches(caption, {"photographer": photographer, "description": _SCENE[:-1]}) == []


@pytest.mark.parametrize(
    "credit, expected",
    [
        pytest.param(
            "Photo by Jo Roe of the Kestrel Times",
            {"photographer": "Jo Roe", "agency": "Kestrel Times"},
            id="unknown-paper",
        ),
        pytest.param(
            "(Photo by Jo Roe of The Kestrel Times)",
            {"photographer": "Jo Roe", "agency": "Kestrel Times"},
            id="bracketed",
        ),
        pytest.param(
            "Photo by Jo Roe of the Associated Press",
            {"photographer": "Jo Roe", "agency": "AP"},
            id="known-agency",
        ),
        pytest.param(
            "Photographed by Jo Roe for the Kestrel Times",
            {"photographer": "Jo Roe", "agency": "Kestrel Times"},
            id="verb-and-for",
        ),
        # Near misses: bodies whose names hold "of the".
        pytest.param(
            "Photo: Office of the Governor",
            {"photographer": None, "agency": "Office of the Governor"},
            id="office-of-the",
        ),
        pytest.param(
            "Photo: Friends of the Earth",
            {"photographer": None, "agency": "Friends of the Earth"},
            id="friends-of-the",
        ),
        pytest.param(
            "Photo: Jo Roe/Museum of the City of Kestrel",
            {"photographer": "Jo Roe", "agency": "Museum of the City of Kestrel"},
            id="chain-museum-of-the",
        ),
    ],
)
def test_a_person_of_the_publication(credit: str, expected: Expected) -> None:
    assert mismatches(f"{_SCENE} {credit}", expected) == []


@pytest.mark.parametrize(
    "credit, expected",
    [
        pytest.param(
            "Image courtesy of Jo Roe/Kestrel Zoo",
            {"photographer": "Jo Roe", "agency": "Kestrel Zoo"},
            id="image-courtesy-of",
        ),
        pytest.param(
            "Photo courtesy Jo Roe/Kestrel Zoo",
            {"photographer": "Jo Roe", "agency": "Kestrel Zoo"},
            id="photo-courtesy",
        ),
        pytest.param(
            "Courtesy of Jo Roe/Kestrel Zoo",
            {"photographer": "Jo Roe", "agency": "Kestrel Zoo"},
            id="courtesy-of",
        ),
        pytest.param("Image courtesy of NASA/JPL", {"agency": "NASA"}, id="organisations"),
        pytest.param(
            "Foto cortesía de Ana Gil/Kestrel TV",
            {"photographer": "Ana Gil", "agency": "Kestrel TV"},
            id="es",
        ),
        pytest.param(
            "Foto: per gentile concessione di Marco Neri/Kestrel Museo",
            {"photographer": "Marco Neri", "agency": "Kestrel Museo"},
            id="it",
        ),
    ],
)
def test_courtesy_before_a_chain_belongs_to_the_credit(credit: str, expected: Expected) -> None:
    expected = {**expected, "description": _SCENE[:-1], "credit": credit}
    assert mismatches(f"{_SCENE} {credit}", expected) == []
