"""A courtesy names who lends the photo: "Courtesy of X" gives X as the agency (DESIGN.md, the
agency field), a person as much as a museum. Who took it is not said, so the photographer stays
empty. A chain after the courtesy keeps its own reading, and "Submitted by", "Provided by" (a
reader's or a source's photo, which may be their own) keep the name as the photographer. Every
caption is written for these tests, in several languages."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption

LENT_BY_A_PERSON = [
    ("The bridge at night. Courtesy of Tom Hale", "Tom Hale", None),
    ("The bridge at night. (Photo courtesy of Tom Hale)", "Tom Hale", None),
    ("The bridge at night. Image courtesy Ana Lima", "Ana Lima", None),
    ("The bridge at night. Photo: Courtesy of Jo Roe", "Jo Roe", None),
    ("The bridge at night. Photo courtesy of Lee Kim via AP", "Lee Kim", "AP"),
    ("La abuela en su boda. Foto: cortesía de Ana Martínez", "Ana Martínez", None),
    ("A ponte à noite. Foto: cortesia de Ana Souza", "Ana Souza", None),
    ("Il ponte di notte. Foto: per gentile concessione di Marco Rossi", "Marco Rossi", None),
    ("Die Brücke bei Nacht. Foto: mit freundlicher Genehmigung von Anna Weber", "Anna Weber", None),
    ("Le pont la nuit. Photo : avec l'aimable autorisation de Marie Dubois", "Marie Dubois", None),
]


@pytest.mark.parametrize(("caption", "lender", "via"), LENT_BY_A_PERSON)
def test_the_person_a_courtesy_names_lends_the_photo(
    caption: str, lender: str, via: str | None
) -> None:
    parsed = parse_caption(caption)
    assert (parsed.agency, parsed.photographer, parsed.via) == (lender, None, via)
    assert "courtesy" in parsed.roles


# Neighbours that keep their reading.
NEIGHBOURS = [
    # a chain: the person, then the organisation that lends it
    ("The bridge at night. Courtesy of Jo Roe/Kestrel Zoo", "Jo Roe", "Kestrel Zoo"),
    ("The bridge at night. Photo courtesy of Jo Roe/AP", "Jo Roe", "AP"),
    # an organisation lends it
    (
        "The bridge at night. Courtesy of Kestrel Natural History Museum",
        None,
        "Kestrel Natural History Museum",
    ),
    # a reader's photo, submitted or provided: they may well have taken it
    ("A double rainbow over the lake. Submitted by Carol Hughes", "Carol Hughes", None),
    # a family names no one
    ("La abuela en su boda. Foto: cortesía de la familia", None, None),
    # the courtesy after a photographer's credit
    ("The bridge at night. Photo by Jo Roe, courtesy of the family", "Jo Roe", None),
]


@pytest.mark.parametrize(("caption", "photographer", "agency"), NEIGHBOURS)
def test_neighbours_keep_their_reading(
    caption: str, photographer: str | None, agency: str | None
) -> None:
    parsed = parse_caption(caption)
    assert (parsed.photographer, parsed.agency) == (photographer, agency)
