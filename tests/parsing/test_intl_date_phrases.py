"""Date phrases of other languages, in captions written for these tests.

A weekday written with the date: "am Freitag, 3. März 2023", "le vendredi 3 mars 2023", "el
viernes 5 de mayo de 2023", "nesta sexta-feira, 6 de janeiro". The weekday belongs to the
date, so the place before it ends where the weekday's connector starts; a weekday alone is a
relative day, and the place stays in the description.

A month and year written as languages write them after "in" ("w marcu 2023", "в марте 2023
года", "maaliskuussa 2023"), and a part of the month before it ("Anfang März 2023", "fin mars
2023", "a finales de marzo de 2023"): the date is the month, and the place before it ends
before those words.
"""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption

# (caption, description, location, date)
DATED = [
    (
        "Demonstranten in Wien am Freitag, 3. März 2023. Foto: Anna Huber/APA",
        "Demonstranten",
        "Wien",
        "2023-03-03",
    ),
    (
        "Des soldats à Kiev, le vendredi 3 mars 2023. Photo : Jean Martin / AFP",
        "Des soldats",
        "Kiev",
        "2023-03-03",
    ),
    (
        "Manifestantes en Madrid el viernes 5 de mayo de 2023. EFE/Ana Ruiz",
        "Manifestantes",
        "Madrid",
        "2023-05-05",
    ),
    (
        "Manifestantes em Lisboa nesta sexta-feira, 6 de janeiro de 2023. Foto: Lusa",
        "Manifestantes",
        "Lisboa",
        "2023-01-06",
    ),
    (
        "Tifosi a Napoli, domenica 5 marzo 2023. Foto: Ciro Rossi/ANSA",
        "Tifosi",
        "Napoli",
        "2023-03-05",
    ),
    (
        "Betogers in Utrecht op zaterdag 4 maart 2023. Foto: ANP",
        "Betogers",
        "Utrecht",
        "2023-03-04",
    ),
    # English, as before: the weekday was always read so
    (
        "Soldiers in Kyiv on Friday, March 3, 2023. (AP Photo/Jo Roe)",
        "Soldiers",
        "Kyiv",
        "2023-03-03",
    ),
]


# (caption, description, location, date)
MONTHS = [
    (
        "Uczestnicy marszu w Warszawie w marcu 2023 r. Fot. Anna Nowak/PAP",
        "Uczestnicy marszu",
        "Warszawa",
        "2023-03",
    ),
    (
        "Участники акции в Москве в марте 2023 года. Фото: Иван Петров/ТАСС",
        "Участники акции",
        "Москва",
        "2023-03",
    ),
    ("Мешканці у Києві в березні 2023 року. Фото: Reuters", "Мешканці", "Київ", "2023-03"),
    (
        "Mielenosoittajia Helsingissä maaliskuussa 2023. Kuva: Lehtikuva",
        "Mielenosoittajia Helsingissä",
        "Helsinki",
        "2023-03",
    ),
    ("Demonstranten in Wien, Anfang März 2023. Foto: APA", "Demonstranten", "Wien", "2023-03"),
    ("Demonstranten in Wien Ende März 2023. Foto: APA", "Demonstranten", "Wien", "2023-03"),
    (
        "Des manifestants à Paris, fin mars 2023. Photo : AFP",
        "Des manifestants",
        "Paris",
        "2023-03",
    ),
    (
        "Manifestantes en Madrid a finales de marzo de 2023. EFE/Ana Ruiz",
        "Manifestantes",
        "Madrid",
        "2023-03",
    ),
    (
        "Manifestanti a Roma alla fine di marzo 2023. Foto: ANSA",
        "Manifestanti",
        "Roma",
        "2023-03",
    ),
    # English, as before
    ("Soldiers in Kyiv in early March 2023. (AP Photo/Jo Roe)", "Soldiers", "Kyiv", "2023-03"),
]


@pytest.mark.parametrize(("caption", "description", "location", "date"), DATED + MONTHS)
def test_a_weekday_or_a_part_of_the_month_belongs_to_the_date(
    caption: str, description: str, location: str, date: str
) -> None:
    parsed = parse_caption(caption)
    assert (parsed.description, parsed.location, parsed.date) == (description, location, date)


# (caption, description, location): a weekday alone closes the sentence; the place is read
# before it, and the place and the weekday, the phrase that ends the sentence, leave the
# description together, as the labelling rules say (the date stays null: it has no year).
RELATIVE = [
    ("Demonstranten in Wien am Freitag. Foto: APA", "Demonstranten", "Wien"),
    ("Des soldats à Kiev, vendredi. Photo : AFP", "Des soldats", "Kiev"),
    ("Manifestantes en Madrid el viernes. EFE", "Manifestantes", "Madrid"),
    ("Soldiers in Kyiv on Friday. (AP Photo/Jo Roe)", "Soldiers", "Kyiv"),
    # near misses: no weekday closes the sentence
    ("Soldiers in Kyiv. (AP Photo/Jo Roe)", "Soldiers", "Kyiv"),
    ("Manifestantes en Madrid. EFE", "Manifestantes", "Madrid"),
]


@pytest.mark.parametrize(("caption", "description", "location"), RELATIVE)
def test_a_weekday_alone_leaves_the_description_with_the_place(
    caption: str, description: str, location: str
) -> None:
    parsed = parse_caption(caption)
    assert (parsed.description, parsed.location, parsed.date) == (description, location, None)
