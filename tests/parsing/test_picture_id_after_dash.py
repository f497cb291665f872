"""A picture's id set apart from the credit by a spaced dash ("REUTERS/Jo Roe -
RC2NIZ9W8Y7X"): the dash goes with the id, and the name before it stays the photographer's.
Captions written for the test."""

from __future__ import annotations

import pytest

from tests.parsing.field_match import mismatches


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "Traders at the exchange in Chicago, Ill., March 10, 2023. REUTERS/Sam Hale - RC2NIZ9W8Y7X",
            {"credit": "REUTERS/Sam Hale", "photographer": "Sam Hale", "agency": "Reuters"},
        ),
        (
            "Fans cheer in Lyon, France. Photo: Jo Roe/AFP — AFP_34DK9Q2",
            {"credit": "Photo: Jo Roe/AFP", "photographer": "Jo Roe", "agency": "AFP"},
        ),
        (
            "Dancers in Seville, Spain. EPA-EFE/ANA RUIZ - epa10557431",
            {"credit": "EPA-EFE/ANA RUIZ", "photographer": "Ana Ruiz", "agency": "EPA-EFE"},
        ),
    ],
    ids=["reuters-dash-id", "afp-em-dash-id", "epa-dash-id"],
)
def test_credit_fields(caption: str, expected: dict[str, str]) -> None:
    assert mismatches(caption, expected) == []
