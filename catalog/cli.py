"""The ``catalog`` command: one thin command per verb over the library.

Heavy modules (SQLAlchemy, Textual, the parser's place index) are imported inside the
commands that need them, so ``catalog --help`` stays instant.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO, TypeVar

import click

from catalog import __version__
from catalog.choices import (
    EXPORT_FORMATS,
    GROUPINGS,
    REPORT_FORMATS,
    REPORT_SECTIONS,
    SOURCE_FORMATS,
)
from catalog.cli_group import DB_HELP, CatalogGroup
from catalog.duplicate_commands import duplicates
from catalog.errors import CatalogError

if TYPE_CHECKING:
    from rich.console import Console
    from sqlalchemy import Engine

    from catalog.db.connection import DriverEngine


@cache
def stderr() -> Console:
    """Progress, warnings and errors. Made when first used: importing rich costs a start
    about 0.03 s, and a command writing ``--json`` without a warning needs none of it."""
    from rich.console import Console

    return Console(stderr=True)


def stdout() -> Console:
    """Tables on stdout (a new console each time: the terminal may have been resized)."""
    from rich.console import Console

    return Console()


Command = TypeVar("Command", bound=Callable[..., Any])


def _print_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if not value or ctx.resilient_parsing:
        return
    # Imported here: every other command starts without the parser's modules.
    from catalog.parsing import is_compiled

    build = "parser compiled by mypyc" if is_compiled() else "parser interpreted"
    click.echo(f"catalog, version {__version__} ({build})")
    ctx.exit()


@click.group(cls=CatalogGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--db", "db_url", envvar="CATALOG_DB", default=None, help=DB_HELP)
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_print_version,
    help="Show the version, and whether the parser runs compiled, and exit.",
)
@click.pass_context
def cli(ctx: click.Context, db_url: str | None) -> None:
    """Find, parse, deduplicate and catalogue photo captions and credits."""
    ctx.ensure_object(dict)["db_url"] = db_url


# --- options several commands share -------------------------------------------------------------


def format_option(
    choices: Sequence[str], default: str | None, help: str | None = None
) -> Callable[[Command], Command]:
    """``--format``, its choices the library's own names for what it reads or writes."""
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(choices),
        default=default,
        show_default=default is not None,
        help=help,
    )


def json_option(help: str) -> Callable[[Command], Command]:
    """``--json``: data as JSON on stdout instead of a table (``help`` says which shape)."""
    return click.option("--json", "as_json", is_flag=True, help=help)


output_option = click.option(
    "--output", "-o", type=click.Path(dir_okay=False), help="Write to FILE."
)


# --- reports and exports -----------------------------------------------------------------------

_DAY = click.DateTime(formats=["%Y-%m-%d"])


def filter_options(command: Command) -> Command:
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
    type=click.Choice(GROUPINGS),
    default="licensor",
    show_default=True,
    help="Group uses by who is paid, agency, photographer, month of publication or article.",
)
@format_option(REPORT_FORMATS, "table")
@click.option(
    "--section",
    type=click.Choice(REPORT_SECTIONS),
    help="With --format csv: write this table instead of the main one (csv holds one table; "
    "json and html hold them all).",
)
@click.option(
    "--contracts",
    type=click.Path(dir_okay=False),
    help="Contracts TOML (quotas, prices): adds use against quota and amount owed "
    "[default: CATALOG_CONTRACTS or contracts.toml in the data dir, when present].",
)
@output_option
@click.pass_context
def report_credits(
    ctx: click.Context,
    /,
    by: str,
    fmt: str,
    section: str | None,
    contracts: str | None,
    output: str | None,
    **options: Any,
) -> None:
    """Distinct photos, uses and articles per licensor (or agency, photographer, month,
    article), with uncredited captions, unknown organisations, credit variants, handout and
    pool photos, and contract quotas when a contracts file is given."""
    from catalog.reports import credit_report, load_contracts, render_report
    from catalog.reports.renderers import check_section
    from catalog.settings import user_files

    check_section(fmt, section)
    flt = caption_filter(options)
    contracts_path = contracts or user_files().contracts
    terms = load_contracts(contracts_path) if contracts_path else None
    engine = _engine(ctx)
    result = credit_report(engine, flt, by=by, contracts=terms)
    with _output(output) as stream:
        render_report(result, fmt, stream, section)
    for unseen in result.unseen_licensors:
        stderr().print(f"[yellow]warning:[/] {unseen.warning}", highlight=False, soft_wrap=True)
    if fmt == "csv":
        # A CSV holds one table and nothing else: what the other formats print under it goes
        # to stderr.
        for note in result.notes:
            click.echo(f"note: {note}", err=True)


