"""Caption shapes that failed on captions from sites nobody here had studied, one table per
class. The captions are written for these tests, across agencies and languages."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption
from catalog.parsing.names import clean_person


@pytest.mark.parametrize(
    ("caption", "date"),
    [
        (
            "Soldiers march in this undated photo released by the state news agency on "
            "March 3, 2021. KCNA via REUTERS",
            None,
        ),
        (
            "A missile is launched in an undated picture released by a government outlet "
            "(KCNA) on Oct. 10, 2022. (KCNA via AP)",
            None,
        ),
        (
            "Crowds gather at the party's annual July 4 picnic in Dayton in 2019. (AP Photo/Jo Roe)",
            "2019",
        ),
        ("Fishermen at dawn. March, 2018. (AFP/Jo Roe)", "2018-03"),
        ("Pilgrims in Mecca on July 19. 2021. (Photo by Jo Roe/Reuters)", "2021-07-19"),
        ("Feiernde Fans am 3. März 2023 in Dortmund. Foto: Jo Roe/dpa", "2023-03-03"),
        ("Des supporters le 14 juillet 2022 à Lyon. (Photo Jo Roe/AFP)", "2022-07-14"),
        ("Aficionados el 5 de mayo de 2023 en Sevilla. EFE/Jo Roe", "2023-05-05"),
        (
            "Manifestantes em 6 de janeiro de 2020, em Brasília. Foto: Jo Roe/Agência Brasil",
            "2020-01-06",
        ),
    ],
    ids=[
        "undated-released-kcna-reuters",
        "undated-released-brackets",
        "year-does-not-complete-earlier-day",
        "month-comma-year",
        "month-day-period-year",
        "german-day-month",
        "french-day-month",
        "spanish-de-de",
        "portuguese-de-de",
    ],
)
def test_photo_date(caption: str, date: str | None) -> None:
    assert parse_caption(caption).date == date


@pytest.mark.parametrize(
    ("written", "stored"),
    [
        ("KARIM AL-MASRI", "Karim Al-Masri"),
        ("JAN VAN DER BERG", "Jan van der Berg"),
        ("CLAIRE DUPONT-MOREAU", "Claire Dupont-Moreau"),
        ("Christophe ARCHAMBAULT", "Christophe Archambault"),
        ("MARIA DOS SANTOS", "Maria dos Santos"),
        ("SEAN O'NEIL", "Sean O'Neil"),
        ("JOHN MACDOUGALL", "John MacDougall"),
        ("J.R. SMITH", "J.R. Smith"),
        ("Staff Sgt. Jane Doe", "Jane Doe"),
        ("Mass Communication Specialist 2nd Class Tom Hale", "Tom Hale"),
        ("Stringer", None),
    ],
    ids=lambda value: str(value),
)
def test_names_in_capitals_with_particles_and_hyphens(written: str, stored: str | None) -> None:
    assert clean_person(written) == stored
