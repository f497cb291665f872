"""Two credits on one line after the caption: a whole credit, then a second one (labelled,
"REUTERS/Jo Roe Foto: Lena Vogt/dpa"), or the agency printed again ("REUTERS/Jo Roe REUTERS",
"Name/AFP (AFP)"). With two credits the first is the credit; its fields come from it, and
those it leaves empty from the second. Captions written for the test, with the near misses
that are one credit: an agency after "via", a chain that opens with the agency, a label
before a name and an agency with no mark between."""

from __future__ import annotations

import pytest

from tests.parsing.field_match import Expected, mismatches

CASES = [
    (
        "Crowds gather in the square. REUTERS/Jo Roe Foto: Lena Vogt/dpa",
        {"credit": "REUTERS/Jo Roe", "photographer": "Jo Roe", "agency": "Reuters"},
        "chain-then-labelled-chain",
    ),
    (
        "Menschen auf dem Platz. Lena Vogt/dpa Bild: Kai Brandt",
        {"credit": "Lena Vogt/dpa", "photographer": "Lena Vogt", "agency": "dpa"},
        "de-chain-then-labelled-name",
    ),
    (
        "Des manifestants à Lyon. Ana Lima/AFP Photo : Marc Petit/Reuters",
        {"credit": "Ana Lima/AFP", "photographer": "Ana Lima", "agency": "AFP"},
        "fr-chain-then-labelled-chain",
    ),
    (
        "Manifestantes en Lima. EFE/Rosa Gil Foto: Ana Ruiz/Reuters",
        {"credit": "EFE/Rosa Gil", "photographer": "Rosa Gil", "agency": "EFE"},
        "es-chain-then-labelled-chain",
    ),
    (
        "Manifestanti a Roma. Luca Bassi/ANSA © Piet Smit",
        {"credit": "Luca Bassi/ANSA", "photographer": "Luca Bassi", "agency": "ANSA"},
        "it-chain-then-copyright",
    ),
    (
        "Crowds gather in the square. REUTERS/Jo Roe Photo by Tom Reed/Getty Images",
        {"credit": "REUTERS/Jo Roe", "photographer": "Jo Roe", "agency": "Reuters"},
        "chain-then-photo-by",
    ),
    (
        "Crowds gather in the square. REUTERS/Jo Roe REUTERS",
        {"credit": "REUTERS/Jo Roe", "photographer": "Jo Roe", "agency": "Reuters"},
        "agency-again-bare",
    ),
    (
        "Demonstranten in Gent. Piet Smit/ANP ANP",
        {"credit": "Piet Smit/ANP", "photographer": "Piet Smit", "agency": "ANP"},
        "nl-agency-again-bare",
    ),
    (
        "Crowds gather in the square. Jo Roe/AFP (AFP)",
        {"credit": "Jo Roe/AFP", "photographer": "Jo Roe", "agency": "AFP"},
        "agency-again-in-brackets",
    ),
]

ONE_CREDIT = [
    (
        "Protesters march in the capital. Rosa Gil/Agencia Sur/Handout via Reuters",
        {"photographer": "Rosa Gil", "agency": "Agencia Sur", "via": "Reuters"},
        "agency-after-via",
    ),
    (
        "Crowds gather in the square. AFP Photo/Jo Roe",
        {"credit": "AFP Photo/Jo Roe", "photographer": "Jo Roe", "agency": "AFP"},
        "chain-opens-with-agency",
    ),
    (
        "Crowds gather in the square. Photo: Jo Roe/Reuters",
        {"credit": "Photo: Jo Roe/Reuters", "photographer": "Jo Roe", "agency": "Reuters"},
        "one-labelled-chain",
    ),
    (
        "Crowds gather in the square. REUTERS/Jo Roe/File Photo",
        {"credit": "REUTERS/Jo Roe/File Photo", "photographer": "Jo Roe", "agency": "Reuters"},
        "file-photo-suffix",
    ),
]


@pytest.mark.parametrize(
    "caption, expected", [pytest.param(c, e, id=i) for c, e, i in CASES + ONE_CREDIT]
)
def test_the_first_of_two_credits(caption: str, expected: Expected) -> None:
    assert mismatches(caption, expected) == []
