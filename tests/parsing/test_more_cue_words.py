"""Organisation cue words of trades and bodies that hand out photos ("Kestrel Ballet",
"Kestrel Mining", "Kestrel Alliance"), kept in the registry's data: an unknown name ending with
one is an organisation, not a person. Captions written for the test, with people whose names
merely hold such a word as neighbours."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption

WORDS = [
    "Ballet", "Bakery", "Farm", "Events", "Cycling", "Initiative", "Alliance", "Bureau",
    "Board", "Oil", "Mining", "Pharma", "Railway", "Railways", "Telecom", "Shipping",
    "Logistics", "Cooperative", "Charity", "Petroleum", "Red Crescent",
]  # fmt: skip


@pytest.mark.parametrize("word", WORDS)
def test_cue_word_names_an_organisation(word: str) -> None:
    parsed = parse_caption(f"Stars at the gala. Photo: Kestrel {word}")
    assert (parsed.agency, parsed.photographer) == (f"Kestrel {word}", None)


@pytest.mark.parametrize(
    "caption, photographer",
    [
        pytest.param("Stars at the gala. Photo: Jo Farmer", "Jo Farmer", id="farmer"),
        pytest.param("Stars at the gala. Photo: Ana Boardman", "Ana Boardman", id="boardman"),
        pytest.param("Stars at the gala. Jo Miner/AP", "Jo Miner", id="miner"),
    ],
)
def test_names_holding_a_cue_word_stay_people(caption: str, photographer: str) -> None:
    assert parse_caption(caption).photographer == photographer
