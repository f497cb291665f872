"""``described_places`` finds what ``_described_place`` finds, with its cheap tests first: no
" of " and no view's first word, no match; no view's first word, the kinds of place alone."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from catalog.parsing.locations import _described_place, described_places

_WORDS = st.lists(
    st.sampled_from(
        ["the", "Greek", "island", "of", "Kos", "a", "general", "view", "View", "VIEW", "Vue",
         "vue", "de", "d'Alger", "Lyon", "Blick", "über", "auf", "Berlin", "city", "port",
         "harbour", "harbor", "views", "panorama", "skyline", "vista", "del", "Mar", "town,",
         "outskirts", "officers", "offer", "review", "overview", "(view", "Zicht", "op"]
    ),
    min_size=1,
    max_size=14,
).map(" ".join)  # fmt: skip


def _spans(matches: object) -> list[tuple[int, int]]:
    return [match.span() for match in matches]  # type: ignore[attr-defined]


@settings(max_examples=2000, deadline=None)
@given(_WORDS)
def test_the_gate_finds_what_the_regex_finds(text: str) -> None:
    assert _spans(described_places(text)) == _spans(_described_place().finditer(text))


def test_examples() -> None:
    assert _spans(described_places("after reaching the Greek island of Kos")) == [(25, 35)]
    assert _spans(described_places("a general view of Damascus")) == [(10, 18)]
    assert _spans(described_places("Des soldats patrouillent")) == []
