"""The report as CSV: one block per table (a title row, a header row, the rows, a blank row).

Spreadsheets open it as one sheet with the sections under each other; ``--format json`` is the
format for programs. Text cells are neutralised against formulas, as in exports.
"""

from __future__ import annotations

import csv
from typing import TextIO

from catalog.reports.cells import neutralise
from catalog.reports.credits import CreditReport, UsageRow
from catalog.reports.renderers import common


def _money(value: object) -> str:
    return "" if value is None else f"{value:.2f}"


def render_csv(report: CreditReport, out: TextIO) -> None:
    writer = csv.writer(out)

    def block(title: str, header: list[str], rows: list[list[object]]) -> None:
        writer.writerow([neutralise(title)])
        writer.writerow(header)
        for row in rows:
            writer.writerow([neutralise(cell) if isinstance(cell, str) else cell for cell in row])
        writer.writerow([])

    def usage(row: UsageRow) -> list[object]:
        return [
            row.label,
            row.photos,
            row.uses,
            row.articles,
            common.day(row.first_use),
            common.day(row.last_use),
            f"{row.share:.4f}",
        ]

    heads = common.section_counts(report)
    block(
        f"{common.title(report)} · {common.scope(report)}",
        [report.by, "photos", "uses", "articles", "first_use", "last_use", "share"],
        [usage(row) for row in report.rows] + [usage(report.total)],
    )
    for note in report.notes:
        writer.writerow([f"Note: {note}"])
    if report.notes:
        writer.writerow([])
    if report.contracts is not None:
        block(
            heads["contracts"],
            ["licensor", "month", "photos", "uses", "quota", "over_quota", "owed", "currency"],
            [
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
            ],
        )
    block(
        heads["uncredited"],
        ["caption_id", "caption", "uses", "articles"],
        [
            [item.caption_id, item.caption, item.uses, common.article_list(report, index)]
            for index, item in enumerate(report.uncredited.items)
        ],
    )
    block(
        heads["unknown"],
        ["agency", "credit", "photos", "uses"],
        [[e.agency or "", e.credit or "", e.photos, e.uses] for e in report.unknown.items],
    )
    block(
        heads["variants"],
        ["licensor", "credit_form", "photos", "uses"],
        [
            [group.licensor, form.form, form.photos, form.uses]
            for group in report.variants
            for form in group.forms
        ],
    )
    block(
        heads["roles"],
        ["role", "licensor", "photos", "uses"],
        [[c.role, c.licensor or "", c.photos, c.uses] for c in report.roles],
    )
