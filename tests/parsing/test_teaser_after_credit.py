"""A teaser for another page run on after the credit ("... (Photo: Jo Roe/Bloomberg) Related:
Oil prices rise", "... REUTERS/Jo Roe Lire aussi : ...") is page furniture: neither credit nor
description. The labels are the languages' ``teaser_labels``; only after what closes a credit
(a bracket, a chain, a known agency) is one read so. Captions written for the test."""

from __future__ import annotations

import pytest

from tests.parsing.field_match import Expected, mismatches


@pytest.mark.parametrize(
    "caption, expected",
    [
        pytest.param(
            "Workers inspect pipes at a refinery. (Photo: Jo Roe/Kestrel News) Related: Oil prices rise",
            {
                "agency": "Kestrel News",
                "photographer": "Jo Roe",
                "description": "Workers inspect pipes at a refinery",
            },
            id="bracketed-related",
        ),
        pytest.param(
            "Workers inspect pipes at a refinery. Photo: Jo Roe/Bloomberg Read more: Oil prices rise",
            {
                "agency": "Bloomberg",
                "credit": "Photo: Jo Roe/Bloomberg",
                "description": "Workers inspect pipes at a refinery",
            },
            id="chain-read-more",
        ),
        pytest.param(
            "Des ouvriers inspectent une raffinerie. REUTERS/Jo Roe Lire aussi : Le pétrole monte",
            {
                "agency": "Reuters",
                "photographer": "Jo Roe",
                "description": "Des ouvriers inspectent une raffinerie",
            },
            id="french",
        ),
        pytest.param(
            "Arbeiter prüfen Leitungen. Foto: Jo Roe/dpa | Mehr zum Thema: Ölpreis steigt",
            {"agency": "dpa", "description": "Arbeiter prüfen Leitungen"},
            id="german-bar",
        ),
        # Near miss: the words in the caption's own sentence, before its credit.
        pytest.param(
            "The exhibition is called Related: Works on paper. Jo Roe/AP",
            {"agency": "AP", "description": "The exhibition is called Related: Works on paper"},
            id="title-in-sentence",
        ),
    ],
)
def test_a_teaser_after_the_credit_is_furniture(caption: str, expected: Expected) -> None:
    assert mismatches(caption, expected) == []
