"""An organisation's word written short with a period ("Acme Corp.", "Globex Inc.", "Kestrel
Univ.") right before a credit's slash ends the organisation's name, not a sentence: the credit
holds the whole name. Captions written for the test, in several orders and labels; neighbours
keep a sentence's stop before a credit."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption


@pytest.mark.parametrize(
    "caption, description, credit, agency, photographer",
    [
        pytest.param(
            "The new phone is displayed. Acme Corp./Handout via REUTERS",
            "The new phone is displayed",
            "Acme Corp./Handout via REUTERS",
            "Acme Corp",
            None,
            id="corp-handout-via",
        ),
        pytest.param(
            "Workers at the plant. Globex Inc./Handout",
            "Workers at the plant",
            "Globex Inc./Handout",
            "Globex Inc",
            None,
            id="inc-handout",
        ),
        pytest.param(
            "Robots sort parcels. Photo: Initech Ltd./Mia Holm",
            "Robots sort parcels",
            "Photo: Initech Ltd./Mia Holm",
            "Initech Ltd",
            "Mia Holm",
            id="labelled-ltd-then-person",
        ),
        pytest.param(
            "Students in the library. Kestrel Univ./Jo Roe",
            "Students in the library",
            "Kestrel Univ./Jo Roe",
            "Kestrel Univ",
            "Jo Roe",
            id="univ-then-person",
        ),
        pytest.param(
            "The brewery at dusk. Zentral Bros./Lena Vogt",
            "The brewery at dusk",
            "Zentral Bros./Lena Vogt",
            "Zentral Bros",
            "Lena Vogt",
            id="bros",
        ),
        pytest.param(
            "Inmates at work. Photo: Lumbre Dept. of Corrections",
            "Inmates at work",
            "Photo: Lumbre Dept. of Corrections",
            "Lumbre Dept. of Corrections",
            None,
            id="dept-of-labelled",
        ),
        pytest.param(
            "Inmates at work. Photo by Jo Roe, Kestrel Dept. of Health",
            "Inmates at work",
            "Photo by Jo Roe, Kestrel Dept. of Health",
            "Kestrel Dept. of Health",
            "Jo Roe",
            id="dept-of-after-name",
        ),
        # neighbours: a plain word's stop still ends the sentence
        pytest.param(
            "The crowd cheers. Jo Roe/AP",
            "The crowd cheers",
            "Jo Roe/AP",
            "AP",
            "Jo Roe",
            id="plain-stop",
        ),
    ],
)
def test_short_organisation_word_before_slash(
    caption: str,
    description: str,
    credit: str,
    agency: str | None,
    photographer: str | None,
) -> None:
    parsed = parse_caption(caption)
    assert (parsed.description, parsed.credit, parsed.agency, parsed.photographer) == (
        description,
        credit,
        agency,
        photographer,
    )


@pytest.mark.parametrize(
    "caption, agency",
    [
        (
            "Elk cross the road. Photo courtesy of the Lumbre Department of Fish and Wildlife",
            "the Lumbre Department of Fish and Wildlife",
        ),
        (
            "The new playground. Photo courtesy of the Kestrel Department of Parks and Recreation",
            "the Kestrel Department of Parks and Recreation",
        ),
    ],
)
def test_long_courtesy_name_with_article(caption: str, agency: str) -> None:
    # The article before an organisation's name is no word of it when the name's length is
    # weighed: a courtesy names a body of six words and "the".
    assert parse_caption(caption).agency == agency
