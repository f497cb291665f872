"""What every screen shares: worker failures go to the App's one error handler."""

from __future__ import annotations

from textual.worker import Worker, WorkerState


class RoutesWorkerErrors:
    """Mixin for screens. ``Worker.StateChanged`` does not bubble, so each screen that runs
    workers hands their errors to ``CatalogApp.report_error`` (one place notifies)."""

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.ERROR and event.worker.error is not None:
            self.app.report_error(event.worker.error)  # type: ignore[attr-defined]
