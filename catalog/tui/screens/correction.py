"""The correction form: one input per editable field; saving returns only what changed."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static

from catalog.parsing.model import EDITABLE_FIELDS
from catalog.tui.messages import DetailLoaded
from catalog.tui.screens.base import RoutesWorkerErrors, post_caption_detail

if TYPE_CHECKING:
    from catalog.tui.app import CatalogApp

Changes = dict[str, str | None]


class CorrectionScreen(RoutesWorkerErrors, ModalScreen[Changes | None]):
    """Edit a caption's fields. Dismisses with the changed fields, or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "ctrl+s", "save", "Save", tooltip="Save the changes as manual corrections", id="save"
        ),
        Binding("escape", "cancel", "Cancel", tooltip="Close without saving", id="cancel"),
    ]

    def __init__(self, caption_id: int) -> None:
        super().__init__()
        self.caption_id = caption_id
        self.original: dict[str, str | None] = {}

    @property
    def catalog_app(self) -> CatalogApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        with Vertical(id="form"):
            yield Static("Loading…", id="form-caption")
            with Grid(id="form-fields"):
                for name in EDITABLE_FIELDS:
                    yield Label(name, classes="field-label")
                    yield Input(
                        id=f"field-{name}", disabled=True, compact=True, select_on_focus=False
                    )
            with Horizontal(id="form-buttons"):
                yield Button("Save  ctrl+s", variant="primary", id="save")
                yield Button("Cancel  esc", id="cancel")

    def on_mount(self) -> None:
        self.query_one("#form").border_title = f"Correct caption #{self.caption_id}"
        self.load_detail()

    @work(thread=True, exclusive=True, group="correction", exit_on_error=False)
    def load_detail(self) -> None:
        post_caption_detail(self, self.catalog_app, self.caption_id)

    def on_detail_loaded(self, message: DetailLoaded) -> None:
        detail = message.detail
        if detail is None:
            self.notify(f"Caption #{self.caption_id} no longer exists.", severity="error")
            self.dismiss(None)
            return
        self.query_one("#form-caption", Static).update(detail.text)
        for item in detail.fields:
            self.original[item.name] = item.value
            field = self.query_one(f"#field-{item.name}", Input)
            field.value = item.value or ""
            field.disabled = False
            field.tooltip = f"from: {item.origin}" if item.origin else None
        self.query_one(f"#field-{EDITABLE_FIELDS[0]}", Input).focus()

    def changes(self) -> Changes:
        changed: Changes = {}
        for name in EDITABLE_FIELDS:
            value = self.query_one(f"#field-{name}", Input).value.strip() or None
            if value != self.original.get(name):
                changed[name] = value
        return changed

    def action_save(self) -> None:
        if not self.original:
            return
        self.dismiss(self.changes())

    def action_cancel(self) -> None:
        self.dismiss(None)

    @on(Button.Pressed, "#save")
    def _save_pressed(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#cancel")
    def _cancel_pressed(self) -> None:
        self.action_cancel()

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self.action_save()
