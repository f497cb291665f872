"""A date in brackets or quotes is read as any date: "(March 3, 2023)", "[Sept. 3, 2023]",
"(3 March 2023)"; a numeric date written year first, as East Asian agencies and metadata
write it, with dots or slashes as well as dashes: "2023.5.1", "2023/05/01". Captions written
for the test."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption


@pytest.mark.parametrize(
    ("caption", "date"),
    [
        ("Protesters march in London (March 3, 2023). (Jo Roe/PA)", "2023-03-03"),
        ("Protesters march in London (Sept. 3, 2023). (Jo Roe/PA)", "2023-09-03"),
        ("Protesters march in London [March 3, 2023]. (Jo Roe/PA)", "2023-03-03"),
        ("Protesters march in London (3 March 2023). (Jo Roe/PA)", "2023-03-03"),
        ("Un cortège à Lyon (3 mars 2023). Photo Jo Roe/AFP", "2023-03-03"),
        ("Protesters march in London («March 3, 2023»). (Jo Roe/PA)", "2023-03-03"),
        # no year in the bracket: no date (an AP video caption's day it ran, or a day alone)
        ("Protesters march in London (March 3). (Jo Roe/PA)", None),
        ("Protesters march in London (June 25)", None),
        # a bracket before a number that is no date
        ("Protesters march in London (March 2023 figures: 3,000 people). (Jo Roe/PA)", "2023-03"),
    ],
)
def test_a_date_in_brackets(caption: str, date: str | None) -> None:
    assert parse_caption(caption).date == date


@pytest.mark.parametrize(
    ("caption", "date"),
    [
        ("Protesters march in Seoul. 2023.5.1 (Yonhap)", "2023-05-01"),
        ("Protesters march in Seoul on 2023.05.01. (Yonhap)", "2023-05-01"),
        ("Protesters march in Seoul, 2023/05/01. (Yonhap)", "2023-05-01"),
        ("Protesters march in Seoul, 2023-05-01. (Yonhap)", "2023-05-01"),
        ("시민들이 서울에서 행진하고 있다. 2023.5.1 연합뉴스", "2023-05-01"),
        # a version number or a month that does not exist is no date
        ("The app, version 2023.5.1.4, on a phone. (Yonhap)", None),
        ("Protesters march in Seoul. 2023.13.1 (Yonhap)", None),
    ],
)
def test_a_numeric_date_written_year_first(caption: str, date: str | None) -> None:
    assert parse_caption(caption).date == date
