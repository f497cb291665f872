"""Dotted initials closing the caption's sentence just before a credit's name: a state's or
province's short name after a place ("in Kelowna, B.C. Ana Ruiz/The Canadian Press",
"Washington, D.C. Jo Roe/Reuters") or an organisation's ("at the U.N. Jo Roe/Reuters"). They
had been read as the photographer's given names, and a short caption read whole as the
credit. Initials that do open a name ("J.C. Hidalgo/EFE") keep their reading. Captions
written for the test."""

from __future__ import annotations

import pytest

from tests.parsing.field_match import mismatches


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "Smoke over Kelowna, B.C. Ana Ruiz/The Canadian Press",
            {
                "photographer": "Ana Ruiz",
                "agency": "The Canadian Press",
                "location": "Kelowna, B.C.",
            },
        ),
        (
            "Snow in Halifax, N.S. THE CANADIAN PRESS/Jo Roe",
            {"photographer": "Jo Roe", "agency": "The Canadian Press", "description": "Snow"},
        ),
        (
            "Tourists near the Mall in Washington, D.C. Sam Hale/Reuters",
            {"photographer": "Sam Hale", "agency": "Reuters", "location": "Washington, D.C."},
        ),
        (
            "Delegates arrive at the U.N. Li Wei/Xinhua",
            {"photographer": "Li Wei", "agency": "Xinhua"},
        ),
        (
            "Crowds in Cape Town, W.C. Foto: Anna Berg/dpa",
            {"photographer": "Anna Berg", "agency": "dpa"},
        ),
        (
            "Fans cheer at the stadium. J.C. Hidalgo/EFE",
            {"photographer": "J.C. Hidalgo", "agency": "EFE"},
        ),
        (
            "Troops drill at the base. Photo: Jo Roe, U.S. Army",
            {"photographer": "Jo Roe", "agency": "US Army"},
        ),
    ],
    ids=[
        "province-then-name-agency",
        "province-then-agency-name",
        "district-then-name",
        "organisation-initials",
        "label-after-initials",
        "initials-open-the-name",
        "initials-of-a-service-after-comma",
    ],
)
def test_initials_before_credit(caption: str, expected: dict[str, str]) -> None:
    assert mismatches(caption, expected) == []
