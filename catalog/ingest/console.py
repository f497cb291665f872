"""What ``catalog ingest`` shows: a rich progress bar on stderr and a summary table at the end."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
    from catalog.db.connection import DriverEngine


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
        # Large files read in parts: when their first part came back, and where it ended.
        self._part_started: dict[Path, tuple[float, int]] = {}

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

    def part_read(self, path: Path, done: int, total: int) -> None:
        """A large file read in parts: bytes read of it, and the time left at this pace."""
        now = time.monotonic()
        started = self._part_started.setdefault(path, (now, done))
        seconds, first = now - started[0], started[1]
        left = ""
        if total > done and seconds > 0 and done > first:
            remaining = (total - done) * seconds / (done - first)
            left = f", {int(remaining // 60)}:{int(remaining % 60):02d} left"
        self.progress.update(
            self.task,
            current=f"{escape(path.name)} {done / 1e6:,.0f} of {total / 1e6:,.0f} MB{left}",
        )

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


# Enough to see what was left out; a folder of sidecar files would bury the summary.
_NOT_READ_LISTED = 10


def interrupted_lines(engine: DriverEngine, report: IngestReport) -> list[str]:
    """What an interrupted run leaves: the catalog's own counts (what a reader of it will
    find), what this run wrote before it stopped, and how to finish."""
    from catalog.db.faults import driver_error
    from catalog.db.info import catalog_info

    lines = ["Ingest interrupted."]
    try:
        held = catalog_info(engine)
    except Exception as error:
        if driver_error(error) is None:
            raise
        held = None  # a second fault must not hide the first: counts are a courtesy
    if held is not None:
        lines.append(
            f"The catalog now holds {held.articles:,} articles, {held.captions:,} captions "
            f"and {held.uses:,} uses."
        )
    lines.append(
        f"This run wrote {report.articles_new:,} new articles, {report.captions_new:,} new "
        f"captions and {report.uses_new:,} uses before it stopped "
        f"({report.files_read:,} of {report.files_total:,} files read)."
    )
    lines.append("Run the same command again to finish; nothing will be counted twice.")
    return lines


def summary_table(report: IngestReport) -> Table:
    title = "Ingest summary"
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
        ("files no reader takes", len(report.not_read)),
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
        # Each file under its own count: listed after the last count, a skipped file read
        # as one that no reader takes.
        if label == "files skipped":
            for skipped in report.skipped:
                table.add_row(f"  [yellow]{escape(skipped.path)}[/]", escape(skipped.reason))
        elif label == "files no reader takes":
            for path in report.not_read[:_NOT_READ_LISTED]:
                table.add_row(f"  [dim]{escape(path)}[/]", "not read: no reader for its type")
            if len(report.not_read) > _NOT_READ_LISTED:
                more = len(report.not_read) - _NOT_READ_LISTED
                table.add_row(f"  [dim]and {more:,} more (--json lists them all)[/]", "")
    rate = report.captions_found / report.seconds if report.seconds else 0.0
    table.caption = f"{report.seconds:.1f} s, {rate:,.0f} captions/s"
    return table
