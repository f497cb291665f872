"""The credit report: uses and distinct photos per licensor, with bars, for a chosen period.

The figures are ``catalog.reports.credit_report``'s (the table part, without the sections), so
the screen agrees with ``catalog report credits`` to the use.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from typing import TYPE_CHECKING, ClassVar

from rich.table import Table
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Input, Static
from textual.worker import get_current_worker

from catalog.db.filters import CaptionFilter
from catalog.errors import CatalogError
from catalog.tui.screens.base import RoutesWorkerErrors

if TYPE_CHECKING:
    from catalog.reports import CreditReport
    from catalog.reports.credits import UsageRow
    from catalog.tui.app import CatalogApp

_BOUND = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
BAR_WIDTH = 30


def parse_period(text: str) -> tuple[date | None, date | None]:
    """``2020``, ``2020-01..2020-03``, ``2020-01-15..``, ``..2021`` (both ends inclusive)."""
    text = text.strip()
    if not text:
        return None, None
    low, sep, high = text.partition("..")
    if not sep:
        high = low

    def bound(value: str, end: bool) -> date | None:
        if not value:
            return None
        match = _BOUND.match(value.strip())
        if match is None:
            raise CatalogError(f"not a period: {text!r} (use e.g. 2020-01..2020-03)")
        year, month, day = (int(part) if part else None for part in match.groups())
        assert year is not None
        try:
            if day is not None:
                return date(year, month or 1, day)
            if month is not None:
                last = calendar.monthrange(year, month)[1] if end else 1
                return date(year, month, last)
            return date(year, 12, 31) if end else date(year, 1, 1)
        except ValueError:
            raise CatalogError(f"not a date: {value!r}") from None

    return bound(low, end=False), bound(high, end=True)


def credits_table(lines: tuple[UsageRow, ...], width: int = BAR_WIDTH) -> Table:
    table = Table(box=None, header_style="bold", expand=True, pad_edge=False)
    table.add_column("Licensor", no_wrap=True, max_width=28)
    table.add_column("Uses", justify="right", no_wrap=True)
    table.add_column("Photos", justify="right", no_wrap=True)
    table.add_column("", ratio=1, no_wrap=True)
    top = max((line.uses for line in lines), default=0)
    for line in lines:
        cells = round(width * line.uses / top) if top else 0
        missing = line.group is None
        bar = Text("█" * cells, style="red" if missing else "green")
        name = Text(line.label, style="italic" if missing else "")
        table.add_row(name, f"{line.uses:,}", f"{line.photos:,}", bar)
    return table


class CreditsScreen(RoutesWorkerErrors, Screen[None]):
    """Who the publication owes: uses and photos per licensor for a period."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "app.pop_screen", "Back", tooltip="Back to the list", id="back"),
        Binding("slash", "focus_period", "Period", tooltip="Choose the period", id="period"),
    ]

    class Loaded(Message):
        def __init__(self, period: str, report: CreditReport) -> None:
            super().__init__()
            self.period = period
            self.report = report

    def __init__(self, flt: CaptionFilter | None = None) -> None:
        super().__init__()
        # The list's filter: the credits are those of the captions the user is looking at.
        self.flt = flt or CaptionFilter()

    @property
    def catalog_app(self) -> CatalogApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        yield Input(placeholder="Period: 2020, 2020-01..2020-03, blank for all time", id="period")
        with VerticalScroll(id="credits-body"):
            yield Static("Loading…", id="credits")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        body = self.query_one("#credits-body")
        body.border_title = f"Credits · all time{self._scope()}"
        body.focus()
        self.load("")

    def _scope(self) -> str:
        return f" · {self.flt.to_query()}" if not self.flt.is_empty else ""

    def action_focus_period(self) -> None:
        self.query_one("#period", Input).focus()

    @on(Input.Submitted, "#period")
    def _period_submitted(self, event: Input.Submitted) -> None:
        try:
            parse_period(event.value)
        except CatalogError as error:
            self.notify(error.message, title="Period", severity="warning")
            return
        self.load(event.value)

    @work(thread=True, exclusive=True, group="credits", exit_on_error=False)
    def load(self, period: str) -> None:
        worker = get_current_worker()
        # Imported here: the reports package is not needed to paint the first rows.
        from catalog.reports import credit_report

        since, until = parse_period(period)
        flt = self.flt.with_(since=since, until=until)
        report = credit_report(self.catalog_app.engine, flt, by="licensor", sections=False)
        if not worker.is_cancelled:
            self.post_message(self.Loaded(period, report))

    def on_credits_screen_loaded(self, message: Loaded) -> None:
        body = self.query_one("#credits-body")
        report = message.report
        label = message.period.strip() or "all time"
        body.border_title = f"Credits · {label} · {report.total.uses:,} uses{self._scope()}"
        static = self.query_one("#credits", Static)
        if not report.rows:
            static.update(Text("No uses in this period.", style="dim"))
        else:
            static.update(credits_table(report.rows))
