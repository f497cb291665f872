"""Credit shapes the parser had not been tuned to, one table per shape: a kind of photo before the
label, a label with no colon, a rank before the photographer, a courtesy line naming no one, a
sports club as the source, a chain glued before the caption, an organisation named for a
country, a copyright year before the chain, a company named with a business word, two names
joined by a comma, a label before a dash, a reader's photo, an illustration label, credit
sentences one after another, a licence, a screenshot, a date with the credit. Every caption is
written for these tests (names and events invented), each shape across several agencies and
languages, with neighbours that must keep their reading."""

from __future__ import annotations

from typing import Any

import pytest

from catalog.parsing import parse_caption, parse_credit

Expected = dict[str, Any]


def _mismatches(caption: str, expected: Expected) -> list[str]:
    parsed = parse_caption(caption).to_dict()
    return [
        f"{field}: got {parsed[field]!r}, want {want!r}"
        for field, want in expected.items()
        if parsed[field] != want
    ]


def _check(caption: str, expected: Expected) -> None:
    wrong = _mismatches(caption, expected)
    assert not wrong, f"{caption!r}: " + "; ".join(wrong)


def _table(rows: list[tuple[str, str, Expected]]) -> pytest.MarkDecorator:
    return pytest.mark.parametrize(
        ("caption", "expected"), [(row[1], row[2]) for row in rows], ids=[row[0] for row in rows]
    )


# A. The kind of photo before its label: "Drone photo:", "Aerial photo by", "Archive photo:".
PHOTO_KIND: list[tuple[str, str, Expected]] = [
    (
        "drone-colon-unknown-paper",
        "Smoke rises over the hills. Drone photo: Ana Vidal/The Coastal Star",
        {
            "description": "Smoke rises over the hills",
            "credit": "Drone photo: Ana Vidal/The Coastal Star",
            "photographer": "Ana Vidal",
            "agency": "The Coastal Star",
        },
    ),
    (
        "aerial-by-reuters",
        "Flooded fields stretch to the horizon. Aerial photo by Tom Brandt/Reuters",
        {
            "description": "Flooded fields stretch to the horizon",
            "photographer": "Tom Brandt",
            "agency": "Reuters",
        },
    ),
    (
        "archive-colon-afp",
        "The old bridge before it was rebuilt. Archive photo: Lena Moss/AFP",
        {
            "description": "The old bridge before it was rebuilt",
            "photographer": "Lena Moss",
            "agency": "AFP",
        },
    ),
    (
        "satellite-image-colon",
        "Ships wait outside the harbour. Satellite image: Orbital Vision Ltd",
        {"description": "Ships wait outside the harbour", "agency": "Orbital Vision Ltd"},
    ),
    (
        "undated-photo-by-no-chain",
        "The singer as a child. Undated photo by Mira Osei",
        {"description": "The singer as a child", "photographer": "Mira Osei", "agency": None},
    ),
    (
        "family-photo-courtesy",
        "The runner at the age of ten. Family photo courtesy of Kim Roe",
        # the one who lends it owns it (DESIGN: "Courtesy of X" gives X)
        {"description": "The runner at the age of ten", "photographer": None, "agency": "Kim Roe"},
    ),
    (
        "capitals-underwater-photo-by",
        "A diver inspects the reef. UNDERWATER PHOTO BY JONAS LIND/AP",
        {
            "description": "A diver inspects the reef",
            "photographer": "Jonas Lind",
            "agency": "AP",
        },
    ),
    (
        "russian-archive-photo",
        "Здание театра до реконструкции. Архивное фото: Иван Петров/ТАСС",
        {"description": "Здание театра до реконструкции", "photographer": "Иван Петров"},
    ),
    # Languages that write the kind into the label, after it or in one word.
    (
        "spanish-foto-de-archivo",
        "El puente antes de la obra. Foto de archivo: Ana Vidal/EFE",
        {"description": "El puente antes de la obra", "photographer": "Ana Vidal"},
    ),
    (
        "portuguese-foto-aerea",
        "Campos alagados perto do rio. Foto aérea: Rui Matos/Agência Brasil",
        {"description": "Campos alagados perto do rio", "photographer": "Rui Matos"},
    ),
    (
        "french-photo-darchives",
        "Le vieux pont avant les travaux. Photo d'archives : Luc Girard/AFP",
        {"description": "Le vieux pont avant les travaux", "photographer": "Luc Girard"},
    ),
    (
        "italian-foto-darchivio",
        "Il vecchio ponte. Foto d’archivio: Gino Fabbri/ANSA",
        {"description": "Il vecchio ponte", "photographer": "Gino Fabbri"},
    ),
    (
        "german-compound-luftbild",
        "Die alte Brücke vor dem Umbau. Luftbild: Jan Kohl/dpa",
        {"description": "Die alte Brücke vor dem Umbau", "photographer": "Jan Kohl"},
    ),
    (
        "dutch-compound-archieffoto",
        "De oude brug voor de verbouwing. Archieffoto: Sanne Vos/ANP",
        {"description": "De oude brug voor de verbouwing", "photographer": "Sanne Vos"},
    ),
    # A role before the label with a colon sets the role and names no agency "Handout".
    (
        "handout-photo-colon",
        "The new bridge at night. Handout photo: Kestrel Council",
        {"agency": "Kestrel Council", "photographer": None, "roles": ["handout"]},
    ),
    (
        "pool-photo-colon",
        "The leaders meet. Pool photo: Jo Roe/AP",
        {"agency": "AP", "photographer": "Jo Roe", "roles": ["pool"]},
    ),
    # Neighbours: a kind word in the caption's own sentence stays there.
    (
        "kind-word-in-sentence-stays",
        "Officials released an aerial photo of the site. Photo: Jo Roe/AP",
        {
            "description": "Officials released an aerial photo of the site",
            "photographer": "Jo Roe",
            "agency": "AP",
        },
    ),
    (
        "plain-file-photo-by-unchanged",
        "The factory before the fire. File photo by Jo Roe/The Star",
        {"description": "The factory before the fire", "photographer": "Jo Roe", "roles": ["file"]},
    ),
]


