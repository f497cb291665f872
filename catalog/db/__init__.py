"""The catalog's storage: models, engine, migrations, filters, queries and corrections."""

from __future__ import annotations

from sqlalchemy import Engine

from catalog.db.engine import make_engine
from catalog.db.migrate import ensure_schema
from catalog.settings import database_url


def open_catalog(url: str | None = None, *, migrate: bool = True) -> Engine:
    """An engine on the catalog at ``url`` (``--db`` > ``CATALOG_DB`` > the default file),
    its schema brought to head where that is safe (see ``migrate.ensure_schema``)."""
    engine = make_engine(database_url(url))
    if migrate:
        ensure_schema(engine)
    return engine
