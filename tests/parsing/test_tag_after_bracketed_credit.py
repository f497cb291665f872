"""A bracketed credit closing the caption, then a short tag a page prints after it: one of the
credit's own organisations again, known or not ("(Jo Roe/Radio Kestrel) Radio Kestrel"), or a role
flag ("(Jo Roe/Reuters) File photo", "... FILE PHOTO", "... Pool"). The tag is furniture: the
credit is the bracket's text, its fields come from it whole, and a role in the tag is the credit's.
Words after a bracket that the credit does not hold stay the caption's. Captions written for the
test (names, organisations and places invented)."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption
from tests.parsing.field_match import mismatches


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "Fans cheer in Lyon, France, June 3, 2023. (Thomas Ekdahl/Reuters) File photo",
            {
                "credit": "Thomas Ekdahl/Reuters",
                "photographer": "Thomas Ekdahl",
                "agency": "Reuters",
                "date": "2023-06-03",
                "location": "Lyon, France",
            },
        ),
        (
            "A ferry leaves the port of Split. (AP Photo/Nguyễn Văn Thành) FILE PHOTO",
            {
                "credit": "AP Photo/Nguyễn Văn Thành",
                "photographer": "Nguyễn Văn Thành",
                "agency": "AP",
            },
        ),
        (
            "Snow covers the square, Jan. 9, 2022. (Chinedu Okonkwo/The Ashford Courier) File photo",
            {
                "credit": "Chinedu Okonkwo/The Ashford Courier",
                "photographer": "Chinedu Okonkwo",
                "agency": "The Ashford Courier",
                "date": "2022-01-09",
            },
        ),
        (
            "Ein Kran im Hafen von Kiel. (Małgorzata Wąsowska/Radio Kestrel) Radio Kestrel",
            {
                "credit": "Małgorzata Wąsowska/Radio Kestrel",
                "photographer": "Małgorzata Wąsowska",
                "agency": "Radio Kestrel",
                "description": "Ein Kran",
            },
        ),
        (
            "Voters queue outside a school. (Ahmed al-Rubaye/Agencia Lumbre) AGENCIA LUMBRE",
            {"photographer": "Ahmed al-Rubaye", "agency": "Agencia Lumbre"},
        ),
        (
            "The jury meets in Leiden. (Joris van der Berg/AFP Photo) AFP",
            {
                "credit": "Joris van der Berg/AFP Photo",
                "photographer": "Joris van der Berg",
                "agency": "AFP",
            },
        ),
        (
            "Dancers rehearse in Seoul. (Kim Hong-ji/Yonhap via AP) AP",
            {"photographer": "Kim Hong-ji", "agency": "Yonhap", "via": "AP"},
        ),
        (
            "The band plays its last show (live) Radio Kestrel",
            {"credit": None, "photographer": None},
        ),
    ],
    ids=[
        "reuters-file-photo",
        "ap-file-photo-capitals",
        "unknown-paper-file-photo",
        "unknown-radio-repeated-german",
        "unknown-agency-repeated-in-capitals",
        "known-agency-short-name-repeated",
        "via-distributor-repeated",
        "words-after-a-non-credit-bracket",
    ],
)
def test_tag_after_bracketed_credit(caption: str, expected: dict[str, str | None]) -> None:
    assert mismatches(caption, expected) == []


@pytest.mark.parametrize(
    ("caption", "role"),
    [
        ("Fans cheer in Lyon. (Jo Roe/Radio Kestrel) File photo", "file"),
        ("The summit opens in Oslo. (Priyanka Raghunathan/Kestrel Times) Pool", "pool"),
    ],
    ids=["file", "pool"],
)
def test_role_in_tag_is_the_credits(caption: str, role: str) -> None:
    assert role in parse_caption(caption).roles
