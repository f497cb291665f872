"""Military units and their press offices as a credit's organisation: "Photo by Spc. Jo Roe,
82nd Airborne Division", "Jo Roe/1st Marine Division", "123rd Wing Public Affairs". A unit
word (division, brigade, battalion, regiment, squadron, fleet, platoon, affairs) is an
organisation's cue word (organisations.toml), and the unit's ordinal number is part of its
name, not an archive's reference ("Record Unit 371" stays one). Credits written for the
test."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption, parse_credit


@pytest.mark.parametrize(
    ("credit", "photographer", "agency"),
    [
        ("Photo by Spc. Jo Roe, 82nd Airborne Division", "Jo Roe", "82nd Airborne Division"),
        ("Ana Gil/1st Marine Division", "Ana Gil", "1st Marine Division"),
        (
            "Photo by Airman 1st Class Karim Saab, 123rd Wing Public Affairs",
            "Karim Saab",
            "123rd Wing Public Affairs",
        ),
        ("Photo: 3rd Infantry Regiment", None, "3rd Infantry Regiment"),
        ("Lena Ortiz/42nd Fighter Squadron", "Lena Ortiz", "42nd Fighter Squadron"),
        ("Photo by Sgt. Tom Hale, 2nd Brigade Combat Team", "Tom Hale", "2nd Brigade Combat Team"),
        ("Jo Roe/Record Unit 371", "Jo Roe", None),
    ],
)
def test_a_military_unit_is_the_credits_organisation(
    credit: str, photographer: str | None, agency: str | None
) -> None:
    parsed = parse_credit(credit)
    assert (parsed.photographer, parsed.agency) == (photographer, agency)
    caption = parse_caption(f"Soldiers unload supplies from a helicopter. ({credit})")
    assert (caption.photographer, caption.agency) == (photographer, agency)
