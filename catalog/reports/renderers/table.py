"""The report as rich tables: the default on a terminal."""

from __future__ import annotations

from typing import TextIO

from rich.console import Console
from rich.table import Table

from catalog.reports.credits import CreditReport
from catalog.reports.renderers import common

NUMERIC = {"Photos", "Uses", "Articles", "Share", "Quota", "Over quota", "Owed"}


def _table(title: str, columns: tuple[str, ...] | list[str], **options: object) -> Table:
    table = Table(title=title, title_justify="left", **options)  # type: ignore[arg-type]
    for column in columns:
        table.add_column(column, justify="right" if column in NUMERIC else "left")
    return table


def _print_section(console: Console, table: Table) -> None:
    # An empty section is one line, not a frame of headers around nothing.
    if table.row_count:
        console.print(table)
    else:
        console.print(f"[bold]{table.title}[/]")


def render_table(report: CreditReport, out: TextIO, width: int | None = None) -> None:
    terminal = out.isatty()
    # A file or a pipe gets plain text (no colour codes, whatever FORCE_COLOR says), wide
    # enough for long credit strings.
    console = Console(
        file=out,
        width=width or (None if terminal else 120),
        color_system="auto" if terminal else None,
        force_terminal=terminal,
        highlight=False,
    )
    heads = common.section_counts(report)

    usage = _table(
        f"{common.title(report)} · {common.scope(report)}",
        [common.BY_HEADING[report.by], *common.USAGE_COLUMNS],
        show_footer=True,
    )
    # The totals row as the table's footer, so it stays visible under any number of groups.
    for column, cell in zip(usage.columns, common.usage_cells(report.total), strict=True):
        column.footer = cell
    for row in report.rows:
        usage.add_row(*common.usage_cells(row))
    console.print(usage)
    for note in report.notes:
        console.print(note, highlight=False)

    if report.contracts is not None:
        contracts = _table(heads["contracts"], common.CONTRACT_COLUMNS)
        for line in report.contracts:
            contracts.add_row(
                *common.contract_cells(line), style="bold red" if line.over_quota else None
            )
        console.print(contracts)
    if report.contract_totals:
        totals = _table(heads["contract_totals"], common.CONTRACT_TOTAL_COLUMNS)
        for total in report.contract_totals:
            totals.add_row(*common.contract_total_cells(total))
        console.print(totals)

    for head, columns, rows in common.list_sections(report):
        section = _table(head, columns)
        for cells in rows:
            section.add_row(*cells)
        _print_section(console, section)
