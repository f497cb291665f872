"""The catalog browser (``catalog browse``): the App, its write workers, its one error handler.

``make_app`` is shared by the CLI and the tests. The App owns what outlives a screen: the
engine, the undo stack of corrections, and ``data_version``, which screens watch to reload
after a change. Reading is done by each screen's workers; writing (corrections, undo,
duplicate decisions, export) by the App's.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, ClassVar

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError
from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.keys import key_to_character
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Input
from textual.worker import Worker, WorkerState

from catalog.db.browse.paging import SORT_COLUMNS
from catalog.db.corrections import correct, decide_duplicate, undo
from catalog.db.faults import translate
from catalog.db.filters import CaptionFilter
from catalog.errors import CatalogError
from catalog.tui.messages import CatalogChanged, ExportFinished
from catalog.tui.screens.correction import Changes, CorrectionScreen
from catalog.tui.screens.credits import CreditsScreen
from catalog.tui.screens.detail import DetailScreen
from catalog.tui.screens.dialogs import ConfirmScreen, ExportScreen, HelpScreen, file_problem
from catalog.tui.screens.duplicates import DuplicatesScreen
from catalog.tui.screens.main import MainScreen


@dataclass(frozen=True)
class UndoEntry:
    summary: str
    correction_ids: tuple[int, ...]


def describe_error(error: BaseException, url: str) -> tuple[str, str]:
    """(title, message) for a notification: database faults in the same words as the CLI."""
    translated = translate(error, url)
    if translated is not None:
        error = translated
    if isinstance(error, CatalogError):
        return error.title, error.message
    if isinstance(error, SQLAlchemyError):
        return "Database error", str(error).splitlines()[0]
    if isinstance(error, OSError):
        return "File error", error.strerror or str(error)
    return type(error).__name__, str(error) or type(error).__name__


class CatalogApp(App[None]):
    """Browse, search, facet, correct, report and export the caption catalog."""

    CSS_PATH = "app.tcss"
    TITLE = "Caption catalog"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]  # noqa: RUF012

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "question_mark,f1", "help", "Help", tooltip="Keys and the search language", id="help"
        ),
        # Undo and Theme stay out of the footer (the save notice names the undo key): the
        # footer keeps the keys that matter within 80 columns.
        Binding(
            "ctrl+z",
            "undo",
            "Undo",
            tooltip="Undo the last correction or decision",
            id="undo",
            show=False,
        ),
        Binding(
            "ctrl+t",
            "toggle_theme",
            "Theme",
            tooltip="Switch dark and light",
            id="theme",
            show=False,
        ),
        # Textual's own Ctrl+Q, shown: letters type a search, so no letter quits.
        Binding("ctrl+q", "quit", "Quit", tooltip="Leave the browser", id="quit", priority=True),
    ]

    data_version: reactive[int] = reactive(0)

    def __init__(
        self,
        engine: Engine,
        *,
        search_delay: float = 0.2,
        dark: bool = True,
        database_label: str | None = None,
    ) -> None:
        super().__init__()
        self.engine = engine
        self.search_delay = search_delay
        self.database_label = database_label or engine.url.render_as_string(hide_password=True)
        self.undo_stack: list[UndoEntry] = []
        self.theme = "textual-dark" if dark else "textual-light"

    def on_mount(self) -> None:
        self.push_screen(MainScreen())

    # Errors: one handler for every worker ---------------------------------------------------

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.ERROR and event.worker.error is not None:
            self.report_error(event.worker.error)

    def report_error(self, error: BaseException) -> None:
        title, message = describe_error(
            error, self.engine.url.render_as_string(hide_password=False)
        )
        self.log.error(f"{title}: {message}")
        self.notify(message, title=title, severity="error", timeout=8)

    # Navigation ------------------------------------------------------------------------------

    @property
    def main_screen(self) -> MainScreen | None:
        for screen in self.screen_stack:
            if isinstance(screen, MainScreen):
                return screen
        return None

    def open_detail(self, caption_id: int) -> None:
        self.push_screen(DetailScreen(caption_id))

    def open_correction(self, caption_id: int) -> None:
        self.push_screen(CorrectionScreen(caption_id), partial(self._corrected, caption_id))

    def _corrected(self, caption_id: int, changes: Changes | None) -> None:
        if changes is None:
            return
        if not changes:
            self.notify("Nothing changed.")
            return
        self.save_correction(caption_id, changes)

    def open_credits(self, flt: CaptionFilter | None = None) -> None:
        self.push_screen(CreditsScreen(flt or CaptionFilter()))

    def open_duplicates(self) -> None:
        self.push_screen(DuplicatesScreen())

    def open_export(self, flt: CaptionFilter) -> None:
        main = self.main_screen
        rows = main.total if main is not None else None
        self.push_screen(
            ExportScreen(str(Path.cwd() / "captions.csv"), rows),
            partial(self._export_chosen, flt),
        )

    def _export_chosen(self, flt: CaptionFilter, path: str | None) -> None:
        if not path:
            return
        target = Path(path).expanduser()
        if target.exists():
            # Asked first: an earlier export, or any file, may be what the user wants to keep.
            self.push_screen(
                ConfirmScreen(f"{target} exists. Replace it?"),
                partial(self._overwrite_chosen, flt, str(target)),
            )
            return
        self._start_export(flt, str(target))

    def _overwrite_chosen(self, flt: CaptionFilter, path: str, replace: bool | None) -> None:
        if replace:
            self._start_export(flt, path)
        else:
            self.notify("Not exported: the file is kept as it was.")

    def _start_export(self, flt: CaptionFilter, path: str) -> None:
        self.notify(f"Exporting to {path}…")
        self.export(flt, path)

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(keys_markdown()))

    def action_toggle_theme(self) -> None:
        self.theme = "textual-light" if self.theme == "textual-dark" else "textual-dark"

    # Writes ----------------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="write", exit_on_error=False)
    def save_correction(self, caption_id: int, changes: Changes) -> None:
        ids = correct(self.engine, caption_id, changes, author="catalog browse")
        fields = ", ".join(changes)
        self.post_message(CatalogChanged(f"Corrected {fields} of #{caption_id}", tuple(ids)))

    @work(thread=True, exclusive=True, group="write", exit_on_error=False)
    def decide_duplicate(self, duplicate_id: int, confirm: bool) -> None:
        ids = decide_duplicate(self.engine, duplicate_id, confirm, author="catalog browse")
        verb = "Merged" if confirm else "Rejected"
        # A rejection is a status change, not a correction: it cannot be undone from here.
        self.post_message(
            CatalogChanged(f"{verb} possible duplicate {duplicate_id}", tuple(ids), bool(ids))
        )

    @work(thread=True, exclusive=True, group="write", exit_on_error=False)
    def undo_corrections(self, entry: UndoEntry) -> None:
        undo(self.engine, entry.correction_ids)
        self.post_message(CatalogChanged(f"Undone: {entry.summary}", undoable=False))

    @work(thread=True, exclusive=True, group="export", exit_on_error=False)
    def export(self, flt: CaptionFilter, path: str) -> None:
        """``catalog export`` for the current filter: CSV, formulas neutralised, by caption id."""
        from catalog.reports import export_captions  # not needed to paint the first rows

        target = Path(path)
        try:
            with target.open("w", newline="", encoding="utf-8") as out:
                rows = export_captions(self.engine, flt, out, fmt="csv")
        except OSError as error:
            raise CatalogError(file_problem(target, error), title="Export failed") from None
        self.post_message(ExportFinished(str(target), rows))

    def on_catalog_changed(self, message: CatalogChanged) -> None:
        if message.undoable and message.correction_ids:
            self.undo_stack.append(UndoEntry(message.summary, message.correction_ids))
            self.notify(f"{message.summary}. Press {self.undo_key} to undo.", title="Saved")
        else:
            self.notify(message.summary)
        self.data_version += 1

    def on_export_finished(self, message: ExportFinished) -> None:
        self.notify(f"Exported {message.rows:,} captions to {message.path}", title="Export")

    @property
    def undo_key(self) -> str:
        return key_label(
            next(b.key for b in self.BINDINGS if isinstance(b, Binding) and b.id == "undo")
        )

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # In a text field Ctrl+Z means "undo my typing": it must not revert a saved correction.
        return not (action == "undo" and isinstance(self.focused, Input))

    def action_undo(self) -> None:
        if not self.undo_stack:
            self.notify("Nothing to undo.", severity="warning")
            return
        self.undo_corrections(self.undo_stack.pop())

    # Command palette: every action ---------------------------------------------------------

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        seen: set[str] = set()
        titles: set[str] = set()
        for node, binding in command_bindings(self, screen):
            if binding.action in seen or binding.description in titles:
                continue
            seen.add(binding.action)
            titles.add(binding.description)
            yield SystemCommand(
                binding.description,
                binding.tooltip or binding.description,
                partial(self._run_on, node, binding.action),
            )
        # Textual's own commands, less those the catalog's bindings already offer ("Keys" is
        # what our Help shows, with the search language).
        for command in super().get_system_commands(screen):
            if command.title not in titles and command.title not in _REPLACED_COMMANDS:
                yield command
        if isinstance(screen, MainScreen):
            for column in SORT_COLUMNS:
                if column != "id":
                    yield SystemCommand(
                        f"Sort by {column}",
                        "Choose again to reverse the order",
                        partial(screen.sort_by, column),
                    )

    async def _run_on(self, node: App[None] | Screen[object], action: str) -> None:
        await self.run_action(action, node)


_REPLACED_COMMANDS = frozenset({"Keys"})


def command_bindings(
    app: CatalogApp, screen: Screen[object]
) -> list[tuple[App[None] | Screen[object], Binding]]:
    """The documented bindings of the screen and the app (those with an id)."""
    found: list[tuple[App[None] | Screen[object], Binding]] = []
    for node in (screen, app):
        for binding in node.BINDINGS:
            if isinstance(binding, Binding) and binding.id:
                found.append((node, binding))
    return found


_KEY_NAMES = {
    "slash": "/",
    "backslash": "\\",
    "escape": "Esc",
    "enter": "Enter",
    "tab": "Tab",
    "space": "Space",
    "delete": "Del",
    "backspace": "Backspace",
    "pageup": "PgUp",
    "pagedown": "PgDn",
    "home": "Home",
    "end": "End",
    "up": "↑",
    "down": "↓",
    "left": "←",
    "right": "→",
}


def key_label(key: str) -> str:
    """A key as a person types or reads it: ``question_mark`` is ``?``, ``slash`` is ``/``,
    ``escape`` is ``Esc``, ``ctrl+t`` is ``Ctrl+T``."""
    modifiers, _, base = key.rpartition("+")
    character = _KEY_NAMES.get(base) or key_to_character(base)
    if character is not None and character.isprintable() and not character.isspace():
        label = character.upper() if modifiers else character
    elif base[:1] == "f" and base[1:].isdigit():
        label = base.upper()
    else:
        label = _KEY_NAMES.get(base, base.capitalize())
    prefix = "".join(f"{part.capitalize()}+" for part in modifiers.split("+") if part)
    return prefix + label


def keys_markdown() -> str:
    lines = ["# Keys", ""]
    screens: list[tuple[str, type[Any]]] = [
        ("Everywhere", CatalogApp),
        ("Caption list", MainScreen),
        ("Caption detail", DetailScreen),
        ("Correction form", CorrectionScreen),
        ("Credits", CreditsScreen),
        ("Possible duplicates", DuplicatesScreen),
    ]
    for title, owner in screens:
        lines += [f"## {title}", "", "| key | does |", "|---|---|"]
        for binding in owner.BINDINGS:
            if isinstance(binding, Binding) and binding.id:
                keys = ", ".join(f"`{key_label(key.strip())}`" for key in binding.key.split(","))
                lines.append(f"| {keys} | {binding.tooltip or binding.description} |")
        lines.append("")
    lines += [
        "On the list, a letter or a digit starts a search with it (the last word is a prefix: "
        "`flood` finds flooded); `Enter` opens a caption, `↑`/`↓`/`PgUp`/`PgDn`/`Home`/`End` "
        "move, a click on a heading sorts. `Ctrl+P` opens the command palette: every action is "
        "there. `Ctrl+Q` quits; `Ctrl+C` copies in a text field and elsewhere says how to quit."
    ]
    return "\n".join(lines)


def make_app(
    engine_or_url: Engine | str | None = None,
    *,
    search_delay: float = 0.2,
    dark: bool = True,
) -> CatalogApp:
    """The browser on an engine, or on a database URL (``--db`` > ``CATALOG_DB`` > default)."""
    if isinstance(engine_or_url, Engine):
        engine = engine_or_url
    else:
        from catalog.db import open_catalog

        engine = open_catalog(engine_or_url)
    return CatalogApp(engine, search_delay=search_delay, dark=dark)
