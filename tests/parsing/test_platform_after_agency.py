"""A social network after an agency ("Photo credit: ANI/Twitter", "Photo: Reuters/Facebook")
names where the picture was taken from, not a photographer: the one-word name the chain reader
takes after a known agency ("AP Photo/Libkos") is never a platform. Captions written for these
tests (names invented)."""

from __future__ import annotations

from tests.parsing.test_credit_shapes import Expected, _check, _table

PLATFORM_AFTER_AGENCY: list[tuple[str, str, Expected]] = [
    (
        "wire-then-twitter",
        "Farmers block the highway. Photo credit: ANI/Twitter",
        {"agency": "ANI", "photographer": None},
    ),
    (
        "wire-then-facebook",
        "The flooded market. Photo: Reuters/Facebook",
        {"agency": "Reuters", "photographer": None},
    ),
    (
        "wire-then-instagram-in-spanish",
        "La cantante en el escenario. Foto: EFE/Instagram",
        {"agency": "EFE", "photographer": None},
    ),
    # Neighbours: a one-word surname after an agency stays the photographer; a platform first
    # still gives the account that posted it.
    (
        "wire-then-mononym",
        "Fans in the square. AP Photo/Libkos",
        {"agency": "AP", "photographer": "Libkos"},
    ),
    (
        "platform-then-account",
        "Smoke over the hills. Photo: Facebook/Kestrel Police",
        {"agency": "Kestrel Police", "photographer": None},
    ),
]


@_table(PLATFORM_AFTER_AGENCY)
def test_platform_after_agency(caption: str, expected: Expected) -> None:
    _check(caption, expected)
