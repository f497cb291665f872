"""The text reader's fast paths give the same answers as the plain versions they replaced."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from catalog.ingest.sources.text.header import _has_digit


@given(st.text(alphabet=list("Jo Roe 7²٣x"), max_size=20))
def test_has_digit_matches_str_isdigit(text: str) -> None:
    assert _has_digit(text) == any(char.isdigit() for char in text)
