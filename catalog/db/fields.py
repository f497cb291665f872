"""From field values (parsed, embedded or corrected) to the caption table's columns.

Derived columns (year, licensor, date precision) are always computed here, so that a
correction of ``date`` or ``via`` keeps them true.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields
from typing import Any

from catalog.parsing.embedded import resolve_embedded
from catalog.parsing.model import EDITABLE_FIELDS, ParsedCaption
from catalog.parsing.registry import current_registry

# Inside ``Caption.parsed``: where each value came from before any correction.
ORIGINS_KEY = "_origins"


def date_precision(value: str | None) -> str | None:
    if not value:
        return None
    return {10: "day", 7: "month", 4: "year"}.get(len(value))


def year_of(value: str | None) -> int | None:
    if value and len(value) >= 4 and value[:4].isdigit():
        return int(value[:4])
    return None


def derived_columns(values: Mapping[str, Any]) -> dict[str, Any]:
    """Columns of ``caption`` for a mapping of field values (EDITABLE_FIELDS and ``roles``)."""
    columns: dict[str, Any] = {name: values.get(name) for name in EDITABLE_FIELDS}
    columns["date_precision"] = values.get("date_precision") or date_precision(values.get("date"))
    columns["year"] = year_of(values.get("date"))
    columns["licensor"] = values.get("via") or values.get("agency")
    roles = values.get("roles") or ()
    columns["roles"] = " ".join(roles) if not isinstance(roles, str) else roles
    return columns


def agency_known(values: Mapping[str, Any], parsed: Mapping[str, Any]) -> bool | None:
    """Whether the effective agency and via are organisations the registry knows."""
    if values.get("agency") == parsed.get("agency") and values.get("via") == parsed.get("via"):
        return parsed.get("agency_known")
    named = [name for name in (values.get("agency"), values.get("via")) if name]
    if not named:
        return None
    registry = current_registry()
    return all(registry.canonical(name) is not None for name in named)


_PARSED_FIELDS = tuple(item.name for item in fields(ParsedCaption))


def parsed_values(parsed: ParsedCaption) -> dict[str, Any]:
    """``parsed.to_dict()`` without ``dataclasses.asdict``'s deep copies (5x faster; ingest
    calls it for every new caption). A test keeps the two equal."""
    values: dict[str, Any] = {}
    for name in _PARSED_FIELDS:
        value = getattr(parsed, name)
        values[name] = list(value) if isinstance(value, tuple) else value
    values["licensor"] = parsed.licensor
    values["agency_known"] = parsed.agency_known
    return values


def caption_row(
    parsed: ParsedCaption,
    embedded: Mapping[str, str | None] | None = None,
) -> dict[str, Any]:
    """The ``caption`` columns (except key and id) for a parsed caption.

    ``embedded`` holds values from embedded metadata (IPTC/XMP, JSON-LD, CSV columns), which
    win over parsed ones; ``parsed`` JSON keeps the merged machine values and their origins so
    that corrections can be undone back to them.
    """
    values = parsed_values(parsed)
    origins = {name: "parsed" for name in EDITABLE_FIELDS if values.get(name) is not None}
    if embedded:
        # What agency_known compares against, before embedded values overwrite it.
        machine = {name: values[name] for name in ("agency", "via", "agency_known")}
        resolved = resolve_embedded(embedded)
        for name, value in resolved.items():
            if name in EDITABLE_FIELDS:
                values[name] = value
                origins[name] = "embedded"
        if resolved.get("date"):
            values["date_precision"] = date_precision(values["date"])
        if "agency" in resolved or "via" in resolved:
            values["licensor"] = values.get("via") or values.get("agency")
            values["agency_known"] = agency_known(values, machine)
    values[ORIGINS_KEY] = origins
    row = derived_columns(values)
    row["text"] = parsed.caption
    row["agency_known"] = values.get("agency_known")
    row["parsed"] = values
    row["origins"] = origins
    row["edited"] = False
    row["merged_into_id"] = None
    return row
