"""Two labelled credits closing a caption, side by side: "Photo: Jo Roe | Source: Reuters",
"(Photo: Jo Roe) (Source: Reuters)". The labelling rule for two credits: the first is the
credit, and a field it leaves empty is filled from the second. Also: news agencies in general
("Foto: Agencias", "Photo : Agences") name no organisation."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption

CASES = [
    # a bar, a dash, a middle dot or nothing between two labelled credits on one line
    ("The crowd at the rally. Photo: Jo Roe | Source: Reuters", "Jo Roe", "Reuters"),
    ("The crowd at the rally. Photo: Jo Roe - Source: Reuters", "Jo Roe", "Reuters"),
    ("The crowd at the rally. Photo: Jo Roe · Source: Reuters", "Jo Roe", "Reuters"),
    ("The crowd at the rally. Photo: Jo Roe / Source: Reuters", "Jo Roe", "Reuters"),
    ("Die Menge am Platz. Bild: Kai Brandt | Quelle: dpa", "Kai Brandt", "dpa"),
    ("La foule sur la place. Photo : Léa Martin | Source : AFP", "Léa Martin", "AFP"),
    ("La multitud en la plaza. Foto: Ana Ruiz / Fuente: EFE", "Ana Ruiz", "EFE"),
    ("A multidão na praça. Foto: Rui Costa | Fonte: Lusa", "Rui Costa", "Lusa"),
    (
        "The crowd at the rally. Photo: Jo Roe | Credit: Kestrel Council",
        "Jo Roe",
        "Kestrel Council",
    ),
    # two bracketed credits, or a labelled one after a bracketed one
    ("The crowd at the rally. (Photo: Jo Roe) (Source: Reuters)", "Jo Roe", "Reuters"),
    ("The crowd at the rally. (Photo: Jo Roe) Source: Reuters", "Jo Roe", "Reuters"),
    ("Il corteo in piazza. (Foto: Marco Rossi) (Fonte: ANSA)", "Marco Rossi", "ANSA"),
    # the first names both: the second adds nothing
    ("The crowd at the rally. Photo: Jo Roe/AFP | Source: Reuters", "Jo Roe", "AFP"),
    ("The crowd at the rally. (Photo: Jo Roe/AFP) (Photo: Kim Soto/Reuters)", "Jo Roe", "AFP"),
]


@pytest.mark.parametrize(("caption", "photographer", "agency"), CASES)
def test_the_second_credit_fills_what_the_first_leaves_empty(
    caption: str, photographer: str, agency: str
) -> None:
    parsed = parse_caption(caption)
    assert (parsed.photographer, parsed.agency) == (photographer, agency)
    assert parsed.description == caption.split(". ")[0]
    # the credit is the first, as printed; the second is no description
    assert parsed.credit is not None and photographer in parsed.credit
    assert parsed.credit in caption


# Near misses: one credit each, as before.
@pytest.mark.parametrize(
    ("caption", "photographer", "agency"),
    [
        ("The crowd at the rally. Photo: Jo Roe", "Jo Roe", None),
        ("The crowd at the rally. Source: Reuters", None, "Reuters"),
        ("The crowd at the rally. (Photo: Jo Roe)", "Jo Roe", None),
        ("The crowd at the rally. Photo: Jo Roe (Reuters)", "Jo Roe", "Reuters"),
        # a label inside the description, then one credit
        ("Sign reads: Welcome home | Source: Reuters", None, "Reuters"),
    ],
)
def test_one_credit_is_read_alone(caption: str, photographer: str | None, agency: str) -> None:
    parsed = parse_caption(caption)
    assert (parsed.photographer, parsed.agency) == (photographer, agency)


@pytest.mark.parametrize(
    "caption",
    [
        "La multitud en la plaza. Foto: Agencias",
        "La foule sur la place. Photo : Agences",
        "Die Menge am Platz. Foto: Agenturen",
        "Il corteo in piazza. Foto: Agenzie",
        "A multidão na praça. Foto: Agências",
        "The crowd at the rally. Photo: Wires",
    ],
)
def test_agencies_in_general_name_no_organisation(caption: str) -> None:
    parsed = parse_caption(caption)
    assert (parsed.agency, parsed.photographer) == (None, None)
    assert parsed.credit is not None
