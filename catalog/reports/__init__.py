"""Credit reports and exports: the library the CLI and the TUI share.

credit_report(engine, flt, by="licensor", contracts=None) -> CreditReport
render_report(report, "table" | "csv" | "json" | "markdown" | "html", out)
export_captions(engine, flt, out, fmt="csv" | "jsonl" | "exiftool", uses=False,
                excel=False, raw=False) -> rows written
load_contracts(path) -> Contracts
"""

from __future__ import annotations

from catalog.choices import EXPORT_FORMATS, GROUPINGS, REPORT_FORMATS
from catalog.reports.contracts import Contract, Contracts, load_contracts, parse_contracts
from catalog.reports.credits import CreditReport, credit_report
from catalog.reports.export import export_captions
from catalog.reports.renderers import render_report

__all__ = [
    "EXPORT_FORMATS",
    "GROUPINGS",
    "REPORT_FORMATS",
    "Contract",
    "Contracts",
    "CreditReport",
    "credit_report",
    "export_captions",
    "load_contracts",
    "parse_contracts",
    "render_report",
]
