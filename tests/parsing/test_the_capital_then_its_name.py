"""A place named after "the capital", "the port city", "the town" with no adjective before
the word ("in the capital Kinshasa", "in the capital Nairobi on ..."): the name is the place,
as after "the Congolese capital Kinshasa". It had been no place. Captions written for the
test."""

from __future__ import annotations

import pytest

from tests.parsing.field_match import mismatches


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "People take part in a rally in the capital Bamako, Mali, December 20, 2023. REUTERS/Jo Roe",
            {
                "location": "Bamako, Mali",
                "date": "2023-12-20",
                "description": "People take part in a rally",
            },
        ),
        (
            "Traders wait for customers in the capital Kabul on May 3, 2023. (AP Photo/Ana Ruiz)",
            {
                "location": "Kabul",
                "date": "2023-05-03",
                "description": "Traders wait for customers",
            },
        ),
        (
            "Boats dock in the port city Mombasa, Kenya, Jan. 2, 2024. Photo: Li Wei/Xinhua",
            {"location": "Mombasa, Kenya", "date": "2024-01-02"},
        ),
        (
            "Fans celebrate in the Senegalese capital Dakar, Feb. 12, 2024. (Photo by Sam Hale/AFP)",
            {"location": "Dakar", "date": "2024-02-12"},
        ),
    ],
    ids=["capital-city-country", "capital-on-date", "port-city", "adjective-capital-still"],
)
def test_capital_then_name(caption: str, expected: dict[str, str]) -> None:
    assert mismatches(caption, expected) == []
