"""The caption table: a Line-API virtual table that draws only the rows on screen.

The widget never queries the database. It holds a total row count and a small LRU cache of
pages; when rows it must draw are missing it posts ``PagesWanted`` (with the keys of the
neighbouring cached rows, so the screen can page by key) and draws placeholders until
``set_pages`` delivers them. Every reset bumps a generation number, and pages of an older
generation are dropped, so a slow answer to an old search never shows up in a new one.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from typing import ClassVar

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from catalog.db.browse.paging import PAGE_SIZE, CaptionRow, Key, Sort

# Column id, title, (narrow width, wide width); description takes what is left.
COLUMNS: tuple[tuple[str, str, tuple[int, int]], ...] = (
    ("date", "Date", (10, 10)),
    ("licensor", "Licensor", (11, 16)),
    ("photographer", "Photographer", (14, 20)),
    ("location", "Location", (13, 22)),
    ("description", "Description", (0, 0)),
)
CACHED_PAGES = 64


@dataclass(frozen=True, slots=True)
class PageRequest:
    """A page to load, with the key of a cached neighbour row when there is one."""

    page: int
    after: Key | None = None  # key of the row just before the page
    before: Key | None = None  # key of the row just after the page


def fit_cell(value: str, width: int) -> str:
    """``value`` in exactly ``width`` cells; a cut value ends with "…" so that it does not
    pass for the whole of it ("Tokyo, Japan" cut to "Tokyo, Jap")."""
    if width > 1 and cell_len(value) > width:
        return set_cell_size(value, width - 1) + "…"
    return set_cell_size(value, width)


class CaptionTable(ScrollView, can_focus=True):
    """Captions, one per line, fetched page by page as they scroll into view."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "cursor_up", "Up", show=False),
        Binding("down", "cursor_down", "Down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("home", "first", "First", show=False),
        Binding("end", "last", "Last", show=False),
        Binding("enter", "select", "Open", tooltip="Open the highlighted caption"),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "caption-table--header",
        "caption-table--sorted",
        "caption-table--cursor",
        "caption-table--edited",
        "caption-table--uncredited",
        "caption-table--loading",
        "caption-table--empty",
    }

    DEFAULT_CSS = """
    CaptionTable {
        overflow-x: hidden;
        overflow-y: scroll;
    }
    CaptionTable > .caption-table--header { text-style: bold; background: $panel; }
    CaptionTable > .caption-table--sorted { text-style: bold underline; background: $panel; }
    CaptionTable > .caption-table--cursor { background: $block-cursor-blurred-background; }
    CaptionTable:focus > .caption-table--cursor {
        background: $block-cursor-background;
        color: $block-cursor-foreground;
        text-style: $block-cursor-text-style;
    }
    CaptionTable > .caption-table--edited { color: $warning; }
    CaptionTable > .caption-table--uncredited { color: $error; }
    CaptionTable > .caption-table--loading { color: $text-muted; }
    CaptionTable > .caption-table--empty { color: $text-muted; text-style: italic; }
    """

    cursor_row: reactive[int] = reactive(0, always_update=True)

    @dataclass
    class PagesWanted(Message):
        """Rows to draw are not cached: load these pages."""

        table: CaptionTable
        generation: int
        requests: tuple[PageRequest, ...]

    @dataclass
    class RowHighlighted(Message):
        table: CaptionTable
        row: CaptionRow | None
        index: int

    @dataclass
    class RowSelected(Message):
        table: CaptionTable
        row: CaptionRow

    @dataclass
    class SortRequested(Message):
        table: CaptionTable
        column: str

    def __init__(self, *, name: str | None = None, id: str | None = None) -> None:
        super().__init__(name=name, id=id)
        self.generation = 0
        self.total = 0
        self.sort = Sort()
        self.empty_text = "No captions match."
        self._pages: OrderedDict[int, list[CaptionRow]] = OrderedDict()
        self._requested: set[int] = set()

    # Data ------------------------------------------------------------------------------

    def reset(
        self,
        generation: int,
        total: int,
        first: list[CaptionRow],
        sort: Sort,
        keep_position: bool = False,
    ) -> None:
        """Show a new result: its row count and first page."""
        self.generation = generation
        self.total = total
        self.sort = sort
        self._pages.clear()
        self._requested.clear()
        if first:
            self._pages[0] = first
        self.virtual_size = Size(self.size.width, total + 1)
        if keep_position:
            self.cursor_row = min(self.cursor_row, max(0, total - 1))
        else:
            self.scroll_to(y=0, animate=False, immediate=True)
            self.cursor_row = 0
        self.refresh()
        self._want_visible_pages()

    def set_pages(self, generation: int, pages: dict[int, list[CaptionRow]]) -> None:
        if generation != self.generation:
            return
        for page, rows in pages.items():
            self._requested.discard(page)
            self._pages[page] = rows
            self._pages.move_to_end(page)
        while len(self._pages) > CACHED_PAGES:
            self._pages.popitem(last=False)
        self.refresh()
        self._highlight()
        self._want_visible_pages()

    def row_at(self, index: int) -> CaptionRow | None:
        if not 0 <= index < self.total:
            return None
        rows = self._pages.get(index // PAGE_SIZE)
        if rows is None:
            return None
        offset = index % PAGE_SIZE
        return rows[offset] if offset < len(rows) else None

    @property
    def current_row(self) -> CaptionRow | None:
        return self.row_at(self.cursor_row)

    @property
    def visible_rows(self) -> int:
        return max(1, self.scrollable_content_region.height - 1)

    def _want_visible_pages(self) -> None:
        if not self.total:
            return
        top = int(self.scroll_y)
        first_page = top // PAGE_SIZE
        last_page = min((top + self.visible_rows) // PAGE_SIZE, (self.total - 1) // PAGE_SIZE)
        requests = []
        for page in range(first_page, last_page + 1):
            if page in self._pages or page in self._requested:
                continue
            previous = self._pages.get(page - 1)
            following = self._pages.get(page + 1)
            requests.append(
                PageRequest(
                    page,
                    after=previous[-1].key(self.sort) if previous else None,
                    before=following[0].key(self.sort) if following else None,
                )
            )
        if requests:
            # A new request supersedes pages asked for but not delivered (the screen's worker
            # is exclusive, so an older request may be cancelled).
            self._requested = {request.page for request in requests}
            self.post_message(self.PagesWanted(self, self.generation, tuple(requests)))

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        self._want_visible_pages()

    def on_resize(self, event: events.Resize) -> None:
        self.virtual_size = Size(event.size.width, self.total + 1)
        self._want_visible_pages()

    # Cursor ----------------------------------------------------------------------------

    def watch_cursor_row(self, old: int, new: int) -> None:
        self.refresh()
        self._highlight()

    def _highlight(self) -> None:
        self.post_message(self.RowHighlighted(self, self.current_row, self.cursor_row))

    def move_cursor(self, row: int) -> None:
        if not self.total:
            return
        row = max(0, min(self.total - 1, row))
        top = int(self.scroll_y)
        if row < top:
            self.scroll_to(y=row, animate=False, immediate=True)
        elif row >= top + self.visible_rows:
            self.scroll_to(y=row - self.visible_rows + 1, animate=False, immediate=True)
        self.cursor_row = row

    def action_cursor_up(self) -> None:
        self.move_cursor(self.cursor_row - 1)

    def action_cursor_down(self) -> None:
        self.move_cursor(self.cursor_row + 1)

    def action_page_up(self) -> None:
        self.move_cursor(self.cursor_row - self.visible_rows)

    def action_page_down(self) -> None:
        self.move_cursor(self.cursor_row + self.visible_rows)

    def action_first(self) -> None:
        self.move_cursor(0)

    def action_last(self) -> None:
        self.move_cursor(self.total - 1)

    def action_select(self) -> None:
        row = self.current_row
        if row is not None:
            self.post_message(self.RowSelected(self, row))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        if offset.y == 0:
            column = self._column_at(offset.x)
            if column is not None:
                self.post_message(self.SortRequested(self, column))
            return
        index = int(self.scroll_y) + offset.y - 1
        if 0 <= index < self.total:
            self.cursor_row = index
            if event.chain >= 2:
                self.action_select()

    # Drawing ---------------------------------------------------------------------------

    def column_widths(self, width: int) -> list[int]:
        wide = width >= 110
        fixed = [sizes[1] if wide else sizes[0] for _, _, sizes in COLUMNS[:-1]]
        rest = width - sum(fixed) - len(COLUMNS)  # one space before every column
        return [*fixed, max(8, rest)]

    def _column_at(self, x: int) -> str | None:
        position = 0
        for (column, _, _), width in zip(
            COLUMNS, self.column_widths(self.scrollable_content_region.width), strict=True
        ):
            if position <= x < position + width + 1:
                return column
            position += width + 1
        return None

    def _cells(self, values: list[str], width: int, styles: list[Style]) -> Strip:
        segments: list[Segment] = []
        for value, cell_width, style in zip(values, self.column_widths(width), styles, strict=True):
            segments.append(Segment(" " + fit_cell(value, cell_width), style))
        return Strip(segments).adjust_cell_length(width, styles[-1])

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        if y == 0:
            header = self.get_component_rich_style("caption-table--header")
            sorted_style = self.get_component_rich_style("caption-table--sorted")
            titles = []
            styles = []
            for column, title, _ in COLUMNS:
                if column == self.sort.column:
                    titles.append(f"{title} {'▼' if self.sort.descending else '▲'}")
                    styles.append(base + sorted_style)
                else:
                    titles.append(title)
                    styles.append(base + header)
            return self._cells(titles, width, styles)
        index = int(self.scroll_y) + y - 1
        if index >= self.total:
            if self.total == 0 and y == 1:
                style = base + self.get_component_rich_style("caption-table--empty")
                return Strip([Segment(" " + self.empty_text, style)]).adjust_cell_length(
                    width, base
                )
            return Strip.blank(width, base)
        row = self.row_at(index)
        style = base
        if index == self.cursor_row:
            style = base + self.get_component_rich_style("caption-table--cursor")
        if row is None:
            loading = style + self.get_component_rich_style("caption-table--loading")
            return self._cells(["…", "", "", "", ""], width, [loading] * len(COLUMNS))
        licensor_style = style
        if row.uncredited:
            licensor_style = style + self.get_component_rich_style("caption-table--uncredited")
        description_style = style
        if row.edited:
            description_style = style + self.get_component_rich_style("caption-table--edited")
        values = [
            row.date or "",
            row.licensor or ("no credit" if row.uncredited else ""),
            row.photographer or "",
            row.location or "",
            ("✎ " if row.edited else "") + (row.description or ""),
        ]
        return self._cells(values, width, [style, licensor_style, style, style, description_style])
