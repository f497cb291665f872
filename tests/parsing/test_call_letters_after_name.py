"""A broadcaster's call letters after the photographer's name, alone or with a band or a
channel's number: after a spaced dash ("... Jo Roe - KGW", "Jo Roe – WXYZ-TV") as after a slash,
and with the channel's number in any position ("Jo Roe/KXYZ 6", "Photo: Jo Roe, KXYZ 6"): the
station is the agency, as an organisation named in words already is ("Jo Roe - Radio Kestrel");
a number is no archive furniture there. Captions written for the test (names, stations and places
invented)."""

from __future__ import annotations

import pytest

from tests.parsing.field_match import mismatches


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "Snow closes the highway near the pass. Chinedu Okonkwo - KGW",
            {"credit": "Chinedu Okonkwo - KGW", "photographer": "Chinedu Okonkwo", "agency": "KGW"},
        ),
        (
            "Snow closes the highway near the pass. Lucía Fernández Ortega – WXYZ-TV",
            {"photographer": "Lucía Fernández Ortega", "agency": "WXYZ-TV"},
        ),
        (
            "Floodwater covers Main Street, May 4, 2021. Jan de Vries - KXYZ 6",
            {"photographer": "Jan de Vries", "agency": "KXYZ 6", "date": "2021-05-04"},
        ),
        (
            "Floodwater covers Main Street. Siddharth Iyer/KXYZ 6",
            {
                "credit": "Siddharth Iyer/KXYZ 6",
                "photographer": "Siddharth Iyer",
                "agency": "KXYZ 6",
            },
        ),
        (
            "Floodwater covers Main Street. (Kim Hong-ji/WKTR 12)",
            {"photographer": "Kim Hong-ji", "agency": "WKTR 12"},
        ),
        (
            "Floodwater covers Main Street. Photo: Anne-Marie Kowalczyk, KXYZ 6",
            {"photographer": "Anne-Marie Kowalczyk", "agency": "KXYZ 6"},
        ),
        (
            "Floodwater covers Main Street. Jo Roe - Radio Kestrel",
            {"photographer": "Jo Roe", "agency": "Radio Kestrel"},
        ),
        (
            "Floodwater covers Main Street. (Photo: Jo Roe, Record Unit 371)",
            {"photographer": "Jo Roe", "agency": None},
        ),
        (
            "Floodwater covers Main Street. (Jo Roe/Box 12)",
            {"photographer": "Jo Roe", "agency": None},
        ),
    ],
    ids=[
        "dash-three-letters",
        "en-dash-band",
        "dash-channel-number-after-date",
        "slash-channel-number",
        "bracketed-slash-channel-number",
        "label-comma-channel-number",
        "dash-organisation-in-words",
        "archive-number-stays-noise",
        "box-number-stays-noise",
    ],
)
def test_call_letters_after_name(caption: str, expected: dict[str, str | None]) -> None:
    assert mismatches(caption, expected) == []
