"""Hebrew captions' dates: the Gregorian months in Hebrew, with "in" (ב) glued before the month
("12 במרץ 2023", "במאי 2021"). Language data (data/languages/he.toml). Captions written for
these tests."""

from __future__ import annotations

from tests.parsing.test_credit_shapes import Expected, _check, _table

HEBREW_DATES: list[tuple[str, str, Expected]] = [
    (
        "day-in-month-year",
        "הפגנה בכיכר העיר, 12 במרץ 2023. צילום: נועה ברק",
        {"date": "2023-03-12", "photographer": "נועה ברק"},
    ),
    ("in-month-year", "הפגנה בכיכר העיר במאי 2021", {"date": "2021-05"}),
    ("bare-month-year", "טקס הזיכרון, נובמבר 2019", {"date": "2019-11"}),
    # Neighbour: a month without its year dates nothing.
    ("month-without-year", "הפגנה בכיכר העיר במאי", {"date": None}),
]


@_table(HEBREW_DATES)
def test_hebrew_dates(caption: str, expected: Expected) -> None:
    _check(caption, expected)
