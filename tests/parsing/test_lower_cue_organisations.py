"""An organisation whose printed name ends in a cue word written in lower case, before a
chain's slash: "GEPA pictures/Name", "Kestrel Courier photo/Name", "Official Kestrel website/
Handout". Its capitalised words run back to the sentence's stop (or the caption's start); in a
sentence that runs on with no stop, only the word before the cue word is taken, as before.
Captions written for the test."""

from __future__ import annotations

import pytest

from tests.parsing.field_match import Expected, mismatches


@pytest.mark.parametrize(
    "caption, expected",
    [
        pytest.param(
            "Students walk to class. Kestrel Courier photo/Jo Roe",
            {
                "agency": "Kestrel Courier",
                "photographer": "Jo Roe",
                "description": "Students walk to class",
            },
            id="two-words-photo",
        ),
        pytest.param(
            "Students walk to class. Kestrel Daily Courier pictures/Jo Roe",
            {"agency": "Kestrel Daily Courier", "photographer": "Jo Roe"},
            id="three-words-pictures",
        ),
        pytest.param(
            "Mourners fill the square. Official Kestrel website/Handout via REUTERS",
            {
                "agency": "Official Kestrel website",
                "via": "Reuters",
                "description": "Mourners fill the square",
            },
            id="handout-website",
        ),
        pytest.param(
            "Kestrel Courier photo/Jo Roe",
            {"agency": "Kestrel Courier", "photographer": "Jo Roe", "description": None},
            id="credit-alone",
        ),
        pytest.param(
            "Fans cheer at the final. Foto: GEPA pictures/Jo Roe",
            {"agency": "GEPA", "photographer": "Jo Roe"},
            id="one-word-labelled",
        ),
        # No stop before the words: only the one before the cue word joins it.
        pytest.param(
            "Students walk to class at Kestrel High GEPA pictures/Jo Roe",
            {"agency": "GEPA", "photographer": "Jo Roe"},
            id="run-on-sentence",
        ),
    ],
)
def test_the_organisations_words_run_back_to_the_stop(caption: str, expected: Expected) -> None:
    assert mismatches(caption, expected) == []
