"""The tables' column names: ``Caption.licensor`` is an attribute of a column collection, so a
column named like one of the collection's own methods would be that method instead."""

from __future__ import annotations

import pytest
from sqlalchemy import Table

from catalog.db import models

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
