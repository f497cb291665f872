"""A year in brackets after a credit ("Photo: Jo Roe/AFP (2023)") is a note on the photo, as
"(Archiv)" is: the chain's organisation stays the agency, wherever the credit stands (its own
line above or below the caption, or alone). Captions written for this test."""

from __future__ import annotations

import pytest

from tests.parsing.field_match import Expected, mismatches

CASES = [
    pytest.param(
        "Photo: Jo Roe/AFP (2023)\nProtesters march through the city",
        {
            "photographer": "Jo Roe",
            "agency": "AFP",
            "description": "Protesters march through the city",
        },
        id="credit-line-above",
    ),
    pytest.param(
        "Protesters march through the city\nPhoto: Jo Roe/Reuters (2021)",
        {"photographer": "Jo Roe", "agency": "Reuters"},
        id="credit-line-below",
    ),
    pytest.param(
        "Demonstranten ziehen durch Berlin.\nFoto: Anna Weber/dpa (2019)",
        {"photographer": "Anna Weber", "agency": "dpa"},
        id="german-line-below",
    ),
    pytest.param(
        "Des manifestants défilent à Paris.\nPhoto : AFP/Marie Dubois (2022)",
        {"photographer": "Marie Dubois", "agency": "AFP"},
        id="french-agency-first",
    ),
    pytest.param(
        "Protesters march through the city. Photo: Jo Roe/AFP (2023)",
        {"photographer": "Jo Roe", "agency": "AFP"},
        id="same-line",
    ),
    # Near misses: a name alone keeps no agency; a bracketed place stays what it was.
    pytest.param(
        "Protesters march through the city\nPhoto: Jo Roe (2023)",
        {"photographer": "Jo Roe", "agency": None},
        id="near-miss-name-only",
    ),
    pytest.param(
        "Protesters march through the city\nPhoto: Jo Roe/AFP (file)",
        {"photographer": "Jo Roe", "agency": "AFP"},
        id="near-miss-file-note",
    ),
]


@pytest.mark.parametrize(("caption", "expected"), CASES)
def test_bracketed_year_credit(caption: str, expected: Expected) -> None:
    assert not mismatches(caption, expected)
