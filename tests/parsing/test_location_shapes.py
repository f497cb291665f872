"""Where the photo was taken, by shape of place phrase (issue 12's location classes).

Each table holds captions written for this test in one shape, spread over agencies, kinds of
newsroom and languages, with the shape's near misses beside them: a rule that holds for one
caption and not its class fails its neighbours. Locations are compared exactly.
"""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption
from catalog.parsing.lexicon import (
    adjective_endings,
    and_words,
    between_words,
    city_part_nouns,
    neighbourhood_nouns,
)

# One caption of a shape: its id, the caption, the place it names (None for a near miss).
Shape = tuple[str, str, str | None]


def _location(caption: str) -> str | None:
    return parse_caption(caption).location


def test_the_place_shape_words_load() -> None:
    assert {"district", "arrondissement"} <= city_part_nouns()
    assert "neighborhood" in neighbourhood_nouns()
    assert not city_part_nouns() & neighbourhood_nouns()
    assert "ish" in adjective_endings()
    assert {"between", "entre", "zwischen"} <= between_words()
    assert {"and", "et", "und"} <= and_words()


# A named part of a city, then its city: "the Rusafa district of Baghdad", "Karoo district in
# Lusaka". The part's noun stays for districts and boroughs and goes for neighbourhoods; an
# adjective of a people or faith before the noun names no part ("the Kurdish district of X").
CITY_PARTS: list[Shape] = [
    (
        "district-of-reuters",
        "Traders sell vegetables at a market in the Mabanda district of Kinshasa May 4, 2021. "
        "REUTERS/Jo Roe",
        "Mabanda district, Kinshasa",
    ),
    (
        "neighbourhood-of-ap",
        "Neighbours clear snow in the Lakeview neighborhood of Chicago, Illinois, Tuesday, Jan. 9, "
        "2024. (AP Photo/Ann Lee)",
        "Lakeview, Chicago, Illinois",
    ),
    (
        "borough-of-getty",
        "Commuters wait for a bus in the Brixworth borough of London, England, on March 3, "
        "2022. (Photo by Tom Hale/Getty Images)",
        "Brixworth borough, London, England",
    ),
    (
        "district-in-afp-through",
        "Children run through Tarvenna district in Kabul on April 2, 2016 (AFP PHOTO/Marc Dubois)",
        "Tarvenna district, Kabul",
    ),
    (
        "district-in-near",
        "Boats carry families near Orlovo district in Dhaka on July 8, 2019. Photo: Rafi Khan/EPA",
        "Orlovo district, Dhaka",
    ),
    (
        "arrondissement-de-french",
        "Des habitants manifestent dans le 11e arrondissement de Paris, le 3 mai 2021. "
        "Photo: Julie Roux/AFP",
        "11e arrondissement, Paris",
    ),
    (
        "people-adjective-is-no-part",
        "Residents inspect damage in the Kurdish district of Sinjar on May 2, 2017. "
        "(Photo by Jo Roe/AFP)",
        "Sinjar",
    ),
    (
        "faith-adjective-is-no-part",
        "Worshippers gather in the Shiite neighborhood of Kadhimiya, Baghdad, Iraq, June 3, 2015. "
        "REUTERS/Ali Nour",
        "Kadhimiya, Baghdad, Iraq",
    ),
    (
        "descriptor-of-without-name",
        "Firefighters work in the district of Mitte in Berlin on May 2, 2017. (Photo by Ida Berg/dpa)",
        "Mitte, Berlin",
    ),
]


