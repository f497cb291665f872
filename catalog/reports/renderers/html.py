"""The report as one self-contained HTML page: inline CSS and an inline SVG bar chart, no
scripts, fonts or images from the network, so it opens anywhere, offline, and can be mailed."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape
from typing import TextIO

from catalog.reports.credits import CreditReport
from catalog.reports.renderers import common

CHART_BARS = 40  # beyond this a chart stops being readable; the table has every group
_STYLE = """
body { font: 14px/1.4 system-ui, sans-serif; margin: 2em; color: #222; }
table { border-collapse: collapse; margin: 0.5em 0 1.5em; }
th, td { border-bottom: 1px solid #ddd; padding: 0.25em 0.6em; text-align: left; vertical-align: top; }
th { background: #f3f3f3; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
tr.total td { font-weight: bold; border-top: 2px solid #888; }
tr.over td { background: #fde2e2; }
.note { color: #555; }
svg text { font: 12px system-ui, sans-serif; }
""".strip()
_NUMERIC = {"Photos", "Uses", "Articles", "Share", "Quota", "Over quota", "Owed"}


def _table(
    header: Sequence[str],
    rows: Iterable[Sequence[str]],
    classes: Iterable[str] | None = None,
) -> str:
    numeric = [h in _NUMERIC for h in header]
    head = "".join(
        f"<th{' class=n' if n else ''}>{escape(h)}</th>"
        for h, n in zip(header, numeric, strict=True)
    )
    body = []
    for row, css in zip(rows, classes or iter(lambda: "", None), strict=False):
        cells = "".join(
            f"<td{' class=n' if n else ''}>{escape(c)}</td>"
            for c, n in zip(row, numeric, strict=True)
        )
        body.append(f'<tr class="{css}">{cells}</tr>' if css else f"<tr>{cells}</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def bar_chart(report: CreditReport) -> str:
    """Uses per group as horizontal bars (the report's order, the first CHART_BARS groups)."""
    rows = report.rows[:CHART_BARS]
    if not rows:
        return ""
    label_width, bar_width, height = 220, 420, 22
    most = max(row.uses for row in rows) or 1
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{label_width + bar_width + 90}" '
        f'height="{height * len(rows) + 4}" role="img" '
        f'aria-label="Uses per {escape(report.by)}">'
    ]
    for index, row in enumerate(rows):
        y = index * height + 2
        width = round(bar_width * row.uses / most)
        label = row.label if len(row.label) <= 32 else row.label[:31] + "…"
        parts.append(
            f"<g><title>{escape(row.label)}: {row.uses} uses</title>"
            f'<text x="{label_width - 6}" y="{y + 15}" text-anchor="end">{escape(label)}</text>'
            f'<rect x="{label_width}" y="{y + 3}" width="{width}" height="{height - 6}" '
            f'fill="#4a78b5"/>'
            f'<text x="{label_width + width + 6}" y="{y + 15}">{row.uses}</text></g>'
        )
    parts.append("</svg>")
    return "".join(parts)


def render_html(report: CreditReport, out: TextIO) -> None:
    heads = common.section_counts(report)
    title = escape(common.title(report))
    body = [f"<h1>{title}</h1>", f"<p>{escape(common.scope(report))}</p>", bar_chart(report)]
    rows = [common.usage_cells(row) for row in report.rows]
    body.append(
        _table(
            [common.BY_HEADING[report.by], *common.USAGE_COLUMNS],
            [*rows, common.usage_cells(report.total)],
            [""] * len(rows) + ["total"],
        )
    )
    body += [f'<p class="note">{escape(note)}</p>' for note in report.notes]
    if report.contracts is not None:
        body.append(f"<h2>{escape(heads['contracts'])}</h2>")
        body.append(
            _table(
                common.CONTRACT_COLUMNS,
                [common.contract_cells(line) for line in report.contracts],
                ["over" if line.over_quota else "" for line in report.contracts],
            )
        )
    if report.contract_totals:
        body.append(f"<h2>{escape(heads['contract_totals'])}</h2>")
        body.append(
            _table(
                common.CONTRACT_TOTAL_COLUMNS,
                [common.contract_total_cells(total) for total in report.contract_totals],
            )
        )
    for head, columns, rows in common.list_sections(report):
        body.append(f"<h2>{escape(head)}</h2>")
        body.append(_table(columns, rows))
    out.write(
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        f"<title>{title}</title><style>\n{_STYLE}\n</style></head>\n"
        "<body>\n" + "\n".join(part for part in body if part) + "\n</body></html>\n"
    )
