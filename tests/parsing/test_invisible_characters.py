"""Characters that show nothing inside words (a soft hyphen, a zero-width space, a word
joiner, a byte-order mark, the bidirectional marks), copied from a page into a caption or a
credit field, do not split the words the parser looks for: "Jo Roe\\u200b/AFP" is Jo Roe's
photo for AFP. One home for them, ``catalog.parsing.characters.visible``, which the text reader uses too.
Captions written for the test."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption, parse_credit
from catalog.parsing.characters import visible

MARKS = ["\u00ad", "\u200b", "\u2060", "\ufeff", "\u200e", "\u200f"]


@pytest.mark.parametrize("mark", MARKS, ids=[f"U+{ord(m):04X}" for m in MARKS])
def test_a_mark_inside_a_credit_changes_nothing(mark: str) -> None:
    parsed = parse_caption(f"Crowds gather in Kestrel. Jo Roe{mark}/AFP{mark}")
    assert (parsed.agency, parsed.photographer) == ("AFP", "Jo Roe")
    assert parsed.description == "Crowds gather"


@pytest.mark.parametrize("mark", MARKS, ids=[f"U+{ord(m):04X}" for m in MARKS])
def test_a_mark_inside_a_credit_field(mark: str) -> None:
    parsed = parse_credit(f"REU{mark}TERS/Jo Roe")
    assert (parsed.agency, parsed.photographer) == ("Reuters", "Jo Roe")


def test_joiners_that_scripts_need_stay() -> None:
    # The zero-width non-joiner and joiner shape Persian and Indic words: not removed.
    assert visible("می\u200cخواهم") == "می\u200cخواهم"
    assert visible("क्\u200dष") == "क्\u200dष"
