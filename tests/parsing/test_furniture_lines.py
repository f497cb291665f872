"""Lines of page furniture around a caption: after the caption and its credit (a button, a
gallery counter, a posting line, a date, a link, a postscript, the agency printed again, a
second credit) or above it (a button, a counter, a caption label alone on its line, or a
counter opening the caption's line). None of
them is the credit, and a second credit on its own line does not replace the first: with two
credits the first is the credit, and the fields it leaves empty come from the second.
Captions written for the test."""

from __future__ import annotations

import pytest

from catalog.parsing import lexicon
from tests.parsing.field_match import Expected, mismatches

ROE = {"photographer": "Jo Roe", "agency": "Reuters", "credit": "REUTERS/Jo Roe"}
LIMA = {"photographer": "Ana Lima", "agency": "AFP"}
VOGT = {"photographer": "Lena Vogt", "agency": "dpa"}
PETIT = {"photographer": "Marc Petit", "agency": "AP"}

AFTER = [
    ("Crowds gather in the square. REUTERS/Jo Roe\nShare", ROE, "en-button"),
    ("Crowds gather in the square. REUTERS/Jo Roe\nImage 3/10", ROE, "en-counter-slash"),
    ("Crowds gather in the square. REUTERS/Jo Roe\n4 of 12", ROE, "en-counter-of"),
    ("Crowds gather in the square. REUTERS/Jo Roe\n(12/03/2024)", ROE, "bracketed-date"),
    ("Crowds gather in the square. REUTERS/Jo Roe\nPosted in News | 3 Comments", ROE, "posted"),
    ("Crowds gather in the square. REUTERS/Jo Roe\nwww.example.org/licensing", ROE, "link"),
    ("Crowds gather in the square. REUTERS/Jo Roe\nP.S. More pictures tomorrow.", ROE, "ps"),
    ("Crowds gather in the square. REUTERS/Jo Roe\nReuters", ROE, "agency-again"),
    ("Crowds gather in the square. REUTERS/Jo Roe\nClose\nNext", ROE, "two-buttons"),
    ("Menschen auf dem Platz. Foto: Lena Vogt/dpa\nBild 3 von 12", VOGT, "de-counter"),
    (
        "Menschen auf dem Platz. Foto: Lena Vogt/dpa\nVeröffentlicht am 12. März 2024",
        VOGT,
        "de-posted",
    ),
    ("Des manifestants à Lyon. Photo : Ana Lima/AFP\nPhoto 3 sur 10", LIMA, "fr-counter"),
    ("Des manifestants à Lyon. Photo : Ana Lima/AFP\nPublié le 12 mars 2024", LIMA, "fr-posted"),
    ("Manifestantes en Lima. (AP Photo/Marc Petit)\nFoto 3 de 10", PETIT, "es-counter"),
    ("Manifestantes en Lima. (AP Photo/Marc Petit)\nAmpliar", PETIT, "es-button"),
    ("Manifestanti a Roma. (AP Photo/Marc Petit)\nFoto 3 di 10", PETIT, "it-counter"),
    ("Demonstranten in Gent. Foto: Lena Vogt/dpa\nFoto 3 van 10", VOGT, "nl-counter"),
]

SECOND_CREDIT = [
    (
        "Crowds gather in the square. REUTERS/Jo Roe\nFoto: Lena Vogt/dpa",
        ROE,
        "label-chain-after-chain",
    ),
    (
        "Des manifestants à Lyon. Photo : Ana Lima/AFP\n(Reuters)",
        LIMA,
        "bracketed-agency-after-chain",
    ),
    (
        "Menschen auf dem Platz. (AP Photo/Marc Petit)\nBild: Lena Vogt",
        PETIT,
        "bracket-then-name-line",
    ),
    (
        # the first credit names nobody: its photographer comes from the second
        "Crowds gather in the square. (Reuters)\nPhoto by Jo Roe/Reuters",
        {"photographer": "Jo Roe", "agency": "Reuters", "credit": "Reuters"},
        "first-names-no-one",
    ),
]

BEFORE = [
    ("Enlarge\nREUTERS/Jo Roe\nCrowds gather in the square.", ROE, "en-button-then-credit"),
    ("Image 3 of 12\nREUTERS/Jo Roe\nCrowds gather in the square.", ROE, "en-counter-then-credit"),
    ("1/12\nCrowds gather in the square. REUTERS/Jo Roe", ROE, "slash-counter-then-caption"),
    ("Caption:\nCrowds gather in the square. REUTERS/Jo Roe", ROE, "caption-label-line"),
    ("Legende:\nMenschen auf dem Platz. Foto: Lena Vogt/dpa", VOGT, "de-caption-label-line"),
    ("Légende :\nDes manifestants à Lyon. Photo : Ana Lima/AFP", LIMA, "fr-caption-label-line"),
    ("Vergrößern\nFoto: Lena Vogt/dpa\nMenschen auf dem Platz.", VOGT, "de-button-then-credit"),
    (
        "Foto 3 de 12\n(AP Photo/Marc Petit)\nManifestantes en Lima.",
        PETIT,
        "es-counter-then-credit",
    ),
    ("Bildnachweis: Lena Vogt/dpa\nMenschen auf dem Platz.", VOGT, "de-credit-label-line"),
    # a counter opening the caption's own line
    ("1/12 © Ana Lima/AFP Des manifestants à Lyon.", LIMA, "slash-counter-before-credit"),
    ("Bild 3 von 12 Menschen auf dem Platz. Foto: Lena Vogt/dpa", VOGT, "de-counter-same-line"),
    ("Foto 3 de 12 (AP Photo/Marc Petit) Manifestantes en Lima.", PETIT, "es-counter-same-line"),
]


