"""A photographer's middle initial in a credit after the caption ("... the Capitol. Helen H.
Roe, The Kestrel Post", "Nam Y. Lee for The New York Times"): the initial's period ends no
sentence, so the credit keeps the whole name. Captions written for the test, with the
neighbours where a single capital does end a sentence."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption


@pytest.mark.parametrize(
    "caption, photographer, agency",
    [
        pytest.param(
            "Snow covers the Capitol. Helen H. Roe, The Kestrel Post",
            "Helen H. Roe",
            "The Kestrel Post",
            id="comma-publication",
        ),
        pytest.param(
            "Snow covers the Capitol. Mark J. Terrell, Associated Press",
            "Mark J. Terrell",
            "AP",
            id="comma-wire",
        ),
        pytest.param(
            "Snow covers the Capitol. J. Scott Roe, The Associated Press",
            "J. Scott Roe",
            "AP",
            id="initial-first",
        ),
        pytest.param(
            "Snow covers the Capitol. Nam Y. Lee for The New York Times",
            "Nam Y. Lee",
            "The New York Times",
            id="for-client",
        ),
        pytest.param(
            "Snow covers the Capitol. Photo by Helen H. Roe, The Kestrel Post",
            "Helen H. Roe",
            "The Kestrel Post",
            id="labelled-comma",
        ),
        pytest.param(
            "Snow covers the Capitol. Tom E. Ruiz - Reuters", "Tom E. Ruiz", "Reuters", id="dash"
        ),
        pytest.param(
            "Snow covers the Capitol. Tom E. Ruiz/AP", "Tom E. Ruiz", "AP", id="neighbour-slash"
        ),
        pytest.param(
            "Fans wait at Gate B. Jo Roe for The New York Times",
            "Jo Roe",
            "The New York Times",
            id="neighbour-gate-letter",
        ),
        pytest.param(
            "Tourists visit Washington, D. C. Jo Roe, The Kestrel Post",
            "Jo Roe",
            "The Kestrel Post",
            id="neighbour-spaced-initials",
        ),
    ],
)
def test_middle_initial_in_credit(caption: str, photographer: str, agency: str) -> None:
    parsed = parse_caption(caption)
    assert (parsed.photographer, parsed.agency) == (photographer, agency)
