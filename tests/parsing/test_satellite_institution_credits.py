"""Class 4 of the unseen shapes: satellite and institutional image credits.

Pictures from space and from institutions are credited to the company, agency or museum,
often behind a kind of picture and a copyright mark written "(c)" as well as "©"
("Satellite image (c) 2023 Name", "Image: NASA/JPL-Caltech", "Photo courtesy of the X").
Captions written for this test."""

from __future__ import annotations

import pytest

from tests.parsing.field_match import Expected, mismatches

CASES = [
    pytest.param(
        "Craters line the runway of the air base. Satellite image (c) 2024 Maxar Technologies",
        {
            "agency": "Maxar Technologies",
            "photographer": None,
            "credit": "Satellite image (c) 2024 Maxar Technologies",
            "description": "Craters line the runway of the air base",
        },
        id="parenthesised-c-and-year",
    ),
    pytest.param(
        "Smoke rises from the refinery. Satellite image (C) Planet Labs PBC",
        {"agency": "Planet Labs", "credit": "Satellite image (C) Planet Labs PBC"},
        id="capital-c-no-year",
    ),
    pytest.param(
        "Floodwater covers farmland along the river. Satellite imagery ©2023 Maxar Technologies",
        {"agency": "Maxar Technologies", "credit": "Satellite imagery ©2023 Maxar Technologies"},
        id="imagery-label",
    ),
    pytest.param(
        "A queue of lorries at the border crossing. Photo (c) 2022 Jo Roe/AP",
        {"agency": "AP", "photographer": "Jo Roe", "credit": "Photo (c) 2022 Jo Roe/AP"},
        id="label-then-c-then-chain",
    ),
    pytest.param(
        "Ice breaks away from the glacier. Image: Airbus DS",
        {"agency": "Airbus Defence and Space", "photographer": None},
        id="satellite-maker-with-initials",
    ),
    pytest.param(
        "Burn scars after the wildfires. Contains modified Copernicus Sentinel data 2023",
        {"agency": "Copernicus", "photographer": None},
        id="sentinel-data",
    ),
    pytest.param(
        "Ships wait off the port. Satellite image: Umbra Space via AP",
        {"agency": "Umbra", "via": "AP", "photographer": None},
        id="radar-satellite-via",
    ),
    pytest.param(
        "The rover's tracks in the crater. Image: NASA/JPL-Caltech/MSSS",
        {"agency": "NASA", "photographer": None},
        id="space-agency-chain",
    ),
    pytest.param(
        "A hurricane nears the coast. Satellite image courtesy of NOAA",
        {"agency": "NOAA", "description": "A hurricane nears the coast"},
        id="satellite-courtesy",
    ),
    pytest.param(
        "A fossil skull on display. Photo courtesy of the Smithsonian",
        {"agency": "Smithsonian", "photographer": None},
        id="museum-courtesy",
    ),
    pytest.param(
        "A medieval psalter. (Photo courtesy of the Library of Congress)",
        {"agency": "Library of Congress", "description": "A medieval psalter"},
        id="library-courtesy-bracketed",
    ),
]


@pytest.mark.parametrize("caption, expected", CASES)
def test_satellite_and_institution_credit(caption: str, expected: Expected) -> None:
    assert mismatches(caption, expected) == []
