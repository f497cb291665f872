"""Class 3 of the unseen shapes: a publication's credit after a dash closing the caption.

Pakistani, Indian and Bangladeshi papers end a caption with a spaced dash and the source: the
paper, an agency, or "Photo by Name" ("... on Monday. — Dawn"). After a sentence's stop a
dash and a short capitalised name are the credit, whether or not the registry knows it.
Captions written for this test."""

from __future__ import annotations

import pytest

from tests.parsing.field_match import Expected, mismatches

CASES = [
    pytest.param(
        "Boys play cricket on a street in Karachi on Monday. — Kestrelnama",
        {
            "agency": "Kestrelnama",
            "photographer": None,
            "credit": "Kestrelnama",
            "description": "Boys play cricket on a street",
        },
        id="unknown-paper-one-word",
    ),
    pytest.param(
        "Traders protest against the tax outside the market in Lahore. — KNP",
        {"agency": "KNP", "credit": "KNP", "location": "Lahore"},
        id="unknown-agency-initials",
    ),
    pytest.param(
        "Rescuers search the rubble after the quake in Quetta. – Reuters",
        {"agency": "Reuters", "credit": "Reuters"},
        id="en-dash-known-agency",
    ),
    pytest.param(
        "Students queue for the exam at a centre in Chennai. — The Hindu",
        {"agency": "The Hindu", "credit": "The Hindu"},
        id="known-paper-with-article",
    ),
    pytest.param(
        "A vendor sells mangoes at a stall in Multan. — Photo by Imran Sheikh",
        {"photographer": "Imran Sheikh", "agency": None, "credit": "Photo by Imran Sheikh"},
        id="photo-by-name",
    ),
    pytest.param(
        "Flood water covers the road in Sylhet on Sunday. - AFP",
        {
            "agency": "AFP",
            "credit": "AFP",
            "description": "Flood water covers the road",
        },
        id="hyphen-known-agency",
    ),
    pytest.param(
        "Workers repair the power line near Peshawar. — Online",
        {"agency": "Online", "credit": "Online"},
        id="agency-named-by-a-common-word",
    ),
]

# A dash inside a sentence, or a word that is no name, is no credit.
NOT_A_CREDIT = [
    pytest.param(
        "Residents wait for water in Karachi — again.",
        {"credit": None, "agency": None},
        id="lower-case-word-after-dash",
    ),
    pytest.param(
        "Fans celebrate the win in Lahore — Pakistan",
        {"credit": None},
        id="no-stop-before-the-dash",
    ),
]


@pytest.mark.parametrize("caption, expected", CASES + NOT_A_CREDIT)
def test_credit_after_dash(caption: str, expected: Expected) -> None:
    assert mismatches(caption, expected) == []


def test_place_after_dash_is_no_source() -> None:
    assert mismatches("Fans wave flags at the rally. — Lahore", {"agency": None}) == []
