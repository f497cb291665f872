"""The cheap test before ``split_credit`` reads a line: it turns away only lines the full
reading would find no credit in."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from catalog.parsing import split_credit
from catalog.parsing.credit_spans import _read_split, may_end_with_credit
from catalog.parsing.registry import shipped_registry

# Words of titles, running text and credits without marks: names, known agencies, labels,
# clients, roles, licences, a platform's user, and the colons and stops of titles. Many
# joins read as a credit; the gate must let each of those through.
_WORDS = st.lists(
    st.sampled_from(
        [
            "Jo",
            "Roe",
            "Kim",
            "SOTO",
            "Acme",
            "News",
            "Story",
            "Day",
            "12:",
            "Crowds",
            "gather",
            "in",
            "the",
            "square.",
            "said",
            "on",
            "Monday.",
            "Reuters",
            "AP",
            "AFP",
            "Getty",
            "Images",
            "Photo",
            "photos",
            "Photo:",
            "Foto",
            "by",
            "via",
            "for",
            "The",
            "Times",
            "Pool",
            "Staff",
            "File",
            "Handout",
            "Courtesy",
            "of",
            "Supplied",
            "CC0",
            "Creative",
            "Commons",
            "user",
            "Flickr",
            "Unsplash",
            "2023",
            ".",
            ":",
            "?",
            "'",
        ]
    ),
    min_size=1,
    max_size=10,
).map(" ".join)


@settings(max_examples=400)
@given(_WORDS)
def test_gate_turns_away_only_lines_without_a_credit(text: str) -> None:
    registry = shipped_registry()
    if not may_end_with_credit(text, registry):
        assert _read_split(text, registry) is None


def test_gate_turns_away_titles_and_running_text() -> None:
    registry = shipped_registry()
    for text in (
        "Day 12: Crowds gather in the old town",
        "Officials said on Monday that talks would go on.",
    ):
        assert not may_end_with_credit(text, registry)
        assert split_credit(text, registry) is None


def test_gate_lets_credits_through() -> None:
    registry = shipped_registry()
    for text, credit in (
        ("Crowds gather in the old town. (AP Photo/Jo Roe)", "AP Photo/Jo Roe"),
        ("Crowds gather in the old town. Jo Roe via Acme", "Jo Roe via Acme"),
        ("Crowds gather in the old town. Photo by Jo Roe", "Photo by Jo Roe"),
        ("Jo Roe for The New York Times", "Jo Roe for The New York Times"),
    ):
        assert may_end_with_credit(text, registry)
        split = split_credit(text, registry)
        assert split is not None and split[1] == credit