# "between Ha'il and Riyadh": a stage, road or flight between two known towns, as written.
# Two countries between them name a border or a match, and unknown words name no place.
BETWEEN: list[Shape] = [
    (
        "between-towns-afp",
        "Drivers compete during Stage 4 of the rally between Tarija and Potosi, Bolivia, on "
        "January 8, 2018. (Photo by Marc Dubois/AFP)",
        "Tarija and Potosi, Bolivia",
    ),
    (
        "between-towns-ap",
        "Cyclists ride during the fifth stage between Lyon and Grenoble, France, Thursday, "
        "July 6, 2023. (AP Photo/Ann Lee)",
        "Lyon and Grenoble, France",
    ),
    (
        "entre-french",
        "Des cyclistes roulent entre Nantes et Rennes le 4 juillet 2022. Photo: Julie Roux/AFP",
        "Nantes et Rennes",
    ),
    (
        "zwischen-german",
        "Ein Zug fährt zwischen Hamburg und Bremen am 3. März 2023. Foto: Jonas Weber/dpa",
        "Hamburg und Bremen",
    ),
    (
        "between-countries-is-no-place",
        "Players compete during the match between France and Germany on June 1, 2020. "
        "(Photo by Jo Roe/AFP)",
        None,
    ),
    (
        "between-people-is-no-place",
        "Clashes broke out between protesters and police on May 3, 2021. REUTERS/Ali Nour",
        None,
    ),
]


# A landmark just before the date, in a sentence that names no other place: after a word for
# "of" ("the towers of the World Trade Center") or a known place's possessive ("New York's
# World Trade Center"); its noun last in English, first where a language writes it first.
LANDMARKS: list[Shape] = [
    (
        "of-the-landmark-ap",
        "Smoke rises from one of the towers of the Union Trade Center Tuesday, Sept. 11, 2001. "
        "(AP Photo/Ann Lee)",
        "Union Trade Center",
    ),
    (
        "possessive-landmark-reuters",
        "People flee the collapse of Chicago's Harbor Memorial on May 2, 2003. REUTERS/Jo Roe",
        "Harbor Memorial, Chicago",
    ),
    (
        "french-noun-first",
        "Des touristes devant la façade de la Tour Eiffel le 3 mai 2021. Photo: Julie Roux/AFP",
        "Tour Eiffel",
    ),
    (
        "italian-noun-first",
        "Turisti davanti alla facciata della Basilica di San Pietro il 3 maggio 2021. "
        "Foto: Marco Rossi/LaPresse",
        "Basilica di San Pietro",
    ),
    (
        "a-place-phrase-wins",
        "Smoke rises from the towers of the Union Trade Center in Springfield on May 2, 2003. "
        "(Photo by Jo Roe/Getty Images)",
        "Springfield",
    ),
    (
        "an-organisation-is-no-landmark",
        "Members of the National Security Council meet on May 1, 2020. REUTERS/Jo Roe",
        None,
    ),
    (
        "a-person-is-no-landmark",
        "Crowds greet Britain's Prime Minister Jane Roe on May 1, 2020. REUTERS/Jo Roe",
        None,
    ),
    (
        "a-landmark-of-an-unknown-owner",
        "Fans cheer the opening of Mayfield's Grand Stadium on May 1, 2020. REUTERS/Jo Roe",
        None,
    ),
]


# A place phrase inside a sentence that names no place at its end, in any language of the
# data: the phrase from its preposition to the words that name a known place ("dans le 11e
# arrondissement de Paris,", "à Belleville (Paris) a été"). Never where someone comes from.
MID_SENTENCE: list[Shape] = [
    (
        "french-dans-between-commas",
        "Le samedi 4 mai a eu lieu, dans le 11e arrondissement de Paris, une marche pour le "
        "climat. © Julie Roux / Sipa Press",
        "11e arrondissement, Paris",
    ),
    (
        "french-a-bracketed-city",
        "La manifestation prévue samedi à Belleville (Paris) a été interdite par la préfecture. "
        "© Julie Roux / Sipa Press",
        "Belleville, Paris",
    ),
    (
        "spanish-en-el-centro",
        "El desfile tuvo lugar, en el centro de Madrid, ante miles de personas. Foto: Ana Gil/EFE",
        "Madrid",
    ),
    (
        "german-in-der-innenstadt",
        "Die Kundgebung fand, in der Innenstadt von Leipzig, vor tausend Menschen statt. "
        "Foto: Jonas Weber/dpa",
        "Leipzig",
    ),
    (
        "italian-a-city-mid-sentence",
        "Il corteo è partito da piazza Dante a Napoli e ha attraversato il centro. "
        "Foto: Marco Rossi/LaPresse",
        "Napoli",
    ),
    (
        "english-place-and-country-then-more",
        "Volunteers helped families on the outskirts of Tegucigalpa, Honduras to install water "
        "filters. (Photo by Ann Lee/Reuters)",
        "Tegucigalpa, Honduras",
    ),
    (
        "origin-is-no-place",
        "Tommy, a visitor from Bel Air, crosses the street during the parade. "
        "(Photo by Ann Lee/AP Photo)",
        None,
    ),
    (
        "a-person-after-at-is-no-place",
        "The band played, at the request of Mayor Jane Roe, a long set. Photo: Ann Lee",
        None,
    ),
]


