"""Credit shapes left over after the earlier probes, one table per shape: a short description
before a spaced dash and a slash credit, a source alone in brackets (call letters, "Supplied"),
a name then a newspaper the registry knows, a role said with the word for photo before a slash,
a place then an organisation's initials. Every caption is written for these tests (names and
events invented), each shape across several agencies and languages, with neighbours that must
keep their reading."""

from __future__ import annotations

from tests.parsing.test_credit_shapes import Expected, _check, _table

# A short description with no sentence stop, a spaced dash, then "Name/Agency": the description's
# lower-case words ("arrives", "in") say it is no member of the credit's chain.
DESCRIPTION_DASH: list[tuple[str, str, Expected]] = [
    (
        "verb-getty",
        "The king arrives - Jo Roe/Getty Images",
        {"description": "The king arrives", "photographer": "Jo Roe", "agency": "Getty Images"},
    ),
    (
        "preposition-ap",
        "Protesters in Tehran - Jane Roe/AP",
        {"description": "Protesters in Tehran", "photographer": "Jane Roe", "agency": "AP"},
    ),
    (
        "german-dpa",
        "Demonstranten vor dem Reichstag - Max Bauer/dpa",
        {"photographer": "Max Bauer", "agency": "dpa", "credit": "Max Bauer/dpa"},
    ),
    (
        "french-en-dash-afp",
        "Le président arrive – Jean Dupont/AFP",
        {"description": "Le président arrive", "photographer": "Jean Dupont", "agency": "AFP"},
    ),
    (
        "em-dash-reuters",
        "Firefighters at the scene — Sam Lee/Reuters",
        {"photographer": "Sam Lee", "agency": "Reuters", "credit": "Sam Lee/Reuters"},
    ),
    (
        "two-words-ap",
        "Storm damage - Ann Lee/AP",
        {"description": "Storm damage", "photographer": "Ann Lee", "agency": "AP"},
    ),
    # Near misses: a name before the dash is a chain member, a label opens the credit.
    (
        "name-before-dash",
        "Jo Roe - WPA Pool/Getty Images",
        {"description": None, "photographer": "Jo Roe", "agency": "Getty Images"},
    ),
    (
        "label-before-dash",
        "Photo - Jo Roe/AP",
        {"description": None, "photographer": "Jo Roe", "agency": "AP"},
    ),
]


@_table(DESCRIPTION_DASH)
def test_description_before_dash(caption: str, expected: Expected) -> None:
    _check(caption, expected)


# A bracket closing the caption that holds only a station's call letters, or only a source that
# names nobody. Near misses: call letters spelled out just before are an abbreviation; an
# acronym that is no call sign stays in the description.
SOURCE_ALONE: list[tuple[str, str, Expected]] = [
    (
        "call-letters-k",
        "Police block the road (KGW)",
        {"description": "Police block the road", "credit": "KGW", "agency": "KGW"},
    ),
    (
        "call-letters-w",
        "Crews clear snow on the interstate (WXYZ)",
        {"credit": "WXYZ", "agency": "WXYZ", "photographer": None},
    ),
    (
        "call-letters-band",
        "Smoke over the harbour. (KOMO-TV)",
        {"description": "Smoke over the harbour", "agency": "KOMO-TV"},
    ),
    (
        "call-letters-channel",
        "Snow on the pass (KOIN 6)",
        {"description": "Snow on the pass", "agency": "KOIN 6"},
    ),
    (
        "spelled-out-channel",
        "A report by Kestrel Open Info Network (KOIN 6)",
        {"credit": None, "agency": None},
    ),
    (
        "canadian-broadcaster",
        "Smoke over the city (CTV News)",
        {"description": "Smoke over the city", "agency": "CTV News"},
    ),
    (
        "british-broadcaster",
        "Flood water in the square. Picture: ITV News",
        {"agency": "ITV News", "photographer": None},
    ),
    (
        "known-broadcaster",
        "Des pompiers sur place (Radio-Canada)",
        {"description": "Des pompiers sur place", "agency": "CBC"},
    ),
    (
        "supplied",
        "The pair on their wedding day (Supplied)",
        {"description": "The pair on their wedding day", "credit": "Supplied", "agency": None},
    ),
    (
        "courtesy",
        "The family at home. (Courtesy)",
        {"description": "The family at home", "credit": "Courtesy", "agency": None},
    ),
    (
        "labelled-name-then-station",
        "Police block the road. Photo: Jo Roe (KGW)",
        {"credit": "Photo: Jo Roe (KGW)", "photographer": "Jo Roe", "agency": "KGW"},
    ),
    (
        "spelled-out-before",
        "Vaccines arrive, said the World Health Organization (WHO)",
        {"credit": None, "agency": None},
    ),
    (
        "spelled-out-station-name",
        "The plant was run by Kestrel Gas Works (KGW)",
        {"credit": None, "agency": None},
    ),
    (
        "other-acronym",
        "Players at the training camp (NFL)",
        {"credit": None, "agency": None},
    ),
]


