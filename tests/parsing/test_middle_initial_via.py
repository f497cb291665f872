"""A middle initial in a credit sentence whose name goes on with "via" or a semicolon, in any
language the data gives a word for "via" ("... in Durham. Sara D. Roe via Getty Images",
"Ana M. Ruiz vía EFE", "Jo K. Roe; Reuters"): the initial's period ends no sentence. Captions
written for the test, with the neighbour where a single capital does end one."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption


@pytest.mark.parametrize(
    "caption, photographer, agency, via",
    [
        pytest.param(
            "A sign is posted outside a cafe in Durham, North Carolina. Sara D. Roe via Getty Images",
            "Sara D. Roe",
            None,
            "Getty Images",
            id="via-distributor",
        ),
        pytest.param(
            "Manifestantes marchan en Lima. Ana M. Ruiz vía EFE",
            "Ana M. Ruiz",
            None,
            "EFE",
            id="spanish-via",
        ),
        pytest.param(
            "Crowds gather in the square. Jo K. Roe; Reuters",
            "Jo K. Roe",
            "Reuters",
            None,
            id="semicolon",
        ),
        pytest.param(
            "Veterans of World War I. Jo Roe via Getty Images",
            "Jo Roe",
            None,
            "Getty Images",
            id="neighbour-roman-numeral-ends-the-sentence",
        ),
    ],
)
def test_initial_before_via(
    caption: str, photographer: str, agency: str | None, via: str | None
) -> None:
    parsed = parse_caption(caption)
    assert (parsed.photographer, parsed.agency, parsed.via) == (photographer, agency, via)
