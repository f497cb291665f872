"""What every screen shares: worker failures go to the App's one error handler; the screens of
one caption read it the same way."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.worker import Worker, WorkerState, get_current_worker

from catalog.db.browse.detail import caption_detail
from catalog.tui.messages import DetailLoaded

if TYPE_CHECKING:
    from textual.screen import Screen

    from catalog.tui.app import CatalogApp


class RoutesWorkerErrors:
    """Mixin for screens. ``Worker.StateChanged`` does not bubble, so each screen that runs
    workers hands their errors to ``CatalogApp.report_error`` (one place notifies)."""

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.ERROR and event.worker.error is not None:
            self.app.report_error(event.worker.error)  # type: ignore[attr-defined]


def post_caption_detail(screen: Screen[Any], app: CatalogApp, caption_id: int) -> None:
    """The body of a caption screen's loading worker (a thread): read the caption and post it
    to the screen as ``DetailLoaded``, unless a newer load cancelled this one meanwhile."""
    worker = get_current_worker()
    with app.engine.connect() as connection:
        detail = caption_detail(connection, caption_id)
    if not worker.is_cancelled:
        screen.post_message(DetailLoaded(caption_id, detail))
