"""Where a credit stands: a line break inside a caption's sentence (scraped text keeps the page's
<br>) does not make the line after it a credit line, the credit is read where it stands, in every
credit shape; a credit alone on its last line still is one; a bare name after a spaced bar is
the photographer as it is after the sentence. Captions written for the tests."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption

BROKEN = (
    "Police disperse several hundred\nprotesters near the ministry in Cairo, Egypt, on May 3, 2015."
)

CREDITS = [
    ("REUTERS/Jo Roe", "Jo Roe", "Reuters"),
    ("(Photo by Jo Roe/Getty Images)", "Jo Roe", "Getty Images"),
    ("(AP Photo/Jo Roe)", "Jo Roe", "AP"),
    ("Photo: Jo Roe/dpa", "Jo Roe", "dpa"),
    ("Jo Roe for The New York Times", "Jo Roe", "The New York Times"),
    ("(Jo Roe/Kestrel News Agency/Rex/Shutterstock)", "Jo Roe", "Kestrel News Agency"),
    ("AFP PHOTO / JO ROE", "Jo Roe", "AFP"),
]


@pytest.mark.parametrize(("credit", "photographer", "agency"), CREDITS)
def test_a_line_break_inside_the_sentence_keeps_the_credit_where_it_stands(
    credit: str, photographer: str, agency: str
) -> None:
    parsed = parse_caption(f"{BROKEN} {credit}")
    assert (parsed.photographer, parsed.agency) == (photographer, agency)
    assert parsed.date == "2015-05-03"
    assert parsed.description is not None
    assert parsed.description.startswith("Police disperse several hundred")


@pytest.mark.parametrize(("credit", "photographer", "agency"), CREDITS)
def test_a_credit_alone_on_the_last_line_is_read(
    credit: str, photographer: str, agency: str
) -> None:
    # after an unfinished line too: the credit line holds no sentence
    for text in (BROKEN, BROKEN.rstrip(".")):
        parsed = parse_caption(f"{text}\n{credit}")
        assert (parsed.photographer, parsed.agency) == (photographer, agency)


@pytest.mark.parametrize(
    ("caption", "photographer"),
    [
        ("A look at the studio where the news is recorded live. | Annie Johnson", "Annie Johnson"),
        ("Volunteers stack sandbags along the river. | Tom Hale", "Tom Hale"),
        ("Volunteers stack sandbags along the river. Tom Hale", "Tom Hale"),
    ],
)
def test_a_bare_name_after_a_spaced_bar_is_the_photographer(
    caption: str, photographer: str | None
) -> None:
    assert parse_caption(caption).photographer == photographer


@pytest.mark.parametrize(
    ("caption", "photographer", "agency", "location"),
    [
        ("Demonstrators march in Algiers | AFP", None, "AFP", "Algiers"),
        ("Fishermen mend their nets in Tunisia | Reuters", None, "Reuters", "Tunisia"),
        ("Crowds gather in Lisbon | EFE", None, "EFE", "Lisbon"),
        ("Crowds gather in Paris | Ana Lima | AFP", "Ana Lima", "AFP", "Paris"),
        # a name before the bar is the photographer's
        ("Crowds gather in the square. Ana Lima | AFP", "Ana Lima", "AFP", None),
    ],
)
def test_a_place_before_a_bar_is_the_captions(
    caption: str, photographer: str | None, agency: str, location: str | None
) -> None:
    parsed = parse_caption(caption)
    assert (parsed.photographer, parsed.agency) == (photographer, agency)
    if location is not None:
        assert parsed.location == location


@pytest.mark.parametrize(
    ("caption", "photographer", "agency"),
    [
        (
            "Crews clear rubble in the old town on June 14.Ana Lima—Anadolu/Getty Images",
            "Ana Lima",
            "Anadolu",
        ),
        ("Crowds gather on May 3, 2015.Jo Roe/AFP", "Jo Roe", "AFP"),
        ("Crowds gather at the gate on day 3.Li Wei | AP Photo", "Li Wei", "AP"),
        ("Crowds gather at the gate. Li Wei | AP Photo", "Li Wei", "AP"),
        ("Crowds gather in the square.Jo Roe/Reuters", "Jo Roe", "Reuters"),
    ],
)
def test_a_credit_glued_to_the_stop_after_a_number(
    caption: str, photographer: str, agency: str
) -> None:
    # markup lost between the caption and its credit: the stop after a day or a year is glued
    # to the photographer's first name
    assert (parse_caption(caption).photographer, parse_caption(caption).agency) == (
        photographer,
        agency,
    )
