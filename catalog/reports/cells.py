"""Cells a spreadsheet would run as formulas, made inert (OWASP "CSV injection", CWE-1236).

A text cell starting with = + - @, a tab or a carriage return gets a leading apostrophe, which
spreadsheets show as text and do not evaluate; quoting alone does not help, Excel evaluates a
quoted "=..." after unquoting. Numbers and dates are never touched, so negative numbers
survive. Exports do the same in SQL (``report_queries.FORMULA_STARTS``); ``--raw`` skips it.
"""

from __future__ import annotations

from catalog.db.report_queries import FORMULA_STARTS

_STARTS = frozenset(FORMULA_STARTS)


def neutralise(value: str) -> str:
    return "'" + value if value and value[0] in _STARTS else value
