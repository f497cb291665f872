"""A place named after a street, square, avenue or beach of it, or reached by a word for
"through" or "along", in the languages whose data gives their words: "por las calles de
Santiago", "door de straten van Den Haag", "nelle strade di Napoli", "über der Altstadt von
Prag". The place had been missed. The captions are written for these tests."""

from __future__ import annotations

import pytest

from tests.parsing.field_match import mismatches


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "Manifestantes marchan por las calles de Quito, Ecuador, el 9 de junio de 2022. "
            "REUTERS/Karen Toro",
            {"location": "Quito, Ecuador", "date": "2022-06-09", "agency": "Reuters"},
        ),
        (
            "Vendedores en una plaza de Cusco el 2 de abril de 2022. Foto: Ana Ruiz/EFE",
            {"location": "Cusco", "date": "2022-04-02", "photographer": "Ana Ruiz"},
        ),
        (
            "Ciclistas pasan por una avenida de Rosario, el 5 de enero de 2023. Foto: Jo Roe/Télam",
            {"location": "Rosario", "date": "2023-01-05"},
        ),
        (
            "Turistas caminan pela praia de Copacabana, no Rio, em 3 de maio de 2023. "
            "Foto: Rui Lima/Agência Brasil",
            {"date": "2023-05-03", "photographer": "Rui Lima"},
        ),
        (
            "Pessoas passeiam por uma rua de Porto, em 3 de maio de 2023. Foto: Ana Sousa/Lusa",
            {"location": "Porto", "date": "2023-05-03", "agency": "Lusa"},
        ),
        (
            "Bambini giocano nelle strade di Palermo, 2 luglio 2022. Foto Ansa/Jo Roe",
            {"location": "Palermo", "date": "2022-07-02", "agency": "ANSA"},
        ),
        (
            "Passanti in una via del centro di Bologna, il 3 agosto 2023. Foto: Sara Neri/LaPresse",
            {"location": "Bologna", "date": "2023-08-03", "photographer": "Sara Neri"},
        ),
        (
            "Fietsers rijden door Groningen op 4 mei 2023. Foto: Jo Roe/ANP",
            {"location": "Groningen", "date": "2023-05-04", "agency": "ANP"},
        ),
        (
            "Boeren rijden door de straten van Zwolle op 11 maart 2023. ANP/Anne de Vries",
            {"location": "Zwolle", "date": "2023-03-11", "photographer": "Anne de Vries"},
        ),
        (
            "Wandelaars bij het strand van Zandvoort op 2 april 2023. Foto: Jo Roe/ANP",
            {"location": "Zandvoort", "date": "2023-04-02"},
        ),
        (
            "Feuerwerk über der Altstadt von Dresden am 1. Januar 2023. Foto: Anna Berg/dpa",
            {"location": "Dresden", "date": "2023-01-01", "agency": "dpa"},
        ),
        (
            "Warga berjalan dekat Bogor pada 17 Agustus 2023. Foto: Adi Wibowo/Antara",
            {"location": "Bogor", "date": "2023-08-17", "photographer": "Adi Wibowo"},
        ),
    ],
    ids=[
        "es-por-las-calles-de",
        "es-plaza-de",
        "es-avenida-de",
        "pt-pela-praia-keeps-date",
        "pt-por-uma-rua-de",
        "it-nelle-strade-di",
        "it-via-del-centro-di",
        "nl-door",
        "nl-door-de-straten-van",
        "nl-strand-van",
        "de-ueber-der-altstadt-von",
        "id-dekat-pada",
    ],
)
def test_street_and_square_places(caption: str, expected: dict[str, str]) -> None:
    assert mismatches(caption, expected) == []
