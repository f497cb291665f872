"""A credit opening the caption in square brackets ("[Jo Roe/AFP] Crowds gather ..."), read
as a bracketed one is ("(AP Photo/Jo Roe) Crowds ..."), or labelled and ended by a bar ("Photo
by Jo Roe | Crowds gather ..."); a bracket of other words stays the caption's. Captions
written for the test."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption


@pytest.mark.parametrize(
    "caption, credit, agency, photographer",
    [
        pytest.param(
            "[Jo Roe/AFP] Crowds gather in the square.", "Jo Roe/AFP", "AFP", "Jo Roe", id="chain"
        ),
        pytest.param(
            "[Photo: Kim Soto] Crowds gather in the square.",
            "Photo: Kim Soto",
            None,
            "Kim Soto",
            id="labelled",
        ),
        pytest.param(
            "(AP Photo/Jo Roe) Crowds gather in the square.",
            "AP Photo/Jo Roe",
            "AP",
            "Jo Roe",
            id="neighbour-round",
        ),
    ],
)
def test_leading_square_bracket(
    caption: str, credit: str, agency: str | None, photographer: str
) -> None:
    parsed = parse_caption(caption)
    assert (parsed.credit, parsed.agency, parsed.photographer) == (credit, agency, photographer)
    assert parsed.description == "Crowds gather in the square"


@pytest.mark.parametrize("caption", ["[Updated] Crowds gather.", "[1/12] Crowds gather."])
def test_other_leading_square_brackets_stay(caption: str) -> None:
    assert parse_caption(caption).credit is None


@pytest.mark.parametrize(
    "caption, credit",
    [
        pytest.param("Photo by Jo Roe | Crowds gather in the square.", "Photo by Jo Roe", id="by"),
        pytest.param(
            "Jo Roe | AP — Crowds gather in the square.", "Jo Roe | AP", id="neighbour-chain"
        ),
    ],
)
def test_labelled_head_ended_by_bar(caption: str, credit: str) -> None:
    parsed = parse_caption(caption)
    assert (parsed.credit, parsed.description) == (credit, "Crowds gather in the square")