@cli.command("export")
@filter_options
@format_option(
    EXPORT_FORMATS,
    "csv",
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
@output_option
@click.pass_context
def export(
    ctx: click.Context,
    /,
    fmt: str,
    uses: bool,
    excel: bool,
    raw: bool,
    output: str | None,
    **options: Any,
) -> None:
    """Export captions (corrections applied), streamed: CSV (RFC 4180, UTF-8), JSON lines, or
    ExifTool CSV that writes corrected credits back into image files."""
    from catalog.reports import export_captions

    flt = caption_filter(options)
    engine = _engine(ctx)

    def warn(message: str) -> None:
        stderr().print(f"[yellow]warning:[/] {message}", highlight=False)

    # A running count on stderr (a terminal only: rich stays silent in pipes and logs).
    with _output(output) as stream, stderr().status("Exporting…") as status:
        rows = export_captions(
            engine,
            flt,
            stream,
            fmt=fmt,
            uses=uses,
            excel=excel,
            raw=raw,
            warn=warn,
            progress=lambda count: status.update(f"Exporting… {count:,} rows"),
        )
    stderr().print(f"{rows} row(s) exported{f' to {output}' if output else ''}.", highlight=False)


# --- ingest, info, search, migrate, reparse (database commands) ------------------------------


def _engine(ctx: click.Context, *, migrate: bool = True, create: bool = False) -> Engine:
    """The catalog named by --db; only the commands that fill one (ingest, migrate) pass
    ``create``: elsewhere a missing file is a mistyped path, refused in words."""
    from catalog.db import open_catalog

    return open_catalog(ctx.find_root().obj["db_url"], migrate=migrate, create=create)


def _engine_for_driver_sql(ctx: click.Context, *, create: bool = False) -> DriverEngine:
    """The catalog named by --db for a command that runs only driver SQL (ingest, info): a
    SQLite file opens without SQLAlchemy (``db.open_catalog_for_driver_sql``)."""
    from catalog.db import open_catalog_for_driver_sql

    return open_catalog_for_driver_sql(ctx.find_root().obj["db_url"], create=create)


# Set by a command that closed all it opened (_leave_to_exit): main() then freezes the rest.
_nothing_to_close = False


def _leave_to_exit(engine: DriverEngine | None) -> None:
    """For a command that is done: close its catalog now (SQLite checkpoints its log), so
    that the process's exit need not collect anything (``main`` freezes what is left)."""
    global _nothing_to_close
    if engine is not None:
        engine.dispose()
    _nothing_to_close = True


def _echo_json(data: object) -> None:
    import json

    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
# "json": the alias of jsonl people type most (the readers take the other aliases too).
@format_option(
    (*SOURCE_FORMATS, "json"),
    None,
    help="Read every file as this format (default: from the extension and the content).",
)
@click.option("--batch-size", default=20_000, show_default=True, help="Captions per transaction.")
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Processes reading and parsing (default: one per core for large inputs).",
)
@click.option(
    "--encoding",
    help="Read every text file (text, HTML, JSON, CSV) in this encoding, e.g. cp1252 "
    "(default: a byte-order mark, the page's declared charset, else UTF-8).",
)
@click.option("--strict", is_flag=True, help="Exit with status 1 when any file was skipped.")
@json_option("Print the summary as JSON.")
@click.pass_context
def ingest(
    ctx: click.Context,
    paths: tuple[Path, ...],
    fmt: str | None,
    batch_size: int,
    workers: int | None,
    encoding: str | None,
    strict: bool,
    as_json: bool,
) -> None:
    """Read captions from files and folders into the catalog.

    A file that cannot be read is reported on stderr, listed in the summary and skipped; the
    rest goes in. Files in the folders that no reader takes are counted and listed.

    \b
    Exit status:
      0  the run completed (skipped files, if any, are listed)
      1  with --strict, when any file was skipped
      2  a user error (a missing path, a bad option, a database that cannot be opened)
      130  interrupted (Ctrl-C): what was written stays; run it again to finish
    """
    from catalog.ingest.console import ProgressObserver, interrupted_lines, summary_table
    from catalog.ingest.pipeline import Ingest, default_workers
    from catalog.ingest.sources.decoding import use_encoding
    from catalog.settings import install_user_registry

    use_encoding(encoding)
    install_user_registry()
    engine = _engine_for_driver_sql(ctx, create=True)
    console = stdout()
    with ProgressObserver(stderr()) as observer:
        run = Ingest(
            engine,
            fmt=fmt,
            observer=observer,
            batch_size=batch_size,
            workers=workers or default_workers(paths),
        )
        try:
            run.run(paths)
        except KeyboardInterrupt:
            observer.__exit__()
            for line in interrupted_lines(engine, run.report):
                stderr().print(line, highlight=False)
            # Said in full above: not Click's blank line and "Aborted." after it.
            ctx.exit(130)
    if as_json:
        _echo_json(run.report.as_dict())
    else:
        console.print(summary_table(run.report))
    _leave_to_exit(engine)
    if strict and run.report.skipped:
        stderr().print(f"{len(run.report.skipped):,} file(s) skipped (--strict).", highlight=False)
        ctx.exit(1)


