"""A photographer's name written family name first whose family name is also an organisation
word ("Sun Fei", "Sun Yang", "Park Jiwon", "Star Lee"), where the credit's shape says a person
stands: after a known agency's slash ("Xinhua/Sun Fei", "AP Photo/Sun Yang", "REUTERS/Park
Jiwon"), before one ("Sun Yang/AFP/Getty Images"), after "Photo by". The surnames that are
also organisation words are data (names.toml, surname_org_words). A body or a paper that opens
with such a word stays one ("Sun Sentinel", "Post Office", "Star Tribune"). Captions written for
the test (names and places invented)."""

from __future__ import annotations

import pytest

from tests.parsing.field_match import mismatches


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "Lanterns light the old town of Pingyao. (Xinhua/Sun Fei)",
            {"photographer": "Sun Fei", "agency": "Xinhua"},
        ),
        (
            "Skaters on the lake in Harbin, Jan. 9, 2022. (AP Photo/Sun Yang)",
            {"photographer": "Sun Yang", "agency": "AP", "date": "2022-01-09"},
        ),
        (
            "Commuters wait in the rain in Seoul. REUTERS/Park Jiwon",
            {"photographer": "Park Jiwon", "agency": "Reuters"},
        ),
        (
            "Crowds in the square. (Sun Yang/AFP/Getty Images)",
            {"photographer": "Sun Yang", "agency": "AFP"},
        ),
        (
            "Crowds in the square. (Photo by Star Lee/Reuters)",
            {"photographer": "Star Lee", "agency": "Reuters"},
        ),
        (
            "Ein Drache aus Papier. Foto: Sun Mingli/dpa",
            {"photographer": "Sun Mingli", "agency": "dpa"},
        ),
        (
            "Floodwater in Fort Lauderdale. (Sun Sentinel/AP)",
            {"photographer": None, "agency": "Sun Sentinel"},
        ),
        (
            "The old sorting hall. (Post Office/Handout)",
            {"photographer": None, "agency": "Post Office"},
        ),
    ],
    ids=[
        "xinhua-then-sun",
        "ap-photo-then-sun-after-date",
        "reuters-then-park",
        "sun-then-agency-chain",
        "photo-by-star",
        "german-label-sun",
        "sun-sentinel-stays-paper",
        "post-office-stays-body",
    ],
)
def test_family_name_org_word_first(caption: str, expected: dict[str, str | None]) -> None:
    assert mismatches(caption, expected) == []
