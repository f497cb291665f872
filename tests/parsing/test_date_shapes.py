"""Dates by shape of phrase.

A year alone that a season or part of the year opens dates the photo to that year.

"in the summer of 1969", "in mid-2020", "im Herbst 2021", "à l'été 2019": the caption gives no
month or day, so the date is the year (the labelling rule: ``YYYY`` when only that is written).
A year before a place phrase ("in 2020 in Lagos") is read the same way. Near misses keep no date:
a range, a decade, a year that names a thing ("the Summer 2020 collection"), a year after "since".
Captions written for this test, across agencies and languages.

A release date after a source of several words ("released by the Russian Defence Ministry
Press Service on ...") is not the photo's, as it is after a short one ("released by KCNA on").

A month of any language written short with a period ("el 5 dic. 2023", "le 3 janv. 2023", "am
3. Okt. 2023", "em 3 de fev. de 2024") is one date with its year: the period ends no sentence,
so the description is not cut there. A short word that is no month ("the sea. 2023 ...") and
an English stop before a year keep their sentence's end.
"""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption
from catalog.parsing.lexicon import year_parts

# The caption, the date it gives (None: no date), the description.
YEAR_PHRASES: list[tuple[str, str | None, str | None]] = [
    (
        "Students march across the campus in the summer of 1969. (AP Photo/File)",
        "1969",
        "Students march across the campus",
    ),
    ("A farmer checks his vines in Mendoza in the autumn of 2018. REUTERS/Ana Ruiz", "2018", None),
    (
        "Flood water covers a road in early 2023. Photo: Tom Hale/AAP",
        "2023",
        "Flood water covers a road",
    ),
    (
        "Crews rebuild the pier in mid-2020. Photo by Jo Fenn/Getty Images",
        "2020",
        "Crews rebuild the pier",
    ),
    (
        "Hikers cross a glacier in the fall of 2016 in Glacier National Park. NPS/Jay Bell",
        "2016",
        None,
    ),
    (
        "Workers pave a road in 2020 in Kano, Nigeria. Photo by Ade Bello/AFP",
        "2020",
        "Workers pave a road",
    ),
    ("Menschen baden im See im Sommer 2020. Foto: Lena Kraus/dpa", "2020", None),
    (
        "Des manifestants défilent à Lyon à l'été 2019. Photo Jean Roy/AFP",
        "2019",
        "Des manifestants défilent",
    ),
    ("Bañistas en una playa de Valencia en el verano de 2017. EFE/Carla Soler", "2017", None),
    ("Turisti in piazza a Firenze nell'estate del 2018. ANSA/Marco Neri", "2018", None),
    ("Banhistas na praia no verão de 2021. Foto: Ana Lima/Agência Brasil", "2021", None),
    ("Fietsers in Utrecht in de zomer van 2015. ANP/Kees Vos", "2015", None),
    # Near misses: no year alone ends the phrase, or it names something else.
    ("Firefighters battle a blaze during the winter of 2019-2020. AAP Image/Dean Roe", None, None),
    ("Students march in the 1960s. (AP Photo)", None, None),
    ("The Summer 2020 collection is shown in Milan. Getty Images", None, None),
    ("The plant has been idle since early 2020. Photo: Reuters", None, None),
    ("Late 2019 saw the market fall sharply, traders said. AP", None, None),
    ("He was born in the summer of 1950. Photo: Family handout", None, None),
]


def test_the_year_part_words_load() -> None:
    assert {"summer", "mid", "sommer", "été", "verano", "estate", "verão"} <= year_parts()


@pytest.mark.parametrize(("caption", "date", "description"), YEAR_PHRASES)
def test_a_year_phrase_dates_the_photo(
    caption: str, date: str | None, description: str | None
) -> None:
    parsed = parse_caption(caption)
    assert parsed.date == date
    if description is not None:
        assert parsed.description == description


