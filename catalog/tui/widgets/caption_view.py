"""Renderables for one caption: the text with its parts marked, and its fields with origins."""

from __future__ import annotations

import re

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from catalog.db.browse.detail import CaptionDetail

PART_STYLES = {
    "description": "bold",
    "location": "bold cyan",
    "date": "bold magenta",
    "credit": "bold yellow",
}
ORIGIN_STYLES = {"parsed": "green", "embedded": "blue", "manual": "bold yellow"}
_MONTH = (
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
)
# A written date: "Jan. 8, 2020", "January 8", "8 January 2020", "2020-01-08", "Wednesday".
_WRITTEN_DATE = re.compile(
    rf"(?:(?:{_MONTH})(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?|\d{{1,2}}\s+(?:{_MONTH})(?:\s+\d{{4}})?"
    r"|\d{4}-\d{2}(?:-\d{2})?)"
)


def _find(text: str, part: str | None, taken: list[tuple[int, int]]) -> tuple[int, int] | None:
    if not part:
        return None
    start = text.find(part)
    while start >= 0:
        end = start + len(part)
        if all(end <= low or start >= high for low, high in taken):
            return start, end
        start = text.find(part, start + 1)
    return None


def marked_caption(detail: CaptionDetail) -> Text:
    """The caption as found, each part it was split into in its own style."""
    text = Text(detail.text)
    taken: list[tuple[int, int]] = []
    spans: dict[str, tuple[int, int]] = {}
    for part in ("credit", "location", "description"):
        span = _find(detail.text, detail.value(part), taken)
        if span is not None:
            spans[part] = span
            taken.append(span)
    if detail.value("date"):
        for match in _WRITTEN_DATE.finditer(detail.text):
            span = match.span()
            if all(span[1] <= low or span[0] >= high for low, high in taken):
                spans["date"] = span
                break
    for part, (start, end) in spans.items():
        text.stylize(PART_STYLES[part], start, end)
    return text


def legend() -> Text:
    line = Text("parts: ", style="dim")
    for part, style in PART_STYLES.items():
        line.append(part, style=style)
        line.append("  ")
    return line


def fields_table(detail: CaptionDetail) -> Table:
    table = Table(box=None, show_header=True, header_style="bold", expand=True, pad_edge=False)
    table.add_column("Field", no_wrap=True)
    table.add_column("Value", ratio=1)
    table.add_column("From", no_wrap=True)
    for item in detail.fields:
        value = Text(item.value or "—", style="" if item.value else "dim")
        if item.origin == "manual" and item.parsed != item.value:
            value.append(f"  (parsed: {item.parsed or '—'})", style="dim")
        origin = Text(item.origin or "", style=ORIGIN_STYLES.get(item.origin or "", "dim"))
        table.add_row(item.name, value, origin)
    table.add_row("licensor", Text(detail.licensor or "—"), Text("derived", style="dim"))
    table.add_row("roles", Text(", ".join(detail.roles) or "—"), Text(""))
    if detail.agency_known is False:
        table.add_row("", Text("agency not in the registry", style="bold red"), Text(""))
    return table


def uses_table(detail: CaptionDetail) -> RenderableType:
    if not detail.uses:
        return Text("No recorded uses.", style="dim")
    table = Table(box=None, show_header=True, header_style="bold", expand=True, pad_edge=False)
    table.add_column("Published", no_wrap=True)
    table.add_column("Article", ratio=2)
    table.add_column("Where", ratio=2, overflow="fold")
    for use in detail.uses:
        table.add_row(
            use.published.isoformat() if use.published else "—",
            use.title or "(untitled)",
            use.url or use.path or use.source,
        )
    return table


def history(detail: CaptionDetail) -> RenderableType:
    if not detail.corrections:
        return Text("No corrections.", style="dim")
    lines = []
    for entry in detail.corrections:
        line = Text(f"#{entry.id} {entry.field}: ", style="dim" if entry.reverted else "")
        line.append(f"{entry.previous or '—'} → {entry.value or '—'}")
        if entry.reverted:
            line.append("  (undone)", style="dim italic")
            line.stylize("strike", 0, len(line) - len("  (undone)"))
        lines.append(line)
    return Group(*lines)
