"""Embedded metadata fields are read like the parser's own: credits split, agencies named."""

from __future__ import annotations

import pytest

from catalog.db.fields import caption_row
from catalog.parsing import parse_caption
from catalog.parsing.embedded import resolve_embedded


@pytest.mark.parametrize(
    "embedded, expected",
    [
        pytest.param(
            {"credit": "KEYSTONE"},
            {"credit": "KEYSTONE", "agency": "Keystone"},
            id="credit-alone-names-the-agency",
        ),
        pytest.param(
            {"credit": "Kyodo via REUTERS", "photographer": "Kyodo"},
            {"credit": "Kyodo via REUTERS", "agency": "Kyodo", "via": "Reuters"},
            id="agency-in-the-by-line-is-not-a-person",
        ),
        pytest.param(
            {"credit": "AFP", "photographer": "Marta Lopes"},
            {"credit": "AFP", "photographer": "Marta Lopes", "agency": "AFP"},
            id="by-line-person-and-credit-agency",
        ),
        pytest.param(
            {"photographer": "Marta Lopes", "agency": "REUTERS", "city": ""},
            {"photographer": "Marta Lopes", "agency": "Reuters"},
            id="agency-spelling-canonical-and-empty-dropped",
        ),
        pytest.param(
            {"credit": "Marta Lopes/Northern Lights Media"},
            {
                "credit": "Marta Lopes/Northern Lights Media",
                "photographer": "Marta Lopes",
                "agency": "Northern Lights Media",
            },
            id="unknown-organisation-kept-as-written",
        ),
    ],
)
def test_resolve_embedded(embedded: dict[str, str], expected: dict[str, str]) -> None:
    assert resolve_embedded(embedded) == expected


def test_embedded_credit_gives_a_licensor_when_the_caption_has_none() -> None:
    parsed = parse_caption("Skaters glide across a frozen lake in Sils, Switzerland, Jan. 12, 2024")
    assert parsed.agency is None
    row = caption_row(parsed, {"credit": "KEYSTONE", "photographer": "Gian Ehrenzeller"})
    assert (row["agency"], row["licensor"], row["photographer"]) == (
        "Keystone",
        "Keystone",
        "Gian Ehrenzeller",
    )
    assert row["agency_known"] is True
    assert row["origins"]["agency"] == "embedded"


def test_unknown_embedded_agency_is_flagged() -> None:
    parsed = parse_caption("A harbour at dawn in Bergen, Norway, May 2, 2023")
    row = caption_row(parsed, {"credit": "Northern Lights Media"})
    assert row["licensor"] == "Northern Lights Media"
    assert row["agency_known"] is False
