"""Report renderers, one module per format; ``render_report`` picks one."""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

from catalog.choices import REPORT_FORMATS
from catalog.errors import CatalogError
from catalog.reports.credits import CreditReport
from catalog.reports.renderers.csv_report import render_csv
from catalog.reports.renderers.html import render_html
from catalog.reports.renderers.json_report import render_json
from catalog.reports.renderers.markdown import render_markdown
from catalog.reports.renderers.table import render_table

RENDERERS: dict[str, Callable[[CreditReport, TextIO], None]] = {
    "table": render_table,
    "csv": render_csv,
    "json": render_json,
    "markdown": render_markdown,
    "html": render_html,
}


def render_report(report: CreditReport, fmt: str, out: TextIO, section: str | None = None) -> None:
    """Write the report. ``section`` picks the one table a CSV holds (the main table when
    None); the other formats hold every section, so they take none."""
    try:
        renderer = RENDERERS[fmt]
    except KeyError:
        raise CatalogError(
            f"unknown report format {fmt!r} (use {', '.join(REPORT_FORMATS)})"
        ) from None
    check_section(fmt, section)
    if section is not None:
        render_csv(report, out, section)
        return
    renderer(report, out)


def check_section(fmt: str, section: str | None) -> None:
    """Refuse a section for a format that holds them all (before a report is computed)."""
    if section is not None and fmt != "csv":
        raise CatalogError(
            f"--section picks the one table of a CSV report; --format {fmt} shows every section"
        )
