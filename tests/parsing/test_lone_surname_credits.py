"""Class 1 of the unseen shapes: a lone surname before a known agency ("Spada/LaPresse").

Italian, French and Spanish papers often print only the photographer's surname before the
agency. One capitalised word, then an agency the registry knows: the word is the person, the
agency owns the photo. Captions written for this test."""

from __future__ import annotations

import pytest

from tests.parsing.field_match import Expected, mismatches

CASES = [
    pytest.param(
        "Tifosi sventolano bandiere prima della partita a Milano. Ferraro/LaPresse",
        {"photographer": "Ferraro", "agency": "LaPresse"},
        id="italian-lapresse",
    ),
    pytest.param(
        "Un agricoltore attraversa un campo allagato vicino a Firenze. Bellandi/Ansa",
        {"photographer": "Bellandi", "agency": "ANSA"},
        id="italian-ansa-mixed-case",
    ),
    pytest.param(
        "Des manifestants devant l'Assemblée à Paris, le 4 mars 2024. Lefèvre/AFP",
        {"photographer": "Lefèvre", "agency": "AFP", "date": "2024-03-04"},
        id="french-afp-accent",
    ),
    pytest.param(
        "Aficionados en la plaza de toros de Pamplona. Martínez/EFE",
        {"photographer": "Martínez", "agency": "EFE"},
        id="spanish-efe",
    ),
    pytest.param(
        "Commuters crowd a platform in Lagos on Monday. (Okafor/Reuters)",
        {"photographer": "Okafor", "agency": "Reuters"},
        id="bracketed-reuters",
    ),
    pytest.param(
        "Ein Radfahrer im Regen in Hamburg. Foto: Brandt/dpa",
        {"photographer": "Brandt", "agency": "dpa"},
        id="german-label-dpa",
    ),
    pytest.param(
        "Ice floes on the river in Kyiv. Kovalenko/Getty Images",
        {"photographer": "Kovalenko", "agency": "Getty Images"},
        id="getty-two-word-agency",
    ),
]

# The shape stops where the word is no surname: a role, a stand-in or an organisation's word.
NOT_A_PERSON = [
    pytest.param(
        "Smoke over the harbour in Tartus. Handout/Reuters",
        {"photographer": None, "agency": "Reuters"},
        id="handout-word",
    ),
    pytest.param(
        "Police guard the court in Nairobi. Stringer/Reuters",
        {"photographer": None, "agency": "Reuters"},
        id="stringer-word",
    ),
    pytest.param(
        "A queue outside the bank in Harare. Pool/AFP",
        {"photographer": None},
        id="pool-word",
    ),
    pytest.param(
        "The minister speaks in Damascus. SANA/AFP",
        {"photographer": None, "agency": "SANA"},
        id="initials-are-an-organisation",
    ),
]


@pytest.mark.parametrize("caption, expected", CASES + NOT_A_PERSON)
def test_lone_surname_before_agency(caption: str, expected: Expected) -> None:
    assert mismatches(caption, expected) == []