@_table(PHOTO_KIND)
def test_a_kind_of_photo_before_the_label(caption: str, expected: Expected) -> None:
    _check(caption, expected)


# B. A label of several words with no colon: "Photo credit should read NAME/AFP".
WORDY_LABEL: list[tuple[str, str, Expected]] = [
    (
        "should-read-getty",
        "A striker celebrates his goal. Photo credit should read JONAS BERG/AFP via Getty Images",
        {
            "description": "A striker celebrates his goal",
            "credit": "Photo credit should read JONAS BERG/AFP via Getty Images",
            "photographer": "Jonas Berg",
            "agency": "AFP",
            "via": "Getty Images",
        },
    ),
    (
        "credit-should-read-epa",
        "Delegates arrive for the summit. Credit should read Pia Holm/EPA",
        {
            "description": "Delegates arrive for the summit",
            "photographer": "Pia Holm",
            "agency": "EPA",
        },
    ),
    (
        "picture-credit-should-read-colon",
        "The harbour at dawn. Picture credit should read: Sam Ortiz/Kestrel News",
        {"description": "The harbour at dawn", "photographer": "Sam Ortiz"},
    ),
    (
        "should-read-no-chain",
        "The winning entry. Photo credit should read Dana Kovac",
        {"description": "The winning entry", "photographer": "Dana Kovac"},
    ),
    # Neighbour: "should read" in a sentence is the caption's.
    (
        "should-read-in-sentence",
        "Protesters hold a sign that says the law should read differently. Jo Roe/Reuters",
        {
            "description": "Protesters hold a sign that says the law should read differently",
            "photographer": "Jo Roe",
        },
    ),
]


@_table(WORDY_LABEL)
def test_a_label_of_several_words_without_a_colon(caption: str, expected: Expected) -> None:
    _check(caption, expected)


