"""Korean names romanized family name first, whose family name is also an organisation word
("Park Sang-moon", "Park Ji-eun"): the hyphenated given name says it is a person, after "Photo
by" or before an agency. Korean papers' own names in English ("[JOONGANG PHOTO]"). Captions
written for these tests (names invented)."""

from __future__ import annotations

from tests.parsing.test_credit_shapes import Expected, _check, _table

FAMILY_NAME_FIRST: list[tuple[str, str, Expected]] = [
    (
        "photo-by-park-hyphenated",
        "The minister speaks at the forum. [Photo by Park Sang-moon]",
        {"photographer": "Park Sang-moon", "agency": None},
    ),
    (
        "park-hyphenated-then-wire",
        "Fans cheer at the stadium. Photo: Park Ji-eun/Yonhap",
        {"photographer": "Park Ji-eun", "agency": "Yonhap"},
    ),
    (
        "paper-caps-photo-word",
        "The minister speaks at the forum. [JOONGANG PHOTO]",
        {"agency": "JoongAng Ilbo", "photographer": None},
    ),
    (
        "english-edition-bracketed",
        "The minister speaks at the forum. (Korea JoongAng Daily)",
        {"agency": "Korea JoongAng Daily"},
    ),
    # Neighbours: a park, a studio, a newspaper keep their reading; other family names too.
    (
        "park-avenue-studio",
        "The minister speaks. Photo by Park Avenue Studios",
        {"agency": "Park Avenue Studios", "photographer": None},
    ),
    (
        "park-double-barrelled-place",
        "The minister speaks. Photo: Park Kestrel-Wood",
        {"photographer": None},
    ),
    (
        "kim-hyphenated-unchanged",
        "The minister speaks. Photo by Kim Min-su",
        {"photographer": "Kim Min-su"},
    ),
]


@_table(FAMILY_NAME_FIRST)
def test_korean_family_name_first(caption: str, expected: Expected) -> None:
    _check(caption, expected)
