"""Two labelled credit sentences closing a caption, the first with an initial ("Photo: J.
Roe/AFP. File photo: K. Soto/Reuters"): the initial's period ends no sentence, so the first
credit is still found and is the credit. Near misses: an initial or "U.S." in the
description stays there. Captions written for this test."""

from __future__ import annotations

import pytest

from tests.parsing.field_match import Expected, mismatches

CASES = [
    pytest.param(
        "Protesters march through the square. Photo: J. Roe/AFP. File photo: K. Soto/Reuters",
        {
            "photographer": "J. Roe",
            "agency": "AFP",
            "description": "Protesters march through the square",
        },
        id="english-initial",
    ),
    pytest.param(
        "Des manifestants défilent. Photo : A. Dubois/AFP. Photo d'archives : J. Martin/Reuters",
        {"photographer": "A. Dubois", "agency": "AFP"},
        id="french-initial",
    ),
    pytest.param(
        "Protesters march through the square. Photo: Jo A. Roe/AFP. File photo: K. Soto/Reuters",
        {"photographer": "Jo A. Roe", "agency": "AFP"},
        id="middle-initial",
    ),
    pytest.param(
        "Demonstranten ziehen durch die Stadt. Foto: A. Weber/dpa. Archivfoto: P. Klein/Reuters",
        {"photographer": "A. Weber", "agency": "dpa"},
        id="german-initial",
    ),
    # Near misses: initials in the description keep it whole.
    pytest.param(
        "Protesters march past the U.S. embassy. Photo: K. Soto/Reuters",
        {
            "photographer": "K. Soto",
            "agency": "Reuters",
            "description": "Protesters march past the U.S. embassy",
        },
        id="near-miss-us-in-description",
    ),
    pytest.param(
        "Protesters led by J. Roe march. Photo: K. Soto/Reuters",
        {
            "photographer": "K. Soto",
            "agency": "Reuters",
            "description": "Protesters led by J. Roe march",
        },
        id="near-miss-initial-in-description",
    ),
]


@pytest.mark.parametrize(("caption", "expected"), CASES)
def test_initial_before_credit_sentence(caption: str, expected: Expected) -> None:
    assert not mismatches(caption, expected)
