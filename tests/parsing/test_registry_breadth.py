"""Photo agencies of entertainment and features pages in the registry's data, with the
variants they print; each resolves to its canonical name in a credit chain. Credits written
for the test."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption, shipped_registry


@pytest.mark.parametrize(
    "printed, canonical",
    [
        ("Camera Press London", "Camera Press"),
        ("eyevine Ltd", "Eyevine"),
        ("Avalon.red", "Avalon"),
        ("MEGA Agency", "MEGA"),
        ("Instar Images", "Instar"),
        ("Startraks Photo", "Startraks"),
        ("Bauer Griffin", "Bauer-Griffin"),
        ("Gtres Online", "Gtres"),
        ("Pacific Press Agency", "Pacific Press"),
        ("Middle East Images", "Middle East Images"),
        ("SportImage", "Sportimage"),
        ("PressEye", "Press Eye"),
        ("Pacemaker Press International", "Pacemaker"),
    ],
)
def test_printed_variant_resolves(printed: str, canonical: str) -> None:
    assert shipped_registry().canonical(printed) == canonical
    parsed = parse_caption(f"Stars arrive at the premiere. Jo Roe/{printed}")
    assert (parsed.agency, parsed.photographer) == (canonical, "Jo Roe")
