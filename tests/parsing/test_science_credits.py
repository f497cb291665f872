"""A science image's labelled credit listing its agencies, then a person with an initial and
the person's institute in brackets ("Credit: NASA, ESA, and J. Roe (STScI)"): the initial's
period ends no sentence, so the whole line is the credit and the first agency its owner.
Captions written for the test."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption

GALAXY = "The galaxy cluster seen in infrared."


@pytest.mark.parametrize(
    "caption, credit, agency",
    [
        pytest.param(
            f"{GALAXY} Credit: NASA, ESA, and J. Roe (STScI)",
            "Credit: NASA, ESA, and J. Roe (STScI)",
            "NASA",
            id="initial",
        ),
        pytest.param(
            f"{GALAXY} Credit: NASA, ESA, CSA, STScI; Jo Roe (STScI)",
            "Credit: NASA, ESA, CSA, STScI; Jo Roe (STScI)",
            "NASA",
            id="neighbour-full-name",
        ),
    ],
)
def test_agencies_then_person_and_institute(caption: str, credit: str, agency: str) -> None:
    parsed = parse_caption(caption)
    assert (parsed.credit, parsed.agency, parsed.description) == (
        credit,
        agency,
        "The galaxy cluster seen in infrared",
    )