# A place, then the place it lies by ("on the border with Syria", "à la frontière avec
# l'Italie"): the first is where the photo was taken; "the Turkish side of" a place is that place.
BY_ANOTHER_PLACE: list[Shape] = [
    (
        "side-of-mountains-on-the-border",
        "A soldier stands on a hill in the Turkish side of the Nur mountains on the border with "
        "Syria on May 20, 2015 (AFP PHOTO/Marc Dubois)",
        "Nur mountains",
    ),
    (
        "english-town-on-the-border",
        "Troops patrol in Kilis on the border with Syria on May 2, 2016. REUTERS/Jo Roe",
        "Kilis",
    ),
    (
        "french-a-la-frontiere",
        "Des réfugiés attendent à Menton à la frontière avec l'Italie le 3 juin 2017. "
        "Photo: Julie Roux/AFP",
        "Menton",
    ),
    (
        "spanish-en-la-frontera",
        "Migrantes esperan en Tijuana en la frontera con Estados Unidos el 3 de junio de 2019. "
        "Foto: Ana Gil/EFE",
        "Tijuana",
    ),
    (
        "german-an-der-grenze",
        "Flüchtlinge warten in Passau an der Grenze zu Österreich am 3. März 2016. "
        "Foto: Jonas Weber/dpa",
        "Passau",
    ),
]


def test_a_described_place_inside_a_sentence() -> None:
    caption = (
        "Built for a million people, the city of Kashgar was meant to be the pride of the region. "
        "Photo: Ann Lee"
    )
    assert _location(caption) == "Kashgar"
    assert _location("The city of dreams was built for a million people. Photo: Ann Lee") is None


# In a language that writes every noun with a capital, the noun after its own preposition is
# a place only when the place index knows it: "im Schnee" is weather, "bei Potsdam" a place.
CAPITALISED_NOUNS: list[Shape] = [
    ("weather", "Kinder spielen im Schnee. Foto: Jonas Weber/dpa", None),
    ("reeds", "Ein Graureiher steht im Schilf. Foto: Jonas Weber/dpa", None),
    ("rain-then-town", "Pendler warten im Regen bei Potsdam. Foto: Jonas Weber/dpa", "Potsdam"),
    ("known-city-after-in", "Feuerwehrleute im Einsatz in Hamburg. Foto: dpa", "Hamburg"),
    ("english-in-stays", "A heron stands in Kestrelford. Photo: Jo Roe", "Kestrelford"),
]

