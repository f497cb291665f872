"""Caption shapes from outlets the dev set covers thinly, written for these tests.

Each group is one class of caption (a credit label, a name shape, a place phrase shape); the
captions are invented in the outlets' styles, so that a fix holds for the whole class.
"""

from __future__ import annotations

from typing import Any

import pytest

from catalog.parsing import parse_caption, parse_credit


def _check(caption: str, expected: dict[str, Any]) -> None:
    parsed = parse_caption(caption).to_dict()
    for field, value in expected.items():
        assert parsed[field] == value, f"{field}: {parsed[field]!r} != {value!r}"


# "Credit..." (New York Times) and "Photographer:" (Bloomberg) label the credit.
CREDIT_LABELS = [
    (
        "Snow plows clear a street in Buffalo, N.Y., on Jan. 14, 2024. "
        "Credit...Lauren Petracca for The New York Times",
        {
            "credit": "Credit...Lauren Petracca for The New York Times",
            "photographer": "Lauren Petracca",
            "agency": "The New York Times",
            "date": "2024-01-14",
        },
    ),
    (
        "Shoppers browse at a mall in Dallas on Black Friday. Credit…Emil Lippe for The New York Times",
        {"photographer": "Emil Lippe", "agency": "The New York Times"},
    ),
    (
        "Cranes unload containers at the port of Rotterdam, Netherlands, on June 4, 2024. "
        "Photographer: Peter Boer/Bloomberg",
        {
            "credit": "Photographer: Peter Boer/Bloomberg",
            "photographer": "Peter Boer",
            "agency": "Bloomberg",
            "description": "Cranes unload containers",
        },
    ),
]


@pytest.mark.parametrize(("caption", "expected"), CREDIT_LABELS)
def test_credit_labels(caption: str, expected: dict[str, Any]) -> None:
    _check(caption, expected)


# A photographer whose last name is also an organisation word ("Herald", "Parks", "Post"),
# placed where the credit's shape wants a person: before a known agency.
@pytest.mark.parametrize(
    ("line", "photographer", "agency"),
    [
        ("Seth Herald/Getty Images/TNS", "Seth Herald", "Getty Images"),
        ("Photo by Peter Parks / AFP", "Peter Parks", "AFP"),
        ("Jim Post/Reuters", "Jim Post", "Reuters"),
        ("Anna Park/AP", "Anna Park", "AP"),
        ("(Photo by Dan Church/AFP via Getty Images)", "Dan Church", "AFP"),
        # A place before the word keeps it a newspaper.
        ("Miami Herald/Getty Images", None, "Miami Herald"),
    ],
)
def test_surname_that_is_an_organisation_word(
    line: str, photographer: str | None, agency: str
) -> None:
    parsed = parse_credit(line)
    assert parsed.photographer == photographer
    assert parsed.agency == agency


def test_surname_org_word_inside_a_caption() -> None:
    _check(
        "A general view of the harbour at dawn, 2 February 2024. (Photo by Peter Parks / AFP)",
        {"photographer": "Peter Parks", "agency": "AFP", "credit": "Photo by Peter Parks / AFP"},
    )


# Two credits in a row (Getty prints its own after the agency's): the first is the credit, and
# the field it leaves empty, the distributor, is filled from the second (the labelling rule).
TWO_CREDITS = [
    (
        "A woman votes at a polling station in Jakarta, Indonesia, on Feb. 14, 2024. "
        "(Photo by Yasuyoshi Chiba/AFP) (Photo by YASUYOSHI CHIBA/AFP via Getty Images)",
        {
            "credit": "Photo by Yasuyoshi Chiba/AFP",
            "photographer": "Yasuyoshi Chiba",
            "agency": "AFP",
            "via": "Getty Images",
            "description": "A woman votes at a polling station",
            "location": "Jakarta, Indonesia",
        },
    ),
    (
        "Lanterns light a street in Hanoi, Vietnam, on Feb. 8, 2024. "
        "(Photo by Nhac Nguyen/AFP) (Photo by NHAC NGUYEN/AFP via Getty Images)",
        {
            "credit": "Photo by Nhac Nguyen/AFP",
            "via": "Getty Images",
            "description": "Lanterns light a street",
        },
    ),
]


