"""A photographer's name typed all in lower case before a capitalised agency, after the
caption's last stop or a label ("... in Lagos. ana ruiz/Reuters"): the words back to the stop
are the name when the first is a known given name, and the name gets its capitals back. Only
so far: lower-case words elsewhere stay the caption's. Captions written for the test."""

from __future__ import annotations

import pytest

from tests.parsing.field_match import mismatches


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "A crowd waits for the bus in Lagos, Nigeria, May 3, 2023. ana ruiz/Reuters",
            {"photographer": "Ana Ruiz", "agency": "Reuters", "location": "Lagos, Nigeria"},
        ),
        (
            "Fishermen at dawn in Dakar. maria lopez/AFP via Getty Images",
            {"photographer": "Maria Lopez", "agency": "AFP", "via": "Getty Images"},
        ),
        (
            "Snow covers the square. Photo: oleg petrov/TASS",
            {
                "photographer": "Oleg Petrov",
                "agency": "TASS",
                "description": "Snow covers the square",
            },
        ),
        (
            "Ein Kran im Hafen. Foto: anna berg/dpa",
            {"photographer": "Anna Berg", "agency": "dpa", "description": "Ein Kran im Hafen"},
        ),
        (
            "The show goes on at the theatre. jo roe/EPA-EFE",
            {"photographer": "Jo Roe", "agency": "EPA-EFE"},
        ),
    ],
    ids=["reuters-after-date", "afp-via-getty", "label-tass", "german-label-dpa", "epa-efe"],
)
def test_lower_case_name(caption: str, expected: dict[str, str]) -> None:
    assert mismatches(caption, expected) == []


@pytest.mark.parametrize(
    "caption",
    [
        "Workers rest after the shift. heavy rain fell/Reuters",
        "Fans cheer as the team arrives at the ground ana ruiz/AFP",
    ],
    ids=["no-given-name", "no-stop-before"],
)
def test_caption_words_stay(caption: str) -> None:
    from catalog.parsing import parse_caption

    assert parse_caption(caption).photographer is None
