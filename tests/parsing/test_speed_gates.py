"""Gates that skip work give the answers of the full readers they stand before."""

from __future__ import annotations

import pytest

from catalog.parsing import credit_spans
from catalog.parsing.registry import current_registry

# Captions written for these tests, in the shapes of the wire, with near misses: a label, "By",
# a copyright sign or a colon anywhere sends a text to the full pattern.
LEADING = [
    "Jo Roe for The Kestrel Courier Farmers gather outside the town hall.",
    "Jo Roe/Kestrel Press Farmers gather outside the town hall.",
    "Ana van der Berg, Kestrel Press Farmers gather.",
    "Farmers gather outside the town hall in Lyon, France. REUTERS/Jo Roe",
    "By Jo Roe/Kestrel Press Farmers gather outside the town hall.",
    "Photo: Jo Roe/Kestrel Press Farmers gather.",
    "Foto: Jo Roe/Kestrel Press Farmers gather.",
    "© Jo Roe/Kestrel Press Farmers gather.",
    "(c) Jo Roe/Kestrel Press Farmers gather.",
    "Jo Roe/Kestrel Press Farmers gather: a rally.",
    "Jo Roe：Kestrel Press Farmers gather.",
    # a label closed by an ellipsis, a label word before another language's "by"
    "Credit…Jo Roe for The Kestrel Courier Farmers gather.",
    "Credit...Jo Roe/Kestrel Press Farmers gather.",
    "Foto von Jo Roe/Kestrel Press Bauern versammeln sich.",
    "FOTO OLEH Jo Roe/Kestrel Press Warga berkumpul.",
    "",
]


@pytest.mark.parametrize("text", LEADING)
def test_bare_leading_name_is_the_full_patterns(text: str) -> None:
    leading = credit_spans._leading_person()
    full = leading.pattern.match(text)
    bare = leading.bare.match(text)
    if credit_spans._opens_unlabelled(text, leading):
        assert (full is None) == (bare is None)
        if full is not None and bare is not None:
            assert full.span() == bare.span()
            assert full.group("name", "sep") == bare.group("name", "sep")


@pytest.mark.parametrize("text", LEADING)
def test_leading_person_credit_reads_as_before(text: str) -> None:
    registry = current_registry()
    span = credit_spans._leading_person_credit(text, registry)
    full = credit_spans._leading_person().pattern.match(text)
    if full is None:
        assert span is None


TEASERS = [
    # no teaser: the text comes back as it was
    "Farmers gather in Lyon, France. (Credit Image: © Jo Roe/Kestrel Press Wire)",
    "Farmers gather in Lyon | Jo Roe/Kestrel Press",
    "Farmers gather in Lyon » Jo Roe",
    # a teaser after the credit, with each mark
    "Farmers gather in Lyon. (Jo Roe/Kestrel Press) Read more: Prices rise",
    "Farmers gather in Lyon. (Jo Roe/Kestrel Press) Read more | Prices rise",
    "Farmers gather in Lyon. (Jo Roe/Kestrel Press) Read more » Prices rise",
    "Farmers gather in Lyon. (Jo Roe/Kestrel Press) Read more > Prices rise",
    # a teaser's words with no credit before them stay
    "Farmers say: read more: the prices rise",
]


def _translated_words(text: str) -> list[str]:
    """The tail's words as the gate read them before (str.translate)."""
    start = max(0, len(text) - credit_spans._TEASER_TAIL)
    table = str.maketrans(dict.fromkeys(credit_spans._TEASER_MARKS, " "))
    return text[start:].casefold().translate(table).split()


@pytest.mark.parametrize("text", TEASERS)
def test_teaser_gate_reads_the_words_translate_did(text: str) -> None:
    start = max(0, len(text) - credit_spans._TEASER_TAIL)
    tail = text[start:].casefold()
    words = tail.replace(":", " ").replace("|", " ").replace("»", " ").replace(">", " ").split()
    assert words == _translated_words(text)


def test_teaser_still_stripped() -> None:
    registry = current_registry()
    text = "Farmers gather in Lyon. (Jo Roe/Kestrel Press) Read more: Prices rise"
    assert credit_spans._strip_teaser(text, registry) == (
        "Farmers gather in Lyon. (Jo Roe/Kestrel Press)"
    )
    plain = "Farmers gather in Lyon. (Credit Image: © Jo Roe/Kestrel Press Wire)"
    assert credit_spans._strip_teaser(plain, registry) == plain
