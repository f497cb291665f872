"""Alembic, run in-process from the migrations shipped inside the package.

Policy: a new database is created at head on first use; an older SQLite file is backed up and
upgraded automatically (one user, one file); PostgreSQL is shared by a team, so an older schema
there is upgraded only by ``catalog migrate`` and clients refuse to run until then.
"""

from __future__ import annotations

import re
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from catalog.db.connection import DriverEngine, is_sqlite
from catalog.errors import DatabaseError

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine

# Tables Alembic must not manage: FTS5 and its shadow tables are created by raw SQL.
FTS_TABLE_PREFIX = "caption_fts"


def include_name(name: str | None, type_: str, _parent_names: Any) -> bool:
    """Autogenerate filter: FTS5 tables (SQLite) are raw SQL in the migrations."""
    return not (type_ == "table" and name is not None and name.startswith(FTS_TABLE_PREFIX))


def include_object(obj: Any, name: str | None, type_: str, _reflected: bool, _compare: Any) -> bool:
    """Autogenerate filter: the PostgreSQL tsvector column and its GIN index are migration-only."""
    if type_ == "column" and name == "tsv":
        return False
    return not (type_ == "index" and name == "ix_caption_tsv")


def alembic_config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(resources.files("catalog.migrations")))
    if engine is not None:
        config.attributes["connection"] = engine
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: DriverEngine) -> str | None:
    """The catalog's revision (None for a blank database), read from Alembic's table with
    plain SQL: importing Alembic would cost 0.2 s of ``catalog info``'s start."""
    return _stamped_revision(engine)


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, revision)


def backup_sqlite_file(engine: Engine, revision: str) -> Path | None:
    database = engine.url.database
    if not database or database == ":memory:":
        return None
    source = Path(database)
    if not source.exists():
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = source.with_name(f"{source.name}.{revision}.{stamp}.bak")
    # VACUUM INTO copies a consistent snapshot, WAL included, without closing other readers.
    with engine.connect() as connection:
        connection.exec_driver_sql("VACUUM INTO ?", (str(target),))
    return target


_REVISION_LINE = re.compile(r"^(down_revision|revision)\b[^=]*=\s*['\"]?(\w+)", re.MULTILINE)


def shipped_head() -> str | None:
    """The head revision read straight from the shipped version files, without Alembic.

    Importing Alembic costs about 0.4 s, on every command; at head (nearly always) this
    check avoids it. None when the files are not in the simple shape we write, in which
    case callers fall back to Alembic. A test keeps this equal to Alembic's own answer.
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    for entry in resources.files("catalog.migrations").joinpath("versions").iterdir():
        if not entry.name.endswith(".py") or entry.name.startswith("__"):
            continue
        found = dict(_REVISION_LINE.findall(entry.read_text(encoding="utf-8")))
        if "revision" not in found:
            return None
        revisions.add(found["revision"])
        if found.get("down_revision", "None") != "None":
            parents.add(found["down_revision"])
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def _stamped_revision(engine: DriverEngine) -> str | None:
    """What ``alembic_version`` says (None for a blank database). Our history is linear, so
    the table holds one row, as Alembic's own reading of it also insists."""
    if "alembic_version" not in _table_names(engine):
        return None
    with engine.connect() as connection:
        revision = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    return None if revision is None else str(revision)


def _table_names(engine: DriverEngine) -> list[str]:
    """The database's tables. On SQLite, read from ``sqlite_master`` as SQLAlchemy's inspector
    reads them, on the driver: the engine may be ``SqliteEngine``."""
    if is_sqlite(engine):
        with engine.connect() as connection:
            rows = connection.exec_driver_sql(
                "SELECT name FROM sqlite_master "
                "WHERE type = 'table' AND name NOT LIKE 'sqlite~_%' ESCAPE '~'"
            ).fetchall()
        return [str(row[0]) for row in rows]
    from sqlalchemy import inspect

    return list(inspect(engine).get_table_names())


def schema_at_head(engine: DriverEngine) -> bool:
    """Whether the catalog is at the shipped head, told without Alembic (nearly always): it
    is stamped at it, or it is a blank SQLite file and is now created at it from the shipped
    schema. False leaves the rest to ``ensure_schema``."""
    fast_head = shipped_head()
    if fast_head is None:
        return False
    stamped = _stamped_revision(engine)
    if stamped == fast_head:
        return True
    if stamped is None and is_sqlite(engine) and not _table_names(engine):
        from catalog.db.sqlite_head import create_at_head

        return create_at_head(engine, fast_head)
    return False


def ensure_schema(engine: Engine) -> None:
    """Bring the database to head where that is safe, or refuse with the command that fixes it."""
    if schema_at_head(engine):
        return
    head = head_revision()
    current = current_revision(engine)
    if current == head:
        return
    if current is None:
        existing = [name for name in _table_names(engine) if not name.startswith(FTS_TABLE_PREFIX)]
        if existing:
            raise DatabaseError(
                f"{engine.url.render_as_string(hide_password=True)} holds tables "
                f"({', '.join(sorted(existing)[:5])}) but is not a caption catalog"
            )
        upgrade(engine)
        return
    from alembic.script import ScriptDirectory

    known = {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    if current not in known:
        raise DatabaseError(
            f"the database schema ({current}) is newer than this version of catalog; upgrade catalog"
        )
    if engine.dialect.name == "sqlite":
        backup_sqlite_file(engine, current)
        upgrade(engine)
        return
    raise DatabaseError(
        f"the database schema is at {current}, this version needs {head}: run `catalog migrate`"
    )
