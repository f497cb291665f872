"""A publication named for its country after a connector ("El Heraldo de Honduras", "Kestrel
News of South Africa") is an organisation, not a person: the country, after "de", "of" or "di",
ends the name, and its first word is no given name or is an article. People whose names hold a
particle stay people ("Maria de Chile", "Juan de la Cruz"). Credits written for the test."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption, parse_credit


@pytest.mark.parametrize(
    ("credit", "agency"),
    [
        ("El Heraldo de Honduras", "El Heraldo de Honduras"),
        ("EL HERALDO DE HONDURAS", "EL HERALDO DE HONDURAS"),
        ("Foto: La Gaceta de Chile", "La Gaceta de Chile"),
        ("La Voz de Costa Rica", "La Voz de Costa Rica"),
        ("Photo: The Kestrel Courier of South Africa", "The Kestrel Courier of South Africa"),
        ("Kestrel News of India", "Kestrel News of India"),
        ("O Correio de Portugal", "O Correio de Portugal"),
        ("Il Corriere di Malta", "Il Corriere di Malta"),
    ],
    ids=["es", "es-capitals", "es-label", "es-two-word-country", "en-the", "en", "pt", "it"],
)
def test_a_publication_named_for_its_country_is_the_agency(credit: str, agency: str) -> None:
    parsed = parse_credit(credit)
    assert (parsed.photographer, parsed.agency) == (None, agency)


@pytest.mark.parametrize(
    ("credit", "photographer", "agency"),
    [
        ("Ana Ruiz / El Sol de Bolivia", "Ana Ruiz", "El Sol de Bolivia"),
        ("Foto: Pedro Gil/La Prensa de Nicaragua", "Pedro Gil", "La Prensa de Nicaragua"),
        ("El Heraldo de Honduras/AFP", None, "El Heraldo de Honduras"),
    ],
    ids=["person-first", "label-person-first", "chain-first-organisation"],
)
def test_in_a_chain(credit: str, photographer: str | None, agency: str) -> None:
    parsed = parse_credit(credit)
    assert (parsed.photographer, parsed.agency) == (photographer, agency)


@pytest.mark.parametrize(
    "credit",
    ["Maria de Chile", "Juan de la Cruz", "Leonardo da Vinci", "De La Hoya", "El Sayed Ahmed"],
)
def test_people_with_particles_stay_people(credit: str) -> None:
    parsed = parse_credit(credit)
    assert (parsed.photographer, parsed.agency) == (credit, None)


def test_in_a_whole_caption() -> None:
    parsed = parse_caption(
        "Vecinos limpian una calle tras las lluvias en Tegucigalpa, el 3 de mayo de 2024. "
        "(Foto: El Heraldo de Honduras)"
    )
    assert (parsed.photographer, parsed.agency) == (None, "El Heraldo de Honduras")
    assert parsed.location == "Tegucigalpa"
