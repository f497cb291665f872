"""The credit the text reader found in a caption, handed to the parser, is the credit the parser
finds itself: the same span, the same parse."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from catalog.parsing import parse_caption, split_credit
from catalog.parsing.credit_handoff import found_at, span_at
from catalog.parsing.credit_spans import _split_credit, find_credit, recent_spans
from catalog.parsing.registry import load_registry, shipped_registry

# Captions in the shapes pages print, from parts written for these tests.
_DESCRIPTIONS = st.sampled_from(
    [
        "Volunteers sort donated coats at a church hall",
        "A ferry leaves the harbour at dawn (file)",
        "Fans wave flags before the final in Lyon, France, on May 2, 2021.",
        "Workers repair a bridge in the northern city of Basra, Iraq, March 3, 2020.",
        "A girl feeds pigeons in the old town of Kestrel.",
        "Protesters (L-R) march past the court",
        "Cyclists ride through rain, on Tuesday",
    ]
)
_CREDITS = st.sampled_from(
    [
        "",
        "(AP Photo/Jo Roe)",
        "(AP Photo/Jo Roe, File)",
        "(Jo Roe/Reuters)",
        "(Jo Roe/AFP via Getty Images)",
        "(Photo by Jo Roe/Getty Images)",
        "[Reuters]",
        "(Courtesy of the Kestrel Museum)",
        "REUTERS/Jo Roe",
        "Jo Roe/EPA-EFE",
        "Photo: Jo Roe",
        "© Kestrel Museum",
        "Jo Roe for The New York Times",
        "(AP Photo/Jo Roe) EDITORIAL USE ONLY",
        "(Handout)",
    ]
)
_LEADS = st.sampled_from(["", "© Jo Roe / AFP ", "FILE PHOTO: ", "Pool photo by Jo Roe "])


def _forget_lines() -> None:
    """As a process that never read a line: split_credit reads the next one afresh."""
    _split_credit.cache_clear()
    recent_spans.clear()


def _caption(lead: str, description: str, credit: str) -> str:
    return " ".join(part for part in (lead.strip(), description, credit) if part)


@settings(max_examples=300, deadline=None)
@given(_LEADS, _DESCRIPTIONS, _CREDITS)
def test_the_handed_credit_is_the_one_the_parser_finds(
    lead: str, description: str, credit: str
) -> None:
    registry = shipped_registry()
    text = _caption(lead, description, credit)
    _forget_lines()
    split_credit(text, registry)  # the text reader's question, which reads the line
    at = found_at(text, registry)
    if at is None:
        return  # a span of another shape: the parser reads the caption itself
    assert span_at(text, at, registry) == find_credit([text], registry)
    assert parse_caption(text, None, registry, credit_at=at) == parse_caption(text, None, registry)


def test_a_bracketed_credit_is_handed_as_three_positions() -> None:
    registry = shipped_registry()
    text = "Volunteers sort donated coats at a church hall. (AP Photo/Jo Roe)"
    _forget_lines()
    split_credit(text, registry)
    at = found_at(text, registry)
    assert at is not None and len(at) == 3
    before_end, start, end = at
    assert text[start:end] == "AP Photo/Jo Roe"
    assert text[:before_end] == "Volunteers sort donated coats at a church hall."
    parsed = parse_caption(text, None, registry, credit_at=at)
    assert (parsed.photographer, parsed.agency) == ("Jo Roe", "AP")


def test_a_line_read_without_a_credit_is_handed_as_none_found() -> None:
    registry = shipped_registry()
    text = "Story 12: The festival opens, as the crowds arrive by the river"
    _forget_lines()
    split_credit(text, registry)
    assert found_at(text, registry) == ()
    assert span_at(text, (), registry) is None


def test_nothing_is_handed_for_a_line_not_read_or_read_with_another_registry() -> None:
    registry = shipped_registry()
    text = "A heron stands in the shallows of the Kestrel river. (Jo Roe/Reuters)"
    _forget_lines()
    assert found_at(text, registry) is None
    other = load_registry()
    split_credit(text, other)
    assert other is not registry
    assert found_at(text, registry) is None
