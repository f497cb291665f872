"""The report as Markdown (GitHub tables), to paste into a ticket or a wiki page."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TextIO

from catalog.reports.credits import CreditReport
from catalog.reports.renderers import common


def _cell(text: str) -> str:
    # A pipe ends a cell and a newline ends the table: escape the one, flatten the other.
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ")


def _table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    numeric = set(common.USAGE_COLUMNS) - {"First use", "Last use"} | {
        "Quota",
        "Over quota",
        "Owed",
    }
    lines = [
        "| " + " | ".join(_cell(h) for h in header) + " |",
        "|" + "|".join("---:" if h in numeric else "---" for h in header) + "|",
    ]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def render_markdown(report: CreditReport, out: TextIO) -> None:
    heads = common.section_counts(report)
    parts = [f"# {common.title(report)}\n", f"{common.scope(report)}\n"]
    total = common.usage_cells(report.total)
    total[0] = f"**{total[0]}**"
    parts.append(
        _table(
            [common.BY_HEADING[report.by], *common.USAGE_COLUMNS],
            [*(common.usage_cells(row) for row in report.rows), total],
        )
    )
    parts += [f"{note}\n" for note in report.notes]
    if report.contracts is not None:
        rows = []
        for line in report.contracts:
            cells = common.contract_cells(line)
            if line.over_quota:
                cells[5] = f"**{cells[5]} over**"
            rows.append(cells)
        parts += [f"## {heads['contracts']}\n", _table(common.CONTRACT_COLUMNS, rows)]
    if report.contract_totals:
        parts += [
            f"## {heads['contract_totals']}\n",
            _table(
                common.CONTRACT_TOTAL_COLUMNS,
                [common.contract_total_cells(total) for total in report.contract_totals],
            ),
        ]
    for head, columns, rows in common.list_sections(report):
        parts.append(f"## {head}\n")
        if rows:
            parts.append(_table(columns, rows))
    out.write("\n".join(parts))
