"""Alembic environment: always run in-process by catalog.db.migrate with a connection given."""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy import Connection, Engine

from catalog.db.migrate import FTS_TABLE_PREFIX
from catalog.db.models import Base

target_metadata = Base.metadata


def include_name(name: str | None, type_: str, _parent_names: Any) -> bool:
    # FTS5 tables (SQLite) are raw SQL in the migrations; autogenerate must not drop them.
    return not (type_ == "table" and name is not None and name.startswith(FTS_TABLE_PREFIX))


def include_object(obj: Any, name: str | None, type_: str, _reflected: bool, _compare: Any) -> bool:
    # The PostgreSQL tsvector column and its GIN index exist only in migrations, by design.
    if type_ == "column" and name == "tsv":
        return False
    return not (type_ == "index" and name == "ix_caption_tsv")


def run_migrations(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        include_name=include_name,
        include_object=include_object,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def main() -> None:
    given = context.config.attributes.get("connection")
    if given is None:
        raise RuntimeError("catalog migrations run in-process: pass a connection or engine")
    if isinstance(given, Engine):
        # pytest-alembic and scripts hand us an Engine rather than a Connection.
        with given.begin() as connection:
            run_migrations(connection)
    else:
        run_migrations(given)


main()
