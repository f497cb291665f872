"""A text article's new captions carry where the reader found their credits, and the parser's
rows from them are the rows it builds finding the credits itself."""

from __future__ import annotations

from catalog.ingest.prepare import caption_rows, prepare_article
from catalog.ingest.sources.text import article_from_text

_ARTICLE = """Harbour ferries return after the storm

Harbour ferries return after the storm
Jo Roe
3/4/2022

The first ferries crossed the bay on Friday morning, a spokesman for the port said.

Passengers board a ferry at the Kestrel pier in Lyon, France, on March 4, 2022. (AP Photo/Jo Roe)
Passengers board a ferry at the Kestrel pier in Lyon, France, on March 4, 2022. (AP Photo/Jo Roe)

Crews clear fallen branches from the quay road in Lyon, France. REUTERS/Li Wei

A gull rests on a mooring post as the tide turns
Photo: Ana Weiss

The port expects a full timetable by next week.
"""


def test_new_captions_carry_the_readers_credit_and_parse_the_same() -> None:
    article = article_from_text(_ARTICLE, source="harbour.txt")
    texts = prepare_article(article).texts
    assert len(texts) == 3
    handed = [text for text in texts if text.credit_at]
    assert handed, "the bracketed credit at least is handed over"
    for text in handed:
        before_end, start, end = text.credit_at or ()
        assert text.text[:before_end].endswith((".", ","))
        assert text.text[start:end] in {"AP Photo/Jo Roe", "REUTERS/Li Wei", "Photo: Ana Weiss"}
    unhanded = [text._replace(credit_at=None) for text in texts]
    assert caption_rows(texts) == caption_rows(unhanded)
