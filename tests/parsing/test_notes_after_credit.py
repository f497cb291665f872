"""A note printed after the credit on its line: a picture id ("Photo ID: 4829", "Réf. 4829",
"AFP_34DK9Q2", "[4829133]"), a contact ("Kontakt: bild@example.de", "Tel. +44 ..."), a
postscript ("P.S. ...", "P.D. ..."), a blog's posting line ("Posted by admin at 9:15 AM",
"Publié le 3 mai 2023 par admin"), a time of day ("9:15 AM ET"), a date in brackets. The note is no word of the credit; the
labels that open it are data (``note_labels``, ``posting_words``). Captions written for the
test, with near misses where the same words are the caption's."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption
from tests.parsing.field_match import Expected, mismatches

CREDITS: dict[str, Expected] = {
    "REUTERS/Jo Roe": {"photographer": "Jo Roe", "agency": "Reuters"},
    "(AP Photo/Marc Petit)": {"photographer": "Marc Petit", "agency": "AP"},
    "Foto: Lena Vogt/dpa": {"photographer": "Lena Vogt", "agency": "dpa"},
    "Photo : Ana Lima/AFP": {"photographer": "Ana Lima", "agency": "AFP"},
    "EFE/Rosa Gil": {"photographer": "Rosa Gil", "agency": "EFE"},
    "Foto: Luca Bassi/ANSA": {"photographer": "Luca Bassi", "agency": "ANSA"},
    "Foto: Rui Costa/Lusa": {"photographer": "Rui Costa", "agency": "Lusa"},
    "Foto: Piet Smit/ANP": {"photographer": "Piet Smit", "agency": "ANP"},
}

NOTES = [
    ("REUTERS/Jo Roe", "(Photo ID: 482913)", "en-bracketed-photo-id"),
    ("REUTERS/Jo Roe", "ID: 20230503-017", "en-id"),
    ("REUTERS/Jo Roe", "AFP_34DK9Q2", "underscore-id"),
    ("REUTERS/Jo Roe", "KST-20230503-XQ", "hyphen-id"),
    ("REUTERS/Jo Roe", "[4829133]", "square-bracketed-id"),
    ("REUTERS/Jo Roe", "(03/05/2023)", "bracketed-date"),
    ("REUTERS/Jo Roe", "Posted by admin at 9:15 AM", "en-posted-by"),
    ("REUTERS/Jo Roe", "Posted in World | 4 Comments", "en-posted-in"),
    ("REUTERS/Jo Roe", "Contact: desk@example.org", "en-contact"),
    ("REUTERS/Jo Roe", "P.S. More pictures on Monday.", "en-postscript"),
    ("(AP Photo/Marc Petit)", "Ref: KX204418", "bracket-ref"),
    ("(AP Photo/Marc Petit)", "Posted on 3 May 2023 by admin", "bracket-posted-on"),
    ("Foto: Lena Vogt/dpa", "Bild-ID: 7731905", "de-bild-id"),
    ("Foto: Lena Vogt/dpa", "Kontakt: bild@example.de", "de-contact"),
    ("Foto: Lena Vogt/dpa", "Veröffentlicht am 3. Mai 2023 von Redaktion", "de-posted"),
    ("Photo : Ana Lima/AFP", "Réf. 7731905", "fr-ref"),
    ("Photo : Ana Lima/AFP", "Publié le 3 mai 2023 par admin", "fr-posted"),
    ("EFE/Rosa Gil", "P.D. Más fotos el lunes.", "es-postscript"),
    ("EFE/Rosa Gil", "Contacto: fotos@example.es", "es-contact"),
    ("Foto: Luca Bassi/ANSA", "Pubblicato il 3 maggio 2023 da admin", "it-posted"),
    ("Foto: Rui Costa/Lusa", "Tel. +351 21 000 0000", "pt-phone"),
    ("Foto: Piet Smit/ANP", "Telefoon: 020 000 0000", "nl-phone"),
    ("Foto: Piet Smit/ANP", "Geplaatst op 3 mei 2023 door admin", "nl-posted"),
    ("REUTERS/Jo Roe", "9:15 AM ET", "en-time"),
    ("Foto: Lena Vogt/dpa", "09:15 Uhr", "de-time"),
    ("Photo : Ana Lima/AFP", "09h15", "fr-time"),
]


@pytest.mark.parametrize("credit, note", [pytest.param(c, n, id=i) for c, n, i in NOTES])
def test_note_after_the_credit(credit: str, note: str) -> None:
    caption = f"Crowds gather in the square. {credit} {note}"
    expected = {**CREDITS[credit], "credit": credit.strip("()")}
    assert mismatches(caption, expected) == []


def test_a_note_is_no_description() -> None:
    parsed = parse_caption("Crowds gather in the square. REUTERS/Jo Roe Réf. 7731905")
    assert parsed.description == "Crowds gather in the square"


@pytest.mark.parametrize(
    "caption, expected",
    [
        # A note label inside the description, before the credit, leaves the caption whole.
        pytest.param(
            "Officers check the ID: cards of travellers at the border. REUTERS/Jo Roe",
            {
                "agency": "Reuters",
                "photographer": "Jo Roe",
                "description": "Officers check the ID: cards of travellers at the border",
            },
            id="label-in-the-description",
        ),
        # A posting word in lower case is a word of the caption.
        pytest.param(
            "Results are posted on a board. REUTERS/Jo Roe",
            {"agency": "Reuters", "description": "Results are posted on a board"},
            id="lower-case-posting-word",
        ),
        # A note label with no credit before it: nothing to cut.
        pytest.param(
            "Students read the notice. Contact: the school office",
            {"agency": None, "photographer": None},
            id="no-credit-before-the-note",
        ),
        # The agency alone in brackets after a credit is the agency printed again, and a
        # bracket holding a credit stays the credit.
        pytest.param(
            "Crowds gather in the square. Jo Roe (Reuters)",
            {"agency": "Reuters", "photographer": "Jo Roe"},
            id="agency-in-brackets",
        ),
        # A time of day inside the description is the caption's.
        pytest.param(
            "The train left at 9:15 from Kyiv. REUTERS/Jo Roe",
            {"agency": "Reuters", "description": "The train left at 9:15 from Kyiv"},
            id="time-in-the-description",
        ),
        # A word with digits and a hyphen in a sentence is the caption's.
        pytest.param(
            "Pilots fly the F-16 over the base",
            {"description": "Pilots fly the F-16 over the base", "agency": None},
            id="short-hyphenated-token",
        ),
    ],
)
def test_near_misses(caption: str, expected: Expected) -> None:
    assert mismatches(caption, expected) == []
