"""A handout marker beside the organisation that handed the photo out ("Kestrel Navy/Handout",
"Handout/Kestrel Ministry of Defence", "Kestrel Navy/HO") is a credit's own form, as a known
agency's name is: the organisation is the agency (the labelling rules' handout decision).
"Photo released by X" labels X as "Photo provided by X" does. Captions written for the test,
with sentences that merely hold the words as near misses."""

from __future__ import annotations

import pytest

from tests.parsing.field_match import Expected, mismatches

_SCENE = "Smoke rises over the harbour."


@pytest.mark.parametrize(
    "credit, agency",
    [
        pytest.param("Kestrel Navy/Handout", "Kestrel Navy", id="source-then-handout"),
        pytest.param(
            "Handout/Kestrel Ministry of Defence",
            "Kestrel Ministry of Defence",
            id="handout-then-source",
        ),
        pytest.param("Kestrel Navy/HO", "Kestrel Navy", id="ho"),
        pytest.param("HANDOUT/Kestrel Coast Guard", "Kestrel Coast Guard", id="capitals"),
        pytest.param(
            "Photo released by the Kestrel Coast Guard", "Kestrel Coast Guard", id="released-by"
        ),
        pytest.param(
            "Released by Kestrel Coast Guard/Handout via Reuters",
            "Kestrel Coast Guard",
            id="released-chain",
        ),
    ],
)
def test_a_handout_names_its_source(credit: str, agency: str) -> None:
    expected: Expected = {"agency": agency, "photographer": None, "description": _SCENE[:-1]}
    assert mismatches(f"{_SCENE} {credit}", expected) == []


@pytest.mark.parametrize(
    "caption, expected",
    [
        pytest.param(
            "He was later released. Police said",
            {"agency": None, "credit": None},
            id="released-in-a-sentence",
        ),
        pytest.param(
            "A man is released by police. Jo Roe/AP",
            {
                "agency": "AP",
                "photographer": "Jo Roe",
                "description": "A man is released by police",
            },
            id="released-by-in-a-sentence",
        ),
        pytest.param(
            "The handout was given to families. Jo Roe/AP",
            {"agency": "AP", "description": "The handout was given to families"},
            id="handout-word",
        ),
    ],
)
def test_near_misses(caption: str, expected: Expected) -> None:
    assert mismatches(caption, expected) == []
