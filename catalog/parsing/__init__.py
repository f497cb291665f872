"""The caption parser: pure functions from caption text to frozen dataclasses (no I/O, no DB).

``parse_caption(text, article_date=None)`` reads a whole caption; ``parse_credit(text)`` reads a
credit line alone (an IPTC credit or by-line field). ``get_registry()`` is the agency registry.
"""

from catalog.parsing.captions import parse_caption
from catalog.parsing.credits import parse_credit
from catalog.parsing.model import ParsedCaption, ParsedCredit
from catalog.parsing.registry import get_registry

__all__ = ["ParsedCaption", "ParsedCredit", "get_registry", "parse_caption", "parse_credit"]
