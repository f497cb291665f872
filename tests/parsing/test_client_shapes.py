"""A photo made for a client: "Name for Publication" gives the publication, "Organisation for
Client" the organisation (it made the photo), whatever the names; a known agency printed in
lower case is a client too ("for dpa"); a credit glued before its caption ends with the known
name, not with capitalised words after it that only look like one. Captions written for the
tests, across agencies and organisations the registry does not know."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption

SENTENCE = "Dancers rehearse on the main stage in Lyon, France."


@pytest.mark.parametrize(
    ("credit", "photographer", "agency"),
    [
        ("Photo by Jo Roe/Getty Images for MTV", "Jo Roe", "Getty Images"),
        ("Photo by Jo Roe/Kestrel News Agency for MTV", "Jo Roe", "Kestrel News Agency"),
        (
            "Photo by Li Wei/Harbour Media Group for the Film Festival",
            "Li Wei",
            "Harbour Media Group",
        ),
        ("(Ana Lima/Glenmoor Studios for Nike)", "Ana Lima", "Glenmoor Studios"),
        ("Jo Roe for dpa", "Jo Roe", "dpa"),
        ("(Photo: Jo Roe for epa)", "Jo Roe", "EPA"),
        ("Photo by Jo Roe for the Observer", "Jo Roe", "the Observer"),
        ("(Jo Roe for The Washington Post)", "Jo Roe", "The Washington Post"),
    ],
)
def test_an_organisation_for_a_client_is_the_agency(
    credit: str, photographer: str, agency: str
) -> None:
    parsed = parse_caption(f"{SENTENCE} {credit}")
    assert (parsed.photographer, parsed.agency) == (photographer, agency)
    assert parsed.description == "Dancers rehearse on the main stage"


@pytest.mark.parametrize(
    ("caption", "agency", "description"),
    [
        (
            "Jo Roe for EFE The Grand Prize winner stands by her print.",
            "EFE",
            "The Grand Prize winner stands by her print",
        ),
        (
            "Jo Roe for Xinhua Press Club members vote in the hall.",
            "Xinhua",
            "Press Club members vote in the hall",
        ),
        (
            "Jo Roe for The New York Times The Grand Prize winner stands by her print.",
            "The New York Times",
            "The Grand Prize winner stands by her print",
        ),
        # no known name: the organisation's cue word ends it
        (
            "Jo Roe for Kestrel News A crowd gathers at the gate.",
            "Kestrel News",
            "A crowd gathers at the gate",
        ),
    ],
)
def test_a_credit_glued_before_the_caption_ends_with_the_known_name(
    caption: str, agency: str, description: str
) -> None:
    parsed = parse_caption(caption)
    assert (parsed.photographer, parsed.agency) == ("Jo Roe", agency)
    assert parsed.description == description


@pytest.mark.parametrize(
    "caption",
    [
        # "for" before words that name no publication
        "Volunteers sort books. (Photo shot on assignment for the library's reopening)",
        "Jo Roe waits for the first train at dawn.",
    ],
)
def test_for_that_names_no_publication_adds_no_agency(caption: str) -> None:
    assert parse_caption(caption).agency is None