# A release date named after a longer source: "released by the Russian Defence Ministry on ...".
RELEASED_BY: list[tuple[str, str | None]] = [
    (
        "This image from video released by the Russian Defence Ministry Press Service on Jan. 5, "
        "2024, shows a tank. (Russian Defence Ministry Press Service via AP)",
        None,
    ),
    (
        "Troops parade in this photo distributed by North Korea's official news agency on Oct. 11, "
        "2020. KCNA via Reuters",
        None,
    ),
    # Near misses: the release clause ends before the date, or the photographer is named.
    (
        "Rescuers, who were released by the army, search the rubble in Hatay on Feb. 9, 2023. AFP",
        "2023-02-09",
    ),
    ("Soldiers photographed by Jane Roe of the Army on March 3, 2023. U.S. Army", "2023-03-03"),
]


@pytest.mark.parametrize(("caption", "date"), RELEASED_BY)
def test_a_release_date_after_a_long_source_is_not_the_photos(
    caption: str, date: str | None
) -> None:
    assert parse_caption(caption).date == date


# Words written after the year belong to the date phrase: the phrase still ends its sentence and
# leaves the description. Near miss: a letter that is no such word.
YEAR_SUFFIXES: list[tuple[str, str, str]] = [
    (
        "Mieszkańcy sprzątają ulice w Gdańsku 3 marca 2023 r. Fot. PAP/Adam Nowak",
        "2023-03-03",
        "Mieszkańcy sprzątają ulice",
    ),
    (
        "Ludzie czekają na autobus 12 stycznia 2022 roku. Fot. Anna Wiśniewska/Reporter",
        "2022-01-12",
        "Ludzie czekają na autobus",
    ),
    (
        "Люди гуляют в парке 9 мая 2021 года. Фото: Ольга Иванова/ТАСС",
        "2021-05-09",
        "Люди гуляют в парке",
    ),
    ("Люди гуляют в парке 9 мая 2021 г. Фото: РИА Новости", "2021-05-09", "Люди гуляют в парке"),
    (
        "Fans wait at gate r in Warsaw on March 3, 2023 r and cheer. Photo: AP",
        "2023-03-03",
        "Fans wait at gate r in Warsaw on March 3, 2023 r and cheer",
    ),
]


@pytest.mark.parametrize(("caption", "date", "description"), YEAR_SUFFIXES)
def test_a_word_after_the_year_is_part_of_the_date(
    caption: str, date: str, description: str
) -> None:
    parsed = parse_caption(caption)
    assert (parsed.date, parsed.description) == (date, description)


# The caption, its date, its description.
SHORT_MONTHS: list[tuple[str, str | None, str]] = [
    (
        "Manifestantes marchan en Madrid el 5 dic. 2023. EFE/Juan Pérez",
        "2023-12-05",
        "Manifestantes marchan",
    ),
    (
        "Des manifestants défilent à Paris le 3 janv. 2023. Photo: Jean Dupont/AFP",
        "2023-01-03",
        "Des manifestants défilent",
    ),
    (
        "Demonstranten ziehen am 3. Okt. 2023 durch Berlin. Foto: Max Bauer/dpa",
        "2023-10-03",
        "Demonstranten ziehen am 3. Okt. 2023",
    ),
    (
        # "no Rio" after a comma puts the venue in the city (as "at Maracana, in Rio" does):
        # the whole place phrase closes the sentence
        "Torcedores no Maracanã, no Rio, em 3 de fev. de 2024. Foto: Pedro Lima/Folhapress",
        "2024-02-03",
        "Torcedores",
    ),
    (
        "Turisti in piazza a Venezia il 12 sett. 2022. Foto ANSA/Mario Rossi",
        "2022-09-12",
        "Turisti in piazza",
    ),
    (
        "Betogers op de Dam in Amsterdam op 4 mrt. 2022. Foto: ANP",
        "2022-03-04",
        "Betogers op de Dam",
    ),
    # Near misses: a sentence that ends with a word, then one that opens with a year.
    (
        "Boats wait in the harbour at sea. 2023 was a hard year for the fleet. Photo: AP",
        None,
        "Boats wait in the harbour at sea. 2023 was a hard year for the fleet",
    ),
]


@pytest.mark.parametrize(("caption", "date", "description"), SHORT_MONTHS)
def test_a_short_month_with_a_period_continues_its_date(
    caption: str, date: str | None, description: str
) -> None:
    parsed = parse_caption(caption)
    assert (parsed.date, parsed.description) == (date, description)
