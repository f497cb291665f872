"""The parser never raises and runs in linear time, whatever the text."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from catalog.parsing import ParsedCaption, ParsedCredit, parse_caption, parse_credit

# Text biased towards what trips caption parsers: brackets, slashes, dates, control characters.
_PIECES = st.sampled_from(
    ["(", ")", "[", "]", "/", " / ", " via ", "AP Photo", "REUTERS", ", ", ". ", "Jan. 8, 2020",
     " in ", "Tehran", "Iran", "©", "Photo by ", "\x00", "\x1b", "\t", "\n", "\u200b", "’", "'s",
     "2020", "Sept. 3", " – ", "|", "Pool", "File", "AFP PHOTO / ", "JOHN DOE", "of ", ":"]
)  # fmt: skip
_CAPTIONISH = st.lists(st.one_of(_PIECES, st.text(max_size=12)), max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(), _CAPTIONISH))
def test_parse_caption_never_raises(text: str) -> None:
    parsed = parse_caption(text)
    assert isinstance(parsed, ParsedCaption)
    parsed.to_dict()


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(), _CAPTIONISH))
def test_parse_credit_never_raises(text: str) -> None:
    assert isinstance(parse_credit(text), ParsedCredit)


@settings(max_examples=100, deadline=None)
@given(_CAPTIONISH, st.one_of(st.none(), st.text(max_size=20), st.dates().map(str)))
def test_any_article_date_is_accepted(text: str, article_date: str | None) -> None:
    parse_caption(text, article_date=article_date)


def test_one_megabyte_caption() -> None:
    text = ("A man walks in Tehran, Iran, on Jan. 8, 2020. (AP Photo/Jo Doe) " * 16_000)[:1_000_000]
    parsed = parse_caption(text)
    assert parsed.caption.startswith("A man walks")
    parse_credit(text)


ADVERSARIAL = {
    "open-brackets": "(" * 100_000,
    "close-brackets": ")" * 100_000,
    "nested": "(a/" * 33_000 + ")" * 33_000,
    "slashes": "A/" * 50_000,
    "commas": "in X, " * 16_000 + "on Jan. 8, 2020.",
    "dates": "Jan. 8, 2020. " * 7_000,
    "capitals": "In Aa Bb Cc " * 8_000,
    "periods": ". " * 50_000,
    "spaces": " " * 100_000 + "x",
    "via-chain": " via X" * 16_000,
    "digits": "1/2/" * 25_000,
    "of-chain": "the city of " * 9_000 + "Basra",
}


@pytest.mark.parametrize("text", list(ADVERSARIAL.values()), ids=list(ADVERSARIAL))
def test_adversarial_100kb_is_fast(text: str) -> None:
    # A guard against catastrophic backtracking, not a benchmark: linear work on 100 KB takes
    # milliseconds, a quadratic or exponential path takes far more than this bound.
    started = time.perf_counter()
    parse_caption(text)
    parse_credit(text)
    assert time.perf_counter() - started < 1.0
