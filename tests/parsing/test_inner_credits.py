"""A bracketed credit set inside a sentence that goes on after it ("... square (Photo: Jo
Roe/AFP) as the president speaks"): the credit is read and the sentence joined around it.
Only a labelled credit or a chain with a known agency; a bracket of other words stays.
Captions written for the test."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption


@pytest.mark.parametrize(
    "caption, credit, description",
    [
        pytest.param(
            "Crowds gather in the square (Photo: Jo Roe/AFP) as the president speaks.",
            "Photo: Jo Roe/AFP",
            "Crowds gather in the square as the president speaks",
            id="labelled",
        ),
        pytest.param(
            "Crowds gather (AP Photo/Kim Soto) as the president speaks.",
            "AP Photo/Kim Soto",
            "Crowds gather as the president speaks",
            id="wire-chain",
        ),
        pytest.param(
            "Fans (Ana Lima/Reuters) cheer the team.",
            "Ana Lima/Reuters",
            "Fans cheer the team",
            id="name-then-wire",
        ),
    ],
)
def test_credit_inside_a_sentence(caption: str, credit: str, description: str) -> None:
    parsed = parse_caption(caption)
    assert (parsed.credit, parsed.description) == (credit, description)


@pytest.mark.parametrize(
    "caption",
    [
        pytest.param("Crowds gather in the square (left) as the president speaks.", id="position"),
        pytest.param("Trade between the two (Ukraine/Russia) fell sharply.", id="pair"),
    ],
)
def test_other_brackets_inside_a_sentence_stay(caption: str) -> None:
    assert parse_caption(caption).credit is None
