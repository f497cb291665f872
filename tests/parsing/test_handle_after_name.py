"""A social handle in brackets after the name it belongs to ("Photo: Jo Roe (@joroe)",
"Photo: Kestrel Zoo (@kestrelzoo)"): the account is the named one's own, not a further owner
of the photo. A handle alone stays the source, as printed. Captions written for this test."""

from __future__ import annotations

import pytest

from tests.parsing.field_match import Expected, mismatches

CASES = [
    pytest.param(
        "A bear wanders through a garden. Photo: Jo Roe (@joroe)",
        {"photographer": "Jo Roe", "agency": None},
        id="person-handle",
    ),
    pytest.param(
        "Un oso en un jardín. Foto: Ana Ruiz (@ana.ruiz)",
        {"photographer": "Ana Ruiz", "agency": None},
        id="spanish-person-handle-with-dot",
    ),
    pytest.param(
        "A new lion cub at the zoo. Photo: Kestrel Zoo (@kestrelzoo)",
        {"photographer": None, "agency": "Kestrel Zoo"},
        id="organisation-handle",
    ),
    # Near miss: a handle alone is the source, kept as printed.
    pytest.param(
        "A bear wanders through a garden. Photo: @joroe",
        {"photographer": None, "agency": "@joroe"},
        id="near-miss-handle-alone",
    ),
]


@pytest.mark.parametrize(("caption", "expected"), CASES)
def test_handle_after_name(caption: str, expected: Expected) -> None:
    assert not mismatches(caption, expected)
