"""How a value becomes a CSV cell, for the report's CSV and the CSV export.

Formulas are made inert (OWASP "CSV injection", CWE-1236): a text cell starting with = + - @,
a tab or a carriage return gets a leading apostrophe, which spreadsheets show as text and do
not evaluate; quoting alone does not help, Excel evaluates a quoted "=..." after unquoting.
Numbers and dates are never touched, so negative numbers survive.

The report's cells are few and neutralised here in Python (``neutralise``); an export's are
millions, so ``csv_cell`` gives the same rule as a column expression that the database
computes while it reads (a Python check per cell would slow the export several times over).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, String, case, cast, false, func, literal, null

# Characters that make a spreadsheet read a cell as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_STARTS = frozenset(FORMULA_STARTS)


def neutralise(value: str) -> str:
    return "'" + value if value and value[0] in _STARTS else value


def csv_cell(column: ColumnElement[Any], kind: str) -> ColumnElement[Any]:
    """The export field ``column`` (of ``kind``, see ``export_queries.CAPTION_FIELDS``) as
    the CSV cell it becomes, formulas neutralised; flags are written true/false."""
    if kind == "text":
        return case(
            (func.substr(column, 1, 1).in_(FORMULA_STARTS), literal("'") + column),
            else_=column,
        )
    return raw_csv_cell(column, kind)


def raw_csv_cell(column: ColumnElement[Any], kind: str) -> ColumnElement[Any]:
    """``csv_cell`` with text left as it is (``--raw``)."""
    if kind == "flag":
        return case((column.is_(True), "true"), (column == false(), "false"), else_=null())
    if kind == "date":
        return cast(column, String)
    return column.expression
