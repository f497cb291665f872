"""A writer's byline printed beside the photo credit, before or after it ("Words by Ann Lee,
photos by Jo Roe", "Reporting by Ann Lee; Photo by Jo Roe", "(Photo by Jo Roe; text by Ann
Lee)"): the writer is no photographer. And a photographer's own account after the name ("Photo
by Jo Roe (@joroe)") is no organisation. Captions written for the test."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption

DESCRIPTION = "The festival opens on Friday"


@pytest.mark.parametrize(
    "credit",
    [
        "Words by Ann Lee, photos by Jo Roe",
        "Reporting by Ann Lee; Photo by Jo Roe",
        "Text: Ann Lee | Photo: Jo Roe",
        "Story by Ann Lee. Photos by Jo Roe",
        "(Photo by Jo Roe; text by Ann Lee)",
        "Photos: Jo Roe, words: Ann Lee",
        "Photo by Jo Roe (@joroe)",
        # as before
        "Story and photos by Jo Roe",
        "Photos by Jo Roe, words by Ann Lee",
    ],
)
def test_the_photographer_beside_a_byline(credit: str) -> None:
    parsed = parse_caption(f"{DESCRIPTION}. {credit}")
    assert (parsed.photographer, parsed.agency) == ("Jo Roe", None)
    assert parsed.description == DESCRIPTION


@pytest.mark.parametrize(
    ("credit", "photographer", "agency"),
    [
        # near misses: a handle alone is the source; a name with its agency keeps it
        ("Photo: @joroe", None, "@joroe"),
        ("Words by Ann Lee, photos by Jo Roe/Reuters", "Jo Roe", "Reuters"),
        # Getty's documentary collection is no writer
        ("(Photo by Jo Roe/Reportage by Getty Images)", "Jo Roe", "Getty Images"),
    ],
)
def test_near_misses(credit: str, photographer: str | None, agency: str | None) -> None:
    parsed = parse_caption(f"{DESCRIPTION}. {credit}")
    assert (parsed.photographer, parsed.agency) == (photographer, agency)


@pytest.mark.parametrize(
    ("caption", "photographer"),
    [
        ("La fiesta empieza el viernes. Texto: Ana Ruiz | Foto: Pedro Gil", "Pedro Gil"),
        ("La fête commence vendredi. Texte : Léa Martin. Photo : Jo Roe", "Jo Roe"),
        ("Das Fest beginnt am Freitag. Text: Anna Weber, Foto: Jo Roe", "Jo Roe"),
        ("A festa começa na sexta. Texto: Ana Costa; Foto: Rui Lima", "Rui Lima"),
    ],
)
def test_bylines_in_other_languages(caption: str, photographer: str) -> None:
    parsed = parse_caption(caption)
    assert parsed.photographer == photographer
    assert ":" not in (parsed.description or "")
