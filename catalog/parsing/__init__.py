"""The caption parser: pure functions from caption text to frozen dataclasses (no I/O, no DB).

``parse_caption(text, article_date=None)`` reads a whole caption; ``parse_credit(text)`` reads a
credit line alone (an IPTC credit or by-line field); ``split_credit``, ``leading_credit`` and
``is_credit`` answer every source reader's question: where, if anywhere, is the credit. Each
takes the agency ``registry`` to use; by default the one the application installed with
``use_registry`` (the shipped agencies unless it installed another).

A wheel built with ``CATALOG_COMPILE=1`` holds these modules compiled by mypyc (setup.py);
``is_compiled()`` tells which build runs, for the benchmarks' figures.
"""

from __future__ import annotations

import importlib
from importlib.machinery import EXTENSION_SUFFIXES
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

# Each name's module, imported on first use: importing the package (as ``start_cache`` or
# ``lexicon`` alone do) compiles none of the parser's patterns, so the CLI can name the start
# cache's folder before the first of them is compiled (``settings.install_user_registry``).
_HOMES = {
    "parse_caption": "captions",
    "is_credit": "credit_spans",
    "leading_credit": "credit_spans",
    "split_credit": "credit_spans",
    "strip_label": "credit_spans",
    "parse_credit": "credits",
    "read_credit": "credits",
    "ParsedCaption": "model",
    "ParsedCredit": "model",
    "Registry": "registry",
    "current_registry": "registry",
    "load_registry": "registry",
    "shipped_registry": "registry",
    "use_registry": "registry",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value


def is_compiled() -> bool:
    """Whether the parser runs compiled by mypyc (a ``CATALOG_COMPILE=1`` wheel) or as Python."""
    captions = importlib.import_module(f"{__name__}.captions")
    return (captions.__file__ or "").endswith(tuple(EXTENSION_SUFFIXES))


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
