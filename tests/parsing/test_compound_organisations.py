"""Organisations named by one compound word ending in an organisation word, as German, Dutch,
Scandinavian and Finnish write them ("Foto: Stadtwerke Lindau", "Foto: Kulturamt Kestrel",
"Foto: Trafikverket"), and the bodies Russian, Polish and other credits name in their own
words ("Фото: Минобороны России", "Fot. Biuro Prasowe Prezydenta"): organisations, never a
photographer. The endings are data per language (organisations.toml, compound_endings); a
surname that merely holds one ("Werkmann", "Amtsberg") stays a person. Captions written for
these tests (names, places and bodies invented)."""

from __future__ import annotations

import pytest

from catalog.parsing import lexicon
from tests.parsing.test_credit_shapes import Expected, _check, _table

COMPOUNDS: list[tuple[str, str, Expected]] = [
    (
        "de-werke-then-town",
        "Bauarbeiten an der Leitung am Hafen. Foto: Stadtwerke Kestrelau",
        {"agency": "Stadtwerke Kestrelau", "photographer": None},
    ),
    (
        "de-verein-then-club-name",
        "Der neue Vorstand nach der Wahl. Foto: Sportverein Eintracht Kestrel",
        {"agency": "Sportverein Eintracht Kestrel", "photographer": None},
    ),
    (
        "de-amt-then-town",
        "Die Ausstellung im Foyer. Foto: Kulturamt Musterstadt",
        {"agency": "Kulturamt Musterstadt", "photographer": None},
    ),
    (
        "de-polizei-then-land",
        "Ein Einsatz am Abend. Foto: Landespolizei Kestrelland",
        {"agency": "Landespolizei Kestrelland", "photographer": None},
    ),
    (
        "de-verband-then-region",
        "Die Feier im Saal. Foto: Verkehrsverband Oberkestrel",
        {"agency": "Verkehrsverband Oberkestrel", "photographer": None},
    ),
    (
        "de-schule-then-street",
        "Das Schulfest im Hof. Foto: Grundschule Am Lindenhof",
        {"agency": "Grundschule Am Lindenhof", "photographer": None},
    ),
    (
        "de-klinikum-as-own-word",
        "Die neue Station ist eröffnet. Foto: Klinikum Nordkestrel",
        {"agency": "Klinikum Nordkestrel", "photographer": None},
    ),
    (
        "de-klinik-first-of-chain",
        "Der Umzug der Patienten. Foto: Ostseeklinik Kestrel/dpa",
        {"agency": "Ostseeklinik Kestrel", "photographer": None},
    ),
    (
        "nl-politie-then-town",
        "Het veld na de storm. Foto: Zeepolitie Kestrelhaven",
        {"agency": "Zeepolitie Kestrelhaven", "photographer": None},
    ),
    (
        "nl-vereniging-then-village",
        "De markt op zaterdag. Foto: Dorpsvereniging Kestrelveen",
        {"agency": "Dorpsvereniging Kestrelveen", "photographer": None},
    ),
    (
        "ru-ministry-short-form",
        "Учения флота в Балтийском море. Фото: Минобороны России",
        {"agency": "Минобороны России", "photographer": None},
    ),
    (
        "pl-press-office",
        "Prezydent podczas spotkania. Fot. Biuro Prasowe Prezydenta",
        {"agency": "Biuro Prasowe Prezydenta", "photographer": None},
    ),
    # Neighbours: surnames holding an ending's letters but not ending in it, a person before
    # a known agency.
    (
        "de-surname-werkmann",
        "Der Preis geht an ihn. Foto: Hans Werkmann",
        {"agency": None, "photographer": "Hans Werkmann"},
    ),
    (
        "de-surname-amtsberg",
        "Ein Treffen im Rathaus. Foto: Lena Amtsberg",
        {"agency": None, "photographer": "Lena Amtsberg"},
    ),
    (
        "de-surname-kammerer-with-agency",
        "Der Vorstand tagt. Foto: Max Kammerer/dpa",
        {"agency": "dpa", "photographer": "Max Kammerer"},
    ),
    (
        "nl-surname-schoolmeester",
        "Het plein in de zon. Foto: Pieter Schoolmeester",
        {"agency": None, "photographer": "Pieter Schoolmeester"},
    ),
    (
        "fi-surname-koulumies",
        "Kentällä ennen ottelua. Kuva: Mikko Koulumies",
        {"agency": None, "photographer": "Mikko Koulumies"},
    ),
    (
        "ru-surname-ministrov",
        "Пожар на складе. Фото: Иван Министров",
        {"agency": None, "photographer": "Иван Министров"},
    ),
]


@_table(COMPOUNDS)
def test_compound_organisations(caption: str, expected: Expected) -> None:
    _check(caption, expected)


@pytest.mark.parametrize(
    ("word", "is_organisation"),
    [
        ("stadtwerke", True),
        ("verkehrsverband", True),
        ("trafikverket", True),
        ("vegdirektoratet", True),
        ("palloliitto", True),
        ("feuerwehrmann", False),  # a firefighter: a person, though it holds "feuerwehr"
        ("werkmann", False),
        ("amt", False),  # an ending alone is no compound
        ("kreis", False),  # nor is a surname that is one
        ("agency", True),  # the cue words themselves still count
    ],
)
def test_organisation_words_hold_compounds(word: str, is_organisation: bool) -> None:
    assert (word in lexicon.organisation_words()) is is_organisation


def test_compound_endings_are_lower_case_words_per_language() -> None:
    endings = lexicon.organisation_words().endings
    assert endings, "organisations.toml lists compound endings"
    assert all(ending == ending.casefold() and " " not in ending for ending in endings)
