"""Page furniture printed after the credit on the same line, in the languages of the data: a
button ("Close", "Schließen", "Partager"), a licensing link ("Foto kaufen", "Acheter cette
photo"), a gallery counter ("Image 3/10", "Foto 3 de 10"). None of it is a word of the credit
or of the description. Captions written for the test, with the near misses where the same
words belong to the caption."""

from __future__ import annotations

import pytest

from tests.parsing.field_match import Expected, mismatches

EN = "Crowds gather in the square."
DE = "Menschen versammeln sich auf dem Platz."
FR = "Des manifestants se rassemblent à Lyon."
ES = "Manifestantes se reúnen en Lima."
IT = "Manifestanti si radunano a Roma."
PT = "Manifestantes se reúnem em Lisboa."
NL = "Demonstranten verzamelen zich in Gent."

ROE = "REUTERS/Jo Roe"
VOGT = "Foto: Lena Vogt/dpa"
LIMA = "Photo : Ana Lima/AFP"
PETIT = "EFE/Marc Petit"
BASSI = "Foto: Luca Bassi/ANSA"
COSTA = "Foto: Rui Costa/Lusa"
SMIT = "Foto: Piet Smit/ANP"

FIELDS = {
    ROE: {"photographer": "Jo Roe", "agency": "Reuters"},
    VOGT: {"photographer": "Lena Vogt", "agency": "dpa"},
    LIMA: {"photographer": "Ana Lima", "agency": "AFP"},
    PETIT: {"photographer": "Marc Petit", "agency": "EFE"},
    BASSI: {"photographer": "Luca Bassi", "agency": "ANSA"},
    COSTA: {"photographer": "Rui Costa", "agency": "Lusa"},
    SMIT: {"photographer": "Piet Smit", "agency": "ANP"},
}

CASES = [
    (EN, ROE, "Close", "en-close"),
    (EN, ROE, "Advertisement", "en-advertisement"),
    (EN, ROE, "Next", "en-next"),
    (EN, ROE, "Image 3/10", "en-counter-label-slash"),
    (EN, ROE, "3/10", "en-counter-slash"),
    (DE, VOGT, "Schließen", "de-close-sharp-s"),
    (DE, VOGT, "Bild vergrößern", "de-enlarge-sharp-s"),
    (DE, VOGT, "Teilen", "de-share"),
    (DE, VOGT, "Foto kaufen", "de-buy"),
    (DE, VOGT, "Bild 3 von 10", "de-counter"),
    (FR, LIMA, "Fermer", "fr-close"),
    (FR, LIMA, "Partager", "fr-share"),
    (FR, LIMA, "Acheter cette photo", "fr-buy"),
    (FR, LIMA, "Photo 3 sur 10", "fr-counter"),
    (ES, PETIT, "Cerrar", "es-close"),
    (ES, PETIT, "Publicidad", "es-advertisement"),
    (ES, PETIT, "Comprar esta foto", "es-buy"),
    (ES, PETIT, "Foto 3 de 10", "es-counter"),
    (IT, BASSI, "Chiudi", "it-close"),
    (IT, BASSI, "Acquista questa foto", "it-buy"),
    (IT, BASSI, "Foto 3 di 10", "it-counter"),
    (PT, COSTA, "Fechar", "pt-close"),
    (PT, COSTA, "Compartilhar", "pt-share"),
    (PT, COSTA, "Compre esta foto", "pt-buy"),
    (NL, SMIT, "Sluiten", "nl-close"),
    (NL, SMIT, "Koop deze foto", "nl-buy"),
    (NL, SMIT, "Foto 3 van 10", "nl-counter"),
]


@pytest.mark.parametrize(
    "description, credit, furniture",
    [pytest.param(d, c, f, id=i) for d, c, f, i in CASES],
)
def test_furniture_after_the_credit(description: str, credit: str, furniture: str) -> None:
    # The description may lose its place ("à Lyon"): the fields of the credit are compared.
    expected: Expected = {**FIELDS[credit], "credit": credit}
    assert mismatches(f"{description} {credit} {furniture}", expected) == []


@pytest.mark.parametrize(
    "caption, expected",
    [
        pytest.param(
            "The two teams came close",
            {"description": "The two teams came close", "credit": None},
            id="close-ends-a-sentence",
        ),
        pytest.param(
            "Les voisins veulent tout partager",
            {"description": "Les voisins veulent tout partager"},
            id="fr-share-ends-a-sentence",
        ),
        pytest.param(
            "Sales of tickets fell on 3/10",
            {"description": "Sales of tickets fell on 3/10"},
            id="slash-numbers-end-a-sentence",
        ),
        pytest.param(
            "Visitors at the museum. Photo: Jo Roe/Kestrel Gallery",
            {"agency": "Kestrel Gallery", "photographer": "Jo Roe"},
            id="gallery-names-the-agency",
        ),
    ],
)
def test_caption_words_stay(caption: str, expected: Expected) -> None:
    assert mismatches(caption, expected) == []
