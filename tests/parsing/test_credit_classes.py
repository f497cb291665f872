"""Credit shapes probed as classes on captions written for these tests, across agencies and
languages: each table holds the shape and near misses that must not change."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption


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
