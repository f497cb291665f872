"""caption_row: parsed values, embedded values winning, the fast to_dict staying exact, and
the machine values stored once (packed beside the columns) coming back exactly."""

from __future__ import annotations

import pytest

from catalog.db.corrections import stored_columns
from catalog.db.fields import (
    ORIGINS_KEY,
    caption_row,
    machine_values,
    parsed_caption_values,
    parsed_values,
    unpack_machine,
)
from catalog.db.rows import caption_values
from catalog.parsing import parse_caption
from catalog.parsing.model import ParsedCaption

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


EMBEDDED: list[dict[str, str | None]] = [
    {},
    {"photographer": "Someone Else", "date": "2020-01"},
    {"credit": "KEYSTONE", "agency": "Keystone"},
]
CORRECTIONS: list[dict[str, str | None]] = [
    {},
    {"photographer": "A. Jalal", "date": None},
    {"via": "Mystery Wire", "location": "Dahuk"},
]


@pytest.mark.parametrize("text", CAPTIONS)
@pytest.mark.parametrize("embedded", EMBEDDED, ids=["plain", "embedded", "embedded-credit"])
@pytest.mark.parametrize("corrections", CORRECTIONS, ids=["as-parsed", "corrected", "via"])
def test_machine_values_are_packed_once_and_come_back_exactly(
    text: str, embedded: dict[str, str | None], corrections: dict[str, str | None]
) -> None:
    machine = machine_values(parse_caption(text), embedded)
    columns = stored_columns(machine, corrections, text)
    assert unpack_machine({**columns, "text": text}, columns["parsed"]) == machine
    if not corrections:
        # Nothing a column holds is stored again in JSON.
        assert set(columns["parsed"]) <= {ORIGINS_KEY, "unknown_organisations", "caption"}


def test_a_caption_as_parsed_stores_empty_json() -> None:
    row = caption_row(parse_caption(CAPTIONS[0]))
    assert row["parsed"] == {} and row["origins"] == {}


# Parsed captions of every shape the packed JSON distinguishes: a date without its precision
# (and a precision another than the date's length says), roles that a space-joined column
# cannot give back, unknown organisations, a distributor, nothing at all.
_SHAPES = [
    *(parse_caption(text) for text in CAPTIONS),
    parse_caption("Fans cheer in Lyon, France, May 2021. (Ana Lima/Kestrel Wire via Reuters)"),
    ParsedCaption(caption="x", date="2020-01-02"),
    ParsedCaption(caption="x", date="2020", date_precision="day"),
    ParsedCaption(caption="x", roles=("file", "pool")),
    ParsedCaption(caption="x", roles=("a b",)),
    ParsedCaption(caption="x", roles=("",)),
    ParsedCaption(caption="x", agency="Kestrel Wire", unknown_organisations=("Kestrel Wire",)),
    ParsedCaption(caption="x", agency="AP", via="Getty Images"),
    ParsedCaption(caption=""),
]


@pytest.mark.parametrize("parsed", _SHAPES)
def test_parsed_caption_values_are_the_generic_row(parsed: ParsedCaption) -> None:
    """The direct row of a caption without embedded fields is the generic one, byte for byte
    (the JSON columns included)."""
    row = caption_row(parsed, {})
    row["key"] = "k"
    assert parsed_caption_values(parsed, "k") == caption_values(row)
