"""Migration 0008 on a catalog whose captions repeat every machine value in JSON: the JSON is
packed to what the columns do not hold, the values come back exactly, and downgrade restores
the old form."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, insert, select

from catalog.db.corrections import effective_columns
from catalog.db.engine import make_engine
from catalog.db.fields import ORIGINS_KEY, machine_values, unpack_machine
from catalog.db.migrate import downgrade, upgrade
from catalog.db.models import caption_table
from catalog.parsing import parse_caption

PLAIN = "Residents look at a crater in Duhok, Iraq, on Jan. 8, 2020. (Ari Jalal/Reuters)"
EMBEDDED = "Skaters glide across a frozen lake in Sils, Switzerland, Jan. 12, 2024"
CORRECTED = "Iraqi students march in Basra on Jan. 8, 2020. (Hussein Faleh/AFP via Getty Images)"

CASES: list[tuple[str, dict[str, str | None], dict[str, str | None]]] = [
    (PLAIN, {}, {}),
    (EMBEDDED, {"credit": "KEYSTONE", "photographer": "Gian Ehrenzeller"}, {}),
    (CORRECTED, {}, {"photographer": "H. Faleh", "date": None}),
]


def _old_rows(engine: Engine) -> dict[str, dict[str, Any]]:
    """Captions as 0007 stored them: every machine value in ``parsed``, every origin."""
    old: dict[str, dict[str, Any]] = {}
    with engine.begin() as connection:
        for number, (text, embedded, corrections) in enumerate(CASES):
            machine = machine_values(parse_caption(text), embedded)
            columns = effective_columns(machine, corrections)
            origins = {**machine[ORIGINS_KEY], **{name: "manual" for name in corrections}}
            columns.update(parsed=machine, origins=origins, key=f"k{number}", text=text)
            connection.execute(insert(caption_table).values(**columns))
            old[text] = {"parsed": machine, "origins": origins}
    return old


def _stored(engine: Engine) -> dict[str, Any]:
    with engine.connect() as connection:
        return {row.text: row for row in connection.execute(select(caption_table))}


def test_caption_json_is_packed_and_comes_back(db_url: str) -> None:
    engine = make_engine(db_url)
    upgrade(engine, "0007")
    old = _old_rows(engine)
    upgrade(engine)
    rows = _stored(engine)
    assert rows[PLAIN].parsed == {} and rows[PLAIN].origins == {}
    assert set(rows[EMBEDDED].origins.values()) == {"embedded"}
    assert rows[CORRECTED].origins == {"photographer": "manual", "date": "manual"}
    # The corrected fields keep their machine values; nothing else is repeated.
    assert set(rows[CORRECTED].parsed) == {"photographer", "date", "date_precision"}
    for text, row in rows.items():
        assert unpack_machine(row._mapping, row.parsed) == old[text]["parsed"], text

    downgrade(engine, "0007")
    for text, row in _stored(engine).items():
        assert row.parsed == old[text]["parsed"], text
        assert row.origins == old[text]["origins"], text
    engine.dispose()