# A known place, then one capitalised word that is no place: the object of the sentence in a
# language that writes nouns with a capital ("feiern in Köln Karneval"). The place is the known
# one and the description keeps the sentence. Near misses: the whole name is a place, the word
# is a noun of a place or names an organisation, an abbreviation opens the name.
PLACE_THEN_NOUN: list[Shape] = [
    ("carnival", "Menschen feiern in Köln Karneval. Foto: Jonas Weber/dpa", "Köln"),
    ("football", "Kinder spielen in Hamburg Fußball. Foto: Lena Kraus/dpa", "Hamburg"),
    ("queue-after-date", "Menschen stehen am 3. März 2023 in Berlin Schlange. Foto: dpa", "Berlin"),
    ("new-year", "Tausende feiern in Zürich Silvester. Foto: Keystone/Anna Roe", "Zürich"),
    ("dutch", "Kinderen spelen in Utrecht Voetbal. Foto: ANP/Kees Vos", "Utrecht"),
    ("whole-name-known", "Fans gather in New York City. Photo: Jo Roe/AP", "New York City"),
    ("noun-of-a-place", "Ferries cross in Sydney Harbour. AAP Image/Jo Roe", "Sydney Harbour"),
    ("club", "Fans wait in Manchester United shirts. PA/Jo Roe", None),
    ("abbreviation", "Fans dance in St Thomas. Photo: Jo Roe/Reuters", "St Thomas"),
]


# A view of a place, with no preposition of its own: "a picture shows a view of Damascus". The
# place is where the photo was taken; the view stays in the description. Near misses: a view of
# no place.
VIEWS: list[Shape] = [
    (
        "picture-shows",
        "A picture shows a view of Damascus on March 3, 2024. Photo: Jo Roe/AFP",
        "Damascus",
    ),
    (
        "skyline",
        "A general view shows the skyline of Manhattan on June 2, 2023. REUTERS/Jo Roe",
        "Manhattan",
    ),
    ("views-at-dusk", "Views of Kyiv at dusk, Jan. 3, 2024. (AP Photo/Jo Roe)", "Kyiv"),
    ("french", "Une vue de Lyon le 3 mars 2023. Photo Jean Roy/AFP", "Lyon"),
    ("spanish", "Una vista de Sevilla el 5 de mayo de 2023. EFE/Juan Roe", "Sevilla"),
    ("damage", "A view of the damage after the storm. Photo: Jo Roe/AP", None),
    ("future", "She has a view of the future of the club. Photo: Jo Roe", None),
]


# A known place with a locative ending after its apostrophe, where Turkish writes "in":
# "İstanbul'da", "Ankara'daki". Near misses: another case ending ("Erdoğan'ın"), a name that is no
# known place, an English possessive.
CASE_SUFFIXES: list[Shape] = [
    ("locative", "İzmir'de düzenlenen festivale binlerce kişi katıldı. (Fotoğraf: AA)", "İzmir"),
    (
        "the-one-in",
        "Ankara'daki törende konuşan Bakan açıklama yaptı. Fotoğraf: Ali Kaya/DHA",
        "Ankara",
    ),
    (
        "after-a-genitive",
        "Bakan'ın ziyareti sırasında Bursa'da çekilen fotoğraf. Fotoğraf: İHA",
        "Bursa",
    ),
    ("genitive-only", "Valiliğin açıklaması Ankara'nın gündeminde. Fotoğraf: AA", None),
    ("a-person", "Ayşe Kaya'da büyük bir sevinç vardı. Fotoğraf: DHA", None),
    ("english-possessive", "A queue outside McDonald's on the high street. Photo: Jo Roe/PA", None),
]


SHAPES: dict[str, list[Shape]] = {
    "city-part": CITY_PARTS,
    "between": BETWEEN,
    "landmark": LANDMARKS,
    "mid-sentence": MID_SENTENCE,
    "by-another-place": BY_ANOTHER_PLACE,
    "capitalised-nouns": CAPITALISED_NOUNS,
    "place-then-noun": PLACE_THEN_NOUN,
    "views": VIEWS,
    "case-suffixes": CASE_SUFFIXES,
}


@pytest.mark.parametrize(
    "caption, want",
    [
        pytest.param(caption, want, id=f"{shape}-{name}")
        for shape, table in SHAPES.items()
        for name, caption, want in table
    ],
)
def test_the_place_of_each_shape(caption: str, want: str | None) -> None:
    assert _location(caption) == want
