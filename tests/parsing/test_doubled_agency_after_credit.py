"""A known agency's name closing the credit printed again right after it, as a page's credit
field beside the caption's own ("... Photo: Jo Roe/Getty Images Getty Images"): the repeat is
furniture, not part of the agency's name. Captions written for the test."""

from __future__ import annotations

import pytest

from tests.parsing.field_match import mismatches


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "The king arrives at the abbey. Photo: Sam Hale/Getty Images Getty Images",
            {
                "credit": "Photo: Sam Hale/Getty Images",
                "agency": "Getty Images",
                "photographer": "Sam Hale",
            },
        ),
        (
            "Fans cheer in Lyon, France, June 3, 2023. Jo Roe/AFP AFP",
            {"credit": "Jo Roe/AFP", "agency": "AFP", "date": "2023-06-03"},
        ),
        (
            "Ein Kran im Hafen von Kiel. Foto: Anna Berg/dpa dpa",
            {"credit": "Foto: Anna Berg/dpa", "agency": "dpa", "photographer": "Anna Berg"},
        ),
        (
            "A tram in Lisbon. REUTERS/Rui Costa REUTERS",
            {"credit": "REUTERS/Rui Costa", "agency": "Reuters", "photographer": "Rui Costa"},
        ),
        (
            "The band New York New York plays on stage. Jo Roe/AP",
            {"credit": "Jo Roe/AP", "description": "The band New York New York plays on stage"},
        ),
    ],
    ids=[
        "getty-label",
        "afp-after-date",
        "german-dpa",
        "reuters-name-reuters",
        "doubled-words-not-an-agency",
    ],
)
def test_doubled_agency(caption: str, expected: dict[str, str]) -> None:
    assert mismatches(caption, expected) == []


@pytest.mark.parametrize(
    "caption",
    [
        "A crowd. Jo Roe/AFP" + " AFP" * 5000,
        "A crowd. Jo Roe/Getty Images" + " Getty Images" * 5000,
    ],
    ids=["one-word-name", "two-word-name"],
)
def test_a_name_printed_many_times_is_no_repeat(caption: str) -> None:
    # three times and more is no credit field's repeat: read once, without recursing per copy
    from catalog.parsing import parse_caption

    parse_caption(caption)
