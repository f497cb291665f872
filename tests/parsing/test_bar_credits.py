"""A whole credit after a spaced bar closing a short description with no stop: "Protest in
Berlin | Jo Roe/Getty Images", "... | Photo: Jo Roe/AP". The words before the bar are the
description's, not the first member of the credit's chain. Captions written for the test,
with the neighbours that keep the bar inside the credit."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption


@pytest.mark.parametrize(
    "caption, description, photographer, agency",
    [
        pytest.param(
            "Protest in Berlin | Sean Roe/Getty Images",
            "Protest in Berlin",
            "Sean Roe",
            "Getty Images",
            id="chain-after-bar",
        ),
        pytest.param(
            "Protest in Berlin | Photo: Sean Roe/Getty Images",
            "Protest in Berlin",
            "Sean Roe",
            "Getty Images",
            id="labelled-chain-after-bar",
        ),
        pytest.param(
            "Voters queue outside a school in Lagos | Photo: Ada Obi/Reuters",
            "Voters queue outside a school in Lagos",
            "Ada Obi",
            "Reuters",
            id="labelled-chain-after-long-description",
        ),
        pytest.param(
            "Firefighters at the warehouse | Kim Soto/AFP via Getty Images",
            "Firefighters at the warehouse",
            "Kim Soto",
            "AFP",
            id="chain-via-after-bar",
        ),
        pytest.param(
            "Protesters march through the capital | Jane Roe/AP",
            "Protesters march through the capital",
            "Jane Roe",
            "AP",
            id="neighbour-lower-case-word-before-bar",
        ),
        pytest.param(
            "Pavel Roe | AP Photo", None, "Pavel Roe", "AP", id="neighbour-name-bar-agency"
        ),
        pytest.param(
            "Crowds gather in the square. Jo Roe | Special to the Kestrel Times",
            "Crowds gather in the square",
            "Jo Roe",
            "the Kestrel Times",
            id="neighbour-name-bar-client",
        ),
    ],
)
def test_credit_after_bar(
    caption: str, description: str | None, photographer: str, agency: str
) -> None:
    parsed = parse_caption(caption)
    assert (parsed.description, parsed.photographer, parsed.agency) == (
        description,
        photographer,
        agency,
    )