# C. A rank before the photographer: the credit starts at the rank, the name drops it.
RANKED: list[tuple[str, str, Expected]] = [
    (
        "sgt-army",
        "Soldiers cross a river during an exercise. Sgt. Jo Roe/U.S. Army",
        {
            "description": "Soldiers cross a river during an exercise",
            "credit": "Sgt. Jo Roe/U.S. Army",
            "photographer": "Jo Roe",
            "location": None,
        },
    ),
    (
        "staff-sgt-air-force",
        "A tanker refuels a fighter jet. Staff Sgt. Ama Boateng/U.S. Air Force",
        {
            "description": "A tanker refuels a fighter jet",
            "credit": "Staff Sgt. Ama Boateng/U.S. Air Force",
            "photographer": "Ama Boateng",
        },
    ),
    (
        "lance-cpl-marines",
        "Marines load a landing craft. Lance Cpl. Luis Ortega/U.S. Marine Corps",
        {"description": "Marines load a landing craft", "photographer": "Luis Ortega"},
    ),
    (
        "spc-army-no-location",
        "Paratroopers jump from an aircraft. Spc. Mei Chen/U.S. Army",
        {
            "description": "Paratroopers jump from an aircraft",
            "photographer": "Mei Chen",
            "location": None,
        },
    ),
    (
        "petty-officer-class-navy",
        "Sailors moor the ship. Petty Officer 2nd Class Omar Haddad/U.S. Navy",
        {"description": "Sailors moor the ship", "photographer": "Omar Haddad"},
    ),
    (
        "photo-by-staff-sgt",
        "Engineers build a bridge. Photo by Staff Sgt. Jo Roe",
        {
            "description": "Engineers build a bridge",
            "credit": "Photo by Staff Sgt. Jo Roe",
            "photographer": "Jo Roe",
        },
    ),
    (
        "photo-by-rank-chain",
        "Cadets parade at the academy. Photo by Capt. Nora Field/Royal Air Force",
        {"description": "Cadets parade at the academy", "photographer": "Nora Field"},
    ),
    (
        "rank-name-comma-service",
        "Airmen unload supplies. Master Sgt. Ken Ito, U.S. Air Force",
        {"description": "Airmen unload supplies", "photographer": "Ken Ito"},
    ),
    (
        "photo-by-rank-comma-service",
        "Soldiers train in the snow. Photo by Sgt. Ama Boateng, U.S. Army",
        {"description": "Soldiers train in the snow", "photographer": "Ama Boateng"},
    ),
    (
        "should-read-service",
        "Ships leave the harbour. Photo credit should read: U.S. Navy",
        {"description": "Ships leave the harbour", "agency": "U.S. Navy", "photographer": None},
    ),
    (
        "spanish-rank",
        "Soldados en formación. Sargento Luis Ortega/Ejército de Chile",
        {"description": "Soldados en formación", "photographer": "Luis Ortega"},
    ),
    (
        "french-rank",
        "Des soldats en exercice. Photo : Caporal Luc Girard/Armée de Terre",
        {"description": "Des soldats en exercice", "photographer": "Luc Girard"},
    ),
    # Neighbours: a rank inside the caption's sentence is the caption's.
    (
        "rank-in-sentence-stays",
        "Troops listen to a speech by Maj. Gen. Ken Ito. Jo Roe/AP",
        {
            "description": "Troops listen to a speech by Maj. Gen. Ken Ito",
            "photographer": "Jo Roe",
        },
    ),
    (
        "rank-word-ends-sentence",
        "The band plays for the troops of the First. Jo Roe/AP",
        {"description": "The band plays for the troops of the First", "photographer": "Jo Roe"},
    ),
]


@_table(RANKED)
def test_a_rank_before_the_photographer(caption: str, expected: Expected) -> None:
    _check(caption, expected)


