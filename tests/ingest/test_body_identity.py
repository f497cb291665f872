"""The text reader hands over its body with the white space already collapsed, and the
fingerprint takes such a body as it stands: the hashes stored in catalogs must not move."""

from __future__ import annotations

from dataclasses import replace

import pytest

from catalog.ingest.identity import collapse_space
from catalog.ingest.sources.text import article_from_text

# Texts in the shapes scrapers store, with every kind of white space a text brings.
TEXTS = [
    "Storm Hits Coast\n\nBy Ana Lima\n3/4/2023\n\nWaves break over a pier in Nice, France. "
    "REUTERS/Jo Roe\n",
    "Title line  with  doubled  spaces\r\nA body line\twith a tab.\r\n\r\n  Indented line.  \n",
    "Über die Flut\n\nEin Mann watet durch Wasser in Köln.\u00a0(Foto: dpa/Jo Roe)\u2028Next.",
    "Form feed\x0cand vertical tab\x0bbetween; file separators\x1c\x1d\x1e\x1fhere\x85too",
    "Пожар в Москве\n\nПожарные тушат огонь в Москве, 3 марта 2023 года. Фото: ТАСС\n",
    '<p>A page with markup.</p>\n<img alt="Crowds gather in Lyon. (AP Photo/Jo Roe)">\n',
    "",
    "   \n\n  ",
    "One line without a break",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_fingerprint_is_that_of_the_text_as_found(text: str) -> None:
    article = article_from_text(text, source="test")
    assert article.fingerprint == replace(article, content=text).fingerprint


@pytest.mark.parametrize("text", TEXTS)
def test_collapsing_space_is_splitting_and_joining(text: str) -> None:
    assert collapse_space(text) == " ".join(text.split())
    assert collapse_space(collapse_space(text)) == collapse_space(text)


@pytest.mark.parametrize(
    "text",
    ["a  b", " a", "a ", "a\nb", "a\tb", "a\x1fb", "a\rb", "a\u00a0b", "é  b", "a b c"],
)
def test_collapsing_space_near_misses(text: str) -> None:
    assert collapse_space(text) == " ".join(text.split())
