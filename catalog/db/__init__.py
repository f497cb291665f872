"""The catalog's storage: models, engine, migrations, filters, queries and corrections.

Nothing is imported here at module level: a parser worker imports ``catalog.db.fields`` and
``catalog.db.rows`` to build caption rows, and must not load SQLAlchemy for that.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Engine


def open_catalog(url: str | None = None, *, migrate: bool = True) -> Engine:
    """An engine on the catalog at ``url`` (``--db`` > ``CATALOG_DB`` > the default file),
    its schema brought to head where that is safe (see ``migrate.ensure_schema``)."""
    from catalog.db.engine import make_engine
    from catalog.db.migrate import ensure_schema
    from catalog.settings import database_url

    engine = make_engine(database_url(url))
    if migrate:
        ensure_schema(engine)
        from contextlib import suppress

        from sqlalchemy.exc import OperationalError

        from catalog.db.bulk_load import restore_indexes

        # A bulk load killed before it rebuilt its indexes left them for the next opener. On a
        # read-only file, or with a writer holding the lock, queries work, only slower.
        with suppress(OperationalError):
            restore_indexes(engine)
    return engine