# D. "Courtesy of the couple": a common noun after courtesy names no person and no agency.
COURTESY_COMMON_NOUN: list[tuple[str, str, Expected]] = [
    (
        "courtesy-of-the-couple",
        "The pair on their wedding day in 1962. Courtesy of the couple",
        {"photographer": None, "agency": None, "roles": ["courtesy"]},
    ),
    (
        "photo-courtesy-of-the-family",
        "The boy at his first match. Photo courtesy of the family",
        {"description": "The boy at his first match", "photographer": None, "agency": None},
    ),
    (
        "courtesy-of-the-author",
        "The cover of the new novel. Courtesy of the author",
        {"photographer": None, "agency": None},
    ),
    (
        "courtesy-her-family",
        "The nurse in uniform. Photo courtesy of her family",
        {"photographer": None, "agency": None},
    ),
    (
        "cortesia-de-la-familia",
        "La atleta en su primera carrera. Foto: cortesía de la familia",
        {"photographer": None, "agency": None},
    ),
    (
        "personal-archive-pt",
        "O menino em casa. Foto: arquivo pessoal",
        {"description": "O menino em casa", "photographer": None, "agency": None},
    ),
    (
        "family-archive-en",
        "The boy at home. Photo: family archive",
        {"description": "The boy at home", "photographer": None, "agency": None},
    ),
    (
        "artist-and-gallery",
        "Jo Roe, Untitled, 1992. Oil on canvas. Courtesy of the artist and Kestrel Gallery",
        {"agency": "Kestrel Gallery", "photographer": None, "roles": ["courtesy"]},
    ),
    (
        "gallery-and-artist",
        "The sculpture in the garden. Courtesy of Kestrel Gallery and the artist",
        {"agency": "Kestrel Gallery", "photographer": None},
    ),
    # Neighbours: a person or an organisation after courtesy is who lends the photo.
    (
        "courtesy-person",
        "The pair on their wedding day. Courtesy of Ana Vidal",
        {"photographer": None, "agency": "Ana Vidal"},
    ),
    (
        "courtesy-organisation",
        "A new species of frog. Courtesy of Kestrel Natural History Museum",
        {"agency": "Kestrel Natural History Museum", "photographer": None},
    ),
]


@_table(COURTESY_COMMON_NOUN)
def test_a_common_noun_after_courtesy(caption: str, expected: Expected) -> None:
    _check(caption, expected)


@pytest.mark.parametrize("credit", ["maria lopez", "Photo: maria lopez/Kestrel Times"])
def test_a_name_typed_in_lower_case_is_still_a_person(credit: str) -> None:
    # and it gets its capitals back, as a name printed in capitals does
    assert parse_credit(credit).photographer == "Maria Lopez"


# E. A sports club or a league as the source: an organisation, never a person.
CLUBS: list[tuple[str, str, Expected]] = [
    (
        "club-fc-via-getty",
        "The striker celebrates. Picture by: Kestrel FC via Getty Images",
        {"photographer": None, "agency": "Kestrel FC", "via": "Getty Images"},
    ),
    (
        "club-afc-chain",
        "Fans before kick-off. Jo Roe/Wexham AFC",
        {"photographer": "Jo Roe", "agency": "Wexham AFC"},
    ),
    (
        "club-cf-spanish",
        "El equipo celebra el título. Foto: Real Kestrel CF",
        {"photographer": None, "agency": "Real Kestrel CF"},
    ),
    (
        "club-rfc-handout",
        "The squad at training. Photo: Glenmoor RFC/Handout",
        {"photographer": None, "agency": "Glenmoor RFC"},
    ),
    (
        "club-united",
        "Players warm up. Photo: Harbour United",
        {"photographer": None, "agency": "Harbour United"},
    ),
    # Neighbour: a person's name is still a person.
    (
        "person-not-club",
        "Players warm up. Photo: Scott Fenwick/PA",
        {"photographer": "Scott Fenwick", "agency": "PA"},
    ),
]


@_table(CLUBS)
def test_a_sports_club_is_an_organisation(caption: str, expected: Expected) -> None:
    _check(caption, expected)


