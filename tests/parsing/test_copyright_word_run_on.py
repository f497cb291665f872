"""The word "Copyright" run on from the caption's last words, without a stop, then the owner:
a person or an organisation the registry does not know ("... in Ottawa Copyright Radio Kestrel",
"... Copyright Jo Roe", "... COPYRIGHT UNIVERSITY OF EASTBROOK"), read as "©" and a known
agency ("Copyright Reuters") already are; the caption keeps its place. The word inside a name or
a sentence ("the US Copyright Office in Washington", "copyright law") is no label. Captions
written for the test (names, organisations and places invented)."""

from __future__ import annotations

import pytest

from tests.parsing.field_match import mismatches


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "Leaders meet in Ottawa, Canada Copyright Radio Kestrel",
            {
                "credit": "Copyright Radio Kestrel",
                "agency": "Radio Kestrel",
                "photographer": None,
                "location": "Ottawa, Canada",
            },
        ),
        (
            "Boats in the harbour of Gdańsk Copyright Małgorzata Wąsowska",
            {"photographer": "Małgorzata Wąsowska", "agency": None},
        ),
        (
            "A tagged turtle returns to the sea COPYRIGHT UNIVERSITY OF EASTBROOK",
            {"agency": "University of Eastbrook", "photographer": None},
        ),
        (
            "Las fieles llenan la plaza en Lima Copyright Agencia Lumbre",
            {"agency": "Agencia Lumbre", "location": "Lima"},
        ),
        (
            "Leaders meet in Ottawa Copyright Reuters",
            {"agency": "Reuters"},
        ),
        (
            "Staff sort files at the US Copyright Office in Washington",
            {"credit": None, "agency": None},
        ),
        (
            "Staff sort files at the US Copyright Office",
            {"credit": None, "agency": None},
        ),
        (
            "Lawmakers debate copyright Law in Brussels",
            {"credit": None},
        ),
    ],
    ids=[
        "unknown-radio",
        "polish-person",
        "capitals-university",
        "spanish-agencia",
        "known-agency",
        "office-name-then-sentence",
        "office-name-closing",
        "lower-case-word",
    ],
)
def test_copyright_word_run_on(caption: str, expected: dict[str, str | None]) -> None:
    assert mismatches(caption, expected) == []
