"""Caption rows as the bulk writer takes them: pure Python, no SQLAlchemy, so that a parser
worker can build them without loading the database layer (about 30 MB of its memory)."""

from __future__ import annotations

import json
from typing import Any

from catalog.parsing.model import CREDIT_FIELDS, TEXT_FIELDS

CAPTION_COLUMNS: tuple[str, ...] = (
    "key",
    "text",
    *TEXT_FIELDS,
    "date_precision",
    "year",
    *CREDIT_FIELDS,
    "licensor",
    "roles",
    "agency_known",
    "edited",
    "parsed",
    "origins",
)
_JSON_AT = tuple(CAPTION_COLUMNS.index(name) for name in ("parsed", "origins"))


def caption_values(row: dict[str, Any]) -> tuple[Any, ...]:
    """A ``caption`` row as a tuple in CAPTION_COLUMNS order, JSON columns serialised."""
    get = row.get
    values = [get(name) for name in CAPTION_COLUMNS]
    for index in _JSON_AT:
        # Most captions store two empty objects (``db.fields.pack_machine``).
        values[index] = json.dumps(values[index]) if values[index] else "{}"
    return tuple(values)
