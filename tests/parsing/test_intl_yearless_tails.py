"""A place phrase that ends its sentence with a date of no year, or a weekday, in languages
other than English: "à Lyon le 27 août", "en Madrid este martes", "em São Paulo, nesta
quarta-feira (6)", "am 3. März durch Berlin". The labelling rules remove the place and date
phrase that ends a sentence from the description; a date without its year dates nothing, so
the date stays null. English has had this since the place reader learnt "in Rafah on May 6";
here the months, connectors ("le", "el", "este", "ce", "am") and weekdays come from each
language's data. Captions written for the test."""

from __future__ import annotations

import pytest

from tests.parsing.field_match import mismatches


@pytest.mark.parametrize(
    "caption, description, location",
    [
        pytest.param(
            "Des cyclistes défilent à Nantes le 14 juillet. Photo Luc Marin / AFP",
            "Des cyclistes défilent",
            "Nantes",
            id="fr-le-day-month",
        ),
        pytest.param(
            "Des cyclistes roulent à Nantes, mardi 14 juillet. Photo Luc Marin / AFP",
            "Des cyclistes roulent",
            "Nantes",
            id="fr-weekday-day-month",
        ),
        pytest.param(
            "Des cyclistes roulent à Nantes ce mardi. Photo Luc Marin / AFP",
            "Des cyclistes roulent",
            "Nantes",
            id="fr-ce-weekday",
        ),
        pytest.param(
            "Des enfants jouent à Dakar le 1er mai. Photo: Awa Ndiaye/AFP",
            "Des enfants jouent",
            "Dakar",
            id="fr-premier",
        ),
        pytest.param(
            "Vecinos limpian las calles en Valencia el 3 de noviembre. Foto: EFE/Ana Gil",
            "Vecinos limpian las calles",
            "Valencia",
            id="es-el-day-de-month",
        ),
        pytest.param(
            "Vecinos limpian las calles en Valencia este jueves. Foto: EFE/Ana Gil",
            "Vecinos limpian las calles",
            "Valencia",
            id="es-este-weekday",
        ),
        pytest.param(
            "Vecinos limpian las calles en Valencia, el jueves 3 de noviembre. Foto: EFE/Ana Gil",
            "Vecinos limpian las calles",
            "Valencia",
            id="es-weekday-date",
        ),
        pytest.param(
            "Torcedores fazem festa em Recife, nesta quarta-feira (6). Foto: Rui Lima/Folhapress",
            "Torcedores fazem festa",
            "Recife",
            id="pt-weekday-bracketed-day",
        ),
        pytest.param(
            "Torcedores fazem festa em Recife em 6 de janeiro. Foto: Rui Lima/Folhapress",
            "Torcedores fazem festa",
            "Recife",
            id="pt-em-day-de-month",
        ),
        pytest.param(
            "Radfahrer fahren am 3. März durch Leipzig. Foto: Jan Wolf/dpa",
            "Radfahrer fahren",
            "Leipzig",
            id="de-date-before-place",
        ),
        pytest.param(
            "Radfahrer in Leipzig am 3. März. Foto: Jan Wolf/dpa",
            "Radfahrer",
            "Leipzig",
            id="de-date-after-place",
        ),
        pytest.param(
            "Ciclisti sfilano a Torino il 12 marzo. Foto: ANSA/LUCA NERI",
            "Ciclisti sfilano",
            "Torino",
            id="it-il-day-month",
        ),
        pytest.param(
            "Fietsers in Utrecht op 12 maart. Foto: ANP/Jan de Wit",
            "Fietsers",
            "Utrecht",
            id="nl-op-day-month",
        ),
    ],
)
def test_the_closing_place_and_day_leave_the_description(
    caption: str, description: str, location: str
) -> None:
    expected = {"description": description, "location": location, "date": None}
    assert mismatches(caption, expected) == []


@pytest.mark.parametrize(
    "caption, description",
    [
        # Another language's month alone is no date: "Mars" is a planet here.
        pytest.param(
            "The rover drives across a crater on Mars. Photo: NASA",
            "The rover drives across a crater on Mars",
            id="month-word-alone",
        ),
        # A year completes the date: it dates the photo.
        pytest.param(
            "Des cyclistes roulent à Nantes le 14 juillet 2023. Photo Luc Marin / AFP",
            "Des cyclistes roulent",
            id="with-year",
        ),
    ],
)
def test_near_misses(caption: str, description: str) -> None:
    assert mismatches(caption, {"description": description}) == []


def test_a_dated_near_miss_keeps_its_date() -> None:
    caption = "Des cyclistes roulent à Nantes le 14 juillet 2023. Photo Luc Marin / AFP"
    assert mismatches(caption, {"date": "2023-07-14", "location": "Nantes"}) == []
