"""A lone surname after a credit label, before an organisation the registry does not know but
whose name says it is one ("Foto: Rossi/Agenzia Kestrel", "Photo: Okonkwo/Radio Kestrel"): the
surname is the photographer, as before a known agency ("Spada/LaPresse",
test_lone_surname_credits.py). Stand-ins, platforms and organisation words before the slash stay
what they are ("Photo: Handout/Radio Kestrel", "Photo: Archive/Kestrel Times"). Captions written
for the test (names, organisations and places invented)."""

from __future__ import annotations

import pytest

from tests.parsing.field_match import mismatches


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "Tifosi sventolano bandiere prima della partita. Foto: Rossi/Agenzia Kestrel",
            {"photographer": "Rossi", "agency": "Agenzia Kestrel"},
        ),
        (
            "Fans wait outside the stadium in Lagos. Photo: Okonkwo/Radio Kestrel",
            {"photographer": "Okonkwo", "agency": "Radio Kestrel", "location": "Lagos"},
        ),
        (
            "Des manifestants devant la mairie. Photo : Lefèvre/Kestrel Presse",
            {"photographer": "Lefèvre", "agency": "Kestrel Presse"},
        ),
        (
            "Fans wait outside the stadium. Photo: Handout/Radio Kestrel",
            {"photographer": None, "agency": "Radio Kestrel"},
        ),
        (
            "Fans wait outside the stadium. Photo: Archive/Kestrel Times",
            {"photographer": None, "agency": "Kestrel Times"},
        ),
    ],
    ids=[
        "italian-agenzia",
        "english-radio",
        "french-presse",
        "stand-in-stays",
        "organisation-word-stays",
    ],
)
def test_labelled_lone_surname_unknown_agency(
    caption: str, expected: dict[str, str | None]
) -> None:
    assert mismatches(caption, expected) == []