@_table(SOURCE_ALONE)
def test_source_alone_in_brackets(caption: str, expected: Expected) -> None:
    _check(caption, expected)


# A person, a comma and a newspaper with no word of its kind in its name, closing the caption
# with no label: the registry knows the paper. Near misses: the same words as the object of a
# sentence, two people.
NAME_COMMA_PAPER: list[tuple[str, str, Expected]] = [
    (
        "us-paper",
        "The new library opens on Main Street. Ann Lee, The Oregonian",
        {"photographer": "Ann Lee", "agency": "The Oregonian", "credit": "Ann Lee, The Oregonian"},
    ),
    (
        "french-paper",
        "Les supporters devant le stade. Jean Dupont, Le Monde",
        {"photographer": "Jean Dupont", "agency": "Le Monde"},
    ),
    (
        "spanish-paper",
        "Manifestantes en la plaza. Pedro Gómez, El País",
        {"photographer": "Pedro Gómez", "agency": "El País"},
    ),
    (
        "german-paper",
        "Fans vor dem Stadion. Max Bauer, Der Spiegel",
        {"photographer": "Max Bauer", "agency": "Der Spiegel"},
    ),
    (
        "australian-paper",
        "Surfers at dawn. Sam Lee, The Age",
        {"photographer": "Sam Lee", "agency": "The Age"},
    ),
    (
        "object-of-sentence",
        "The mayor met Ann Lee, The Oregonian",
        {"photographer": None, "credit": None},
    ),
    (
        "two-people",
        "Fans cheer the team. Jo Roe, Ann Lee",
        {"photographer": None, "credit": None},
    ),
]


@_table(NAME_COMMA_PAPER)
def test_name_comma_paper(caption: str, expected: Expected) -> None:
    _check(caption, expected)


# A role said with the word for photo, a slash, then a source no registry knows and no word of
# its kind marks: the role is a credit's own form, as a label is.
ROLE_PHOTO_SLASH: list[tuple[str, str, Expected]] = [
    (
        "file-photo-paper",
        "The old mill before the fire. File photo/Kestrel Examiner",
        {"description": "The old mill before the fire", "agency": "Kestrel Examiner"},
    ),
    (
        "file-photo-capitals",
        "The old mill before the fire. FILE PHOTO/Kestrel Examiner",
        {"credit": "FILE PHOTO/Kestrel Examiner", "agency": "Kestrel Examiner"},
    ),
    (
        "file-photo-office",
        "The bridge in 2019. File Photo/Kestrel County Sheriff's Office",
        {"agency": "Kestrel County Sheriff's Office", "photographer": None},
    ),
    (
        "handout-photo-source",
        "Der Tatort am Morgen. Handout photo/Kestrel Polizei",
        {"credit": "Handout photo/Kestrel Polizei", "agency": "Kestrel Polizei"},
    ),
    (
        "file-photo-person",
        "The old mill before the fire. File photo/Jo Roe",
        {"photographer": "Jo Roe", "agency": None},
    ),
    (
        "known-agency-unchanged",
        "The old mill before the fire. File photo/AP",
        {"credit": "File photo/AP", "agency": "AP"},
    ),
]


@_table(ROLE_PHOTO_SLASH)
def test_role_photo_slash(caption: str, expected: Expected) -> None:
    _check(caption, expected)