@cli.command()
@json_option("Print a JSON object.")
@click.pass_context
def info(ctx: click.Context, as_json: bool) -> None:
    """Where the catalog is, and what it holds."""
    from catalog.db.info import catalog_info

    details = catalog_info(_engine_for_driver_sql(ctx))
    if as_json:
        _echo_json(details.as_dict())
        return
    from rich.table import Table

    table = Table(show_header=False, box=None)
    for name, value in details.as_dict().items():
        text = f"{value:,}" if isinstance(value, int) else str(value)
        table.add_row(name.replace("_", " "), text)
    stdout().print(table)


# "-word" excludes a word: it reaches the query, not Click's option parser. Not even "-h":
# Click reads "-harbour" as -h and more, and showed the help; "-h" alone still does.
@cli.command(context_settings={"ignore_unknown_options": True, "help_option_names": ["--help"]})
@click.argument("query", nargs=-1, required=True)
@click.option(
    "--limit",
    type=click.IntRange(min=1),
    default=50,
    show_default=True,
    help="At most this many captions (stderr says how many matched in all).",
)
@json_option("One JSON object per line.")
@click.pass_context
def search(ctx: click.Context, query: tuple[str, ...], limit: int, as_json: bool) -> None:
    """Search captions: words, "phrases", -exclude, agency:AP by:Name in:Place date:2020-01..

    Fields: agency via licensor by in date since until
    is:uncredited|unknown-agency|edited|duplicate|duplicate-open.
    """
    import json

    from catalog.db.counts import count_captions
    from catalog.db.filters import CaptionFilter
    from catalog.db.queries import search_captions

    if "-h" in query:
        click.echo(ctx.get_help())
        ctx.exit(0)
    for word in query:
        if word.startswith("--"):
            # A mistyped option would otherwise be searched for as a word.
            raise click.UsageError(f"no such option: {word} (to exclude a word: -word)")
    flt = CaptionFilter.parse(" ".join(query))
    engine = _engine(ctx)
    hits = search_captions(engine, flt, limit=limit)
    if len(hits) == limit and (total := count_captions(engine, flt)) > limit:
        shown = f"{limit:,} of {total:,} captions shown; --limit shows more."
    else:
        shown = ""
    if as_json:
        for hit in hits:
            click.echo(json.dumps(hit.as_dict(), ensure_ascii=False))
        if shown:
            stderr().print(shown, highlight=False)
        return
    if not hits:
        stderr().print("No captions match.")
        return
    from rich.table import Table

    table = Table(show_lines=False)
    for name in ("id", "date", "licensor", "photographer", "uses"):
        table.add_column(
            name,
            no_wrap=name != "photographer",
            justify="right" if name in ("id", "uses") else "left",
        )
    table.add_column("caption", overflow="fold", ratio=1)
    for hit in hits:
        table.add_row(
            str(hit.id),
            hit.date or "",
            hit.licensor or "",
            hit.photographer or "",
            str(hit.uses),
            hit.text + (" [dim](edited)[/]" if hit.edited else ""),
        )
    stdout().print(table)
    if shown:
        stderr().print(shown, highlight=False)