# F. A credit chain glued before the caption on its line, nothing between them: the chain's
# last segment is one word, or two when they are a known name, a generic source, an
# organisation by its cue word or a person by a known given name.
GLUED_CHAIN: list[tuple[str, str, Expected]] = [
    (
        "generic-then-platform-pt",
        "Reprodução/Instagram A cantora durante o show de ontem",
        {"credit": "Reprodução/Instagram", "description": "A cantora durante o show de ontem"},
    ),
    (
        "generic-then-platform-es",
        "Difusión/Facebook El alcalde inaugura la nueva plaza",
        {"credit": "Difusión/Facebook", "description": "El alcalde inaugura la nueva plaza"},
    ),
    (
        "generic-then-two-word-generic",
        "Reprodução/Redes sociais O jogador comemora o gol",
        {"credit": "Reprodução/Redes sociais", "description": "O jogador comemora o gol"},
    ),
    (
        "agency-then-two-word-person",
        "AFP/Jo Roe Crowds gather outside the stadium",
        {
            "credit": "AFP/Jo Roe",
            "photographer": "Jo Roe",
            "agency": "AFP",
            "description": "Crowds gather outside the stadium",
        },
    ),
    (
        "person-then-org-by-cue-word",
        "Jo Roe/Kestrel News Crowds gather outside the stadium",
        {
            "credit": "Jo Roe/Kestrel News",
            "photographer": "Jo Roe",
            "agency": "Kestrel News",
            "description": "Crowds gather outside the stadium",
        },
    ),
    (
        "cyrillic-label-name",
        "Фото: Иван Петров Жители города вышли на улицы",
        {"photographer": "Иван Петров", "description": "Жители города вышли на улицы"},
    ),
    (
        "label-then-generic-chain",
        "Foto: Reprodução/Instagram A cantora durante o show de ontem",
        {
            "credit": "Foto: Reprodução/Instagram",
            "description": "A cantora durante o show de ontem",
        },
    ),
    (
        "label-then-agency-person",
        "Foto: EFE/Ana Vidal Los vecinos limpian las calles tras la tormenta",
        {"photographer": "Ana Vidal", "agency": "EFE"},
    ),
    (
        "generic-then-tv-channel",
        "Reprodução/TV Kestrel A apresentadora durante o programa de domingo",
        {
            "credit": "Reprodução/TV Kestrel",
            "description": "A apresentadora durante o programa de domingo",
        },
    ),
    (
        "generic-then-known-two-words",
        "Arquivo/Agência Brasil O presidente discursa no congresso",
        {"credit": "Arquivo/Agência Brasil", "agency": "Agencia Brasil"},
    ),
    (
        "cyrillic-agency-then-person",
        "ТАСС/Иван Петров Жители города вышли на улицы",
        {"credit": "ТАСС/Иван Петров", "photographer": "Иван Петров", "agency": "TASS"},
    ),
    # Neighbours: a pair of words with a slash opening a sentence is no credit.
    (
        "pair-of-places-is-text",
        "Israel/Gaza War Protesters march through the city",
        {"credit": None, "description": "Israel/Gaza War Protesters march through the city"},
    ),
    (
        "band-name-is-text",
        "AC/DC Fans queue for the concert",
        {"credit": None},
    ),
]


@_table(GLUED_CHAIN)
def test_a_chain_glued_before_the_caption(caption: str, expected: Expected) -> None:
    _check(caption, expected)


# G. Two words read as a person where the last is a country and the first no given name: an
# organisation named for its country.
NAMED_FOR_COUNTRY: list[tuple[str, str, Expected]] = [
    (
        "bare-after-sentence",
        "Students march through the capital. Aton Chile",
        {
            "description": "Students march through the capital",
            "photographer": None,
            "agency": "Aton Chile",
        },
    ),
    (
        "labelled",
        "Students march through the capital. Foto: Telediario Mexico",
        {"photographer": None, "agency": "Telediario Mexico"},
    ),
    (
        "first-in-chain",
        "Students march through the capital. Noticias Kestrel Argentina/Jo Roe",
        {"photographer": "Jo Roe"},
    ),
    (
        "org-then-person",
        "Students march through the capital. Aton Chile/Ana Vidal",
        {"photographer": "Ana Vidal", "agency": "Aton Chile"},
    ),
    (
        "map-product",
        "The route of the march. Image: Kestrel Maps",
        {"photographer": None, "agency": "Kestrel Maps"},
    ),
    # Neighbours: a known given name first keeps a person whose surname is a country.
    (
        "given-name-and-country-surname",
        "The model at the show. Photo: Kathy Ireland",
        {"photographer": "Kathy Ireland", "agency": None},
    ),
    (
        "given-name-and-country-surname-chain",
        "The actor arrives at the premiere. Tom Holland/Reuters",
        {"photographer": "Tom Holland", "agency": "Reuters"},
    ),
]


