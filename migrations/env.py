"""Alembic environment: always run in-process by catalog.db.migrate with a connection given."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, Engine

# Shared with the drift test, which must filter exactly what autogenerate filters.
from catalog.db.migrate import include_name, include_object
from catalog.db.models import metadata

target_metadata = metadata


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
