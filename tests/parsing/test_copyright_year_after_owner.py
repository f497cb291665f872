"""A copyright line's year after the owner's name ("© Radio Kestrel 2023", "Copyright Ministry of
Culture 2020", "(c) Agencia Lumbre 2019", "© KXYZ 2022"): the year is the copyright's, not part
of the organisation's name, for an organisation the registry does not know as for one it knows
("© Reuters 2023") and for a person ("© Jo Roe 2021"). Without a copyright mark a year stays
with the name it closes ("Photo: Kestrel Photo Awards 2021": the contest of that year). Captions
written for the test (names, organisations and places invented)."""

from __future__ import annotations

import pytest

from tests.parsing.field_match import mismatches


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "Leaders meet in Ottawa. © Radio Kestrel 2023",
            {"agency": "Radio Kestrel", "photographer": None},
        ),
        (
            "Ein Kran im Hafen. © Kestrel Nachrichten 2021",
            {"agency": "Kestrel Nachrichten", "photographer": None},
        ),
        (
            "A restored fresco in the chapel. Copyright Ministry of Culture 2020",
            {"agency": "Ministry of Culture", "photographer": None},
        ),
        (
            "Los manifestantes marchan en Lima. (c) Agencia Lumbre 2019",
            {"agency": "Agencia Lumbre"},
        ),
        (
            "Snow closes the highway. © KXYZ 2022",
            {"agency": "KXYZ"},
        ),
        (
            "The harbour at dawn. © Northfield Times-Herald 2023 / Siddharth Iyer",
            {"agency": "Northfield Times-Herald", "photographer": "Siddharth Iyer"},
        ),
        (
            "Fans wait at the gate. © Reuters 2023",
            {"agency": "Reuters"},
        ),
        (
            "The harbour at dawn. © Chinedu Okonkwo 2021",
            {"agency": None, "photographer": "Chinedu Okonkwo"},
        ),
        (
            "A heron over the marsh. Photo: Kestrel Photo Awards 2021",
            {"agency": "Kestrel Photo Awards 2021"},
        ),
    ],
    ids=[
        "radio-then-year",
        "german-news-then-year",
        "ministry-copyright-word",
        "spanish-agency-c-mark",
        "call-sign-then-year",
        "paper-year-then-person",
        "known-agency-then-year",
        "person-then-year",
        "contest-year-without-copyright-stays",
    ],
)
def test_copyright_year_after_owner(caption: str, expected: dict[str, str | None]) -> None:
    assert mismatches(caption, expected) == []
