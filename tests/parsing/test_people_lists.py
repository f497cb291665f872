"""Several photographers in one credit: a list after a label ("Photos by Jo Roe, Kim Soto and
Ana Diaz"), joined by any language's word for "and" ("Fotos: Ana Ruiz y Pedro Gil/EFE"), or
two people around a slash ("Jo Roe / Kim Soto"). Every person is a photographer, joined with
"; "; a slash chain's organisation stays the agency. Near misses keep their reading: a
compound surname joined by "y", a paper or a place named like a person after the slash.
Captions written for this test."""

from __future__ import annotations

import pytest

from tests.parsing.field_match import Expected, mismatches

CASES = [
    pytest.param(
        "Runners cross the finish line. Photos by Jo Roe, Kim Soto and Ana Diaz",
        {"photographer": "Jo Roe; Kim Soto; Ana Diaz", "agency": None},
        id="english-comma-and-list",
    ),
    pytest.param(
        "Runners cross the finish line. Photos by Jo Roe, Kim Soto, and Ana Diaz",
        {"photographer": "Jo Roe; Kim Soto; Ana Diaz", "agency": None},
        id="english-oxford-comma",
    ),
    pytest.param(
        "Runners cross the finish line. Photos by Jo Roe, Kim Soto and Ana Diaz/AFP",
        {"photographer": "Jo Roe; Kim Soto; Ana Diaz", "agency": "AFP"},
        id="english-list-then-agency",
    ),
    pytest.param(
        "Runners cross the finish line. PHOTOS BY JO ROE AND KIM SOTO",
        {"photographer": "Jo Roe; Kim Soto", "agency": None},
        id="english-capitals-and",
    ),
    pytest.param(
        "Los aficionados celebran el gol. Fotos: Ana Ruiz y Pedro Gil/EFE",
        {"photographer": "Ana Ruiz; Pedro Gil", "agency": "EFE"},
        id="spanish-y",
    ),
    pytest.param(
        "Les supporters célèbrent la victoire. Photos : Marie Dubois et Jean Martin",
        {"photographer": "Marie Dubois; Jean Martin", "agency": None},
        id="french-et",
    ),
    pytest.param(
        "Die Fans jubeln im Stadion. Fotos: Anna Weber und Paul Klein/dpa",
        {"photographer": "Anna Weber; Paul Klein", "agency": "dpa"},
        id="german-und",
    ),
    pytest.param(
        "Os torcedores comemoram o título. Fotos: Ana Souza e Pedro Lima/Folhapress",
        {"photographer": "Ana Souza; Pedro Lima", "agency": "Folhapress"},
        id="portuguese-e",
    ),
    pytest.param(
        "I tifosi festeggiano in piazza. Foto di Marco Rossi e Luca Bianchi/LaPresse",
        {"photographer": "Marco Rossi; Luca Bianchi", "agency": "LaPresse"},
        id="italian-e",
    ),
    pytest.param(
        "De fans juichen op het plein. Foto's: Jan de Vries en Piet Bakker/ANP",
        {"photographer": "Jan de Vries; Piet Bakker", "agency": "ANP"},
        id="dutch-en-with-particle",
    ),
    pytest.param(
        "Fans jublar på torget. Foto: Anna Svensson och Erik Berg/TT",
        {"photographer": "Anna Svensson; Erik Berg", "agency": "TT"},
        id="swedish-och",
    ),
    pytest.param(
        "A crowd gathers at the square. Jo Roe / Kim Soto",
        {"photographer": "Jo Roe; Kim Soto", "agency": None},
        id="two-people-spaced-slash",
    ),
    pytest.param(
        "A crowd gathers at the square. (Jo Roe/Kim Soto)",
        {"photographer": "Jo Roe; Kim Soto", "agency": None},
        id="two-people-bracketed",
    ),
    pytest.param(
        "A view of the old town. Photo: Maria Lopez / Tomasz Wierzba",
        {"photographer": "Maria Lopez; Tomasz Wierzba", "agency": None},
        id="two-people-labelled",
    ),
    pytest.param(
        "Runners cross the finish line. Photographs by Jo Roe and Kim Soto for The New York Times",
        {"photographer": "Jo Roe; Kim Soto", "agency": "The New York Times"},
        id="two-people-for-client",
    ),
    pytest.param(
        "Los corredores cruzan la meta. Fotos: Ana Ruiz, Pedro Gil y Luis Mora/EFE",
        {"photographer": "Ana Ruiz; Pedro Gil; Luis Mora", "agency": "EFE"},
        id="spanish-three-names",
    ),
    pytest.param(
        "Runners cross the finish line. Jo Roe/Kim Soto/Reuters",
        {"photographer": "Jo Roe; Kim Soto", "agency": "Reuters"},
        id="two-people-then-agency",
    ),
    # Near misses: these keep their reading.
    pytest.param(
        "The minister speaks to reporters. Foto: José Ortega y Gasset",
        {"photographer": "José Ortega y Gasset", "agency": None},
        id="near-miss-compound-surname-y",
    ),
    pytest.param(
        "Runners cross the finish line. Photos by Jo Roe and Kim Soto",
        {"photographer": "Jo Roe; Kim Soto", "agency": None},
        id="near-miss-two-names-and",
    ),
    pytest.param(
        "A crowd gathers at the square. Jo Roe / Reuters",
        {"photographer": "Jo Roe", "agency": "Reuters"},
        id="near-miss-known-agency",
    ),
    pytest.param(
        "A crowd gathers at the square. Photo: Jo Roe / Jane Roe Photography",
        {"photographer": "Jo Roe", "agency": "Jane Roe Photography"},
        id="near-miss-studio-named-for-person",
    ),
    pytest.param(
        "A crowd gathers at the square. Jo Roe / Paris Match",
        {"photographer": "Jo Roe", "agency": "Paris Match"},
        id="near-miss-paper-named-for-place",
    ),
    pytest.param(
        "Des habitants dans les rues. Photo : Marc Petit / Le Journal",
        {"photographer": "Marc Petit", "agency": "Le Journal"},
        id="near-miss-article-opens-paper",
    ),
    pytest.param(
        "A view of the garden. Photo: Jo Roe / Mark Twain House",
        {"photographer": "Jo Roe", "agency": "Mark Twain House"},
        id="near-miss-place-named-for-person",
    ),
]


@pytest.mark.parametrize(("caption", "expected"), CASES)
def test_people_list(caption: str, expected: Expected) -> None:
    assert not mismatches(caption, expected)
