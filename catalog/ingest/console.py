"""What ``catalog ingest`` shows: a rich progress bar on stderr and a summary table at the end."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from catalog.ingest.pipeline import IngestObserver, IngestReport


class ProgressObserver(IngestObserver):
    """Draws files done out of files listed, captions found and captions per second."""

    def __init__(self, console: Console) -> None:
        self.console = console
        self.progress = Progress(
            SpinnerColumn(),
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("files"),
            TextColumn("{task.fields[captions]:,} captions ({task.fields[rate]:,.0f}/s)"),
            TimeElapsedColumn(),
            TextColumn("{task.fields[current]}", style="dim"),
            console=console,
            transient=False,
        )
        self.task: Any = None
        self._started: float | None = None

    def __enter__(self) -> ProgressObserver:
        self.progress.start()
        self.task = self.progress.add_task(
            "Ingesting", total=None, captions=0, rate=0.0, current=""
        )
        return self

    def __exit__(self, *exc: object) -> None:
        if exc and exc[0] is not None:
            # Stopped by an error: its one line is what the user needs, not a last progress frame.
            self.progress.live.transient = True
        self.progress.stop()

    def _captions(self, report: IngestReport) -> None:
        elapsed = self.progress.tasks[0].elapsed or 0.0
        rate = report.captions_found / elapsed if elapsed > 0 else 0.0
        self.progress.update(self.task, captions=report.captions_found, rate=rate)

    def files_listed(self, total: int) -> None:
        self.progress.update(self.task, total=total)

    def file_started(self, path: Path) -> None:
        self.progress.update(self.task, current=escape(path.name))

    def file_finished(self, path: Path) -> None:
        self.progress.advance(self.task)

    def record_skipped(self, path: Path, reason: str, offset: int) -> None:
        self.console.print(
            f"[yellow]skipped[/] {escape(str(path))} at offset {offset:,}: {escape(reason)}",
            highlight=False,
        )

    def file_skipped(self, path: Path, reason: str) -> None:
        self.progress.advance(self.task)
        self.console.print(
            f"[yellow]skipped[/] {escape(str(path))}: {escape(reason)}", highlight=False
        )

    def captions_read(self, report: IngestReport) -> None:
        self._captions(report)

    def batch_written(self, report: IngestReport) -> None:
        self._captions(report)

    def indexing(self) -> None:
        self.progress.update(self.task, description="Building indexes", current="")

    def linking(self, queued: int) -> None:
        self.progress.update(self.task, description="Finding near-duplicates", current="")

    def finished(self, report: IngestReport) -> None:
        self._captions(report)
        self.progress.update(self.task, description="Ingested", current="")


def summary_table(report: IngestReport, *, interrupted: bool = False) -> Table:
    title = "Ingest interrupted: committed so far" if interrupted else "Ingest summary"
    table = Table(title=title, show_header=False, title_justify="left")
    # Paths and reasons fold rather than end in "...": the user needs all of them.
    table.add_column("what", overflow="fold")
    table.add_column("count", justify="right", overflow="fold")
    rows: list[tuple[str, int]] = [
        ("files read", report.files_read),
        ("articles", report.articles),
        ("  already in the catalog", report.articles_known),
        ("  updated (recrawled with changes)", report.articles_updated),
        ("captions found", report.captions_found),
        ("new captions", report.captions_new),
        ("duplicates folded", report.duplicates_folded),
        ("possible duplicates", report.possible_duplicates),
        ("uses", report.uses_new),
        ("files skipped", len(report.skipped)),
    ]
    if report.uses_removed:
        rows.append(("uses no longer on their page (kept, marked removed)", report.uses_removed))
    if report.parse_errors:
        rows.append(("captions stored unparsed (parser error)", report.parse_errors))
    if report.records_skipped:
        rows.append(("archive records skipped", sum(report.records_skipped.values())))
        rows.extend(
            (f"  {reason}", count) for reason, count in sorted(report.records_skipped.items())
        )
    for label, value in rows:
        table.add_row(label, f"{value:,}")
    for skipped in report.skipped:
        table.add_row(f"  [yellow]{escape(skipped.path)}[/]", escape(skipped.reason))
    rate = report.captions_found / report.seconds if report.seconds else 0.0
    table.caption = f"{report.seconds:.1f} s, {rate:,.0f} captions/s"
    return table
