"""A caption's credit as the text reader found it, handed to the caption parser.

The text reader asks ``split_credit`` of every line, which runs ``find_credit`` over it; the
parser then runs ``find_credit`` again over the same caption, mostly in another process. Where
the reader's span has the plain shape (the description the caption's start, the credit a
slice of the caption read as it stands, nothing after it), three integers say it all: they
pickle in a few bytes, where the span itself (a named tuple of dataclasses) costs more to send
than to find again. The parser rebuilds the span from them with one cached credit reading.
"""

from __future__ import annotations

from catalog.parsing.credit_spans import CreditSpan, recent_spans
from catalog.parsing.credits import read_credit_in
from catalog.parsing.registry import Registry, current_registry

# () when find_credit found no credit; else (end of the text before the credit, start and end
# of the credit).
CreditAt = tuple[int, ...]

# A CreditSpan from its values without the named tuple's ``__new__`` (a Python function).
_new_span = tuple.__new__


def found_at(text: str, registry: Registry | None = None) -> CreditAt | None:
    """``find_credit([text], registry)`` as ``split_credit`` found it lately, in integers;
    None when it did not read ``text`` with ``registry`` (by default the one installed)
    lately, or found a credit of another shape (text after it, a reading of other words than
    the credit's own)."""
    entry = recent_spans.get(text)
    if entry is None:
        return None
    if registry is None:
        registry = current_registry()
    if entry[0] is not registry:
        return None
    span = entry[1]
    if span is None:
        return ()
    credit, reading, before, after, trailer = span
    # The reading is the cached reading of the credit's own words (the same object), so the
    # parser's reading of the same words is equal to it.
    if (
        after
        or trailer
        or not text.startswith(before)
        or read_credit_in(credit, registry) is not reading
    ):
        return None
    start = text.find(credit, len(before))
    if start < 0:
        return None
    return (len(before), start, start + len(credit))


def span_at(text: str, at: CreditAt, registry: Registry) -> CreditSpan | None:
    """The span ``found_at`` describes, rebuilt from ``text``."""
    if not at:
        return None
    before_end, start, end = at
    credit = text[start:end]
    return _new_span(
        CreditSpan, (credit, read_credit_in(credit, registry), text[:before_end], "", "")
    )
