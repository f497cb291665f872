"""Registry breadth for newsrooms of South and Southeast Asia and the Gulf: each printed form
resolves to its canonical name, and a caption's credit reaches it in the shapes those papers
print (a dash, a label, a name then the paper). Captions written for this test."""

from __future__ import annotations

import pytest

from catalog.parsing.registry import shipped_registry
from tests.parsing.field_match import Expected, mismatches


@pytest.mark.parametrize(
    "printed, canonical",
    [
        ("Dawn", "Dawn"),
        ("Express Tribune", "The Express Tribune"),
        ("Independent News Pakistan", "INP"),
        ("Star photo", "The Daily Star"),
        ("TBS", "The Business Standard"),
        ("United News of Bangladesh", "UNB"),
        ("Kathmandu Post", "The Kathmandu Post"),
        ("THT", "The Himalayan Times"),
        ("Tuổi Trẻ", "Tuổi Trẻ"),
        ("Inquirer", "Philippine Daily Inquirer"),
        ("PNP", "Philippine National Police"),
        ("Straits Times", "The Straits Times"),
        ("SCMP", "South China Morning Post"),
        ("Channel NewsAsia", "CNA"),
        ("Hurriyet Daily News", "Hürriyet Daily News"),
    ],
)
def test_printed_form_resolves(printed: str, canonical: str) -> None:
    assert shipped_registry().canonical(printed) == canonical


@pytest.mark.parametrize(
    "caption, expected",
    [
        pytest.param(
            "Commuters wade through a flooded street in Karachi on Monday. — Dawn",
            {"agency": "Dawn", "photographer": None},
            id="dash-paper",
        ),
        pytest.param(
            "Rickshaws queue at a crossing in Dhaka. Photo: Focus Bangla",
            {"agency": "Focus Bangla", "photographer": None},
            id="two-word-agency-not-a-person",
        ),
        pytest.param(
            "Pilgrims gather at a temple in Kathmandu. Photo: Mina Rai/Kathmandu Post",
            {"agency": "The Kathmandu Post", "photographer": "Mina Rai"},
            id="name-then-paper",
        ),
        pytest.param(
            "Motorbikes fill a street in Hanoi. Photo: Tuoi Tre",
            {"agency": "Tuổi Trẻ", "photographer": None},
            id="vietnamese-paper-not-a-person",
        ),
        pytest.param(
            "Police guard a checkpoint in Manila. (Photo courtesy of the PNP)",
            {"agency": "Philippine National Police", "photographer": None},
            id="police-courtesy",
        ),
    ],
)
def test_credit_reaches_the_registry(caption: str, expected: Expected) -> None:
    assert mismatches(caption, expected) == []
