"""The report as CSV: one table, header first, that any spreadsheet or ``csv`` reader takes.

The main table (one row per group) by default, without a totals row: a total is a sum the
spreadsheet makes. ``section`` picks another table of the report instead. The report's notes
are not data: the CLI writes them on stderr. ``--format json`` and ``html`` hold every section
at once. Text cells are neutralised against formulas, as in exports.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Sequence
from typing import TextIO

from catalog.errors import CatalogError
from catalog.reports.cells import neutralise
from catalog.reports.credits import CreditReport
from catalog.reports.renderers import common

Table = tuple[list[str], Iterable[Sequence[object]]]


def _money(value: object) -> str:
    return "" if value is None else f"{value:.2f}"


def _usage(report: CreditReport) -> Table:
    header = [report.by, "photos", "uses", "articles", "first_use", "last_use", "share"]
    rows = (
        [
            row.label,
            row.photos,
            row.uses,
            row.articles,
            common.day(row.first_use),
            common.day(row.last_use),
            f"{row.share:.4f}",
        ]
        for row in report.rows
    )
    return header, rows


def _uncredited(report: CreditReport) -> Table:
    rows = (
        [item.caption_id, item.caption, item.uses, common.article_list(report, index)]
        for index, item in enumerate(report.uncredited.items)
    )
    return ["caption_id", "caption", "uses", "articles"], rows


def _unknown(report: CreditReport) -> Table:
    rows = ([e.agency or "", e.credit or "", e.photos, e.uses] for e in report.unknown.items)
    return ["agency", "credit", "photos", "uses"], rows


def _variants(report: CreditReport) -> Table:
    rows = (
        [group.licensor, form.form, form.photos, form.uses]
        for group in report.variants
        for form in group.forms
    )
    return ["licensor", "credit_form", "photos", "uses"], rows


def _handout(report: CreditReport) -> Table:
    rows = ([c.role, c.licensor or "", c.photos, c.uses] for c in report.roles)
    return ["role", "licensor", "photos", "uses"], rows


def _contracts(report: CreditReport) -> Table:
    if report.contracts is None:
        raise CatalogError(
            "the contracts section needs a contracts file (--contracts FILE, or contracts.toml "
            "in the data directory)"
        )
    header = ["licensor", "month", "photos", "uses", "quota", "over_quota", "owed", "currency"]
    rows = (
        [
            line.licensor,
            line.month or "",
            line.photos,
            line.uses,
            "" if line.quota is None else line.quota,
            line.over_quota,
            _money(line.owed),
            line.currency or "",
        ]
        for line in report.contracts
    )
    return header, rows


SECTIONS: dict[str, Callable[[CreditReport], Table]] = {  # keys: choices.REPORT_SECTIONS
    "uncredited": _uncredited,
    "unknown": _unknown,
    "variants": _variants,
    "handout": _handout,
    "contracts": _contracts,
}


def render_csv(report: CreditReport, out: TextIO, section: str | None = None) -> None:
    if section is not None and section not in SECTIONS:
        raise CatalogError(f"unknown report section {section!r} (use {', '.join(SECTIONS)})")
    header, rows = SECTIONS[section](report) if section else _usage(report)
    writer = csv.writer(out)
    writer.writerow(header)
    for row in rows:
        writer.writerow([neutralise(cell) if isinstance(cell, str) else cell for cell in row])
