"""The main screen: search bar, facet panel, caption table and status line.

Every database call runs in a thread worker with its own connection; the workers post
messages (catalog.tui.messages) and the handlers here update the widgets. A generation
number ties each answer to the search it belongs to.
"""

from __future__ import annotations

from array import array
from typing import TYPE_CHECKING, ClassVar

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Input, Static
from textual.worker import get_current_worker

from catalog.db.browse.facets import facet_counts, facet_filter
from catalog.db.browse.paging import (
    PAGE_SIZE,
    CaptionRow,
    Sort,
    open_view,
    page_after,
    page_at,
    page_before,
    rows_by_ids,
    sorted_ids,
)
from catalog.db.counts import catalog_is_empty
from catalog.db.filters import CaptionFilter
from catalog.errors import CatalogError
from catalog.tui.messages import (
    FacetsLoaded,
    PagesLoaded,
    SnapshotLoaded,
    ViewLoaded,
)
from catalog.tui.screens.base import RoutesWorkerErrors
from catalog.tui.widgets.caption_table import COLUMNS, CaptionTable, PageRequest
from catalog.tui.widgets.facets import FacetPanel

if TYPE_CHECKING:
    from catalog.tui.app import CatalogApp

SEARCH_PLACEHOLDER = (
    "Search: words, agency:AP via:Reuters by:Name in:Place date:2020-01..2020-03 is:uncredited"
)
EMPTY_CATALOG = """\
[b]The catalog is empty.[/b]

Add articles, then come back:

    catalog ingest samples/
    catalog ingest ~/archive/*.html

Text, HTML, JSON lines, CSV and JPEG/TIFF files are read; folders are walked.
Database: {url}
"""


