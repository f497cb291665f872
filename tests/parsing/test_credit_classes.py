"""Credit shapes probed as classes on captions written for these tests, across agencies and
languages: each table holds the shape and near misses that must not change."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption, parse_credit


@pytest.mark.parametrize(
    ("caption", "photographer", "agency", "credit"),
    [
        (
            "A fisherman mends his nets at dawn on the quay. Photo: Jo Roe · Reuters",
            "Jo Roe",
            "Reuters",
            "Photo: Jo Roe · Reuters",
        ),
        ("Volunteers clear snow from the town hall steps • AFP", None, "AFP", "AFP"),
        (
            "Schulkinder winken mit Fahnen. Foto: Anna Berg • dpa",
            "Anna Berg",
            "dpa",
            "Foto: Anna Berg • dpa",
        ),
        (
            "Workers inspect the new tram line. Credit: Sam Hale · Getty Images",
            "Sam Hale",
            "Getty Images",
            "Credit: Sam Hale · Getty Images",
        ),
        ("Obreros en la nueva línea · Foto: Pedro Alves/EFE", "Pedro Alves", "EFE", None),
        # the bar itself, as before
        ("The old lighthouse in fog. Photo: Marek Nowak | Reuters", "Marek Nowak", "Reuters", None),
    ],
    ids=[
        "middle-dot",
        "bullet-agency-alone",
        "bullet-german",
        "dot-getty",
        "dot-before-label",
        "bar",
    ],
)
def test_a_dot_or_bullet_between_parts_is_a_bar(
    caption: str, photographer: str | None, agency: str, credit: str | None
) -> None:
    parsed = parse_caption(caption)
    assert (parsed.photographer, parsed.agency) == (photographer, agency)
    if credit is not None:
        assert parsed.credit == credit  # the marks as printed
    assert not (parsed.description or "").endswith(("·", "•", "|"))


@pytest.mark.parametrize(
    ("caption", "description"),
    [
        # unspaced, the middle dot is a letter's ("l·l" in Catalan), no separator
        (
            "Els castellers de Vilafranca fan un pilar. Foto: Pere Font/ACN",
            "Els castellers de Vilafranca fan un pilar",
        ),
        (
            "La col·lecció del museu, oberta al públic. Foto: Pere Font/ACN",
            "La col·lecció del museu, oberta al públic",
        ),
    ],
    ids=["plain", "catalan-middle-dot-inside-a-word"],
)
def test_a_dot_inside_a_word_stays(caption: str, description: str) -> None:
    assert parse_caption(caption).description == description


@pytest.mark.parametrize(
    ("caption", "photographer", "agency", "description"),
    [
        (
            "Two views of the harbour. Top: Jo Roe/AP. Bottom: Li Wei/Reuters",
            "Jo Roe",
            "AP",
            "Two views of the harbour",
        ),
        (
            "The mill before and after the flood. Left: Sam Hale/AFP. Right: Ana Cruz/Getty Images",
            "Sam Hale",
            "AFP",
            "The mill before and after the flood",
        ),
        (
            "Two views of the fjord. Top photo: Per Olsen/NTB. Bottom photo: Eva Holm/TT",
            "Per Olsen",
            "NTB",
            "Two views of the fjord",
        ),
        (
            "Zwei Ansichten des Hafens. Oben: Karl Meier/dpa. Unten: Uwe Brandt/AFP",
            "Karl Meier",
            "dpa",
            "Zwei Ansichten des Hafens",
        ),
        (
            "Deux vues du port. À gauche : Ana Cruz/AFP. À droite : Jean Roux/Reuters",
            "Ana Cruz",
            "AFP",
            "Deux vues du port",
        ),
        (
            "Dos vistas del puerto. Arriba: Pedro Alves/EFE; abajo: Luis Gil/AP",
            "Pedro Alves",
            "EFE",
            "Dos vistas del puerto",
        ),
        # the first names only a person: the second fills the agency
        (
            "The two teams. Top: Jo Roe. Bottom: Li Wei/Reuters",
            "Jo Roe",
            "Reuters",
            "The two teams",
        ),
        # one positioned credit alone: its label is no description either
        ("The view of the bay. Top: Jo Roe/AP", "Jo Roe", "AP", "The view of the bay"),
        # near misses: positions inside the description stay
        ("The view from above. Photo: Jo Roe/AP", "Jo Roe", "AP", "The view from above"),
        (
            "Left: a crane lifts the beam. Right: the finished bridge. Photo: Jo Roe/AP",
            "Jo Roe",
            "AP",
            "Left: a crane lifts the beam. Right: the finished bridge",
        ),
    ],
    ids=[
        "top-bottom",
        "left-right",
        "top-photo",
        "german",
        "french",
        "spanish-semicolon",
        "first-person-only",
        "one-positioned",
        "above-in-text",
        "positions-in-text",
    ],
)
def test_credits_labelled_by_position_give_the_first(
    caption: str, photographer: str, agency: str, description: str
) -> None:
    parsed = parse_caption(caption)
    assert (parsed.photographer, parsed.agency) == (photographer, agency)
    assert parsed.description == description


@pytest.mark.parametrize(
    ("credit", "photographer", "agency"),
    [
        ("Per Olsen/NTB", "Per Olsen", "NTB"),
        ("Foto: Per Hansen / Scanpix", "Per Hansen", "Scanpix"),
        # the client word itself stays one
        ("Marco Rossi per La Stampa", "Marco Rossi", "La Stampa"),
        ("Jo Roe/Per Corriere della Sera", "Jo Roe", "Corriere della Sera"),
        ("Jo Roe/For The Boston Globe", "Jo Roe", "The Boston Globe"),
    ],
    ids=["per-given-name", "per-labelled", "per-client", "per-client-segment", "for-client"],
)
def test_a_client_word_that_is_a_given_name(credit: str, photographer: str, agency: str) -> None:
    parsed = parse_credit(credit)
    assert (parsed.photographer, parsed.agency) == (photographer, agency)


@pytest.mark.parametrize(
    ("caption", "photographer", "agency", "date"),
    [
        (
            "A man walks past rubble. REUTERS/Jo Roe ATTENTION EDITORS - THIS IMAGE WAS "
            "PROVIDED BY A THIRD PARTY. NO RESALES. NO ARCHIVES",
            "Jo Roe",
            "Reuters",
            None,
        ),
        (
            "Riot police stand guard. REUTERS/Marek Nowak RC2K9Y9VCXQZ",
            "Marek Nowak",
            "Reuters",
            None,
        ),
        # a page's posting date dates the photo only as the last resort, as without the colon
        ("Fans cheer. Photo: Jo Roe/AFP Published: 12/05/2023", "Jo Roe", "AFP", "2023-05-12"),
        # near miss: a note in the caption, before its credit, stays caption
        (
            "A picture taken with a drone shows the dam. REUTERS/Jo Roe",
            "Jo Roe",
            "Reuters",
            None,
        ),
    ],
    ids=[
        "attention-editors",
        "picture-id-letters",
        "published-colon",
        "note-before-credit",
    ],
)
def test_notes_after_the_credit(
    caption: str, photographer: str, agency: str, date: str | None
) -> None:
    parsed = parse_caption(caption)
    assert (parsed.photographer, parsed.agency, parsed.date) == (photographer, agency, date)


@pytest.mark.parametrize(
    ("caption", "photographer", "agency", "description"),
    [
        (
            "Workers build the dam. Photo by Jo Roe, courtesy of Kestrel Historical Society",
            "Jo Roe",
            "Kestrel Historical Society",
            "Workers build the dam",
        ),
        (
            "Miners at the pit head, 1936. Photo by Sam Hale, courtesy of the Kestrel Museum",
            "Sam Hale",
            "the Kestrel Museum",
            "Miners at the pit head",
        ),
        (
            "Der neue Damm. Foto: Karl Meier, courtesy Stadtarchiv Kestrel",
            "Karl Meier",
            "Stadtarchiv Kestrel",
            "Der neue Damm",
        ),
        # near miss: a courtesy alone keeps the sentence before it
        (
            "Workers build the dam, the first in the valley. Courtesy of Kestrel Historical Society",
            None,
            "Kestrel Historical Society",
            "Workers build the dam, the first in the valley",
        ),
    ],
    ids=["photo-by-courtesy", "courtesy-of-the", "german-label", "courtesy-alone"],
)
def test_a_labelled_name_then_a_courtesy(
    caption: str, photographer: str | None, agency: str, description: str
) -> None:
    parsed = parse_caption(caption)
    assert (parsed.photographer, parsed.agency, parsed.description) == (
        photographer,
        agency,
        description,
    )


@pytest.mark.parametrize(
    ("caption", "photographer", "agency"),
    [
        ("A man walks to work. Photo by Jo Roe Jr./AP", "Jo Roe Jr", "AP"),
        ("A man walks to work. (Sam Hale III/Reuters)", "Sam Hale III", "Reuters"),
        ("A man walks to work. Tom Fisk Sr./The Kestrel Star", "Tom Fisk Sr", "The Kestrel Star"),
        # near miss: an abbreviation that ends a sentence before the credit
        ("The mayor of St. Paul speaks at City Hall in St. Paul. Jo Roe/AP", "Jo Roe", "AP"),
    ],
    ids=["jr", "roman-numeral", "sr-unknown-paper", "sentence-before"],
)
def test_a_name_suffix_before_the_slash(caption: str, photographer: str, agency: str) -> None:
    parsed = parse_caption(caption)
    assert (parsed.photographer or "").rstrip(".") == photographer
    assert parsed.agency == agency


@pytest.mark.parametrize(
    ("caption", "agency", "description"),
    [
        ("A starlet at the premiere. GLOBE PICTURE SERVICE", "GLOBE PICTURE SERVICE", None),
        ("A ship in the harbour. Kestrel Port Authority", "Kestrel Port Authority", None),
        ("A lion cub at the zoo. Kestrel Zoo", "Kestrel Zoo", None),
        ("A new phone on display. Initech Ltd.", "Initech Ltd", "A new phone on display"),
        ("A bride and groom at sunset. Jo Roe Photography", "Jo Roe Photography", None),
        ("Ein Schiff im Hafen. Hafen Hamburg Marketing", "Hafen Hamburg Marketing", None),
        # near misses: a place, a building, a sentence or a band closing the caption
        ("The crowd in the main square. Kestrel Square", None, None),
        ("The mayor speaks to the press. City Hall", None, None),
        ("He was later released. Police said", None, None),
        ("The band plays on. Rolling Stones", None, None),
    ],
    ids=[
        "capitals",
        "authority",
        "zoo",
        "ltd-with-stop",
        "studio-named-for-photographer",
        "marketing",
        "square",
        "city-hall",
        "sentence",
        "band",
    ],
)
def test_an_organisation_alone_closing_the_caption(
    caption: str, agency: str | None, description: str | None
) -> None:
    parsed = parse_caption(caption)
    assert parsed.agency == agency
    if description is not None:
        assert parsed.description == description


@pytest.mark.parametrize(
    ("caption", "photographer", "agency", "description"),
    [
        (
            "A worker walks past containers.\nPhoto: Jo Roe/Bloomberg\nRead more about trade",
            "Jo Roe",
            "Bloomberg",
            "A worker walks past containers",
        ),
        (
            "A man reads a newspaper.\nJo Roe | Getty Images\nAdvertisement",
            "Jo Roe",
            "Getty Images",
            "A man reads a newspaper",
        ),
        (
            "A man reads a newspaper.\n\nJo Roe\n\nReuters",
            "Jo Roe",
            "Reuters",
            "A man reads a newspaper",
        ),
        (
            "Image\nA man reads a newspaper.Credit...Jo Roe/Reuters",
            "Jo Roe",
            "Reuters",
            "A man reads a newspaper",
        ),
        (
            "A man reads a newspaper. (Jo Roe/Getty Images) Jo Roe/Getty Images",
            "Jo Roe",
            "Getty Images",
            "A man reads a newspaper",
        ),
        # near misses: a caption line after the credit's stays; an agency alone on the last line
        # after a sentence keeps the sentence
        (
            "Title of the gallery\nJo Roe/AP\nA man reads a newspaper in the square.",
            "Jo Roe",
            "AP",
            None,
        ),
        ("A man reads a newspaper.\nIn the square.\nReuters", None, "Reuters", None),
    ],
    ids=[
        "credit-line-then-page-words",
        "bar-credit-then-advertisement",
        "name-and-agency-lines",
        "label-line-above",
        "credit-repeated",
        "caption-after-credit-line",
        "sentence-then-agency-line",
    ],
)
def test_a_credit_on_lines_of_its_own(
    caption: str, photographer: str | None, agency: str, description: str | None
) -> None:
    parsed = parse_caption(caption)
    assert (parsed.photographer, parsed.agency) == (photographer, agency)
    if description is not None:
        assert parsed.description == description


@pytest.mark.parametrize(
    ("caption", "photographer", "agency", "via"),
    [
        (
            "A diver in the reef. Jo Roe for The Kestrel Times via Getty Images",
            "Jo Roe",
            "The Kestrel Times",
            "Getty Images",
        ),
        (
            "A diver in the reef. Jo Roe for The Kestrel Evening Chronicle via Getty Images",
            "Jo Roe",
            "The Kestrel Evening Chronicle",
            "Getty Images",
        ),
        # near miss: a long closing sentence without "via" stays description
        (
            "A diver in the reef. Jo Roe swam for the Kestrel Swimming Club in the final",
            None,
            None,
            None,
        ),
    ],
    ids=["client-and-via", "long-client-and-via", "long-sentence"],
)
def test_a_long_credit_sentence_with_client_and_distributor(
    caption: str, photographer: str | None, agency: str | None, via: str | None
) -> None:
    parsed = parse_caption(caption)
    assert (parsed.photographer, parsed.agency, parsed.via) == (photographer, agency, via)
