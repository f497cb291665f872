"""The caption parser: pure functions from caption text to frozen dataclasses (no I/O, no DB).

``parse_caption(text, article_date=None)`` reads a whole caption; ``parse_credit(text)`` reads a
credit line alone (an IPTC credit or by-line field); ``split_credit``, ``leading_credit`` and
``is_credit`` answer every source reader's question: where, if anywhere, is the credit. Each
takes the agency ``registry`` to use; by default the one the application installed with
``use_registry`` (the shipped agencies unless it installed another).
"""

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

__all__ = [
    "ParsedCaption",
    "ParsedCredit",
    "Registry",
    "current_registry",
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
