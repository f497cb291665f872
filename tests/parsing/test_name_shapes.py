"""Every credit shape reads every shape of a person's name: particles in lower case ("Jan van
der Berg", "Carlos de la Cruz"), a particle glued to the surname ("Ahmad al-Rubaye"), a
hyphenated surname ("Karim Al-Masri"), capitals with diacritics ("Zoë Łukasiewicz", "José Ángel
García"); initials inside a name are the middle-initial tables' (test_credit_*). Names and
captions written for the tests; the table is the product of the two lists, so a rule keyed to
one name or one shape fails it."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption

NAMES = [
    "Ahmad al-Rubaye",
    "Karim Al-Masri",
    "Jan van der Berg",
    "Carlos de la Cruz",
    "Ana Paula dos Santos",
    "Ludwig von Bremen",
    "Mohamed bin Salem",
    "Zoë Łukasiewicz",
    "José Ángel García",
    "Mary-Kate O'Brien",
    "Pierre-Yves Le Goff",
    "Dave Wu",
]

SENTENCE = "Crews clear a fallen tree from a road in Lyon, France, on Monday."
# The place and the weekday end the sentence: they leave the description.
DESCRIPTION = "Crews clear a fallen tree from a road"

# (shape, agency); {s} is the sentence, {n} the name, {N} the name in capitals
SHAPES = [
    ("{s} {n}/AP", "AP"),
    ("{s} ({n}/AFP via Getty Images)", "AFP"),
    ("{s} Mandatory Credit: {n}-USA TODAY Sports", "USA Today Sports"),
    ("{s} {n} | AP Photo", "AP"),
    ("{s} {n} for The New York Times", "The New York Times"),
    ("{n} for The New York Times {s}", "The New York Times"),
    ("{s} Photo: {n}", None),
    ("{s} (AP Photo/{n})", "AP"),
    ("{s} REUTERS/{n}", "Reuters"),
    ("{s} {N}/AFP", "AFP"),
    ("{s} AFP PHOTO / {N}", "AFP"),
    ("{s} (Photo by {n}/Getty Images)", "Getty Images"),
    ("{s} Photograph: {n}/The Guardian", "The Guardian"),
    ("{s} {n}, The Denver Post", "The Denver Post"),
    ("{s} {n}", None),
]


@pytest.mark.parametrize(("shape", "agency"), SHAPES, ids=[shape for shape, _ in SHAPES])
@pytest.mark.parametrize("name", NAMES)
def test_every_credit_shape_reads_every_name_shape(
    shape: str, agency: str | None, name: str
) -> None:
    parsed = parse_caption(shape.format(s=SENTENCE, n=name, N=name.upper()))
    assert parsed.agency == agency
    # A name in capitals comes back in normal capitalisation, its particles in lower case
    # ("AL-RUBAYE" gives "Al-Rubaye", "LE GOFF" "le Goff"): compared without case there.
    if "{N}" in shape:
        assert (parsed.photographer or "").casefold() == name.casefold()
    else:
        assert parsed.photographer == name
    assert parsed.description == DESCRIPTION


@pytest.mark.parametrize(
    ("caption", "photographer", "description"),
    [
        # an initial after a lower-case word ends a sentence
        (
            "Oranges are rich in vitamin C. Photo: Jo Roe",
            "Jo Roe",
            "Oranges are rich in vitamin C",
        ),
        # a hyphen inside a place or a word stays where it is
        (
            "Fans cheer in Stratford-upon-Avon. Jo Roe-USA TODAY Sports",
            "Jo Roe",
            "Fans cheer",
        ),
        # a particle alone at the end is no name
        ("A portrait of the poet de la Mare", None, "A portrait of the poet de la Mare"),
    ],
)
def test_near_misses_keep_their_reading(
    caption: str, photographer: str | None, description: str
) -> None:
    parsed = parse_caption(caption)
    assert parsed.photographer == photographer
    assert parsed.description == description


@pytest.mark.parametrize("name", NAMES)
def test_a_name_above_a_caption_that_names_them_again(name: str) -> None:
    # A photo essay's layout: the photographer's name, then the caption naming them again.
    parsed = parse_caption(f"{name} From {name}'s series on the coast of Brittany.")
    assert parsed.photographer == name
    assert parsed.description == f"From {name}'s series on the coast of Brittany"
