"""The text reader's fast paths give the same answers as the plain versions they replaced."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from catalog.ingest.sources.text.header import _has_digit


@given(st.text(alphabet=list("Jo Roe 7²٣x"), max_size=20))
def test_has_digit_matches_str_isdigit(text: str) -> None:
    assert _has_digit(text) == any(char.isdigit() for char in text)


_MARKUP_BITS = ["](http", "](/", "](www.", "[caption", "[", "]", "<", ">", "<p>", " text ", "\n"]


@given(st.lists(st.sampled_from(_MARKUP_BITS), max_size=8).map("".join))
def test_markdown_and_markup_gates_match_their_scans(text: str) -> None:
    from catalog.ingest.sources.text.markdown import _TARGETS, is_markdown
    from catalog.ingest.sources.text.markup import has_markup

    assert is_markdown(text) == any(target in text for target in _TARGETS)
    if "<" not in text and "[caption" not in text:
        assert not has_markup(text)
