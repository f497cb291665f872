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


def render_report(report: CreditReport, fmt: str, out: TextIO) -> None:
    try:
        renderer = RENDERERS[fmt]
    except KeyError:
        raise CatalogError(
            f"unknown report format {fmt!r} (use {', '.join(REPORT_FORMATS)})"
        ) from None
    renderer(report, out)
