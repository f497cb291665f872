"""Small modal screens: the export path prompt and the help screen."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Markdown

QUERY_HELP = """\
## Search

Type words to search captions, photographers and places (full text; `word*` is a prefix,
and so is the last word while you type; `"a phrase"` a phrase, `-word` excludes). Add filters:

| filter | keeps captions |
|---|---|
| `agency:AP` | whose agency is AP |
| `via:"Getty Images"` | distributed via Getty Images |
| `licensor:Reuters` | that Reuters is paid for |
| `by:Malla` | by a photographer with that name |
| `in:Tehran` | taken in that place (city, country, or as written) |
| `date:2020-01..2020-03` | taken in that period (`date:2020` for a year) |
| `is:uncredited` | without a credit |
| `is:unknown-agency` | crediting an organisation the registry does not know |
| `is:edited` | with a manual correction |
| `is:duplicate` | in a possible-duplicate pair, open or confirmed |
| `is:duplicate-open` | in a pair awaiting review |

Choosing a facet value adds its filter. The detail screen marks the caption's parts:
description, location, date and credit, and tells where each field came from
(parsed, embedded metadata, or manual).
"""


class ExportScreen(ModalScreen[str | None]):
    """Ask where to write the CSV; dismisses with the path, or None."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", tooltip="Do not export", id="cancel"),
    ]

    def __init__(self, default_path: str, rows: int | None = None) -> None:
        super().__init__()
        self.default_path = default_path
        self.rows = rows

    def compose(self) -> ComposeResult:
        with Vertical(id="export"):
            rows = f" ({self.rows:,} captions)" if self.rows is not None else ""
            yield Label(f"Write the current view{rows} to this CSV file:")
            yield Input(self.default_path, id="export-path")
            yield Label("enter to export, esc to cancel", classes="hint")

    def on_mount(self) -> None:
        self.query_one("#export").border_title = "Export CSV"

    @on(Input.Submitted, "#export-path")
    def _submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        self.dismiss(None)


class ConfirmScreen(ModalScreen[bool]):
    """A yes/no question; dismisses with True for yes."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "answer(True)", "Yes", id="yes"),
        Binding("n,escape", "answer(False)", "No", id="no"),
    ]

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm"):
            yield Label(self.question)
            yield Label("y yes, n or esc no", classes="hint")

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)


def file_problem(path: Path, error: OSError) -> str:
    """Why a file cannot be written, in words (never the OSError's repr)."""
    if not path.parent.is_dir():
        return f"cannot write {path}: the folder {path.parent} does not exist"
    if path.is_dir():
        return f"cannot write {path}: it is a folder; give a file name"
    return f"cannot write {path}: {(error.strerror or 'input/output error').lower()}"


class HelpScreen(ModalScreen[None]):
    """Keys of every screen, and the query language."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "close", "Close", tooltip="Close the help", id="close"),
    ]

    def __init__(self, keys_markdown: str) -> None:
        super().__init__()
        self.keys_markdown = keys_markdown

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help"):
            yield Markdown(self.keys_markdown + "\n" + QUERY_HELP)

    def on_mount(self) -> None:
        self.query_one("#help").border_title = "Help · esc to close"

    def action_close(self) -> None:
        self.dismiss(None)