@pytest.mark.parametrize(("caption", "expected"), TWO_CREDITS)
def test_two_bracketed_credits(caption: str, expected: dict[str, Any]) -> None:
    _check(caption, expected)


# A place near which, or outside which, the photo was taken, inside a larger one; and a place
# widened by a following "in <place>" part.
NESTED_PLACES = [
    (
        "Rescue workers search the rubble near Khan Younis in the southern Gaza Strip on Oct. 25, 2023. "
        "Photo by SAID KHATIB / AFP",
        {
            "location": "Khan Younis, Gaza Strip",
            "description": "Rescue workers search the rubble",
            "date": "2023-10-25",
        },
    ),
    (
        "Sheep graze near Tarbes in southwestern France on April 2, 2024. REUTERS/Stephane Mahe",
        {"location": "Tarbes, France", "description": "Sheep graze"},
    ),
    (
        "Mourners carry the coffin in Nablus, in the Israeli-occupied West Bank, on July 5, 2023. "
        "Photo: Jaafar Ashtiyeh/AFP/Getty Images",
        {
            "location": "Nablus, Israeli-occupied West Bank",
            "description": "Mourners carry the coffin",
        },
    ),
    (
        "Children queue for food in Rafah, in the southern Gaza Strip, Dec. 3, 2023. "
        "(AP Photo/Hatem Ali)",
        {"location": "Rafah, Gaza Strip", "description": "Children queue for food"},
    ),
    # A venue after "outside" stays in the description: only the place after it is the location.
    (
        "Crowds wait outside Buckingham Palace in London. Jonathan Brady/PA Wire",
        {"location": "London", "description": "Crowds wait outside Buckingham Palace"},
    ),
]


@pytest.mark.parametrize(("caption", "expected"), NESTED_PLACES)
def test_nested_places(caption: str, expected: dict[str, Any]) -> None:
    _check(caption, expected)


# Numeric dates with slashes: day first when a European, Asian or Latin American agency
# supplies the caption; month first (the US reading) otherwise.
@pytest.mark.parametrize(
    ("caption", "date"),
    [
        (
            "Workers clear rubble in Izmir, Turkey, 07/03/2024. Anadolu Agency via Getty Images",
            "2024-03-07",
        ),
        (
            "Fans wait outside the stadium in Milan, Italy, 05/04/2023. ANSA/MATTEO BAZZI",
            "2023-04-05",
        ),
        ("A street market in Lima, Peru, 21/11/2023. EFE/Paolo Aguilar", "2023-11-21"),
        ("A street market in Boise, Idaho, 05/04/2023. (AP Photo/Kyle Green)", "2023-05-04"),
    ],
)
def test_slash_dates_follow_the_agency(caption: str, date: str) -> None:
    _check(caption, {"date": date})


# Wire datelines that put the place first and close with a dash.
WIRE_DATELINES = [
    (
        "Bogotá (Colombia), 14/02/2024.- Shoppers walk along a street downtown. EFE/Carlos Ortega",
        {
            "description": "Shoppers walk along a street downtown",
            "location": "Bogotá, Colombia",
            "date": "2024-02-14",
            "photographer": "Carlos Ortega",
            "agency": "EFE",
        },
    ),
    (
        "NANJING, Jan. 20, 2024 (Xinhua) -- Visitors look at lanterns at a temple fair. "
        "(Xinhua/Ji Chunpeng)",
        {
            "description": "Visitors look at lanterns at a temple fair",
            "location": "NANJING",
            "date": "2024-01-20",
            "photographer": "Ji Chunpeng",
        },
    ),
    (
        "Busan, April 2 (Yonhap) -- Fishing boats return to the harbor. (Yonhap)",
        {"description": "Fishing boats return to the harbor", "location": "Busan", "date": None},
    ),
]


