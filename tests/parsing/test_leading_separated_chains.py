"""A credit chain opening the caption whose members a spaced bar, a spaced dash or a semicolon
parts instead of a slash ("© Jo Roe | IRNA | AFP Debris lies ..."): read as the slash chain,
the credit kept as printed. Captions written for the test, with the neighbours where the mark
ends a credit that names no agency."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption

_CAPTION = "Debris lies in a field near Tehran, Iran, on January 8, 2020."


@pytest.mark.parametrize(
    "credit, photographer, agency",
    [
        pytest.param("© Jo Roe | IRNA | AFP", "Jo Roe", "IRNA", id="copyright-bars"),
        pytest.param("© Jo Roe - Mehr News - AFP", "Jo Roe", "Mehr News", id="copyright-hyphens"),
        pytest.param("© Jo Roe — ISNA — AFP", "Jo Roe", "ISNA", id="copyright-em-dashes"),
        pytest.param("© Jo Roe; SANA; Reuters", "Jo Roe", "SANA", id="copyright-semicolons"),
        pytest.param("Photo: Kim Soto | EPA-EFE", "Kim Soto", "EPA-EFE", id="label-bar"),
        pytest.param("Foto: Ana Lima - EFE", "Ana Lima", "EFE", id="label-hyphen"),
    ],
)
def test_separated_chain_before_the_caption(credit: str, photographer: str, agency: str) -> None:
    parsed = parse_caption(f"{credit} {_CAPTION}")
    assert (parsed.credit, parsed.photographer, parsed.agency) == (credit, photographer, agency)
    assert parsed.description is not None and parsed.description.startswith("Debris lies")


@pytest.mark.parametrize(
    "caption, credit",
    [
        pytest.param(
            "Photo by Jo Roe | A crowd gathers in the square.",
            "Photo by Jo Roe",
            id="bar-ends-a-person-credit",
        ),
        pytest.param("Jo Roe | AP — A crowd gathers.", "Jo Roe | AP", id="dash-ends-a-chain"),
    ],
)
def test_mark_that_ends_the_credit(caption: str, credit: str) -> None:
    assert parse_caption(caption).credit == credit
