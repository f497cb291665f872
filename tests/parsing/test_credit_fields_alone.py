"""Credit fields read alone (IPTC Credit, By-line and Copyright fields, ``parse_credit``), one
table per shape that a newsroom system's fields take and the parser once misread. Every field
is written for these tests (names invented; agencies real), each shape across several agencies
and languages, with neighbours that must keep their reading."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_credit

# credit line, then (photographer, agency, via)
Row = tuple[str, str, tuple[str | None, str | None, str | None]]


def _table(rows: list[Row]) -> pytest.MarkDecorator:
    return pytest.mark.parametrize(
        ("field", "expected"), [(row[1], row[2]) for row in rows], ids=[row[0] for row in rows]
    )


def _reading(field: str) -> tuple[str | None, str | None, str | None]:
    parsed = parse_credit(field)
    return parsed.photographer, parsed.agency, parsed.via


# A. Usage terms and rights statements after the credit, in any language: the owner's words
# about the photo's use, no part of who made it. They had been read as a name or an agency.
USAGE_TERMS: list[Row] = [
    (
        "copyright-wire-all-rights",
        "Copyright 2022 The Associated Press. All rights reserved.",
        (None, "AP", None),
    ),
    (
        "copyright-sign-wire",
        "Copyright © 2021 Reuters. All rights reserved.",
        (None, "Reuters", None),
    ),
    (
        "unknown-studio",
        "© 2019 Kestrel Images Ltd. All rights reserved.",
        (None, "Kestrel Images Ltd", None),
    ),
    ("person-capitalised", "© Jo Roe. All Rights Reserved.", ("Jo Roe", None, None)),
    ("person-dash", "© Mira Osei - all rights reserved", ("Mira Osei", None, None)),
    ("wire-editorial-use", "REUTERS/Sam Hale EDITORIAL USE ONLY", ("Sam Hale", "Reuters", None)),
    ("aap-no-archiving", "AAP Image/Lee Park NO ARCHIVING", ("Lee Park", "AAP", None)),
    ("not-for-sale", "Jo Roe/AFP - NOT FOR SALE", ("Jo Roe", "AFP", None)),
    ("german", "© Anna Berg - Alle Rechte vorbehalten", ("Anna Berg", None, None)),
    ("french", "© Jean Dupont. Tous droits réservés", ("Jean Dupont", None, None)),
    (
        "spanish",
        "Foto: Pedro Alves/EFE. Todos los derechos reservados",
        ("Pedro Alves", "EFE", None),
    ),
    ("russian", "© Иван Петров/ТАСС. Все права защищены", ("Иван Петров", "TASS", None)),
    ("statement-alone", "All rights reserved", (None, None, None)),
    # neighbours: a credit without terms keeps its reading
    ("plain-copyright", "© 2023 Jo Roe", ("Jo Roe", None, None)),
    ("plain-wire", "Copyright Reuters", (None, "Reuters", None)),
]


@_table(USAGE_TERMS)
def test_usage_terms_after_the_credit(
    field: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    assert _reading(field) == expected


def test_usage_terms_leave_the_credit_text() -> None:
    assert parse_credit("© Jo Roe. All Rights Reserved.").credit == "© Jo Roe"


# B. How to reach the photographer, written into a by-line field after the name: an e-mail
# address (after a space, in brackets or angle brackets), or the photographer's own web site.
# The whole field had been read as an organisation's name ("Jo Roe jo.roe@kestreltimes.com"),
# or a site's scheme as the agency ("https").
CONTACTS: list[Row] = [
    ("email-after-space", "Jo Roe jo.roe@kestreltimes.com", ("Jo Roe", None, None)),
    ("email-in-brackets", "Sam Hale (sam.hale@example.org)", ("Sam Hale", None, None)),
    ("email-in-angles", "Mira Osei <mira@osei.photo>", ("Mira Osei", None, None)),
    ("email-after-chain", "JO ROE/REUTERS jroe@example.com", ("Jo Roe", "Reuters", None)),
    (
        "email-german-label",
        "Foto: Anna Berg (anna.berg@example.de)/dpa",
        ("Anna Berg", "dpa", None),
    ),
    (
        "email-russian-label",
        "Фото: Иван Петров ivan.petrov@example.ru",
        ("Иван Петров", None, None),
    ),
    ("own-site-www", "Jo Roe | www.joroe.com", ("Jo Roe", None, None)),
    ("own-site-scheme", "Lena Marsh - https://lenamarshphoto.net", ("Lena Marsh", None, None)),
    ("own-site-bracketed", "Photo: Sam Hale (www.samhale.co.uk)", ("Sam Hale", None, None)),
    # another organisation's site stays its owner, without scheme or "www."
    (
        "agency-site-scheme",
        "Jo Roe | https://www.kestrelimages.com",
        ("Jo Roe", "kestrelimages.com", None),
    ),
    ("known-site", "Jo Roe/www.shutterstock.com", ("Jo Roe", "Shutterstock", None)),
    # neighbours: a handle and a bar-separated address keep their readings
    ("address-after-bar", "Jo Roe | jo.roe@example.com", ("Jo Roe", None, None)),
    ("site-as-printed", "Pedro Alves/Cuartoscuro.com", ("Pedro Alves", "Cuartoscuro", None)),
]


@_table(CONTACTS)
def test_contacts_after_the_name(
    field: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    assert _reading(field) == expected


# C. A By-line field's own label before the photographer: "By", "BY:", "By-line:", and the
# by-words of other languages that are no name's particle or given name ("Por", "Par"). In a
# caption a lone "By Name" is a writer's byline; in a By-line field it names who took the photo,
# and a name whose last word is also an organisation word ("Lee Park") had become an agency.
BY_LINE_LABELS: list[Row] = [
    ("by-org-word-surname", "By Lee Park", ("Lee Park", None, None)),
    ("by-capitals", "BY MIA CHAPEL", ("Mia Chapel", None, None)),
    ("by-lower-case-label", "by Jo Roe", ("Jo Roe", None, None)),
    ("by-all-lower-case", "by sam hale", ("Sam Hale", None, None)),
    ("by-colon", "By: Mira Osei", ("Mira Osei", None, None)),
    ("byline-label", "Byline: Jo Roe", ("Jo Roe", None, None)),
    ("by-line-label-chain", "BY-LINE: JO ROE/AFP", ("Jo Roe", "AFP", None)),
    ("spanish-por", "Por Ana Gil", ("Ana Gil", None, None)),
    ("french-par", "Par Jean Dupont/AFP", ("Jean Dupont", "AFP", None)),
    ("by-agency", "By the Associated Press", (None, "AP", None)),
    ("by-chain", "By Lee Park/Reuters", ("Lee Park", "Reuters", None)),
    # neighbours: a by-word that is a given name or a name's particle opens the name
    ("given-name-oleh", "Oleh Petrenko", ("Oleh Petrenko", None, None)),
    ("particle-van", "Van Morrison Hale/AP", ("Van Morrison Hale", "AP", None)),
    ("name-starting-by", "Byron Lee", ("Byron Lee", None, None)),
]


@_table(BY_LINE_LABELS)
def test_a_by_line_label_before_the_name(
    field: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    assert _reading(field) == expected


def test_a_by_line_keeps_its_text() -> None:
    assert parse_credit("By  Lee Park").credit == "By Lee Park"


# D. A known given name, then a last name that is also an organisation word ("Lee Park", "Ben
# Church"), where the credit's shape marks a person: in a list beside other people, or with a
# given name that is also a name's particle ("Ben", "Van", "Al"). The list had become one
# organisation ("Sam Hale and Lee Park"), and "Ben Church/AFP" an agency.
ORG_WORD_SURNAMES: list[Row] = [
    (
        "third-of-a-list",
        "Jo Roe, Sam Hale and Lee Park/Reuters",
        ("Jo Roe; Sam Hale; Lee Park", "Reuters", None),
    ),
    ("second-of-two", "Sam Hale and Mia Chapel Bank/AP", ("Sam Hale; Mia Chapel Bank", "AP", None)),
    ("pair-alone", "Anna Berg and Lee Park", ("Anna Berg; Lee Park", None, None)),
    ("list-german-label", "Foto: Anna Berg und Tom Park/dpa", ("Anna Berg; Tom Park", "dpa", None)),
    ("particle-given-name-chain", "Ben Church/AFP", ("Ben Church", "AFP", None)),
    ("particle-given-name-photo-by", "Photo by Ben Church", ("Ben Church", None, None)),
    ("particle-given-name-capitals", "VAN PARK/REUTERS", ("Van Park", "Reuters", None)),
    # neighbours: a place or a paper keeps its reading
    ("paper-after-person", "Jo Roe, Kestrel Park/AFP", ("Jo Roe", "Kestrel Park", None)),
    ("particle-paper", "Jo Roe/Al Post", ("Jo Roe", "Al Post", None)),
    ("article-paper", "Jo Roe/La Nation", ("Jo Roe", "La Nation", None)),
]


@_table(ORG_WORD_SURNAMES)
def test_an_organisation_word_as_a_last_name(
    field: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    assert _reading(field) == expected


# E. A language's credit label in its plural or shortened form ("Zdj.", "Zdjęcia:", "Foto's:",
# "Fotók:", "Фотографии:", "Fotoğraflar:"): the label had been read into the name or the
# name dropped, where the singular form ("Zdjęcie:", "Foto:") was known.
LABEL_FORMS: list[Row] = [
    ("polish-short", "Zdj. Jan Nowak/PAP", ("Jan Nowak", "PAP", None)),
    (
        "polish-plural",
        "Zdjęcia: Anna Kowalska/Agencja Gazeta",
        ("Anna Kowalska", "Agencja Gazeta", None),
    ),
    ("dutch-plural", "Foto's: Anne de Vries/ANP", ("Anne de Vries", "ANP", None)),
    ("hungarian-plural", "Fotók: Kovács Anna", ("Kovács Anna", None, None)),
    ("russian-plural", "Фотографии: Иван Петров/ТАСС", ("Иван Петров", "TASS", None)),
    ("turkish-plural", "Fotoğraflar: Ali Yılmaz/DHA", ("Ali Yılmaz", "DHA", None)),
    ("swedish-plural", "Foton: Lars Berg/TT", ("Lars Berg", "TT", None)),
    # neighbours: the singular forms keep their reading
    ("polish-singular", "Zdjęcie: Jan Nowak/PAP", ("Jan Nowak", "PAP", None)),
    ("dutch-singular", "Foto: Anne de Vries/ANP", ("Anne de Vries", "ANP", None)),
]


@_table(LABEL_FORMS)
def test_a_labels_plural_and_short_forms(
    field: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    assert _reading(field) == expected


# F. A given name, name particles, then a family name that is also an organisation word
# ("Jean-Pierre de la Tour", "Anna van der Bank"): the particles say a family name follows.
# The whole name had become the agency, even before a known one ("Jean de la Tour/AFP").
PARTICLES_BEFORE_SURNAME: list[Row] = [
    ("french-capitals-alone", "JEAN-PIERRE DE LA TOUR", ("Jean-Pierre de la Tour", None, None)),
    ("french-before-agency", "Jean de la Tour/AFP", ("Jean de la Tour", "AFP", None)),
    ("dutch-bank", "Anna van der Bank/ANP", ("Anna van der Bank", "ANP", None)),
    ("german-label", "Foto: Lena von der Post/dpa", ("Lena von der Post", "dpa", None)),
    ("spanish-by-line", "Por María de la Iglesia/EFE", ("María de la Iglesia", "EFE", None)),
    # neighbours: no given name before the particles, no person
    ("hotel", "Hotel de la Tour", (None, "Hotel de la Tour", None)),
    ("race", "Tour de France", (None, "Tour de France", None)),
]


@_table(PARTICLES_BEFORE_SURNAME)
def test_particles_before_an_organisation_word_surname(
    field: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    assert _reading(field) == expected


# G. A label, then one known given name whose last name is also an organisation word
# ("Photographer: Lee Park", "Foto: Mia Chapel"): the label marks the credit, and the name a
# person, as after "Photo by". The name had become an agency.
LABELLED_ORG_WORD_SURNAMES: list[Row] = [
    ("photographer-label", "Photographer: Lee Park", ("Lee Park", None, None)),
    ("photographer-particle-name", "Photographer: Ben Church", ("Ben Church", None, None)),
    ("photo-label", "Photo: Mia Chapel", ("Mia Chapel", None, None)),
    ("german-label", "Foto: Tom Bank", ("Tom Bank", None, None)),
    ("german-role-label", "Fotograf: Lena Herald", ("Lena Herald", None, None)),
    ("copyright", "© Sam Church", ("Sam Church", None, None)),
    # neighbours: a place's name opens an institution; a paper stays one
    ("place-then-word", "Photo: Georgia State", (None, "Georgia State", None)),
    ("paper", "Photo: Kestrel Herald", (None, "Kestrel Herald", None)),
    ("city", "Source: Carson City", (None, "Carson City", None)),
]


@_table(LABELLED_ORG_WORD_SURNAMES)
def test_a_labelled_name_with_an_organisation_word(
    field: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    assert _reading(field) == expected


# H. A label, then the credit in brackets ("Photo: (Jo Roe/AFP)"): the brackets inside the
# label hold the whole credit. The bracketed chain had been read whole as an organisation.
BRACKETS_AFTER_LABEL: list[Row] = [
    ("round", "Photo: (Jo Roe/AFP)", ("Jo Roe", "AFP", None)),
    ("square-german", "Foto: [Anna Berg/dpa]", ("Anna Berg", "dpa", None)),
    ("wire-first", "Photo: (AP Photo/Jo Roe)", ("Jo Roe", "AP", None)),
    ("russian", "Фото: (Иван Петров/ТАСС)", ("Иван Петров", "TASS", None)),
    # neighbours: brackets without a label, and an agency in brackets after the name
    ("no-label", "(Jo Roe/AFP)", ("Jo Roe", "AFP", None)),
    ("agency-bracketed", "Photo: Jo Roe (AFP)", ("Jo Roe", "AFP", None)),
]


@_table(BRACKETS_AFTER_LABEL)
def test_brackets_after_the_label(
    field: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    assert _reading(field) == expected


# I. A distributor named with "via" inside brackets after the credit ("Jo Roe (AFP via Getty
# Images)", "Kestrel Museum (via AP)"): the "via" had split the brackets, leaving "Jo Roe
# (AFP" as the agency.
BRACKETED_VIA: list[Row] = [
    ("person-chain", "Jo Roe (AFP via Getty Images)", ("Jo Roe", "AFP", "Getty Images")),
    ("german-label", "Foto: Anna Berg (dpa via Reuters)", ("Anna Berg", "dpa", "Reuters")),
    ("person-via-only", "Sam Hale (via Reuters)", ("Sam Hale", None, "Reuters")),
    ("organisation-via-only", "Kestrel Museum (via AP)", (None, "Kestrel Museum", "AP")),
    ("spanish-via", "Foto: Ana Gil (EFE vía Getty Images)", ("Ana Gil", "EFE", "Getty Images")),
    # neighbours: an agency alone in brackets, and "via" outside them
    ("agency-bracketed", "Jo Roe (AFP)", ("Jo Roe", "AFP", None)),
    ("via-outside", "Jo Roe (Reuters) via AP", ("Jo Roe", "Reuters", "AP")),
]


@_table(BRACKETED_VIA)
def test_via_inside_brackets(
    field: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    assert _reading(field) == expected


# A national agency's desk under the name AFP's credits print for it ("Name/BELGA MAG/AFP"):
# the registry's data. It had been kept as an unknown organisation.
@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("Jo Roe/BELGA MAG/AFP", ("Jo Roe", "Belga", None)),
        ("BELGA MAG/Ana Peeters", ("Ana Peeters", "Belga", None)),
    ],
    ids=["belga-mag-chain", "belga-mag-first"],
)
def test_an_agencys_desk_name(
    field: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    assert _reading(field) == expected


# K. A wire's or distributor's short name in capitals beside a person's name with only a space
# between ("Jo Roe AFP", "REUTERS Jo Roe"): a field typed without its slash. It had been read
# as one name ("Jo Roe Afp") or as one organisation ("AFP Jo Roe").
WIRE_BESIDE_NAME: list[Row] = [
    ("name-then-wire", "Jo Roe AFP", ("Jo Roe", "AFP", None)),
    ("capitals", "JO ROE AFP", ("Jo Roe", "AFP", None)),
    ("wire-then-name", "REUTERS Sam Hale", ("Sam Hale", "Reuters", None)),
    ("short-wire-first", "AP Mira Osei", ("Mira Osei", "AP", None)),
    ("german-label", "Foto: Anna Berg DPA", ("Anna Berg", "dpa", None)),
    ("then-via", "Jo Roe AFP via Getty Images", ("Jo Roe", "AFP", "Getty Images")),
    # neighbours: one organisation's name, and a wire's capitals before a name in capitals
    ("wire-photo", "AFP PHOTO", (None, "AFP", None)),
    ("organisation-with-wire-initials", "KCNA Watch", (None, "KCNA Watch", None)),
    ("dutch-capitals", "ANP REMKO DE WAAL", ("Remko de Waal", "ANP", None)),
]


@_table(WIRE_BESIDE_NAME)
def test_a_wire_beside_a_name(
    field: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    assert _reading(field) == expected
