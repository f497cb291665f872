"""``catalog duplicates list|confirm|reject``: the review queue of possible duplicates.

Kept out of ``cli.py`` (which registers the group) so the verbs of one job sit together.
Confirming merges the newer caption into the older (a correction: ``catalog browse`` can undo
it), so it shows both captions, their differences marked, and asks first.
"""

from __future__ import annotations

import json
from functools import cache
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table
    from sqlalchemy import Engine

    from catalog.db.duplicate_review import DuplicatePair


@cache
def stderr() -> Console:
    # Made when first used: ``catalog`` imports this module for every command.
    from rich.console import Console

    return Console(stderr=True, highlight=False)


def pair_table(pair: DuplicatePair) -> Table:
    """The two captions side by side, the words in which they differ highlighted."""
    from rich.table import Table

    # Only where a pair is shown: rich (word_diff styles with it) and rapidfuzz.
    from catalog.dedupe import similarity_percent
    from catalog.word_diff import marked, word_diff

    newer, older = word_diff(pair.newer.text, pair.older.text)
    table = Table(
        title=f"Pair {pair.id} · {similarity_percent(pair.score)} alike · {pair.status}",
        title_justify="left",
        expand=True,
    )
    table.add_column(f"newer {pair.newer.summary}", ratio=1)
    table.add_column(f"older {pair.older.summary}", ratio=1)
    table.add_row(marked(newer), marked(older))
    return table


def _engine(ctx: click.Context) -> Engine:
    from catalog.db import open_catalog

    # A review needs a catalog: a missing file is a mistyped --db, refused (not created).
    return open_catalog(ctx.find_root().obj["db_url"], create=False)


@click.group("duplicates")
def duplicates() -> None:
    """Review possible duplicates: captions a word apart, linked for a person to decide."""


@duplicates.command("list")
@click.option(
    "--status",
    type=click.Choice(("open", "confirmed", "rejected", "all")),
    default="open",
    show_default=True,
    help="Which pairs: open ones await a decision.",
)
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per pair on stdout.")
@click.pass_context
def list_pairs(ctx: click.Context, status: str, limit: int, as_json: bool) -> None:
    """Pairs of possible duplicates, the most alike first, differences highlighted."""
    from catalog.db.duplicate_review import count_pairs, duplicate_pairs

    engine = _engine(ctx)
    wanted = None if status == "all" else status
    pairs = duplicate_pairs(engine, wanted, limit=limit)
    total = count_pairs(engine, wanted)
    if as_json:
        for pair in pairs:
            click.echo(json.dumps(pair.as_dict(), ensure_ascii=False))
    else:
        from rich.console import Console

        console = Console(highlight=False)
        for pair in pairs:
            console.print(pair_table(pair))
    shown = f"{len(pairs):,} of {total:,}" if total > len(pairs) else f"{total:,}"
    stderr().print(
        f"{shown} {status if wanted else ''} pair(s)".replace("  ", " ")
        + (". Decide with `catalog duplicates confirm|reject ID`." if wanted == "open" else ".")
    )


@duplicates.command("confirm")
@click.argument("pair_id", type=int)
@click.option("--yes", "-y", is_flag=True, help="Do not ask: confirm at once.")
@click.pass_context
def confirm(ctx: click.Context, pair_id: int, yes: bool) -> None:
    """Confirm pair PAIR_ID: the newer caption becomes a use of the older (one photo)."""
    _decide(ctx, pair_id, confirm=True, yes=yes)


@duplicates.command("reject")
@click.argument("pair_id", type=int)
@click.pass_context
def reject(ctx: click.Context, pair_id: int) -> None:
    """Reject pair PAIR_ID: two photos; the pair is not proposed again."""
    _decide(ctx, pair_id, confirm=False, yes=True)


def _ask(question: str) -> bool:
    """y/N on stderr. Not ``click.confirm``: it turns an empty stdin (a script, cron) into
    "Aborted." and the exit status of Ctrl-C; here it is a user error that says what to do."""
    from catalog.errors import CatalogError

    stderr().print(f"{question} [y/N]: ", end="")
    try:
        answer = input()
    except EOFError:
        stderr().print()
        raise CatalogError(
            "no answer on stdin, so nothing was merged: answer y, or pass --yes to confirm "
            "without asking"
        ) from None
    return answer.strip().casefold() in ("y", "yes")


def _decide(ctx: click.Context, pair_id: int, *, confirm: bool, yes: bool) -> None:
    from catalog.db.corrections import decide_duplicate
    from catalog.db.duplicate_review import duplicate_pair
    from catalog.errors import CatalogError

    engine = _engine(ctx)
    pair = duplicate_pair(engine, pair_id)
    if pair.status != "open":
        raise CatalogError(f"pair {pair_id} is {pair.status} already")
    stderr().print(pair_table(pair))
    if not yes:
        question = f"Merge caption #{pair.newer.id} into #{pair.older.id} (one photo)?"
        if not _ask(question):
            stderr().print("Nothing changed.")
            return
    merged = decide_duplicate(engine, pair_id, confirm)
    if confirm:
        stderr().print(
            f"Pair {pair_id} confirmed: {_merge_summary(pair.newer.id, pair.older.id, merged)}"
        )
    else:
        stderr().print(f"Pair {pair_id} rejected.")


def _merge_summary(newer: int, older: int, merged: list[int]) -> str:
    """What a confirmation folded: one merge per caption that moved (``decide_duplicate``
    moves the newer caption's whole photo)."""
    if not merged:
        return f"#{newer} and #{older} were one photo already."
    if len(merged) == 1:
        return f"#{newer} merged into #{older}."
    return (
        f"#{newer} merged into #{older}, with {len(merged) - 1} caption(s) merged into it before."
    )
