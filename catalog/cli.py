"""The ``catalog`` command: one thin command per verb over the library.

Heavy modules (SQLAlchemy, Textual, the parser's place index) are imported inside the
commands that need them, so ``catalog --help`` stays instant.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TextIO

import click
from rich.console import Console

from catalog import __version__
from catalog.errors import CatalogError

stderr = Console(stderr=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db",
    "db_url",
    envvar="CATALOG_DB",
    default=None,
    help="Database: a SQLAlchemy URL or a SQLite file path (default: a file in the user data dir).",
)
@click.version_option(__version__, prog_name="catalog")
@click.pass_context
def cli(ctx: click.Context, db_url: str | None) -> None:
    """Find, parse, deduplicate and catalogue photo captions and credits."""
    ctx.obj = {"db_url": db_url}


# --- reports and exports (issue 6) -------------------------------------------------------------

_DAY = click.DateTime(formats=["%Y-%m-%d"])


def filter_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """The caption filter as options, shared by every command that selects captions."""
    options = [
        click.option("--since", type=_DAY, help="Uses in articles published on or after this day."),
        click.option("--until", type=_DAY, help="Uses in articles published up to this day."),
        click.option("--licensor", help="Who is paid: the via when present, else the agency."),
        click.option("--agency", help="Agency (canonical name, e.g. AFP)."),
        click.option("--via", help="Distributor named by 'via' (e.g. Getty Images)."),
        click.option("--photographer", help="Photographer (part of the name)."),
        click.option("--place", help="City, country, ISO code or location as written."),
        click.option(
            "--query", "-q", help="Query language, as in the TUI: 'agency:AP in:Tehran \"word\"'."
        ),
        click.option("--uncredited", is_flag=True, help="Only captions without a credit."),
        click.option(
            "--unknown-agency", is_flag=True, help="Only credits naming an unknown organisation."
        ),
        click.option("--edited", is_flag=True, help="Only captions a person corrected."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def caption_filter(options: dict[str, Any]) -> Any:
    """The CaptionFilter from ``filter_options`` values (explicit options win over --query)."""
    from catalog.db.filters import CaptionFilter

    query = options.get("query")
    flt = CaptionFilter.parse(query) if query else CaptionFilter()
    changes: dict[str, object] = {}
    for name in ("licensor", "agency", "via", "photographer", "place"):
        if options.get(name):
            changes[name] = options[name]
    for name in ("since", "until"):
        if options.get(name):
            changes[name] = options[name].date()
    for name in ("uncredited", "unknown_agency", "edited"):
        if options.get(name):
            changes[name] = True
    return flt.with_(**changes)


@contextmanager
def _output(path: str | None) -> Iterator[TextIO]:
    """A text stream for data: the file, or stdout as UTF-8 with line ends left as written."""
    if path:
        try:
            with open(path, "w", encoding="utf-8", newline="") as stream:
                yield stream
        except OSError as exc:
            raise CatalogError(f"cannot write {path}: {exc.strerror}") from None
        return
    stream = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="")
    try:
        yield stream
    finally:
        stream.flush()
        stream.detach()


@cli.group()
def report() -> None:
    """Reports over the catalog."""


@report.command("credits")
@filter_options
@click.option(
    "--by",
    type=click.Choice(["licensor", "agency", "photographer", "month", "article"]),
    default="licensor",
    show_default=True,
    help="Group uses by who is paid, agency, photographer, month of publication or article.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "json", "markdown", "html"]),
    default="table",
    show_default=True,
)
@click.option(
    "--contracts",
    type=click.Path(dir_okay=False),
    help="Contracts TOML (quotas, prices): adds use against quota and amount owed "
    "[default: CATALOG_CONTRACTS or contracts.toml in the data dir, when present].",
)
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write to FILE.")
@click.pass_context
def report_credits(
    ctx: click.Context,
    by: str,
    fmt: str,
    contracts: str | None,
    output: str | None,
    **options: Any,
) -> None:
    """Distinct photos, uses and articles per licensor (or agency, photographer, month,
    article), with uncredited captions, unknown organisations, credit variants, handout and
    pool photos, and contract quotas when a contracts file is given."""
    from catalog.db import open_catalog
    from catalog.reports import credit_report, load_contracts, render_report
    from catalog.settings import user_files

    flt = caption_filter(options)
    contracts_path = contracts or user_files().contracts
    terms = load_contracts(contracts_path) if contracts_path else None
    engine = open_catalog(ctx.obj["db_url"])
    result = credit_report(engine, flt, by=by, contracts=terms)
    with _output(output) as stream:
        render_report(result, fmt, stream)


@cli.command("export")
@filter_options
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "jsonl", "exiftool"]),
    default="csv",
    show_default=True,
    help="csv; jsonl (one JSON object a line); exiftool (CSV for `exiftool -csv=FILE DIR`, "
    "captions of image files only).",
)
@click.option(
    "--uses",
    is_flag=True,
    help="One row per use, with the article's title, byline, date and path or URL.",
)
@click.option(
    "--excel",
    is_flag=True,
    help="Start the CSV with the byte-order mark Excel needs to read UTF-8.",
)
@click.option(
    "--raw",
    is_flag=True,
    help="Keep text cells as they are. By default a CSV text cell starting with = + - @, a tab "
    "or a carriage return gets a leading apostrophe so that spreadsheets do not run it as a "
    "formula.",
)
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write to FILE.")
@click.pass_context
def export(
    ctx: click.Context,
    fmt: str,
    uses: bool,
    excel: bool,
    raw: bool,
    output: str | None,
    **options: Any,
) -> None:
    """Export captions (corrections applied), streamed: CSV (RFC 4180, UTF-8), JSON lines, or
    ExifTool CSV that writes corrected credits back into image files."""
    from catalog.db import open_catalog
    from catalog.reports import export_captions

    flt = caption_filter(options)
    engine = open_catalog(ctx.obj["db_url"])

    def warn(message: str) -> None:
        stderr.print(f"[yellow]warning:[/] {message}", highlight=False)

    with _output(output) as stream:
        rows = export_captions(
            engine, flt, stream, fmt=fmt, uses=uses, excel=excel, raw=raw, warn=warn
        )
    stderr.print(f"{rows} row(s) exported{f' to {output}' if output else ''}.", highlight=False)


def main() -> None:
    try:
        status = cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        stderr.print("Aborted.")
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(2 if exc.exit_code == 1 else exc.exit_code)
    except CatalogError as exc:
        stderr.print(f"[bold red]{exc.title}:[/] {exc.message}", highlight=False)
        sys.exit(2)
    except KeyboardInterrupt:
        stderr.print("Interrupted.")
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
    sys.exit(status if isinstance(status, int) else 0)
