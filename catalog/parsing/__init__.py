"""The caption parser: pure functions from caption text to frozen dataclasses (no I/O, no DB).

``parse_caption(text, article_date=None)`` reads a whole caption; ``parse_credit(text)`` reads a
credit line alone (an IPTC credit or by-line field); ``split_credit``, ``leading_credit`` and
``is_credit`` answer every source reader's question: where, if anywhere, is the credit. Each
takes the agency ``registry`` to use; by default the one the application installed with
``use_registry`` (the shipped agencies unless it installed another).

A wheel built with ``CATALOG_COMPILE=1`` holds these modules compiled by mypyc (setup.py);
``is_compiled()`` tells which build runs, for the benchmarks' figures.
"""

from importlib.machinery import EXTENSION_SUFFIXES

from catalog.parsing import captions as _captions
from catalog.parsing.captions import parse_caption
from catalog.parsing.credit_spans import is_credit, leading_credit, split_credit, strip_label
from catalog.parsing.credits import parse_credit, read_credit
from catalog.parsing.model import ParsedCaption, ParsedCredit
from catalog.parsing.registry import (
    Registry,
    current_registry,
    load_registry,
    shipped_registry,
    use_registry,
)


def is_compiled() -> bool:
    """Whether the parser runs compiled by mypyc (a ``CATALOG_COMPILE=1`` wheel) or as Python."""
    return (_captions.__file__ or "").endswith(tuple(EXTENSION_SUFFIXES))


__all__ = [
    "ParsedCaption",
    "ParsedCredit",
    "Registry",
    "current_registry",
    "is_compiled",
    "is_credit",
    "leading_credit",
    "load_registry",
    "parse_caption",
    "parse_credit",
    "read_credit",
    "shipped_registry",
    "split_credit",
    "strip_label",
    "use_registry",
]
