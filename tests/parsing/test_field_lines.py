"""Labelled field lines: "Date taken: July 8, 2014" and "Location: Gaza City" on lines of
their own, before or after the caption, give its date and place and are no description
(photo blogs, pictures of the day, archive records), in every language of the data. Every
caption is written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from catalog.parsing import parse_caption

FIELD_BLOCKS: list[tuple[str, str, dict[str, Any]]] = [
    (
        "credit-first-block-en",
        "Photo credit: Jo Roe\nDate taken: July 8, 2014\nLocation: Kestrel City, Harbour Province"
        "\n\nA wounded man is carried to an ambulance after the blast.",
        {
            "photographer": "Jo Roe",
            "date": "2014-07-08",
            "location": "Kestrel City, Harbour Province",
            "description": "A wounded man is carried to an ambulance after the blast",
        },
    ),
    (
        "fields-after-caption-en",
        "Crowds gather in the square.\nPhotographer: Kim Soto\nDate: March 3, 2021\nPlace: Lyon, France",
        {
            "photographer": "Kim Soto",
            "date": "2021-03-03",
            "location": "Lyon, France",
            "description": "Crowds gather in the square",
        },
    ),
    (
        "agency-credit-de",
        "Menschen demonstrieren vor dem Reichstag.\nFoto: Anna Weber/dpa\nDatum: 3. März 2023\nOrt: Berlin",
        {
            "photographer": "Anna Weber",
            "agency": "dpa",
            "date": "2023-03-03",
            "location": "Berlin",
            "description": "Menschen demonstrieren vor dem Reichstag",
        },
    ),
    (
        "fields-es",
        "Voluntarios limpian la playa tras el temporal.\nFecha: 5 de mayo de 2023\nLugar: Valparaíso, Chile\nFoto: Ana Gil/EFE",
        {
            "agency": "EFE",
            "date": "2023-05-05",
            "location": "Valparaíso, Chile",
            "description": "Voluntarios limpian la playa tras el temporal",
        },
    ),
    (
        "fields-fr",
        "Des manifestants défilent dans le centre.\nDate : 23 mars 2023\nLieu : Lyon\nPhoto : Marie Dubois/AFP",
        {
            "agency": "AFP",
            "date": "2023-03-23",
            "location": "Lyon",
            "description": "Des manifestants défilent dans le centre",
        },
    ),
    (
        "date-field-only-pt",
        "Moradores recebem doações na escola.\nData: 6 de janeiro de 2020\nFoto: Rui Lima/Agência Brasil",
        {"date": "2020-01-06", "description": "Moradores recebem doações na escola"},
    ),
]


@pytest.mark.parametrize(
    ("caption", "expected"), [row[1:] for row in FIELD_BLOCKS], ids=[row[0] for row in FIELD_BLOCKS]
)
def test_field_lines_give_the_date_and_the_place(caption: str, expected: dict[str, Any]) -> None:
    parsed = parse_caption(caption).to_dict()
    assert {field: parsed[field] for field in expected} == expected


NEIGHBOURS: list[tuple[str, str, dict[str, Any]]] = [
    # a field label inside a line of the caption is the caption's own words
    (
        "label-inside-a-line",
        "The date: July 8, 2014, when the dam broke near Kestrel City. (AP Photo/Jo Roe)",
        {"description": "The date: July 8, 2014, when the dam broke", "date": "2014-07-08"},
    ),
    # a date label with no date stays text
    (
        "date-unknown",
        "An old photograph of the harbour.\nDate: unknown\nPhoto: Kestrel Museum archive",
        {"date": None},
    ),
]


@pytest.mark.parametrize(
    ("caption", "expected"), [row[1:] for row in NEIGHBOURS], ids=[row[0] for row in NEIGHBOURS]
)
def test_neighbours_keep_their_reading(caption: str, expected: dict[str, Any]) -> None:
    parsed = parse_caption(caption).to_dict()
    assert {field: parsed[field] for field in expected} == expected