@pytest.mark.parametrize(("caption", "expected"), WIRE_DATELINES)
def test_wire_datelines(caption: str, expected: dict[str, Any]) -> None:
    _check(caption, expected)


# Two organisations, then the photographer ("EFE/EPA/NAME", "Sputnik/Kremlin/Name").
@pytest.mark.parametrize(
    ("line", "photographer", "agency"),
    [
        ("EFE/EPA/CHEMA MOYA", "Chema Moya", "EFE"),
        ("Sputnik/Kremlin/Gavriil Grigorov", "Gavriil Grigorov", "Sputnik"),
    ],
)
def test_two_organisations_then_the_photographer(line: str, photographer: str, agency: str) -> None:
    parsed = parse_credit(line)
    assert (parsed.photographer, parsed.agency) == (photographer, agency)


# Credit labels of more than one word, and "Courtesy of" credits naming an unknown source.
LABELLED_TAILS = [
    (
        "A boy at a camp in Deir el-Balah, Gaza, Jan. 9, 2024. Image credit: Jane Roe/Getty Images",
        {"description": "A boy at a camp", "credit": "Image credit: Jane Roe/Getty Images"},
    ),
    (
        "An undated photo shows the fossil. Courtesy of the Field Museum of Natural History",
        {
            "description": "An undated photo shows the fossil",
            "credit": "Courtesy of the Field Museum of Natural History",
            "photographer": None,
        },
    ),
    (
        "The probe approaches the asteroid in 2019. Photo courtesy of Applied Physics Laboratory",
        {"description": "The probe approaches the asteroid", "photographer": None},
    ),
]


@pytest.mark.parametrize(("caption", "expected"), LABELLED_TAILS)
def test_labelled_tails(caption: str, expected: dict[str, Any]) -> None:
    _check(caption, expected)


# A bare credit followed by a bracketed one (dpa then Getty's): the first is the credit.
def test_bare_credit_then_bracketed_credit() -> None:
    _check(
        "Trams run in Leipzig, Germany, Nov. 2, 2023. Photo: Jan Woitas/dpa "
        "(Photo by Jan Woitas/picture alliance via Getty Images)",
        {
            "credit": "Photo: Jan Woitas/dpa",
            "photographer": "Jan Woitas",
            "agency": "dpa",
            "via": None,
            "description": "Trams run",
        },
    )


# "The" that is part of a place's name stays; "the Bronx" written lower-case loses it.
@pytest.mark.parametrize(
    ("caption", "location"),
    [
        (
            "Lawyers arrive at the court in The Hague, Netherlands, on Jan. 11, 2024. REUTERS/Piroschka van de Wouw",
            "The Hague, Netherlands",
        ),
        (
            "Boats in Nassau, The Bahamas, on June 2, 2023. REUTERS/Dante Carrer",
            "Nassau, The Bahamas",
        ),
        ("A fire in the Bronx on March 3, 2024. (AP Photo/Yuki Iwamura)", "Bronx"),
    ],
)
def test_the_in_place_names(caption: str, location: str) -> None:
    _check(caption, {"location": location})


# "through" and "over" name a place when it is a known one or a harbour, square, street...;
# otherwise they introduce something else ("through the night", "over the weekend").
@pytest.mark.parametrize(
    ("caption", "location", "description"),
    [
        (
            "Demonstrators march through central London on Saturday, Oct. 14, 2023. "
            "Photo by Jane Roe/NurPhoto via Getty Images",
            "London",
            "Demonstrators march",
        ),
        (
            "Fireworks explode over Sydney Harbour, Australia, on Jan. 1, 2024. (AP Photo/Rick Rycroft)",
            "Sydney Harbour, Australia",
            "Fireworks explode",
        ),
        (
            "Cyclists ride through heavy Rain in Lyon, France, Feb. 6, 2023. REUTERS/Umit Bektas",
            "Lyon, France",
            "Cyclists ride through heavy Rain",
        ),
    ],
)
def test_through_and_over(caption: str, location: str | None, description: str) -> None:
    _check(caption, {"location": location, "description": description})
