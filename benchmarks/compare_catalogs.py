"""Whether two SQLite catalogs hold the same thing: every table's rows, ids mapped to keys.

    .venv/bin/python benchmarks/compare_catalogs.py before.db after.db

Two ingests of the same files into blank catalogs give different row ids only if something
scheduled the writes differently; what they hold must be equal. So every row is compared by
its natural key: a caption by ``key``, an article by ``identity``, and every column that points
at one of them (a foreign key) by that key instead of the id. Creation timestamps are left out.
Also compared: the schema (tables, indexes, triggers), ``user_version`` (0: no bulk load left
unfinished), and each catalog's full-text index against its captions (FTS5 integrity check).
Prints one line per table and exits 1 on any difference.
"""

from __future__ import annotations

import argparse
import itertools
import sqlite3
import sys

# The natural key of each table rows are pointed at by.
_KEYS = {"caption": "key", "article": "identity"}
# Set by the database when a row is written: differs between any two runs.
_CLOCK_COLUMNS = frozenset({"created_at", "ingested_at"})
_SHOWN = 3


def _tables(connection: sqlite3.Connection) -> list[str]:
    rows = connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'caption_fts%' ORDER BY name"
    )
    return [name for (name,) in rows]


def _mapped_rows(connection: sqlite3.Connection, table: str) -> sqlite3.Cursor:
    """The table's rows with ids replaced by the keys they point at, in a stable order."""
    pointers = {row[3]: row[2] for row in connection.execute(f"PRAGMA foreign_key_list({table})")}
    selected: list[str] = []
    joins: list[str] = []
    for _cid, column, *_rest in connection.execute(f"PRAGMA table_info({table})"):
        if column in _CLOCK_COLUMNS or column == "id":  # a row id: what points at it is mapped
            continue
        target = pointers.get(column)
        if target is None:
            selected.append(f't."{column}"')
            continue
        alias = f"j{len(joins)}"
        joins.append(f'LEFT JOIN {target} AS {alias} ON {alias}.id = t."{column}"')
        selected.append(f'{alias}."{_KEYS[target]}"')
    columns = ", ".join(selected)
    order = ", ".join(str(i + 1) for i in range(len(selected)))
    return connection.execute(
        f"SELECT {columns} FROM {table} AS t {' '.join(joins)} ORDER BY {order}"
    )


def _schema(connection: sqlite3.Connection) -> list[tuple[str, str, str]]:
    rows = connection.execute(
        "SELECT type, name, coalesce(sql, '') FROM sqlite_master "
        "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"
    )
    return [(kind, name, " ".join(sql.split())) for kind, name, sql in rows]


def _fts_sound(connection: sqlite3.Connection) -> bool:
    try:
        # rank 1: also check the index against the caption table it indexes.
        connection.execute(
            "INSERT INTO caption_fts(caption_fts, rank) VALUES('integrity-check', 1)"
        )
    except sqlite3.DatabaseError:
        return False
    return True


def compare(first: str, second: str) -> bool:
    # Autocommit: the integrity check is an INSERT, which must not hold a write lock after.
    left = sqlite3.connect(first, isolation_level=None)
    right = sqlite3.connect(second, isolation_level=None)
    same = True
    for what, one, two in (
        ("schema", _schema(left), _schema(right)),
        (
            "user_version",
            left.execute("PRAGMA user_version").fetchall(),
            right.execute("PRAGMA user_version").fetchall(),
        ),
        ("tables", _tables(left), _tables(right)),
    ):
        if one != two:
            print(f"{what}: differ\n  {sorted(set(one) ^ set(two))[:_SHOWN]}")
            same = False
    for label, connection in (("first", left), ("second", right)):
        if not _fts_sound(connection):
            print(f"caption_fts: the {label} catalog's index does not match its captions")
            same = False
    for table in sorted(set(_tables(left)) & set(_tables(right))):
        count = differ = 0
        shown: list[tuple[object, object]] = []
        pairs = itertools.zip_longest(_mapped_rows(left, table), _mapped_rows(right, table))
        for first_row, second_row in pairs:
            count += 1
            if first_row != second_row:
                differ += 1
                if len(shown) < _SHOWN:
                    shown.append((first_row, second_row))
        print(f"{table:<20} {count:>10,} rows  {'equal' if not differ else f'{differ:,} DIFFER'}")
        for first_row, second_row in shown:
            print(f"    {str(first_row)[:150]}\n    {str(second_row)[:150]}")
        same = same and not differ
    return same


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("first")
    parser.add_argument("second")
    args = parser.parse_args()
    sys.exit(0 if compare(args.first, args.second) else 1)


if __name__ == "__main__":
    main()
