"""The tables' column names: ``Caption.licensor`` is an attribute of a column collection, so a
column named like one of the collection's own methods would be that method instead."""

from __future__ import annotations

import pytest
from sqlalchemy import Table

from catalog.db import models
from tests.conftest import reset_postgres

TABLES = {
    "Article": models.article_table,
    "Caption": models.caption_table,
    "Use": models.use_table,
    "PossibleDuplicate": models.possible_duplicate_table,
    "DuplicateCheck": models.duplicate_check_table,
    "UseCountCheck": models.use_count_check_table,
    "Correction": models.correction_table,
}


@pytest.mark.parametrize("name", list(TABLES))
def test_each_column_is_the_attribute_of_its_name(name: str) -> None:
    table: Table = TABLES[name]
    columns = getattr(models, name)
    assert columns is table.c
    for column in table.columns:
        assert getattr(columns, column.key) is column, column.key


def test_every_table_is_named() -> None:
    assert set(models.metadata.tables) == {table.name for table in TABLES.values()}


def _predicates(dialect_options: object) -> str | None:
    where = getattr(dialect_options, "get", lambda _key: None)("postgresql_where")
    return None if where is None else str(where).strip("()").casefold()


def test_the_postgresql_predicates_are_those_the_migrations_build(
    postgres_server_url: str | None,
) -> None:
    """The partial indexes get their PostgreSQL predicates when a PostgreSQL engine is made
    (named at import, they would load the PostgreSQL dialect into every SQLite command); then
    they are the predicates the migrations gave the server's indexes."""
    if postgres_server_url is None:
        pytest.skip("no PostgreSQL server (set CATALOG_TEST_PG_URL)")
    from sqlalchemy import inspect

    from catalog.db.engine import make_engine
    from catalog.db.migrate import upgrade

    reset_postgres(postgres_server_url)
    engine = make_engine(postgres_server_url)
    upgrade(engine)
    inspector = inspect(engine)
    built = {
        index["name"]: _predicates(index.get("dialect_options", {}))
        for table in models.metadata.tables
        for index in inspector.get_indexes(table)
    }
    engine.dispose()
    declared = {
        str(index.name): _predicates(index.dialect_kwargs)
        for table in models.metadata.tables.values()
        for index in table.indexes
    }
    assert {name: where for name, where in declared.items() if where} == {
        name: where for name, where in built.items() if where
    }
    assert declared["ix_caption_location"] == "false"
