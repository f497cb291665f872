"""A credit glued to the caption's last word where a page lost the markup between them ("A
star at the premiereJo Roe/AFP", "... alfombra rojaEFE/Ana Ruiz", "... à CannesMarie
Dubois/AFP"): the glued word is a credit label, a known agency, or a known given name opening
a name (after a capitalised word only where that word is a known place). The credit starts
at the glued word; the caption keeps its own. Names and brands with a capital inside
("McDonald", "FitzGerald", "PlayStation", "HarperCollins") are no glue. Captions written for
this test."""

from __future__ import annotations

import pytest

from tests.parsing.field_match import Expected, mismatches

CASES = [
    pytest.param(
        "A star at the premiereJo Roe/AFP",
        {"photographer": "Jo Roe", "agency": "AFP", "description": "A star at the premiere"},
        id="given-name-glued",
    ),
    pytest.param(
        "A star at the premiereREUTERS/Jo Roe",
        {"photographer": "Jo Roe", "agency": "Reuters", "description": "A star at the premiere"},
        id="agency-in-capitals-glued",
    ),
    pytest.param(
        "A star at the premiereAP Photo/Jo Roe",
        {"photographer": "Jo Roe", "agency": "AP"},
        id="agency-photo-glued",
    ),
    pytest.param(
        "A star at the premiereCredit: Jo Roe",
        {"photographer": "Jo Roe", "description": "A star at the premiere"},
        id="label-glued",
    ),
    pytest.param(
        "Estrellas en la alfombra rojaEFE/Ana Ruiz",
        {
            "photographer": "Ana Ruiz",
            "agency": "EFE",
            "description": "Estrellas en la alfombra roja",
        },
        id="spanish-agency-glued",
    ),
    pytest.param(
        "Les stars sur le tapis rouge à CannesMarie Dubois/AFP",
        {"photographer": "Marie Dubois", "agency": "AFP", "location": "Cannes"},
        id="french-after-place",
    ),
    pytest.param(
        "A star at the premiere in LondonJo Roe/Getty Images",
        {"photographer": "Jo Roe", "agency": "Getty Images", "location": "London"},
        id="english-after-place",
    ),
    # Near misses: a capital inside a name or a brand is no glue.
    pytest.param(
        "Fans at the game. Jo FitzGerald/AFP",
        {"photographer": "Jo FitzGerald", "agency": "AFP"},
        id="near-miss-surname-with-capital",
    ),
    pytest.param(
        "Fans at the game. Jo McDonald/Getty Images",
        {"photographer": "Jo McDonald", "agency": "Getty Images"},
        id="near-miss-mc-surname",
    ),
    pytest.param(
        "Gamers play on a PlayStation at the fair. Jo Roe/AFP",
        {
            "photographer": "Jo Roe",
            "agency": "AFP",
            "description": "Gamers play on a PlayStation at the fair",
        },
        id="near-miss-brand",
    ),
    pytest.param(
        "A book at the HarperCollins office",
        {"photographer": None, "agency": None, "description": "A book at the HarperCollins office"},
        id="near-miss-brand-no-credit",
    ),
    pytest.param(
        "The premiereJo said it was great",
        {"photographer": None, "agency": None, "description": "The premiereJo said it was great"},
        id="near-miss-glue-but-no-credit",
    ),
]


@pytest.mark.parametrize(("caption", "expected"), CASES)
def test_glued_credit(caption: str, expected: Expected) -> None:
    assert not mismatches(caption, expected)