@pytest.mark.parametrize(
    "caption, expected", [pytest.param(c, e, id=i) for c, e, i in AFTER + SECOND_CREDIT + BEFORE]
)
def test_furniture_lines_are_no_credit(caption: str, expected: Expected) -> None:
    assert mismatches(caption, expected) == []


@pytest.mark.parametrize(
    "caption",
    [
        pytest.param("Crowds gather in the square.\n3/10", id="counter-line"),
        pytest.param("Crowds gather in the square.\nImage 3 of 12", id="labelled-counter-line"),
        pytest.param("Crowds gather in the square.\n(03/05/2023)", id="date-line"),
        pytest.param("Crowds gather in the square. (03/05/2023)", id="bracketed-date"),
        pytest.param("Crowds gather in the square. [4829133]", id="bracketed-id"),
        pytest.param("Menschen auf dem Platz.\nBild 3 von 12", id="de-counter-line"),
    ],
)
def test_furniture_after_a_caption_without_credit_credits_no_one(caption: str) -> None:
    assert mismatches(caption, {"credit": None, "agency": None, "photographer": None}) == []


def test_a_site_in_brackets_stays_a_credit() -> None:
    # A note in brackets credits no one, but a site's address may be the credit.
    expected = {"agency": "kestrel-photos.org"}
    assert mismatches("Crowds gather in the square. (Photo: kestrel-photos.org)", expected) == []


@pytest.mark.parametrize(
    "caption, expected",
    [
        pytest.param(
            "Crowds gather in the square.\nShare",
            {"description": "Crowds gather in the square", "credit": None},
            id="button-line-no-credit",
        ),
        pytest.param(
            "Image 3 of 12\nCrowds gather in the square. REUTERS/Jo Roe",
            {"description": "Crowds gather in the square"},
            id="counter-is-no-description",
        ),
        # a counter closed by a colon or a dash on the caption's own line
        pytest.param(
            "Photo 3 of 9: Crowds gather in the square. REUTERS/Jo Roe",
            {"description": "Crowds gather in the square", "agency": "Reuters"},
            id="counter-colon",
        ),
        pytest.param(
            "Bild 3 von 9 – Menschen versammeln sich. Foto: Lena Vogt/dpa",
            {"description": "Menschen versammeln sich", "agency": "dpa"},
            id="counter-dash",
        ),
        pytest.param(
            "3/9 - Crowds gather in the square. REUTERS/Jo Roe",
            {"description": "Crowds gather in the square"},
            id="bare-counter-dash",
        ),
    ],
)
def test_furniture_lines_are_no_description(caption: str, expected: Expected) -> None:
    assert mismatches(caption, expected) == []


@pytest.mark.parametrize(
    "caption, expected",
    [
        # The agency alone on the last line is the credit when nothing before names one.
        pytest.param(
            "Crowds gather in the square.\nReuters",
            {"agency": "Reuters", "photographer": None},
            id="agency-line-is-the-credit",
        ),
        pytest.param(
            "Crowds gather in the square.\n(Reuters)",
            {"agency": "Reuters"},
            id="bracketed-agency-line-is-the-credit",
        ),
        # A name on its line and its agency on the next make one credit.
        pytest.param(
            "Crowds gather in the square.\nJo Roe\nReuters",
            {"agency": "Reuters", "photographer": "Jo Roe"},
            id="name-line-then-agency-line",
        ),
        # A credit line whose label stands on the line before is one credit, not two.
        pytest.param(
            "Crowds gather in the square. Foto:\nLena Vogt/dpa",
            {"agency": "dpa", "photographer": "Lena Vogt"},
            id="label-then-credit-line",
        ),
        # A line of caption words after the credit keeps its words.
        pytest.param(
            "REUTERS/Jo Roe\nThe gallery opens on Monday.",
            {"agency": "Reuters", "description": "The gallery opens on Monday"},
            id="caption-line-after-leading-credit",
        ),
        # Numbers that open a sentence are no counter.
        pytest.param(
            "3 of 12 boats reached the harbour. REUTERS/Jo Roe",
            {"agency": "Reuters", "description": "3 of 12 boats reached the harbour"},
            id="numbers-open-a-sentence",
        ),
        # A sentence that mentions a slide is no counter.
        pytest.param(
            "Slide 3 shows the old harbour.\nREUTERS/Jo Roe",
            {"agency": "Reuters", "description": "Slide 3 shows the old harbour"},
            id="slide-in-a-sentence",
        ),
    ],
)
def test_near_misses_keep_their_reading(caption: str, expected: Expected) -> None:
    assert mismatches(caption, expected) == []


@pytest.mark.parametrize(
    "line, counter",
    [
        ("3 / 38", True),
        ("Photo 2 of 9", True),
        ("Bild 3 von 12", True),
        ("12 de 40", True),
        ("3 of the 12", False),
        ("Photo 2 of 9 shows", False),
        ("1989 of 2000000", False),
    ],
)
def test_counter(line: str, counter: bool) -> None:
    assert lexicon.is_counter(line) is counter
