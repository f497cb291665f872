"""One caption in full: parts marked, fields with their origin, uses, possible duplicates."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from catalog.db.browse.detail import CaptionDetail
from catalog.dedupe import similarity_percent
from catalog.tui.messages import DetailLoaded
from catalog.tui.screens.base import RoutesWorkerErrors, post_caption_detail
from catalog.tui.widgets.caption_view import (
    fields_table,
    history,
    legend,
    marked_caption,
    uses_table,
)

if TYPE_CHECKING:
    from catalog.tui.app import CatalogApp

STATUS_STYLES = {"open": "bold", "confirmed": "green", "rejected": "dim"}


class DetailScreen(RoutesWorkerErrors, Screen[None]):
    """The caption with id ``caption_id``; reloads when the catalog changes."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "app.pop_screen", "Back", tooltip="Back to the list", id="back"),
        # F2 as on the list; "c" too, since nothing is typed on this screen.
        Binding(
            "f2,c",
            "correct",
            "Correct",
            tooltip="Correct this caption's fields",
            id="correct",
            key_display="F2",
        ),
        Binding(
            "y",
            "decide(True)",
            "Same photo",
            tooltip="The highlighted possible duplicate is the same photo: merge it",
            id="confirm",
        ),
        Binding(
            "n",
            "decide(False)",
            "Two photos",
            tooltip="The highlighted possible duplicate is a different photo",
            id="reject",
        ),
    ]

    def __init__(self, caption_id: int) -> None:
        super().__init__()
        self.caption_id = caption_id
        self.detail: CaptionDetail | None = None

    @property
    def catalog_app(self) -> CatalogApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="detail"):
            yield Static("Loading…", id="caption")
            yield Static(legend(), id="legend")
            yield Static(id="fields", classes="section")
            yield Static(id="uses", classes="section")
            yield OptionList(id="duplicates", classes="section")
            yield Static(id="history", classes="section")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#caption").border_title = f"Caption #{self.caption_id}"
        self.query_one("#fields").border_title = "Fields"
        self.query_one("#uses").border_title = "Used in"
        self.query_one("#duplicates").border_title = "Possible duplicates (y confirm, n reject)"
        self.query_one("#history").border_title = "Corrections"
        self.load_detail()
        self.watch(self.app, "data_version", self._data_changed, init=False)

    def _data_changed(self) -> None:
        self.load_detail()

    @work(thread=True, exclusive=True, group="detail", exit_on_error=False)
    def load_detail(self) -> None:
        post_caption_detail(self, self.catalog_app, self.caption_id)

    def on_detail_loaded(self, message: DetailLoaded) -> None:
        detail = self.detail = message.detail
        caption = self.query_one("#caption", Static)
        if detail is None:
            caption.update(Text(f"Caption #{self.caption_id} no longer exists.", style="bold"))
            return
        title = f"Caption #{detail.id}"
        if detail.edited:
            title += " · edited"
        if detail.merged_into_id:
            title += f" · duplicate of #{detail.merged_into_id}"
        caption.border_title = title
        caption.update(marked_caption(detail))
        self.query_one("#fields", Static).update(fields_table(detail))
        uses = self.query_one("#uses", Static)
        uses.border_title = (
            f"Used in {len(detail.uses)} article{'s' if len(detail.uses) != 1 else ''}"
        )
        uses.update(uses_table(detail))
        duplicates = self.query_one("#duplicates", OptionList)
        highlighted = duplicates.highlighted
        duplicates.clear_options()
        if not detail.duplicates:
            duplicates.add_option(Option(Text("None found.", style="dim"), disabled=True))
        for link in detail.duplicates:
            line = Text(f"#{link.other_id} ", style="bold")
            line.append(f"{link.status}", style=STATUS_STYLES.get(link.status, ""))
            line.append(f"  {similarity_percent(link.score)}  ", style="dim")
            line.append(link.other_text)
            duplicates.add_option(Option(line, id=str(link.id)))
        if detail.duplicates:
            duplicates.highlighted = min(highlighted or 0, len(detail.duplicates) - 1)
        self.query_one("#history", Static).update(history(detail))

    def action_correct(self) -> None:
        self.catalog_app.open_correction(self.caption_id)

    def action_decide(self, confirm: bool) -> None:
        duplicates = self.query_one("#duplicates", OptionList)
        if self.detail is None or not self.detail.duplicates or duplicates.highlighted is None:
            self.notify("This caption has no possible duplicates.", severity="warning")
            return
        link = self.detail.duplicates[duplicates.highlighted]
        self.catalog_app.decide_duplicate(link.id, confirm)
