"""The report as one JSON document: every field of the dataclasses, for programs."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from decimal import Decimal
from typing import Any, TextIO

from catalog.reports.credits import CreditReport


def _default(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        # Amounts are quantised to cents; a float prints them exactly ("12.5", "1200.0").
        return float(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def report_dict(report: CreditReport) -> dict[str, Any]:
    data = dataclasses.asdict(report)
    data["notes"] = report.notes
    return data


def render_json(report: CreditReport, out: TextIO) -> None:
    json.dump(report_dict(report), out, default=_default, ensure_ascii=False, indent=2)
    out.write("\n")
