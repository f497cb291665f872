"""caption_row: parsed values, embedded values winning, and the fast to_dict staying exact."""

from __future__ import annotations

import pytest

from catalog.db.fields import ORIGINS_KEY, caption_row, parsed_values
from catalog.parsing import parse_caption

CAPTIONS = [
    "Residents look at a crater on the outskirts of Duhok, Iraq, on Jan. 8, 2020. (Ari Jalal/Reuters)",
    "Iraqi students march in the southern city of Basra on Jan. 8, 2020. (Hussein Faleh/AFP via Getty Images)",
    "A burning vehicle at Baghdad airport. (Iraqi Prime Minister's Press Office, via AP)",
    "No credit at all here",
]


@pytest.mark.parametrize("text", CAPTIONS)
def test_parsed_values_equal_to_dict(text: str) -> None:
    parsed = parse_caption(text)
    assert parsed_values(parsed) == parsed.to_dict()


def test_embedded_values_win_and_say_so() -> None:
    parsed = parse_caption(CAPTIONS[0])
    row = caption_row(parsed, {"photographer": "Someone Else", "date": "2020-01"})
    assert row["photographer"] == "Someone Else"
    assert row["date"] == "2020-01" and row["date_precision"] == "month" and row["year"] == 2020
    assert row["origins"]["photographer"] == "embedded"
    assert row["parsed"][ORIGINS_KEY]["date"] == "embedded"
    assert row["licensor"] == parsed.licensor