class MainScreen(RoutesWorkerErrors, Screen[None]):
    """Browse the catalog: search, facets, the caption table."""

    # Letters and digits typed on the list start a search (on_key), so the actions live on
    # Ctrl and function keys that no printable key and no key of the search box (Input binds
    # Ctrl+A/C/D/E/K/U/V/W/X) takes: each works from the list and from the search box alike.
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "slash",
            "focus_search",
            "Search",
            tooltip="Type words and filters: agency: via: by: in: date: is:",
            id="search",
            # Checked by the App as the key arrives (see action_focus_search).
            priority=True,
        ),
        Binding(
            "escape", "focus_table", "Table", tooltip="Back to the list", show=False, id="table"
        ),
        # Out of the footer (in help and the palette; a click on a heading sorts too): the
        # footer keeps the keys that matter within 80 columns.
        Binding(
            "ctrl+o",
            "next_sort",
            "Sort",
            tooltip="Order by the next column",
            id="sort",
            show=False,
        ),
        Binding(
            "ctrl+y",
            "reverse_sort",
            "Reverse",
            tooltip="Reverse the sort order",
            id="reverse",
            show=False,
        ),
        Binding(
            "ctrl+f",
            "toggle_facets",
            "Facets",
            tooltip="Show or hide the facet panel",
            id="facets",
            show=False,
        ),
        # F2 edits, as in a spreadsheet or a file manager.
        Binding(
            "f2",
            "correct",
            "Correct",
            tooltip="Correct the highlighted caption",
            id="correct",
            key_display="F2",
        ),
        Binding("ctrl+r", "credits", "Credits", tooltip="Credit report per licensor", id="credits"),
        Binding(
            "ctrl+n",
            "duplicates",
            "Duplicates",
            tooltip="Review possible (near-) duplicates side by side",
            id="duplicates",
            show=False,
        ),
        # Ctrl+S saves: here the current view, as CSV.
        Binding("ctrl+s", "export", "Export", tooltip="Save the current view as CSV", id="export"),
        Binding(
            "ctrl+l", "clear_search", "Clear", tooltip="Clear the search", show=False, id="clear"
        ),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.flt = CaptionFilter()
        self.sort = Sort()
        self.generation = 0
        self.total = 0
        self._ids: array[int] | None = None
        self._debounce: Timer | None = None
        self._facets_hidden: bool | None = None

    @property
    def catalog_app(self) -> CatalogApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        yield Input(placeholder=SEARCH_PLACEHOLDER, id="search")
        with Horizontal(id="body"):
            yield FacetPanel(id="facets")
            with Vertical(id="list"):
                yield CaptionTable(id="captions")
                yield Static(id="empty")
        yield Static(id="status")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#empty").display = False
        self.table.focus()
        self.reload()
        self.watch(self.app, "data_version", self._data_changed, init=False)

    @property
    def table(self) -> CaptionTable:
        return self.query_one(CaptionTable)

    # Loading -------------------------------------------------------------------------------

    def reload(self, keep_position: bool = False) -> None:
        self.generation += 1
        self._ids = None
        self._status("Loading…")
        self.load_view(self.generation, self.flt, self.sort, keep_position)

    def _data_changed(self) -> None:
        self.reload(keep_position=True)

    @work(thread=True, exclusive=True, group="view", exit_on_error=False)
    def load_view(
        self, generation: int, flt: CaptionFilter, sort: Sort, keep_position: bool
    ) -> None:
        """The first page, then the facets, then (when needed) the ordered id snapshot.

        One after the other in one worker: run side by side, the facet counts and the id
        snapshot compete for the same cores (and the GIL) and both arrive late.
        """
        worker = get_current_worker()
        with self.catalog_app.engine.connect() as connection:
            start = open_view(connection, flt, sort)
            empty = start.total == 0 and flt.is_empty and catalog_is_empty(connection)
            if worker.is_cancelled:
                return
            self.post_message(ViewLoaded(generation, flt, sort, start, empty, keep_position))
            facets = facet_counts(connection, flt, total=start.total)
            if worker.is_cancelled:
                return
            self.post_message(FacetsLoaded(generation, facets))
            if start.needs_snapshot:
                ids = sorted_ids(connection, flt, sort)
                if not worker.is_cancelled:
                    self.post_message(SnapshotLoaded(generation, ids))

    @work(thread=True, exclusive=True, group="pages", exit_on_error=False)
    def load_pages(
        self,
        generation: int,
        flt: CaptionFilter,
        sort: Sort,
        ids: array[int] | None,
        requests: tuple[PageRequest, ...],
        total: int | None = None,
    ) -> None:
        worker = get_current_worker()
        pages: dict[int, list[CaptionRow]] = {}
        with self.catalog_app.engine.connect() as connection:
            # In page order: a page following one just read continues from its last key
            # instead of walking the sort index for its offset again.
            for request in sorted(requests, key=lambda request: request.page):
                start = request.page * PAGE_SIZE
                previous = pages.get(request.page - 1)
                after = request.after
                if after is None and previous and len(previous) == PAGE_SIZE:
                    after = previous[-1].key(sort)
                if ids is not None:
                    rows = rows_by_ids(connection, ids[start : start + PAGE_SIZE])
                elif after is not None:
                    rows = page_after(connection, flt, sort, after)
                elif request.before is not None:
                    rows = page_before(connection, flt, sort, request.before)
                else:
                    rows = page_at(connection, flt, sort, start, total=total)
                pages[request.page] = rows
                if worker.is_cancelled:
                    return
        self.post_message(PagesLoaded(generation, pages))

    def on_view_loaded(self, message: ViewLoaded) -> None:
        if message.generation != self.generation:
            return
        self.total = message.start.total
        self._ids = message.start.ids
        empty = self.query_one("#empty", Static)
        empty.display = message.catalog_empty
        self.table.display = not message.catalog_empty
        if message.catalog_empty:
            empty.update(EMPTY_CATALOG.format(url=self.catalog_app.database_label))
        self.table.reset(
            message.generation,
            message.start.total,
            message.start.first,
            message.sort,
            keep_position=message.keep_position,
        )
        self._status()

    def on_snapshot_loaded(self, message: SnapshotLoaded) -> None:
        if message.generation == self.generation:
            self._ids = message.ids

    def on_pages_loaded(self, message: PagesLoaded) -> None:
        self.table.set_pages(message.generation, message.pages)

    def on_facets_loaded(self, message: FacetsLoaded) -> None:
        if message.generation == self.generation:
            self.query_one(FacetPanel).show_facets(message.facets)

    @on(CaptionTable.PagesWanted)
    def _pages_wanted(self, message: CaptionTable.PagesWanted) -> None:
        if message.generation == self.generation:
            self.load_pages(
                message.generation, self.flt, self.sort, self._ids, message.requests, self.total
            )

    # Search --------------------------------------------------------------------------------

    @on(Input.Changed, "#search")
    def _search_changed(self, event: Input.Changed) -> None:
        if self._debounce is not None:
            self._debounce.stop()
        delay = self.catalog_app.search_delay
        if delay <= 0:
            self.search(event.value)
        else:
            self._debounce = self.set_timer(delay, lambda: self.search(event.value))

    @on(Input.Submitted, "#search")
    def _search_submitted(self, event: Input.Submitted) -> None:
        if self._debounce is not None:
            self._debounce.stop()
        self.search(event.value)
        self.table.focus()

    def search(self, text: str) -> None:
        """Show the captions the query keeps (a bad filter leaves the results as they are)."""
        search = self.query_one("#search", Input)
        try:
            # The last word is a prefix: results follow the word as it is being typed.
            flt = CaptionFilter.parse(text, last_word_prefix=True)
        except CatalogError as error:
            search.add_class("-invalid")
            self._status(error.message, error=True)
            return
        search.remove_class("-invalid")
        if flt == self.flt:
            self._status()
            return
        self.flt = flt
        self.reload()

    def set_query(self, text: str) -> None:
        search = self.query_one("#search", Input)
        with search.prevent(Input.Changed):
            search.value = text
        self.search(text)

    # Actions -------------------------------------------------------------------------------

    def action_focus_search(self) -> None:
        """Focus the search box before the next key is dispatched.

        A terminal hands over fast typing in one read, so the keys after "/" are already
        queued. A plain binding runs only when "/" has bubbled up from the table, after the
        App has sent the following keys to the table; ``focus()`` would defer once more. So the
        binding has priority (the App runs it as the key arrives) and focus is set at once.
        In the search box itself, "/" is typed as text.
        """
        search = self.query_one("#search", Input)
        if self.focused is search:
            search.insert_text_at_cursor("/")
        else:
            self.set_focus(search)

    def on_key(self, event: events.Key) -> None:
        """A character typed on the list starts a search with it (``?`` stays help, ``/``
        moves to the search box keeping the query).

        A terminal hands over fast typing (or a paste) in one read: the keys after the first
        were sent to the list before it moved the focus, and arrive here after it. The search
        box stops the keys typed in it, so a printable key reaching this handler while the box
        has focus is one of those: it is typed into the box, in order, not lost.
        """
        search = self.query_one("#search", Input)
        character = event.character
        if not event.is_printable or character is None:
            return
        if self.focused is search:
            search.insert_text_at_cursor(character)
        elif character.isspace() or event.key in self.active_bindings:
            return
        else:
            search.value = character
            search.cursor_position = len(search.value)
            # Selecting the text on focus (as "/" does, to retype a query) would make the next
            # key replace this first character.
            search.select_on_focus = False
            self.set_focus(search)
        event.stop()
        event.prevent_default()

    @on(Input.Blurred, "#search")
    def _search_left(self) -> None:
        self.query_one("#search", Input).select_on_focus = True

    def action_focus_table(self) -> None:
        self.table.focus()

    def action_clear_search(self) -> None:
        self.set_query("")

    def action_toggle_facets(self) -> None:
        panel = self.query_one(FacetPanel)
        panel.display = not panel.display

    def action_next_sort(self) -> None:
        names = [column for column, _, _ in COLUMNS]
        following = names[(names.index(self.sort.column) + 1) % len(names)]
        self.sort_by(following)

    def action_reverse_sort(self) -> None:
        self.sort = Sort(self.sort.column, not self.sort.descending)
        self.reload()

    def sort_by(self, column: str) -> None:
        self.sort = self.sort.toggled(column)
        self.reload()

    @on(CaptionTable.SortRequested)
    def _sort_requested(self, message: CaptionTable.SortRequested) -> None:
        self.sort_by(message.column)

    @on(CaptionTable.RowSelected)
    def _row_selected(self, message: CaptionTable.RowSelected) -> None:
        self.catalog_app.open_detail(message.row.id)

    @on(CaptionTable.RowHighlighted)
    def _row_highlighted(self, message: CaptionTable.RowHighlighted) -> None:
        self._status()

    @on(FacetPanel.FacetChosen)
    def _facet_chosen(self, message: FacetPanel.FacetChosen) -> None:
        flt = facet_filter(self.flt, message.facet, message.value)
        self.set_query(flt.to_query())

    def action_correct(self) -> None:
        row = self.table.current_row
        if row is None:
            self.notify("No caption is highlighted.", severity="warning")
            return
        self.catalog_app.open_correction(row.id)

    def action_credits(self) -> None:
        self.catalog_app.open_credits(self.flt)

    def action_duplicates(self) -> None:
        self.catalog_app.open_duplicates()

    def action_export(self) -> None:
        self.catalog_app.open_export(self.flt)

    # Status --------------------------------------------------------------------------------

    def _status(self, text: str | None = None, error: bool = False) -> None:
        status = self.query_one("#status", Static)
        status.set_class(error, "-error")
        if text is None:
            direction = "↓" if self.sort.descending else "↑"
            position = f"{self.table.cursor_row + 1:,} of " if self.total else ""
            text = f"{position}{self.total:,} captions · sorted by {self.sort.column} {direction}"
            if not self.flt.is_empty:
                text += f" · {self.flt.to_query()}"
        status.update(text)
