"""A newspaper's title whose words are joined by a hyphen ("Kestrel Times-Herald", "Millbrook
Herald-Tribune", "Ashford Sun-Times", "Lindau News-Press") names an organisation, on either side
of a credit's slash and in capitals too, as the same title printed with a space does; a person's
hyphenated name that holds one organisation word ("Kim Sun-hee", "Ana Park-Lee") stays a person.
Captions written for the test (titles, names and places invented)."""

from __future__ import annotations

import pytest

from catalog.parsing import lexicon
from tests.parsing.field_match import mismatches


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "Floodwater covers the main road in Ashford. (Northfield Times-Herald/Siddharth Iyer)",
            {"agency": "Northfield Times-Herald", "photographer": "Siddharth Iyer"},
        ),
        (
            "Crowds gather at the harbour, May 4, 2021. NORTHFIELD TIMES-HERALD/Chinedu Okonkwo",
            {"agency": "NORTHFIELD TIMES-HERALD", "photographer": "Chinedu Okonkwo"},
        ),
        (
            "The mayor cuts the ribbon. (Millbrook Herald-Tribune/Lucía Fernández Ortega)",
            {"agency": "Millbrook Herald-Tribune", "photographer": "Lucía Fernández Ortega"},
        ),
        (
            "Skaters on the frozen canal. [Ashford Sun-Times/Joris van der Berg]",
            {"agency": "Ashford Sun-Times", "photographer": "Joris van der Berg"},
        ),
        (
            "Ein Kran im Hafen. Foto: Lindau News-Press/Małgorzata Wąsowska",
            {"agency": "Lindau News-Press", "photographer": "Małgorzata Wąsowska"},
        ),
        (
            "The parade on Main Street. (Oluwaseun Adeyemi/Kestrel Post-Gazette)",
            {"agency": "Kestrel Post-Gazette", "photographer": "Oluwaseun Adeyemi"},
        ),
        (
            "A street market in Seoul. (Yonhap/Kim Sun-hee)",
            {"agency": "Yonhap", "photographer": "Kim Sun-hee"},
        ),
        (
            "A street market in Seoul. (Kestrel Star-Times/Kim Sun-hee)",
            {"agency": "Kestrel Star-Times", "photographer": "Kim Sun-hee"},
        ),
        (
            "Runners at the finish line. (Ana Park-Lee/Reuters)",
            {"agency": "Reuters", "photographer": "Ana Park-Lee"},
        ),
    ],
    ids=[
        "times-herald-first",
        "times-herald-capitals",
        "herald-tribune-first",
        "sun-times-brackets",
        "news-press-german-label",
        "post-gazette-last",
        "korean-sun-hee-stays-person",
        "star-times-then-korean-name",
        "park-lee-stays-person",
    ],
)
def test_hyphenated_title(caption: str, expected: dict[str, str]) -> None:
    assert mismatches(caption, expected) == []


@pytest.mark.parametrize(
    ("word", "is_cue"),
    [
        ("times-herald", True),
        ("herald-tribune", True),
        ("news-press", True),
        ("sun-hee", False),
        ("park-lee", False),
        ("anne-marie", False),
        ("post-dispatch", True),
        # a compound's ending still counts after a hyphen: "Kestrel-Polizei"
        ("kestrel-polizei", True),
    ],
)
def test_hyphenated_cue_words(word: str, is_cue: bool) -> None:
    assert (word in lexicon.organisation_words()) is is_cue
