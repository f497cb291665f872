"""Several photographers listed before a credit's slash after the caption's last sentence, each
name of any shape: particles ("Joris van der Berg", "Ahmed al-Rubaye"), three words
("Nguyễn Văn Thành", "Lucía Fernández Ortega", "Carla M. Ostrowski") or initials written
together ("J.R. Smith"), joined by "and" in any language of the data or by semicolons. Every name
is the credit's; without a sentence's stop before the list, words longer than the other names
are still the caption's ("... Paris Bernie Sander Justin Sullivan; Andrew Harrer/Getty Images").
Captions written for the test (names, organisations and places invented)."""

from __future__ import annotations

import pytest

from tests.parsing.field_match import mismatches


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "Crowds fill the square in Lyon. Ahmed al-Rubaye and Joris van der Berg/AFP",
            {"photographer": "Ahmed al-Rubaye; Joris van der Berg", "agency": "AFP"},
        ),
        (
            "Boats in the harbour at dawn. Nguyễn Văn Thành; Oluwaseun Adeyemi/Radio Kestrel",
            {"photographer": "Nguyễn Văn Thành; Oluwaseun Adeyemi", "agency": "Radio Kestrel"},
        ),
        (
            "Los fieles llenan la plaza, 3 de mayo de 2021. Lucía Fernández Ortega y Jo Roe/EFE",
            {
                "photographer": "Lucía Fernández Ortega; Jo Roe",
                "agency": "EFE",
                "date": "2021-05-03",
            },
        ),
        (
            "Die Fähre legt in Kiel an. Carla M. Ostrowski und Jan de Vries/dpa",
            {"photographer": "Carla M. Ostrowski; Jan de Vries", "agency": "dpa"},
        ),
        (
            "Voters queue outside a school. J.R. Smith and Kim Hong-ji/The Ashford Courier",
            {"photographer": "J.R. Smith; Kim Hong-ji", "agency": "The Ashford Courier"},
        ),
        (
            "Voters queue outside a school. Priyanka Raghunathan and J.R. Smith/Reuters",
            {"photographer": "Priyanka Raghunathan; J.R. Smith", "agency": "Reuters"},
        ),
        (
            "Snow on the ridge, Jan. 9, 2022. Anne-Marie Kowalczyk; A.B. Iyer/Kestrel News Agency",
            {"photographer": "Anne-Marie Kowalczyk; A.B. Iyer", "agency": "Kestrel News Agency"},
        ),
        (
            "Veterans of the civil war (1975-1990). Carla M. Ostrowski and Mohamed el-Sayed/AFP",
            {"photographer": "Carla M. Ostrowski; Mohamed el-Sayed", "agency": "AFP"},
        ),
        (
            'The banner reads "Welcome home." Lucía Fernández Ortega and Jo Roe/Radio Kestrel',
            {"photographer": "Lucía Fernández Ortega; Jo Roe", "agency": "Radio Kestrel"},
        ),
        (
            "Crowds in Paris Bernie Sander Justin Sullivan; Andrew Harrer/Getty Images",
            {"photographer": "Justin Sullivan; Andrew Harrer", "agency": "Getty Images"},
        ),
        (
            "Leaders meet at the U.N. Jo Roe/Reuters",
            {"credit": "Jo Roe/Reuters", "photographer": "Jo Roe"},
        ),
    ],
    ids=[
        "particles-and",
        "three-word-vietnamese-semicolon",
        "spanish-two-surnames-y",
        "german-middle-initial-und",
        "glued-initials-first",
        "glued-initials-last",
        "hyphenated-and-initials-semicolon",
        "after-bracket-and-stop-middle-initial",
        "after-quoted-stop-two-surnames",
        "caption-words-before-list-trimmed",
        "place-initials-close-sentence",
    ],
)
def test_listed_names_before_slash(caption: str, expected: dict[str, str]) -> None:
    assert mismatches(caption, expected) == []
