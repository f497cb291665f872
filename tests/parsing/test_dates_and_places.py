"""The date styles and location forms news captions use, in captions written for these tests."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption

CREDIT = " (AP Photo/Kim Soto)"

# (id, caption without credit, article date, expected date, expected precision)
DATES = [
    ("ap-abbreviated", "Voters line up in Reno, Nev., on Jan. 8, 2020.", None, "2020-01-08", "day"),
    ("ap-sept", "Crews clear debris in Tampa, Fla., Sept. 3, 2019.", None, "2019-09-03", "day"),
    (
        "ap-weekday",
        "Crews clear debris in Tampa, Fla., Wednesday, Jan. 8, 2020.",
        None,
        "2020-01-08",
        "day",
    ),
    (
        "weekday-no-comma",
        "Pilgrims pray at the Vatican, Wednesday May 15, 2019.",
        None,
        "2019-05-15",
        "day",
    ),
    ("reuters", "Traders work in Frankfurt, Germany, May 20, 2016.", None, "2016-05-20", "day"),
    ("day-month", "Cyclists race in Ghent, Belgium, 20 April 2016.", None, "2016-04-20", "day"),
    (
        "day-month-padded",
        "Cyclists race in Ghent, Belgium, 03 November 2022.",
        None,
        "2022-11-03",
        "day",
    ),
    ("numeric-us", "Cyclists race in Ghent, Belgium, 1/8/2020.", None, "2020-01-08", "day"),
    ("iso", "Cyclists race in Ghent, Belgium, 2020-01-08.", None, "2020-01-08", "day"),
    ("month-year", "Cyclists race in Ghent, Belgium, in February 2016.", None, "2016-02", "month"),
    (
        "month-of-year",
        "Students help families during a trip in March of 2014.",
        None,
        "2014-03",
        "month",
    ),
    ("year-only", "The senator speaks at a dinner in 2009.", None, "2009", "year"),
    (
        "yearless-resolved",
        "Crews clear debris in Tampa, Fla., Sept. 3.",
        "2019-09-05",
        "2019-09-03",
        "day",
    ),
    (
        "yearless-previous-year",
        "Skaters glide in Ottawa, Canada, Dec. 30.",
        "2020-01-02",
        "2019-12-30",
        "day",
    ),
    ("yearless-unresolved", "Crews clear debris in Tampa, Fla., Sept. 3.", None, None, None),
    ("weekday-only", "Crews clear debris in Tampa, Fla., on Wednesday.", None, None, None),
    (
        "taken-on-wins",
        "Photo taken on April 1, 2016 shows blossoms in Wuhan, Hubei province, March 31, 2016.",
        None,
        "2016-04-01",
        "day",
    ),
    (
        "in-this-photo",
        "In this June 11, 2019 photo, a ranger walks a trail in Yosemite National Park, Calif.",
        None,
        "2019-06-11",
        "day",
    ),
    (
        "released-is-not-taken",
        "In this photo released on May 3, 2020, troops march in Pyongyang, North Korea.",
        None,
        None,
        None,
    ),
    (
        "obtained-is-not-taken",
        "Troops drill in an undisclosed place, in this handout image obtained on May 3, 2020.",
        None,
        None,
        None,
    ),
    (
        "news-peg-later",
        "Pilgrims walk in Mecca on June 3, 2024. The hajj begins on June 14, 2024.",
        None,
        "2024-06-03",
        "day",
    ),
    (
        "story-year-not-photo",
        "She fled the city in 1979. The former envoy died on Tuesday.",
        None,
        None,
        None,
    ),
    (
        "foreign-portuguese",
        "Fiéis rezam em Lisboa, Portugal. Foto tirada em 6 de janeiro de 2020.",
        None,
        "2020-01-06",
        "day",
    ),
]


@pytest.mark.parametrize(
    ("caption", "article_date", "date", "precision"),
    [d[1:] for d in DATES],
    ids=[d[0] for d in DATES],
)
def test_date_styles(
    caption: str, article_date: str | None, date: str | None, precision: str | None
) -> None:
    parsed = parse_caption(caption + CREDIT, article_date=article_date)
    assert parsed.date == date
    assert parsed.date_precision == precision


def test_copyright_year_is_not_the_photo_date() -> None:
    parsed = parse_caption("Rain falls over the harbour.\n© 2021 AP Photo/Kim Soto")
    assert parsed.date is None


# (id, caption, location, city, region, country, country code)
PLACES = [
    (
        "in-city-country-on-date",
        "Fans celebrate in Lyon, France, on Jan. 8, 2020.",
        "Lyon, France",
        "Lyon",
        None,
        "France",
        "FR",
    ),
    (
        "outskirts-of",
        "Crews fix a pipe on the outskirts of Mosul, Iraq, on Jan. 8, 2020.",
        "Mosul, Iraq",
        "Mosul",
        None,
        "Iraq",
        "IQ",
    ),
    (
        "southern-city-of",
        "Students march in the southern city of Basra on Jan. 8, 2020.",
        "Basra",
        "Basra",
        None,
        "Iraq",
        "IQ",
    ),
    (
        "us-state-abbreviation",
        "A bus waits in Lenexa, Kan., Sunday, Dec. 15, 2024.",
        "Lenexa, Kan.",
        "Lenexa",
        "Kansas",
        "United States",
        "US",
    ),
    (
        "city-region-us",
        "A chef poses in Seattle, Washington, U.S. March 20, 2020.",
        "Seattle, Washington, U.S.",
        "Seattle",
        "Washington",
        "United States",
        "US",
    ),
    (
        "britain-alias",
        "A baker opens shop in Coventry, Britain, May 13, 2020.",
        "Coventry, Britain",
        "Coventry",
        None,
        "United Kingdom",
        "GB",
    ),
    (
        "kiev-alias",
        "Protesters gather in central Kiev on February 20, 2014.",
        "Kiev",
        "Kiev",
        None,
        "Ukraine",
        "UA",
    ),
    (
        "kyiv",
        "Protesters gather in Kyiv, Ukraine, on February 20, 2022.",
        "Kyiv, Ukraine",
        "Kyiv",
        None,
        "Ukraine",
        "UA",
    ),
    (
        "gaza-city",
        "Smoke rises in Gaza City, May 13, 2021.",
        "Gaza City",
        "Gaza City",
        None,
        "Palestine",
        "PS",
    ),
    (
        "getty-date-then-place",
        "Fans cheer at the stadium on March 15, 2022 in Wellington, New Zealand.",
        "Wellington, New Zealand",
        "Wellington",
        None,
        "New Zealand",
        "NZ",
    ),
    (
        "ap-date-then-place",
        "A nurse works at a clinic, Friday, Dec. 4, 2020, in Wilmington, Del.",
        "Wilmington, Del.",
        "Wilmington",
        "Delaware",
        "United States",
        "US",
    ),
    (
        "relative-part-dropped",
        "A man is treated at a hospital in Kerbala, south of Baghdad, June 13, 2012.",
        "Kerbala",
        "Kerbala",
        None,
        "Iraq",
        "IQ",
    ),
    (
        "relative-word-dropped",
        "Police direct traffic in central Baghdad, May 22, 2012.",
        "Baghdad",
        "Baghdad",
        None,
        "Iraq",
        "IQ",
    ),
    (
        "zuma-dateline",
        "June 18, 2022, Kyiv, Ukraine: Mourners lay flowers at a grave.",
        "Kyiv, Ukraine",
        "Kyiv",
        None,
        "Ukraine",
        "UA",
    ),
    (
        "getty-dateline",
        "GAZA CITY, GAZA - MAY 13: Smoke rises after airstrikes.",
        "GAZA CITY, GAZA",
        "GAZA CITY",
        None,
        "Palestine",
        "PS",
    ),
    (
        "unresolved-kept",
        "Fishermen mend nets in Qaryat al-Tahta, Oman, June 1, 2021.",
        "Qaryat al-Tahta, Oman",
        None,
        None,
        "Oman",
        "OM",
    ),
    (
        "no-location",
        "Fishermen mend their nets before dawn, June 1, 2021.",
        None,
        None,
        None,
        None,
        None,
    ),
    (
        "hometown-is-not-location",
        "Private Jo Lee of Austin, Tex., rests with his unit.",
        None,
        None,
        None,
        None,
        None,
    ),
    (
        "first-sentence-tail-no-date",
        "Nomads herd yaks in Wakhan, Afghanistan. The valley is remote.",
        "Wakhan, Afghanistan",
        None,
        None,
        "Afghanistan",
        "AF",
    ),
    (
        "city-country-after-object",
        "The minister leaves Downing Street, London, Britain, July 7, 2022.",
        "London, Britain",
        "London",
        None,
        "United Kingdom",
        "GB",
    ),
    (
        "above-known-place",
        "The northern lights glow above Tromso, Norway.",
        "Tromso, Norway",
        "Tromso",
        None,
        "Norway",
        "NO",
    ),
    (
        "topic-is-not-place",
        "The minister gives a speech on Iran's nuclear programme.",
        None,
        None,
        None,
        None,
        None,
    ),
    (
        "month-is-not-a-town",
        "Volunteers help families during a trip in March.",
        None,
        None,
        None,
        None,
        None,
    ),
    (
        "reuters-sports-slug",
        "Soccer - Cup Final - Lions v Eagles - Wembley Stadium, London, Britain - May 4, 2024 Fans cheer",
        "Wembley Stadium, London, Britain",
        "London",
        None,
        "United Kingdom",
        "GB",
    ),
]


@pytest.mark.parametrize(
    ("caption", "location", "city", "region", "country", "code"),
    [p[1:] for p in PLACES],
    ids=[p[0] for p in PLACES],
)
def test_location_forms(
    caption: str,
    location: str | None,
    city: str | None,
    region: str | None,
    country: str | None,
    code: str | None,
) -> None:
    parsed = parse_caption(caption + CREDIT)
    assert (parsed.location, parsed.city, parsed.region, parsed.country, parsed.country_code) == (
        location,
        city,
        region,
        country,
        code,
    )
