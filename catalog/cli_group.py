"""The command group behind ``catalog``: ``--db`` on every command, and database faults in words.

``--db`` belongs to the group (``catalog --db X info``), but people type it after the verb
(``catalog info --db X``) as the README's "every command takes --db" invites; each command
takes it too and overrides the group's value. A database error from any command is
translated once, here, by ``catalog.db.faults``, into a line that says what to do.
"""

from __future__ import annotations

from typing import Any

import click

DB_HELP = "Database: a SQLAlchemy URL or a SQLite file path (default: a file in the user data dir)."


def _store_db(ctx: click.Context, _param: click.Parameter, value: str | None) -> None:
    if value is not None:
        root = ctx.find_root()
        root.ensure_object(dict)["db_url"] = value


def command_db_option() -> click.Option:
    # No envvar here: CATALOG_DB is read by the group, and must not override a --db given there.
    return click.Option(
        ["--db", "db_url"], default=None, expose_value=False, callback=_store_db, help=DB_HELP
    )


def _take_db(cmd: click.Command) -> None:
    """``--db`` on a command, or on a group and every command of it made elsewhere (a plain
    ``click.Group`` registered with ``add_command``). The group takes it as well, between its
    name and the verb (``catalog report --db X credits``), where people type it too."""
    if isinstance(cmd, click.Group):
        for sub in cmd.commands.values():
            _take_db(sub)
    if not any(p.name == "db_url" for p in cmd.params):
        cmd.params.append(command_db_option())


class CatalogGroup(click.Group):
    """A group whose commands (and subgroups' commands) all take ``--db``."""

    # Subgroups made with ``@group.group()`` are CatalogGroups too.
    group_class = type

    def add_command(self, cmd: click.Command, name: str | None = None) -> None:
        _take_db(cmd)
        super().add_command(cmd, name)

    def invoke(self, ctx: click.Context) -> Any:
        if ctx.parent is not None:
            return super().invoke(ctx)
        try:
            return super().invoke(ctx)
        except Exception as error:
            # Imported only on failure: ``catalog --help`` must not load SQLAlchemy.
            from catalog.db.faults import translate
            from catalog.settings import database_url

            obj = ctx.obj if isinstance(ctx.obj, dict) else {}
            translated = translate(error, database_url(obj.get("db_url")))
            if translated is None:
                raise
            raise translated from error
