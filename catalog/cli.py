"""The ``catalog`` command: one thin command per verb over the library.

Heavy modules (SQLAlchemy, Textual, the parser's place index) are imported inside the
commands that need them, so ``catalog --help`` stays instant.
"""

from __future__ import annotations

import sys

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
