"""A month and year written as languages write them after "in" ("w marcu 2023", "в марте 2023
года", "maaliskuussa 2023", "v březnu 2023"), and a part of the month before it ("Anfang März
2023", "fin mars 2023", "a finales de marzo de 2023"): the date is the month, and the place
before it ends before those words. Captions written for these tests."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption

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


@pytest.mark.parametrize(("caption", "description", "location", "date"), MONTHS)
def test_a_month_as_the_language_writes_it_after_in(
    caption: str, description: str, location: str, date: str
) -> None:
    parsed = parse_caption(caption)
    assert (parsed.description, parsed.location, parsed.date) == (description, location, date)
