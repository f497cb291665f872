"""lean caption rows: machine values stored once, in the columns; JSON only for the rest

Revision ID: 0008
Revises: 0007

``caption.parsed`` held every machine value again (the caption text, every column, the
licensor, the origins), about 800 bytes a row, and ``caption.origins`` repeated "parsed" for
every field: most of a catalog's size. Now ``parsed`` holds only the machine values that the
columns do not (a corrected field's machine value, unknown organisations, origins other than
"parsed"), and ``origins`` only the origins other than "parsed" (``catalog.db.fields``:
``pack_machine``, ``unpack_machine``, ``lean_origins``). For a caption nobody corrected both
are ``{}``.

The packing is copied here, not imported, so that this step keeps doing what it did when the
code moves on. The schema does not change. SQLite reuses the freed pages for new rows; ``VACUUM``
gives them back to the file system.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ORIGINS_KEY = "_origins"
EDITABLE = (
    "description",
    "location",
    "city",
    "region",
    "country",
    "country_code",
    "date",
    "credit",
    "photographer",
    "agency",
    "via",
)
COLUMNS = (*EDITABLE, "date_precision", "agency_known")
_SELECT = (
    f"SELECT id, text, roles, parsed, origins, {', '.join(COLUMNS)} FROM caption "
    "WHERE id > :after ORDER BY id LIMIT 2000"
)
_UPDATE = sa.text("UPDATE caption SET parsed = :parsed, origins = :origins WHERE id = :id")
_UPDATE = _UPDATE.bindparams(
    sa.bindparam("parsed", type_=sa.JSON), sa.bindparam("origins", type_=sa.JSON)
)


def _json(value: Any) -> dict[str, Any]:
    # SQLite hands JSON back as text, PostgreSQL's driver as a dict.
    if isinstance(value, str):
        value = json.loads(value)
    return dict(value or {})


def _default_origins(values: Mapping[str, Any]) -> dict[str, str]:
    return {name: "parsed" for name in EDITABLE if values.get(name) is not None}


def _pack(values: Mapping[str, Any], row: Mapping[str, Any]) -> dict[str, Any]:
    packed: dict[str, Any] = {}
    for name, value in values.items():
        if name == "caption":
            same = value == row["text"]
        elif name == "licensor":
            same = value == (values.get("via") or values.get("agency"))
        elif name == "unknown_organisations":
            same = value == []
        elif name == ORIGINS_KEY:
            same = value == _default_origins(values)
        elif name == "roles":
            same = list(value or ()) == (row["roles"] or "").split()
        elif name in COLUMNS:
            # SQLite gives agency_known as 0/1, which compares equal to False/True.
            same = value == row[name]
        else:
            same = False
        if not same:
            packed[name] = value
    return packed


def _unpack(row: Mapping[str, Any], packed: Mapping[str, Any]) -> dict[str, Any]:
    values: dict[str, Any] = {"caption": row["text"]}
    for name in COLUMNS:
        values[name] = row[name]
    if values["agency_known"] is not None:
        values["agency_known"] = bool(values["agency_known"])
    values["roles"] = (row["roles"] or "").split()
    values["unknown_organisations"] = []
    values.update((name, value) for name, value in packed.items() if name != ORIGINS_KEY)
    if "licensor" not in packed:
        values["licensor"] = values.get("via") or values.get("agency")
    origins = packed[ORIGINS_KEY] if ORIGINS_KEY in packed else _default_origins(values)
    values[ORIGINS_KEY] = dict(origins)
    return values


def _lean(row: Mapping[str, Any]) -> dict[str, Any]:
    origins = _json(row["origins"])
    return {
        "parsed": _pack(_json(row["parsed"]), row),
        "origins": {name: origin for name, origin in origins.items() if origin != "parsed"},
    }


def _full(row: Mapping[str, Any]) -> dict[str, Any]:
    origins = _json(row["origins"])
    for name in EDITABLE:
        if row[name] is not None:
            origins.setdefault(name, "parsed")
    return {"parsed": _unpack(row, _json(row["parsed"])), "origins": origins}


def _rewrite(change: Callable[[Mapping[str, Any]], dict[str, Any]]) -> None:
    """Rewrite ``parsed`` and ``origins`` of every caption, 2,000 rows a statement."""
    connection = op.get_bind()
    after = 0
    while True:
        rows = connection.execute(sa.text(_SELECT), {"after": after}).mappings().all()
        if not rows:
            return
        connection.execute(_UPDATE, [{"id": row["id"], **change(row)} for row in rows])
        after = rows[-1]["id"]


def upgrade() -> None:
    _rewrite(_lean)


def downgrade() -> None:
    _rewrite(_full)
