"""Credit labels that are a verb or a role rather than a noun: "Shot by Jo Roe", "Taken by
Jo Roe", "Photographer Jo Roe" (no colon), German "Fotograf Anna Weber". Kept as data (the
languages' credit_label_words). Near misses: "Pictured:" names who is seen, and the words in
a sentence are no label. Captions written for this test."""

from __future__ import annotations

import pytest

from tests.parsing.field_match import Expected, mismatches

CASES = [
    pytest.param(
        "Surfers ride a wave at dawn. Shot by Jo Roe",
        {"photographer": "Jo Roe", "description": "Surfers ride a wave at dawn"},
        id="shot-by",
    ),
    pytest.param(
        "Surfers ride a wave at dawn. Taken by Jo Roe",
        {"photographer": "Jo Roe", "description": "Surfers ride a wave at dawn"},
        id="taken-by",
    ),
    pytest.param(
        "Surfers ride a wave at dawn. Photographer Jo Roe",
        {"photographer": "Jo Roe", "agency": None, "description": "Surfers ride a wave at dawn"},
        id="photographer-no-colon",
    ),
    pytest.param(
        "Surfer reiten eine Welle. Fotograf Anna Weber",
        {"photographer": "Anna Weber", "description": "Surfer reiten eine Welle"},
        id="german-fotograf",
    ),
    pytest.param(
        "Surfer reiten eine Welle. Fotografin: Anna Weber/dpa",
        {"photographer": "Anna Weber", "agency": "dpa"},
        id="german-fotografin-chain",
    ),
    # Near misses.
    pytest.param(
        "Pictured: Jo Roe rides a wave at dawn",
        {"photographer": None, "agency": None},
        id="near-miss-pictured",
    ),
    pytest.param(
        "The photographer Jo Roe rides a wave at dawn",
        {"photographer": None, "agency": None},
        id="near-miss-role-in-sentence",
    ),
    pytest.param(
        "Surfers ride a wave. The photo was taken by a drone",
        {"photographer": None, "agency": None},
        id="near-miss-taken-by-in-sentence",
    ),
]


@pytest.mark.parametrize(("caption", "expected"), CASES)
def test_verb_and_role_label(caption: str, expected: Expected) -> None:
    assert not mismatches(caption, expected)
