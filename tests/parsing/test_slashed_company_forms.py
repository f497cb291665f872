"""A company's form written with a slash ("Lumbre A/S", Danish and Norwegian) is the last word of
its name, not a credit's separator (organisations.toml slashed_company_forms). Captions written
for the test; neighbours keep their slashes."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption


@pytest.mark.parametrize(
    "caption, agency, photographer",
    [
        pytest.param("The turbines at sea. Jo Roe/Lumbre A/S", "Lumbre A/S", "Jo Roe", id="after"),
        pytest.param(
            "The turbines at sea. Foto: Kestrel Vind A/S/Lars Holm",
            "Kestrel Vind A/S",
            "Lars Holm",
            id="first",
        ),
        pytest.param("The ferry in port. Foto: Lumbre I/S", "Lumbre I/S", None, id="labelled"),
        # neighbours: a plain chain
        pytest.param(
            "The ferry in port. Lars Holm/Ritzau Scanpix", "Ritzau Scanpix", "Lars Holm", id="chain"
        ),
    ],
)
def test_slashed_company_form(caption: str, agency: str | None, photographer: str | None) -> None:
    parsed = parse_caption(caption)
    assert (parsed.agency, parsed.photographer) == (agency, photographer)
