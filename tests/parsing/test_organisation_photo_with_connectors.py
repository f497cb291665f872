"""An organisation's name that holds a connector ("University of Eastbrook", "Ministerio de
Cultura", "Museum of the City") printed with the word for photo after the caption: the credit,
as "CNA photo" already is; the connectors are data (organisations.toml, name_connectors).
Captions written for the test (names, organisations and places invented)."""

from __future__ import annotations

import pytest

from tests.parsing.field_match import mismatches


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "A tagged turtle returns to the sea. University of Eastbrook photo",
            {
                "credit": "University of Eastbrook photo",
                "agency": "University of Eastbrook",
                "photographer": None,
            },
        ),
        (
            "Los fieles llenan la plaza. Ministerio de Cultura foto",
            {"agency": "Ministerio de Cultura", "photographer": None},
        ),
        (
            "The restored carriage on show. Museum of the City of Ashford photo",
            {"agency": "Museum of the City of Ashford"},
        ),
        (
            "Crews clear the road, Jan. 9, 2022. Department of Transport file photo",
            {"agency": "Department of Transport", "date": "2022-01-09"},
        ),
        (
            "Snow closes the highway. CNA photo",
            {"agency": "CNA"},
        ),
    ],
    ids=[
        "university-of",
        "spanish-ministerio-de",
        "museum-of-the-city-of",
        "department-of-file-photo",
        "acronym-still-read",
    ],
)
def test_organisation_photo_with_connectors(caption: str, expected: dict[str, str | None]) -> None:
    assert mismatches(caption, expected) == []
