"""Science and observatory credits list the organisations, then the people who made the
image: "NASA, ESA, CSA, STScI, J. Roe (Kestrel University)", "ESA/Webb, NASA & CSA, J. Roe".
The first organisation is the agency, the people the photographers. And a label word inside an
organisation's name ("Jo Roe/Kestrel Photo Awards") opens no second credit. Credits written for
the test."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption, parse_credit


@pytest.mark.parametrize(
    ("credit", "agency", "photographer"),
    [
        ("NASA, ESA, CSA, STScI, J. Roe", "NASA", "J. Roe"),
        ("NASA, ESA, CSA, STScI, J. Roe (Kestrel University)", "NASA", "J. Roe"),
        ("NASA, ESA, and J. Roe (Kestrel University)", "NASA", "J. Roe"),
        ("ESA/Webb, NASA & CSA, J. Roe", "ESA", "J. Roe"),
        ("ESO, M. Kornmesser", "ESO", "M. Kornmesser"),
        ("NASA, ESA, CSA, STScI, Jane Roe", "NASA", "Jane Roe"),
        ("NASA, ESA, J. Roe and K. Soto", "NASA", "J. Roe; K. Soto"),
        # near misses: organisations only
        ("NASA, ESA, CSA, STScI", "NASA", None),
        ("NASA, ESA, Hubble", "NASA", None),
        ("Reuters, Kestrel Times (Archive)", "Reuters", None),
    ],
)
def test_a_list_of_organisations_then_people(
    credit: str, agency: str, photographer: str | None
) -> None:
    parsed = parse_credit(credit)
    assert (parsed.agency, parsed.photographer) == (agency, photographer)


def test_in_a_caption() -> None:
    parsed = parse_caption(
        "The galaxy NGC 1234 seen by the telescope. Credit: NASA, ESA, CSA, STScI, J. Roe"
    )
    assert (parsed.agency, parsed.photographer) == ("NASA", "J. Roe")
    assert parsed.description == "The galaxy NGC 1234 seen by the telescope"


@pytest.mark.parametrize(
    ("caption", "agency", "photographer"),
    [
        (
            "A heron at dawn. Photograph: Jo Roe/Kestrel Photo Awards",
            "Kestrel Photo Awards",
            "Jo Roe",
        ),
        ("A heron at dawn. Photo: Jo Roe/Kestrel Photo Agency", "Kestrel Photo Agency", "Jo Roe"),
        # a second credit written with its label's colon or "by" is one still
        ("A heron at dawn. REUTERS/Jo Roe Foto: Lena Vogt/dpa", "Reuters", "Jo Roe"),
        ("A heron at dawn. REUTERS/Jo Roe Photo by Lena Vogt/dpa", "Reuters", "Jo Roe"),
    ],
)
def test_a_label_word_inside_a_name(caption: str, agency: str, photographer: str) -> None:
    parsed = parse_caption(caption)
    assert (parsed.agency, parsed.photographer) == (agency, photographer)


@pytest.mark.parametrize(
    ("caption", "agency", "photographer"),
    [
        ("The galaxy seen by the telescope. Photo: J. Roe", None, "J. Roe"),
        ("The galaxy seen by the telescope. Credit: NASA, J. Roe", "NASA", "J. Roe"),
        ("The galaxy seen by the telescope. Credit: ESO, M. Kornmesser", "ESO", "M. Kornmesser"),
    ],
)
def test_an_initial_after_a_label_or_a_comma_opens_a_name(
    caption: str, agency: str | None, photographer: str
) -> None:
    parsed = parse_caption(caption)
    assert (parsed.agency, parsed.photographer) == (agency, photographer)
    assert parsed.description == "The galaxy seen by the telescope"