@_table(NAMED_FOR_COUNTRY)
def test_an_organisation_named_for_its_country(caption: str, expected: Expected) -> None:
    _check(caption, expected)


# H. A copyright mark and its year before a chain, alone or after a label: "(c) 2023 Name/AP",
# "Satellite image ©2023 Org/AP", "Image © 2021 Org".
COPYRIGHT_YEAR: list[tuple[str, str, Expected]] = [
    (
        "c-year-chain",
        "Rescuers dig through the rubble. (c) 2023 Lina Haddad/AP",
        {
            "description": "Rescuers dig through the rubble",
            "credit": "(c) 2023 Lina Haddad/AP",
            "photographer": "Lina Haddad",
            "agency": "AP",
        },
    ),
    (
        "label-mark-year-glued",
        "The dam before the flood. Satellite image ©2024 Maxar Technologies/AFP",
        {
            "description": "The dam before the flood",
            "agency": "Maxar Technologies",
            "photographer": None,
        },
    ),
    (
        "label-mark-year-spaced-german",
        "Der Hafen nach dem Sturm. Bild © 2022 Jonas Weber/dpa",
        {"description": "Der Hafen nach dem Sturm", "photographer": "Jonas Weber", "agency": "dpa"},
    ),
    (
        "year-in-the-sentence-stays",
        "Fans at the final of the 2023 cup. Lina Haddad/AP",
        {"description": "Fans at the final of the 2023 cup", "photographer": "Lina Haddad"},
    ),
]


@_table(COPYRIGHT_YEAR)
def test_a_copyright_year_before_the_chain(caption: str, expected: Expected) -> None:
    _check(caption, expected)


# I. A company named with a cue word of business ("Technologies", "Systems", "Aerospace"), and
# satellite imagery companies, which newsrooms credit alone.
COMPANIES: list[tuple[str, str, Expected]] = [
    (
        "technologies-labelled",
        "The port after the strike. Photo: Orbis Technologies",
        {"photographer": None, "agency": "Orbis Technologies"},
    ),
    (
        "systems-in-chain",
        "A test flight over the desert. Photo: Ana Vidal/Kestrel Systems",
        {"photographer": "Ana Vidal", "agency": "Kestrel Systems"},
    ),
    (
        "maxar-alone-after-sentence",
        "Craters line the runway. Maxar Technologies",
        {"description": "Craters line the runway", "agency": "Maxar Technologies"},
    ),
    (
        "planet-labs-handout",
        "Smoke over the refinery. Planet Labs PBC/Handout via REUTERS",
        {"agency": "Planet Labs", "via": "Reuters", "photographer": None},
    ),
    (
        "a-person-stays-a-person",
        "A worker at the plant. Photo: Ana Systo/Reuters",
        {"photographer": "Ana Systo", "agency": "Reuters"},
    ),
]


@_table(COMPANIES)
def test_a_company_is_an_organisation(caption: str, expected: Expected) -> None:
    _check(caption, expected)


# J. Two photographers joined by a comma before the chain: "Name, Name/Agency". The words
# before a comma join the credit only as a person's name (a given name first).
COMMA_NAMES: list[tuple[str, str, Expected]] = [
    (
        "two-names-afp",
        "Delegates leave the hall. Lina Haddad, Tom Brandt/AFP",
        {
            "description": "Delegates leave the hall",
            "photographer": "Lina Haddad; Tom Brandt",
            "agency": "AFP",
        },
    ),
    (
        "labelled-two-names-spanish",
        "Vecinos limpian la plaza. Fotos: María Ruiz, Pablo Soto/EFE",
        {"description": "Vecinos limpian la plaza", "photographer": "María Ruiz; Pablo Soto"},
    ),
    (
        "a-place-before-the-comma-stays",
        "A tram passes the old bridge in Porto, Portugal, Lina Haddad/AP",
        {"photographer": "Lina Haddad", "agency": "AP", "location": "Porto, Portugal"},
    ),
]


