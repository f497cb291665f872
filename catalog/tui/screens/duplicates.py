"""The review queue: open pairs of possible duplicates side by side, differences highlighted.

``y`` confirms the highlighted pair (the newer caption is merged into the older, a correction
that ``u`` undoes), ``n`` rejects it, ``enter`` opens the newer caption. The pairs are the
``catalog duplicates list`` ones (``db.duplicate_review``), read in a thread worker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from catalog.db.duplicate_review import DuplicatePair, count_pairs, duplicate_pairs
from catalog.dedupe import similarity_percent
from catalog.tui.screens.base import RoutesWorkerErrors
from catalog.word_diff import marked, word_diff

if TYPE_CHECKING:
    from catalog.tui.app import CatalogApp

# Pairs shown at once: a desk decides them from the top, the most alike first.
PAGE = 200


def pair_view(pair: DuplicatePair) -> Group:
    """One pair: its similarity, then the newer and the older caption side by side."""
    newer, older = word_diff(pair.newer.text, pair.older.text)
    table = Table(box=None, expand=True, show_header=False, pad_edge=False, padding=(0, 1))
    table.add_column(ratio=1)
    table.add_column(ratio=1)
    table.add_row(Text(pair.newer.summary, style="dim"), Text(pair.older.summary, style="dim"))
    table.add_row(marked(newer), marked(older))
    head = Text(f"Pair {pair.id} · {similarity_percent(pair.score)} alike", style="bold")
    return Group(head, table, Text(""))


class DuplicatesScreen(RoutesWorkerErrors, Screen[None]):
    """Open possible duplicates, for the picture desk to confirm or reject."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "app.pop_screen", "Back", tooltip="Back to the list", id="back"),
        Binding(
            "y",
            "decide(True)",
            "Same photo",
            tooltip="Confirm the highlighted pair: merge the newer caption into the older",
            id="confirm-pair",
        ),
        Binding(
            "n",
            "decide(False)",
            "Two photos",
            tooltip="Reject the highlighted pair: it is not proposed again",
            id="reject-pair",
        ),
    ]

    class Loaded(Message):
        def __init__(self, pairs: list[DuplicatePair], total: int) -> None:
            super().__init__()
            self.pairs = pairs
            self.total = total

    def __init__(self) -> None:
        super().__init__()
        self.pairs: list[DuplicatePair] = []

    @property
    def catalog_app(self) -> CatalogApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        yield OptionList(id="pairs")
        yield Static("", id="pairs-empty")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#pairs").border_title = "Possible duplicates · loading…"
        self.load()
        self.watch(self.app, "data_version", self._data_changed, init=False)

    def _data_changed(self) -> None:
        self.load()

    @work(thread=True, exclusive=True, group="duplicates", exit_on_error=False)
    def load(self) -> None:
        worker = get_current_worker()
        engine = self.catalog_app.engine
        pairs = duplicate_pairs(engine, "open", limit=PAGE)
        total = count_pairs(engine, "open")
        if not worker.is_cancelled:
            self.post_message(self.Loaded(pairs, total))

    def on_duplicates_screen_loaded(self, message: Loaded) -> None:
        options = self.query_one("#pairs", OptionList)
        highlighted = options.highlighted or 0
        self.pairs = message.pairs
        options.clear_options()
        options.add_options(Option(pair_view(pair), id=str(pair.id)) for pair in message.pairs)
        shown = f"{len(message.pairs):,} of {message.total:,}"
        options.border_title = f"Possible duplicates · {shown} open · y same photo, n two photos"
        empty = self.query_one("#pairs-empty", Static)
        empty.update(
            "" if message.pairs else Text("No open pairs: nothing awaits a decision.", style="dim")
        )
        if message.pairs:
            options.highlighted = min(highlighted, len(message.pairs) - 1)
            options.focus()

    def action_decide(self, confirm: bool) -> None:
        options = self.query_one("#pairs", OptionList)
        index = options.highlighted
        if index is None or not self.pairs:
            self.notify("No pair is highlighted.", severity="warning")
            return
        self.catalog_app.decide_duplicate(self.pairs[index].id, confirm)

    @on(OptionList.OptionSelected, "#pairs")
    def _open_newer(self, event: OptionList.OptionSelected) -> None:
        self.catalog_app.open_detail(self.pairs[event.option_index].newer.id)