# A place's name, then a charity's or a service's initials: an organisation, not a person.
# Near misses: a surname printed in capitals after a given name stays a person.
PLACE_INITIALS: list[tuple[str, str, Expected]] = [
    (
        "labelled-rnli",
        "The lifeboat launches. Photo: Kestrel RNLI",
        {"photographer": None, "agency": "Kestrel RNLI"},
    ),
    (
        "bracketed-spca",
        "A seal on the beach. (Kestrel SPCA)",
        {"photographer": None, "agency": "Kestrel SPCA"},
    ),
    (
        "labelled-ymca",
        "The pool reopens. Picture: Kestrel YMCA",
        {"photographer": None, "agency": "Kestrel YMCA"},
    ),
    (
        "labelled-ses",
        "Flood rescue in the valley. Photo: Kestrel SES",
        {"photographer": None, "agency": "Kestrel SES"},
    ),
    (
        "unlabelled-not-a-person",
        "A seal on the beach. Kestrel SPCA",
        {"photographer": None},
    ),
    (
        "capital-surname-french",
        "Le maire au conseil. Photo : Jean DUPONT/AFP",
        {"photographer": "Jean Dupont", "agency": "AFP"},
    ),
    (
        "capital-surname-english",
        "Fans at the match. Photo: Jo ROE",
        {"photographer": "Jo Roe", "agency": None},
    ),
]


@_table(PLACE_INITIALS)
def test_place_then_initials(caption: str, expected: Expected) -> None:
    _check(caption, expected)


def test_note_after_a_credit_stays_a_note() -> None:
    # "(Archiv)" after a labelled credit is a note on it, not a second, empty credit.
    _check(
        "Der Bahnhof vor dem Umbau. Foto: Thomas Krüger (Archiv)",
        {"photographer": "Thomas Krüger", "agency": None},
    )
    _check("Smoke over the harbour. Photo: Jo Roe (Supplied)", {"photographer": "Jo Roe"})


# A person's name alone as the caption's last sentence, then a known agency in brackets, with
# no label: "... in Quito. Ana Ruiz (EFE)". The name opens with a known given name and stands
# after a sentence that ends; a title's period ("Sen."), a town named like a person ("Santa
# Fe") and an organisation nobody registered keep the bracket a source alone.
NAME_SENTENCE_BRACKET: list[tuple[str, str, Expected]] = [
    (
        "english-reuters",
        "Protesters march past the parliament in Quito. Jo Roe (Reuters)",
        {"photographer": "Jo Roe", "agency": "Reuters", "credit": "Jo Roe (Reuters)"},
    ),
    (
        "spanish-efe",
        "Manifestantes marchan frente al Congreso en Lima. Ana Ruiz (EFE)",
        {"photographer": "Ana Ruiz", "agency": "EFE", "credit": "Ana Ruiz (EFE)"},
    ),
    (
        "german-dpa",
        "Besucher stehen vor dem Museum in Köln Schlange. Maria Schmidt (dpa)",
        {"photographer": "Maria Schmidt", "agency": "dpa", "credit": "Maria Schmidt (dpa)"},
    ),
    (
        "french-afp",
        "Des manifestants défilent à Lyon. Jean Dupont (AFP)",
        {"photographer": "Jean Dupont", "agency": "AFP", "credit": "Jean Dupont (AFP)"},
    ),
    (
        "ap-photo",
        "A crew repairs a power line after the storm. Sam Lee (AP Photo)",
        {"photographer": "Sam Lee", "agency": "AP", "credit": "Sam Lee (AP Photo)"},
    ),
    # Near misses.
    (
        "title-period",
        "Former Ohio Sen. Mark Tolliver (Associated Press)",
        {"photographer": None, "agency": "AP", "credit": "Associated Press"},
    ),
    (
        "town-like-a-name",
        "Fans wait for the parade downtown. Santa Fe (AP)",
        {"photographer": None, "agency": "AP", "credit": "AP"},
    ),
    (
        "one-sentence",
        "Mark Tolliver (Reuters)",
        {"photographer": None, "agency": "Reuters", "credit": "Reuters"},
    ),
    (
        "unknown-organisation",
        "Crews clear the road near the dam. Jo Roe (Tolliver Brothers)",
        {"photographer": None, "agency": None},
    ),
]


@_table(NAME_SENTENCE_BRACKET)
def test_name_sentence_then_bracketed_agency(caption: str, expected: Expected) -> None:
    _check(caption, expected)