@_table(COMMA_NAMES)
def test_two_names_joined_by_a_comma(caption: str, expected: Expected) -> None:
    _check(caption, expected)


# K. A label before a spaced dash, then the name: "Photo - Name", "Crédit – Name".
# L. A source that names no one, alone after the caption: "Submitted photo", "Contributed photo".
# M. A reader's photo with its sender: "Submitted photo/Name", "Contributed photo/Name".
DASHED_AND_SUBMITTED: list[tuple[str, str, Expected]] = [
    (
        "photo-dash-name",
        "Volunteers plant trees along the river. Photo - Lina Haddad",
        {"description": "Volunteers plant trees along the river", "photographer": "Lina Haddad"},
    ),
    (
        "credit-en-dash-name-french",
        "Des bénévoles plantent des arbres. Crédit – Lina Haddad",
        {"description": "Des bénévoles plantent des arbres", "photographer": "Lina Haddad"},
    ),
    (
        "dash-without-label-keeps-place",
        "Volunteers plant trees in Leeds – Lina Haddad",
        {"description": "Volunteers plant trees in Leeds", "photographer": "Lina Haddad"},
    ),
    (
        "submitted-alone",
        "The choir sings at the spring concert. Submitted photo",
        {
            "description": "The choir sings at the spring concert",
            "credit": "Submitted photo",
            "photographer": None,
            "agency": None,
        },
    ),
    (
        "contributed-alone",
        "Students show their science projects. Contributed photo",
        {"description": "Students show their science projects", "agency": None},
    ),
    (
        "submitted-with-sender",
        "The choir sings at the spring concert. Submitted photo/Tom Brandt",
        {
            "description": "The choir sings at the spring concert",
            "photographer": "Tom Brandt",
            "agency": None,
        },
    ),
]


@_table(DASHED_AND_SUBMITTED)
def test_a_dashed_label_and_a_readers_photo(caption: str, expected: Expected) -> None:
    _check(caption, expected)


# N. A label of several words with no colon in French: "Photo d'illustration Name/Paper".
ILLUSTRATION_LABEL: list[tuple[str, str, Expected]] = [
    (
        "illustration-name",
        "Un marché couvert le matin. Photo d'illustration Lucie Marchal",
        {"description": "Un marché couvert le matin", "photographer": "Lucie Marchal"},
    ),
    (
        "illustration-chain",
        "Un marché couvert le matin. Photo d’illustration Lucie Marchal/Le Courrier du Lac",
        {
            "description": "Un marché couvert le matin",
            "photographer": "Lucie Marchal",
            "agency": "Le Courrier du Lac",
        },
    ),
    (
        "illustration-agency",
        "Un marché couvert le matin. Image d'illustration AFP",
        {"description": "Un marché couvert le matin", "agency": "AFP", "photographer": None},
    ),
]


@_table(ILLUSTRATION_LABEL)
def test_an_illustration_label_without_a_colon(caption: str, expected: Expected) -> None:
    _check(caption, expected)


