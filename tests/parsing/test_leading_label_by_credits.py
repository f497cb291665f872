"""A credit opening the caption with a photo label and another language's word for "by"
("Foto oleh Name/Antara Warga antre ...", "Foto von Name/dpa Demonstranten ..."), the
description glued after it on the same line: read as "Photo by Name/AFP Protesters ..." is,
the credit ending at its organisation. A short caption after the credit no longer joins the
agency's name. Captions written for this test."""

from __future__ import annotations

import pytest

from tests.parsing.field_match import Expected, mismatches

CASES = [
    pytest.param(
        "Foto oleh Budi Santoso/Antara Warga antre membeli beras di pasar",
        {
            "photographer": "Budi Santoso",
            "agency": "Antara",
            "description": "Warga antre membeli beras di pasar",
        },
        id="indonesian-oleh",
    ),
    pytest.param(
        "Foto von Anna Weber/dpa Demonstranten ziehen durch Berlin",
        {"photographer": "Anna Weber", "agency": "dpa"},
        id="german-von-short-caption",
    ),
    pytest.param(
        "Fotografía de Ana Ruiz/EFE Manifestantes marchan por la plaza mayor",
        {"photographer": "Ana Ruiz", "agency": "EFE"},
        id="spanish-de",
    ),
    pytest.param(
        "Foto di Marco Rossi/LaPresse I tifosi festeggiano in piazza",
        {"photographer": "Marco Rossi", "agency": "LaPresse"},
        id="italian-di",
    ),
    pytest.param(
        "Photo par Marie Dubois/AFP Des manifestants défilent dans les rues",
        {"photographer": "Marie Dubois", "agency": "AFP"},
        id="french-par",
    ),
    pytest.param(
        "Photo by Jo Roe/AFP Protesters march in Madrid",
        {
            "photographer": "Jo Roe",
            "agency": "AFP",
            "description": "Protesters march",
            "location": "Madrid",
        },
        id="english-short-caption",
    ),
    # Near misses: a credit alone, and an agency's longer name, keep their reading.
    pytest.param(
        "Foto oleh Budi Santoso/Antara",
        {"photographer": "Budi Santoso", "agency": "Antara"},
        id="near-miss-credit-alone",
    ),
    pytest.param(
        "Photo by Jo Roe/Getty Images Europe",
        {"photographer": "Jo Roe", "agency": "Getty Images"},
        id="near-miss-agency-variant",
    ),
    pytest.param(
        "Protesters march in Madrid. Foto de Ana Ruiz/EFE",
        {"photographer": "Ana Ruiz", "agency": "EFE"},
        id="near-miss-credit-last",
    ),
]


@pytest.mark.parametrize(("caption", "expected"), CASES)
def test_leading_label_by_credit(caption: str, expected: Expected) -> None:
    assert not mismatches(caption, expected)
