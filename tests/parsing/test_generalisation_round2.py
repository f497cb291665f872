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


# Two credits in a row (Getty prints its own after the agency's): the first is the credit.
TWO_CREDITS = [
    (
        "A woman votes at a polling station in Jakarta, Indonesia, on Feb. 14, 2024. "
        "(Photo by Yasuyoshi Chiba/AFP) (Photo by YASUYOSHI CHIBA/AFP via Getty Images)",
        {
            "credit": "Photo by Yasuyoshi Chiba/AFP",
            "photographer": "Yasuyoshi Chiba",
            "agency": "AFP",
            "via": None,
            "description": "A woman votes at a polling station",
            "location": "Jakarta, Indonesia",
        },
    ),
    (
        "Lanterns light a street in Hanoi, Vietnam, on Feb. 8, 2024. "
        "(Photo by Nhac Nguyen/AFP) (Photo by NHAC NGUYEN/AFP via Getty Images)",
        {
            "credit": "Photo by Nhac Nguyen/AFP",
            "via": None,
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