@cli.command()
@click.option("--light", is_flag=True, help="Start with the light theme.")
@click.pass_context
def browse(ctx: click.Context, light: bool) -> None:
    """Browse, search, correct and report in a terminal UI (Textual)."""
    from catalog.settings import install_user_registry
    from catalog.tui.app import make_app

    install_user_registry()
    make_app(_engine(ctx), dark=not light).run()


@cli.command()
@click.option("--revision", default="head", show_default=True, help="Target revision.")
@click.pass_context
def migrate(ctx: click.Context, revision: str) -> None:
    """Upgrade the database schema (PostgreSQL catalogs are upgraded only by this command)."""
    from catalog.db import migrate as migrations

    engine = _engine(ctx, migrate=False, create=True)
    before = migrations.current_revision(engine)
    if engine.dialect.name == "sqlite" and before is not None:
        backup = migrations.backup_sqlite_file(engine, before)
        if backup is not None:
            stderr().print(f"Backed up to {backup}")
    migrations.upgrade(engine, revision)
    after = migrations.current_revision(engine)
    stderr().print(f"Schema at {after} (was {before or 'empty'}).")


@cli.command()
@json_option("Print the summary as JSON.")
@click.pass_context
def reparse(ctx: click.Context, as_json: bool) -> None:
    """Run the current parser over every stored caption; corrections are kept."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from catalog.ingest.reparse import reparse as run_reparse
    from catalog.settings import install_user_registry

    install_user_registry()
    engine = _engine(ctx)
    with Progress(
        TextColumn("Reparsing"), BarColumn(), MofNCompleteColumn(), console=stderr()
    ) as progress:
        task = progress.add_task("reparse", total=None)
        report = run_reparse(
            engine,
            total=lambda n: progress.update(task, total=n),
            advance=lambda r: progress.update(task, completed=r.captions),
        )
    if as_json:
        _echo_json(report.as_dict())
        return
    stdout().print(
        f"{report.captions:,} captions reparsed, {report.changed:,} changed, "
        f"{report.possible_duplicates:,} new possible duplicates"
        + (
            f", {report.parse_errors:,} parser errors (kept as stored)"
            if report.parse_errors
            else ""
        )
    )


# --- parse -------------------------------------------------------------------------------------


@cli.command("parse")
@click.argument("captions", nargs=-1)
@json_option("One JSON object per caption, one per line.")
@click.option(
    "--jsonl",
    "jsonl_input",
    is_flag=True,
    help='Read JSON lines {"id", "caption", "article_date"} instead of one caption per line.',
)
@click.option(
    "--credit", "credit_only", is_flag=True, help="Read each input as a credit line alone."
)
def parse(captions: tuple[str, ...], as_json: bool, jsonl_input: bool, credit_only: bool) -> None:
    """Parse captions given as arguments, or one per line on stdin."""
    import json

    from catalog.settings import install_user_registry

    install_user_registry()
    if not captions and sys.stdin.isatty():
        raise click.UsageError("give captions as arguments or on stdin")
    lines: Iterator[str] = iter(captions) if captions else iter(sys.stdin)
    bad_lines = 0
    rows: list[dict[str, Any]] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        item_id: object = None
        article_date: object = None
        text = line.rstrip("\n")
        if jsonl_input:
            try:
                item = json.loads(line)
                if not isinstance(item, dict) or not isinstance(item.get("caption"), str):
                    raise ValueError('expected an object with a "caption" string')
            except ValueError as exc:
                # One bad line must not lose the others: report it, go on, fail at the end.
                stderr().print(f"[bold red]Bad input:[/] line {number}: {exc}", highlight=False)
                bad_lines += 1
                continue
            item_id, article_date, text = item.get("id"), item.get("article_date"), item["caption"]
        try:
            data = _parsed_row(text, article_date, credit_only)
        except Exception as exc:
            # A caption the parser cannot read must not lose the others: say which, go on.
            stderr().print(
                f"[bold red]Parser error:[/] line {number}: {type(exc).__name__}: {exc}",
                highlight=False,
            )
            bad_lines += 1
            continue
        if item_id is not None:
            data = {"id": item_id, **data}
        if as_json:
            click.echo(json.dumps(data, ensure_ascii=False))
        else:
            rows.append(data)
    if rows:
        _print_parse_table(rows, credit_only)
    _leave_to_exit(None)
    if bad_lines:
        raise CatalogError(
            f"{bad_lines} input line(s) were not read: bad JSON captions or parser errors",
            title="Bad input",
        )


def _parsed_row(text: str, article_date: object, credit_only: bool) -> dict[str, Any]:
    """What ``catalog parse`` prints for one caption (or one credit line)."""
    from catalog.parsing import parse_caption, parse_credit

    if not credit_only:
        return parse_caption(text, article_date=article_date).to_dict()
    credit = parse_credit(text)
    return {
        "credit": credit.credit,
        "photographer": credit.photographer,
        "agency": credit.agency,
        "via": credit.via,
        "licensor": credit.licensor,
        "roles": list(credit.roles),
        "unknown_organisations": list(credit.unknown_organisations),
    }


def _print_parse_table(rows: list[dict[str, Any]], credit_only: bool) -> None:
    """One field/value table per caption: a wide table of long captions is unreadable."""
    from rich.markup import escape
    from rich.table import Table

    from catalog.parsing.model import CREDIT_FIELDS, TEXT_FIELDS

    fields = [*CREDIT_FIELDS, "licensor", "roles"]
    if not credit_only:
        fields = [*TEXT_FIELDS, *fields]
    console = stdout()
    for number, row in enumerate(rows, start=1):
        title = f"{row['id']}" if "id" in row else f"caption {number}"
        table = Table(title=title, title_justify="left", show_header=False, box=None)
        table.add_column("field", style="bold cyan", no_wrap=True)
        table.add_column("value", overflow="fold")
        for name in fields:
            value = row.get(name)
            if isinstance(value, list):
                value = ", ".join(value)
            unknown = name == "agency" and row.get("unknown_organisations")
            shown = "[dim]-[/]" if value in (None, "") else escape(str(value))
            table.add_row(name, shown + (" [yellow](unknown)[/]" if unknown else ""))
        console.print(table)
        console.print()


cli.add_command(duplicates)


def main() -> None:
    try:
        status = cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        stderr().print("Aborted.")
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(2 if exc.exit_code == 1 else exc.exit_code)
    except CatalogError as exc:
        stderr().print(f"[bold red]{exc.title}:[/] {exc.message}", highlight=False, soft_wrap=True)
        sys.exit(2)
    except KeyboardInterrupt:
        stderr().print("Interrupted.")
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
    except Exception as exc:
        # A fault of the catalog itself: one line, not a traceback; the traceback on request.
        if os.environ.get("CATALOG_DEBUG"):
            raise
        stderr().print(
            f"[bold red]Internal error:[/] {type(exc).__name__}: {exc} "
            "(run again with CATALOG_DEBUG=1 to see where; please report it)",
            highlight=False,
            soft_wrap=True,
        )
        sys.exit(1)
    if _nothing_to_close:
        # The interpreter's exit runs collections over every object left (the parser's data,
        # the modules) to free the cycles they find: about 30 ms of a one-article ingest.
        # Frozen, they are ignored; atexit handlers (the parser's start cache) and the
        # standard streams' flush still run. Here, not in the command: a process that runs
        # commands in-process (the tests, with Click's runner) goes on collecting.
        import gc

        gc.freeze()
    sys.exit(status if isinstance(status, int) else 0)