# O. Credit sentences one after another, as museums and galleries print them: "Medium. ©
# Holder. Courtesy Gallery. Photo: Name". None is description; the first is the credit.
CREDIT_SENTENCES: list[tuple[str, str, Expected]] = [
    (
        "courtesy-then-photo",
        "Lina Haddad, Blue Harbour, 2011. Courtesy Kestrel Gallery. Photo: Tom Brandt",
        {
            "description": "Lina Haddad, Blue Harbour",
            "credit": "Courtesy Kestrel Gallery",
            "agency": "Kestrel Gallery",
            "photographer": "Tom Brandt",
        },
    ),
    (
        "copyright-courtesy-photo",
        "Lina Haddad, Harbour, 2011. Ink on paper. © Lina Haddad. Courtesy Kestrel Gallery. "
        "Photo: Tom Brandt",
        {
            "description": "Lina Haddad, Harbour, 2011. Ink on paper",
            "credit": "© Lina Haddad",
            "photographer": "Lina Haddad",
            "agency": "Kestrel Gallery",
        },
    ),
    (
        "german-two-labels",
        "Blick in die Ausstellung. Foto: Jonas Weber. Quelle: Kestrel Museum",
        {"description": "Blick in die Ausstellung", "photographer": "Jonas Weber"},
    ),
    (
        "a-sentence-that-is-no-credit-stays",
        "The band plays by the river. Photo by the sea. Lina Haddad/AP",
        {"description": "The band plays by the river. Photo by the sea", "agency": "AP"},
    ),
    (
        "space-agencies-listed",
        "Dust pillars in a young cluster. Credit: NASA, ESA, CSA, STScI",
        {"description": "Dust pillars in a young cluster", "agency": "NASA"},
    ),
]


@_table(CREDIT_SENTENCES)
def test_credit_sentences_one_after_another(caption: str, expected: Expected) -> None:
    _check(caption, expected)


# P. A Creative Commons licence marks a credit as plainly as a label: "Name / CC BY-SA 4.0",
# "Photo by Name, used under a Creative Commons license".
# Q. A source that names no one, then the platform that spread it: "Screenshot via YouTube",
# "Screengrab/X".
LICENSED_AND_SCREENSHOTS: list[tuple[str, str, Expected]] = [
    (
        "name-slash-cc",
        "A heron fishes in the shallows. Lina Haddad / CC BY-SA 4.0",
        {"description": "A heron fishes in the shallows", "photographer": "Lina Haddad"},
    ),
    (
        "creative-commons-spelled-out",
        "A heron fishes in the shallows. Photo by Lina Haddad, used under a Creative Commons "
        "license",
        {"description": "A heron fishes in the shallows", "photographer": "Lina Haddad"},
    ),
    (
        "bracketed-licence",
        "Ein Reiher im Schilf. Tom Brandt (CC BY 2.0)",
        {"description": "Ein Reiher im Schilf", "photographer": "Tom Brandt"},
    ),
    (
        "screenshot-via-platform",
        "The minister speaks to reporters. Screenshot via YouTube",
        {"description": "The minister speaks to reporters", "via": "YouTube", "agency": None},
    ),
    (
        "screengrab-slash-channel",
        "The minister speaks to reporters. Screengrab/Kestrel TV",
        {"description": "The minister speaks to reporters", "agency": "Kestrel TV"},
    ),
]


@_table(LICENSED_AND_SCREENSHOTS)
def test_a_licence_or_a_screenshot_marks_the_credit(caption: str, expected: Expected) -> None:
    _check(caption, expected)


# R. A date printed with the credit dates the photo when the caption gives none; a year alone
# there is the copyright's.
DATE_IN_CREDIT: list[tuple[str, str, Expected]] = [
    (
        "day-after-name",
        "Boats wait at the quay. Photo: Lina Haddad, May 3, 2023",
        {"description": "Boats wait at the quay", "date": "2023-05-03"},
    ),
    (
        "numeric-after-chain-dpa",
        "Boote warten am Kai. Jonas Weber/dpa, 03.05.2023",
        {"description": "Boote warten am Kai", "date": "2023-05-03"},
    ),
    (
        "copyright-year-is-no-date",
        "Boats wait at the quay. © Lina Haddad 2021",
        {"description": "Boats wait at the quay", "date": None},
    ),
    (
        "the-caption-date-wins",
        "Boats wait at the quay on May 1, 2020. Photo: Lina Haddad, May 3, 2023",
        {"date": "2020-05-01"},
    ),
]


@_table(DATE_IN_CREDIT)
def test_a_date_printed_with_the_credit(caption: str, expected: Expected) -> None:
    _check(caption, expected)
