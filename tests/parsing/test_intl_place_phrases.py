"""Place phrases of other languages: an article between the preposition and a known place ("in
der Ukraine", "en la Ciudad de México"), and a place put inside a larger one after a comma by
the language's own "in" ("à Kiev, en Ukraine", "em Kiev, na Ucrânia"), and a descriptor with
its adjective after it ("nel centro storico di Napoli"). Captions written for these tests."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption

# (caption, description, location)
PHRASES = [
    ("Soldaten in der Ukraine. Foto: Anna Huber/dpa", "Soldaten", "Ukraine"),
    ("Soldaten in den USA. Foto: dpa", "Soldaten", "USA"),
    (
        "Manifestantes en la Ciudad de México. Foto: Cuartoscuro",
        "Manifestantes",
        "Ciudad de México",
    ),
    ("Des pompiers au Texas. Photo : Jean Martin / AFP", "Des pompiers", "Texas"),
    ("Des soldats à Kiev, en Ukraine. Photo : Jean Martin / AFP", "Des soldats", "Kiev, Ukraine"),
    ("Des pompiers à Houston, au Texas. Photo : AFP", "Des pompiers", "Houston, Texas"),
    ("Manifestantes em Kiev, na Ucrânia. Foto: Lusa", "Manifestantes", "Kiev, Ucrânia"),
    ("Migrantes chegam ao porto de Lisboa. Foto: Lusa", "Migrantes chegam", "Lisboa"),
    ("Manifestantes en Kiev, en Ucrania. EFE/Ana Ruiz", "Manifestantes", "Kiev, Ucrania"),
    ("Manifestanti a Milano, in Lombardia. Foto: LaPresse", "Manifestanti", "Milano, Lombardia"),
    ("Demonstranten in Kiew, in der Ukraine. Foto: dpa", "Demonstranten", "Kiew, Ukraine"),
    ("Demonstranten in Kiew in der Ukraine. Foto: dpa", "Demonstranten", "Kiew, Ukraine"),
    # a descriptor with its adjective after it, as Romance languages write it
    ("Turisti nel centro storico di Napoli. Foto: ANSA", "Turisti", "Napoli"),
    ("Turistas en el centro histórico de Lima. Foto: Andina", "Turistas", "Lima"),
    ("Turistas no centro histórico de Salvador. Foto: Agência Brasil", "Turistas", "Salvador"),
    ("Người dân tại Hà Nội ngày 5/1/2023. Ảnh: TTXVN", "Người dân", "Hà Nội"),
    ("Người dân ở Đà Nẵng. Ảnh: TTXVN", "Người dân", "Đà Nẵng"),
    # English, as before; an article with a capital is the name's own
    ("Soldiers in Kyiv, in Ukraine. (AP Photo/Jo Roe)", "Soldiers", "Kyiv, Ukraine"),
    ("Protesters in La Paz, Bolivia. (AP Photo/Jo Roe)", "Protesters", "La Paz, Bolivia"),
    ("Fans in Las Vegas, Nevada. (AP Photo/Jo Roe)", "Fans", "Las Vegas, Nevada"),
    ("Manifestantes en La Paz, Bolivia. EFE", "Manifestantes", "La Paz, Bolivia"),
    (
        "A Ukrainian soldier in Kyiv, Ukraine. (AP Photo/Jo Roe)",
        "A Ukrainian soldier",
        "Kyiv, Ukraine",
    ),
]


@pytest.mark.parametrize(("caption", "description", "location"), PHRASES)
def test_place_phrases_of_other_languages(caption: str, description: str, location: str) -> None:
    parsed = parse_caption(caption)
    assert (parsed.description, parsed.location) == (description, location)


# Near misses: an article before a noun that is no place the index knows.
NO_PLACE = [
    "Soldaten in der Nacht. Foto: dpa",
    "Kinder spielen im Schnee. Foto: dpa",
    "Des soldats dans la nuit. Photo : AFP",
    # German nouns with a capital that the index knows as another name of a town, or that
    # say where in the photo someone stands
    "Der Bürgermeister eröffnet das neue Rathaus in der Altstadt. Foto: Peter Müller/dpa",
    "Kanzler Scholz in der Mitte. Foto: dpa",
    # an office of a city, then the person who holds it: no place of the photo
    "Il sindaco di Roma Roberto Gualtieri. Foto: ANSA",
]


@pytest.mark.parametrize("caption", NO_PLACE)
def test_an_article_before_a_common_noun_names_no_place(caption: str) -> None:
    parsed = parse_caption(caption)
    assert parsed.location is None
    assert parsed.description == caption.split(". ")[0]
