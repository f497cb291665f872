"""After "Photo by" the first party of a chain is the person who took the photo, whatever the
organisation after it: a name whose last or first word is also an organisation word ("Guy
Post", "Sun Yang"), or a single name ("Sutanta"), before an organisation the registry does not
know ("Photo by Guy Post/PaxPhoto", "Photo by Sutanta/Kestrel Images") or alone ("Pool photo
by Sutanta"); after a known agency's slash, such a name in a longer chain too ("REUTERS/Guy
Post/Agencia Brasil/Handout via Reuters"). An organisation before the slash stays one ("Photo
by Kestrel Zoo/Handout", "Photo by Miami Herald/AP"). Captions written for the test (names,
organisations and places invented)."""

from __future__ import annotations

import pytest

from tests.parsing.field_match import mismatches


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "Children test the water filter at home. (Photo by Guy Post/PaxPhoto)",
            {"photographer": "Guy Post", "agency": "PaxPhoto"},
        ),
        (
            "Children test the water filter at home. (Photo by Sun Yang/Kestrel Images)",
            {"photographer": "Sun Yang", "agency": "Kestrel Images"},
        ),
        (
            "Fishermen haul nets at dawn in Java. (Photo by Sutanta/Kestrel Images)",
            {"photographer": "Sutanta", "agency": "Kestrel Images"},
        ),
        (
            "Fishermen haul nets at dawn. Photo by Victoria Star/IPA/Rex Features/Shutterstock",
            {"photographer": "Victoria Star", "agency": "IPA"},
        ),
        (
            "Les pêcheurs au port. Photo par Guy Post/Agencia Lumbre",
            {"photographer": "Guy Post", "agency": "Agencia Lumbre"},
        ),
        (
            "Delegates arrive for the summit. Pool photo by Sutanta",
            {"credit": "Pool photo by Sutanta", "photographer": "Sutanta", "agency": None},
        ),
        (
            "Fishermen haul nets at dawn. Photo by Staff",
            {"photographer": None, "agency": None},
        ),
        (
            "The congress in Brasilia, Brazil, April 7, 2015. REUTERS/Guy Post/Agencia"
            " Brasil/Handout via Reuters",
            {"photographer": "Guy Post", "agency": "Agencia Brasil", "via": "Reuters"},
        ),
        (
            "A keeper feeds the cubs. (Photo by Kestrel Zoo/Handout)",
            {"photographer": None, "agency": "Kestrel Zoo"},
        ),
        (
            "Floodwater in the streets. (Photo by Miami Herald/AP)",
            {"photographer": None, "agency": "Miami Herald"},
        ),
    ],
    ids=[
        "surname-org-word-unknown-agency",
        "family-name-org-word-first",
        "single-name",
        "surname-star-chain",
        "french-par",
        "pool-photo-by-single-name",
        "photo-by-stand-in-stays",
        "known-agency-then-name-in-handout-chain",
        "zoo-stays-organisation",
        "paper-stays-organisation",
    ],
)
def test_person_slot_after_by(caption: str, expected: dict[str, str | None]) -> None:
    assert mismatches(caption, expected) == []
