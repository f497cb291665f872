"""The parser never raises and runs in linear time, whatever the text."""

from __future__ import annotations

import sys
from types import FrameType
from typing import TYPE_CHECKING

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from catalog.parsing import ParsedCaption, ParsedCredit, parse_caption, parse_credit

if TYPE_CHECKING:
    from _typeshed import TraceFunction

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
def test_adversarial_100kb_is_parsed(text: str) -> None:
    # Never crashes; catastrophic backtracking on 100 KB would not finish at all.
    assert isinstance(parse_caption(text), ParsedCaption)
    assert isinstance(parse_credit(text), ParsedCredit)


def _steps(text: str) -> int:
    """Python lines and calls the parser runs on ``text``: a measure of work that, unlike a
    clock, gives the same figure on every machine and under any load. Steps inside the regex
    engine are not seen; the 100 KB parses above are the guard against its backtracking."""
    count = 0

    def tracer(frame: FrameType, event: str, arg: object) -> TraceFunction:
        nonlocal count
        count += 1
        return tracer

    previous = sys.gettrace()
    sys.settrace(tracer)
    try:
        parse_caption(text)
        parse_credit(text)
    finally:
        sys.settrace(previous)
    return count


@pytest.mark.parametrize("text", list(ADVERSARIAL.values()), ids=list(ADVERSARIAL))
def test_adversarial_work_grows_linearly(text: str) -> None:
    # Twice the text may cost twice the work, not four times (quadratic). Small sizes keep the
    # traced runs short; the parse before them fills the parser's caches, so that both counts
    # are taken alike.
    small, large = text[:5_000], text[:10_000]
    parse_caption(large)
    parse_credit(large)
    assert _steps(large) <= 2.5 * _steps(small)


def test_a_glued_credit_before_an_empty_caption() -> None:
    # found by Hypothesis: the words before a glued caption were only a slash and a stop
    assert parse_caption("A A/. A").caption == "A A/. A"
