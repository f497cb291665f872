"""Credit labels of languages the data did not hold: Tagalog ("Larawan: Name", "Kuha ni
Name"), Swahili ("Picha: Name", "Picha na Name"), and Indonesian's bare "Kredit:". Each
language is a data file (months, labels, the word for "by"); the reader needs no code for
them. Captions written for this test."""

from __future__ import annotations

import pytest

from tests.parsing.field_match import Expected, mismatches

CASES = [
    pytest.param(
        "Mga tao sa palengke. Larawan: Juan Dela Cruz",
        {"photographer": "Juan Dela Cruz", "description": "Mga tao sa palengke"},
        id="tagalog-larawan",
    ),
    pytest.param(
        "Mga tao sa palengke. Kuha ni Juan Dela Cruz",
        {"photographer": "Juan Dela Cruz", "agency": None},
        id="tagalog-kuha-ni",
    ),
    pytest.param(
        "Mga tao sa palengke. Larawan: Juan Dela Cruz/Rappler",
        {"photographer": "Juan Dela Cruz", "agency": "Rappler"},
        id="tagalog-chain",
    ),
    pytest.param(
        "Mga tao sa palengke noong 12 Hunyo 2023. Larawan: Juan Dela Cruz",
        {"photographer": "Juan Dela Cruz", "date": "2023-06-12"},
        id="tagalog-month",
    ),
    pytest.param(
        "Watu sokoni. Picha: Juma Otieno",
        {"photographer": "Juma Otieno", "description": "Watu sokoni"},
        id="swahili-picha",
    ),
    pytest.param(
        "Watu sokoni. Picha na Juma Otieno",
        {"photographer": "Juma Otieno", "agency": None},
        id="swahili-picha-na",
    ),
    pytest.param(
        "Watu sokoni tarehe 3 Machi 2022. Picha: Juma Otieno/Nation",
        {"photographer": "Juma Otieno", "agency": "Nation", "date": "2022-03-03"},
        id="swahili-chain-and-month",
    ),
    pytest.param(
        "Warga antre membeli beras di pasar. Kredit: Budi Santoso",
        {"photographer": "Budi Santoso", "description": "Warga antre membeli beras di pasar"},
        id="indonesian-kredit",
    ),
    # Near misses: the same words inside a sentence are no label.
    pytest.param(
        "Nagpakita ng larawan ang guro sa mga bata",
        {"photographer": None, "agency": None},
        id="near-miss-tagalog-word-in-sentence",
    ),
    pytest.param(
        "Mwalimu anaonyesha picha kwa watoto",
        {"photographer": None, "agency": None},
        id="near-miss-swahili-word-in-sentence",
    ),
]


@pytest.mark.parametrize(("caption", "expected"), CASES)
def test_language_label(caption: str, expected: Expected) -> None:
    assert not mismatches(caption, expected)
