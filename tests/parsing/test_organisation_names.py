"""An organisation's name before a credit's slash runs on through its connectors: "Ministry of
Defence/Handout", not "Defence/Handout". Captions written for the test."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption


@pytest.mark.parametrize(
    ("caption", "agency", "description"),
    [
        (
            "A drone flies over a field in an undated handout picture. "
            "Ministry of Defence/Handout via REUTERS",
            "Ministry of Defence",
            "A drone flies over a field in an undated handout picture",
        ),
        (
            "The president meets troops near the front line, May 3, 2024. "
            "Office of the President of Ukraine/Handout via REUTERS",
            "Office of the President of Ukraine",
            "The president meets troops near the front line",
        ),
        (
            "Restorers clean a painting in an undated photo. Museo del Prado/Handout via AFP",
            "Museo del Prado",
            "Restorers clean a painting in an undated photo",
        ),
        (
            "Des soldats défilent lors d'une cérémonie. Ministère des Armées/Handout via AFP",
            "Ministère des Armées",
            "Des soldats défilent lors d'une cérémonie",
        ),
    ],
    ids=["ministry-of", "office-of-the-of", "museo-del", "ministere-des"],
)
def test_an_organisation_name_runs_on_through_its_connectors(
    caption: str, agency: str, description: str
) -> None:
    parsed = parse_caption(caption)
    assert parsed.agency == agency
    assert parsed.photographer is None
    assert parsed.description == description


@pytest.mark.parametrize(
    ("caption", "agency", "photographer"),
    [
        ("Troops parade in the city of Lviv. REUTERS/Jane Doe", "Reuters", "Jane Doe"),
        ("Protesters gather in the centre of Paris. Sarah Roux/AFP", "AFP", "Sarah Roux"),
        ("Fans of the national team cheer. Jo Roe/Getty Images", "Getty Images", "Jo Roe"),
    ],
    ids=["city-of", "centre-of", "fans-of-the"],
)
def test_caption_words_with_of_stay_caption_words(
    caption: str, agency: str, photographer: str
) -> None:
    parsed = parse_caption(caption)
    assert parsed.agency == agency
    assert parsed.photographer == photographer


@pytest.mark.parametrize(
    ("caption", "agency", "description"),
    [
        (
            "Stalls light up a night market in Taipei, Taiwan. CNA photo",
            "CNA",
            "Stalls light up a night market",
        ),
        (
            "Mourners gather outside a church in Lagos. TVC News photo",
            "TVC News",
            "Mourners gather outside a church",
        ),
        (
            "Turistas recorren el centro de Lima. Agencia Andina foto",
            "Andina",
            "Turistas recorren el centro de Lima",
        ),
        ("A train leaves the station in Osaka. Kyodo photo", "Kyodo", "A train leaves the station"),
    ],
    ids=["acronym", "two-words", "foto", "known-agency"],
)
def test_an_organisation_printed_with_the_word_photo_is_the_credit(
    caption: str, agency: str, description: str
) -> None:
    parsed = parse_caption(caption)
    assert parsed.agency == agency
    assert parsed.photographer is None
    assert parsed.description == description


@pytest.mark.parametrize(
    "caption",
    ["A family poses at home. File photo", "Workers sort the mail. Handout photo"],
    ids=["file-photo", "handout-photo"],
)
def test_a_role_with_the_word_photo_names_no_agency(caption: str) -> None:
    assert parse_caption(caption).agency is None
