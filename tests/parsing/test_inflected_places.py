"""Place names inflected by a case ending, read back to the name the place index knows:
Polish, Czech, Russian and Ukrainian after a preposition or after a part of a place ("в центре
Москвы"), Finnish with no preposition at all; and the near misses that must not change.
Captions written for these tests."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption
from catalog.parsing.inflection import base_place_name

# (caption, location, country code)
INFLECTED = [
    ("Uczestnicy marszu w Warszawie. Fot. Anna Nowak/PAP", "Warszawa", "PL"),
    ("Kibice na rynku w Krakowie. Fot. Jan Kowalski/PAP", "Kraków", "PL"),
    ("Stocznia w Gdańsku 3 marca 2023 r. Fot. Adam Wiśniewski/PAP", "Gdańsk", "PL"),
    ("Koncert w Poznaniu. Fot. Ewa Zielińska/PAP", "Poznań", "PL"),
    ("Protest w Katowicach. Fot. PAP", "Katowice", "PL"),
    ("Участники акции в Москве. Фото: Иван Петров/ТАСС", "Москва", "RU"),
    ("Салют в Санкт-Петербурге 9 мая 2023 года. Фото: ТАСС", "Санкт-Петербург", "RU"),
    ("Жители в Казани. Фото: Reuters", "Казань", "RU"),
    ("Участники митинга в Киеве. Фото: Reuters", "Киев", "UA"),
    ("Мешканці у Харкові. Фото: Reuters", "Харків", "UA"),
    ("Наслідки обстрілу в Одесі. Фото: Reuters", "Одеса", "UA"),
    ("Mielenosoittajia Helsingissä. Kuva: Maria Virtanen/Lehtikuva", "Helsinki", "FI"),
    ("Mielenosoittajia Tampereella. Kuva: Lehtikuva", "Tampere", "FI"),
    ("Mielenosoittajia Turussa 3. maaliskuuta 2023. Kuva: Lehtikuva", "Turku", "FI"),
    ("Lumityöt käynnissä Oulussa. Kuva: Lehtikuva", "Oulu", "FI"),
    # inside the sentence: the place stays in the description
    ("Участники акции в Москве прошли по улицам. Фото: ТАСС", "Москва", "RU"),
    ("3 марта 2023 года в Казани прошла акция. Фото: ТАСС", "Казань", "RU"),
    # a sentence that opens with the place and no comma after it
    ("В Москве прошла акция. Фото: ТАСС", "Москва", "RU"),
    ("W Warszawie odbył się marsz. Fot. PAP", "Warszawa", "PL"),
    ("In Berlin demonstrierten tausende Menschen. Foto: dpa", "Berlin", "DE"),
    ("In New York City people gather. (AP Photo/Jo Roe)", "New York City", "US"),
    # a part of a place, then the place in the genitive
    ("Демонстранты в центре Москвы. Фото: Reuters", "Москва", "RU"),
    ("Мешканці у центрі Києва. Фото: Reuters", "Київ", "UA"),
    ("Uczestnicy marszu w centrum Warszawy. Fot. PAP", "Warszawa", "PL"),
    ("Pożar w okolicach Krakowa. Fot. PAP", "Kraków", "PL"),
]


@pytest.mark.parametrize(("caption", "location", "code"), INFLECTED)
def test_an_inflected_place_is_read_back_to_its_name(
    caption: str, location: str, code: str
) -> None:
    parsed = parse_caption(caption)
    assert parsed.location == location
    assert parsed.country_code == code


# (caption, location): names the index knows as written, and words that only look inflected.
NEAR_MISSES = [
    # An English caption: no cue of Polish or Czech, so "Sille" stays Sille (no Czech "Silla").
    ("A woman holds a cat in Sille, outside Konya, Turkey. (AP Photo)", "Sille, Turkey"),
    # "Vanilla" is no Finnish "Vani"; the English caption holds no Finnish cue.
    ("Vanilla ice cream melts at a fair in Ohio. (AP Photo/Kim Soto)", "Ohio"),
    # A name the index knows is kept as written, even where an ending could be read off it.
    ("Turyści na plaży w Sopot. Fot. PAP", "Sopot"),
    ("Участники акции в Рига. Фото: Reuters", "Рига"),
    ("Manifestantes en Valencia. EFE/Ana Ruiz", "Valencia"),
    # Finnish without a place: a surname with the ending names no place.
    ("Haastattelu Virtasella kotona. Kuva: Lehtikuva", None),
    # a capitalised preposition before no known place
    ("In Memoriam John Smith. (AP Photo)", None),
    ("On Monday the president spoke. (AP Photo/Jo Roe)", None),
    # a descriptor before a word in lower case: no place
    ("Uczestnicy marszu w centrum miasta. Fot. PAP", None),
]


@pytest.mark.parametrize(("caption", "location"), NEAR_MISSES)
def test_names_that_are_not_inflected_places_stay_as_they_were(
    caption: str, location: str | None
) -> None:
    parsed = parse_caption(caption)
    assert parsed.location == location


def test_the_rest_of_a_location_is_kept_after_its_first_part() -> None:
    assert base_place_name("Warszawie, Polska", "w Warszawie, Polska. Fot. PAP") == (
        "Warszawa, Polska"
    )
    assert base_place_name("Нижнем Новгороде", "в Нижнем Новгороде") == "Нижний Новгород"
    # no cue of the language: as written
    assert base_place_name("Warszawie", "in Warszawie") == "Warszawie"
