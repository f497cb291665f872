"""From field values (parsed, embedded or corrected) to the caption table's columns.

Derived columns (year, licensor, date precision) are always computed here, so that a
correction of ``date`` or ``via`` keeps them true.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import fields
from typing import Any

from catalog.parsing.embedded import resolve_embedded
from catalog.parsing.model import EDITABLE_FIELDS, ParsedCaption
from catalog.parsing.registry import current_registry

# Inside the machine values: where each value came from before any correction.
ORIGINS_KEY = "_origins"
# The origin a non-empty value has unless stored otherwise: neither ``Caption.origins`` nor
# ``Caption.parsed`` spells it out, so a caption as the parser left it stores two empty JSONs.
PARSED = "parsed"


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


def machine_values(
    parsed: ParsedCaption,
    embedded: Mapping[str, str | None] | None = None,
) -> dict[str, Any]:
    """What the parser and the embedded metadata said, per field, with their origins.

    ``embedded`` holds values from embedded metadata (IPTC/XMP, JSON-LD, CSV columns), which
    win over parsed ones.
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
    return values


def caption_row(
    parsed: ParsedCaption,
    embedded: Mapping[str, str | None] | None = None,
) -> dict[str, Any]:
    """The ``caption`` columns (except key and id) for a parsed caption.

    The machine values are the columns here; ``parsed`` JSON keeps only what the columns do
    not say (see ``pack_machine``), which corrections need to be undone back to.
    """
    values = machine_values(parsed, embedded)
    row = derived_columns(values)
    row["text"] = parsed.caption
    row["agency_known"] = values.get("agency_known")
    row["origins"] = lean_origins(values[ORIGINS_KEY])
    row["parsed"] = pack_machine(values, row)
    row["edited"] = False
    row["merged_into_id"] = None
    return row


def parsed_caption_values(parsed: ParsedCaption, key: str) -> tuple[Any, ...]:
    """``caption_values`` of ``caption_row(parsed)`` with its key, for a caption with no
    embedded fields (most of an ingest's new captions), built directly: the generic path
    makes four dicts and compares every field with itself (14 µs a caption, a tenth of a
    parser worker's time per caption). A test holds the two equal."""
    date = parsed.date
    stated = parsed.date_precision
    precision = stated or date_precision(date)
    roles = parsed.roles
    joined = " ".join(roles)
    # What ``pack_machine`` keeps, in its order: the values no column says as they are.
    packed: dict[str, Any] = {}
    if stated != precision:
        packed["date_precision"] = stated
    if list(roles) != joined.split():
        packed["roles"] = list(roles)
    if parsed.unknown_organisations:
        packed["unknown_organisations"] = list(parsed.unknown_organisations)
    agency, via = parsed.agency, parsed.via
    return (
        key,
        parsed.caption,
        parsed.description,
        parsed.location,
        parsed.city,
        parsed.region,
        parsed.country,
        parsed.country_code,
        date,
        precision,
        year_of(date),
        parsed.credit,
        parsed.photographer,
        agency,
        via,
        via or agency,
        joined,
        parsed.agency_known,
        False,
        json.dumps(packed) if packed else "{}",
        "{}",
    )


def default_origins(values: Mapping[str, Any]) -> dict[str, str]:
    return {name: PARSED for name in EDITABLE_FIELDS if values.get(name) is not None}


def lean_origins(origins: Mapping[str, str]) -> dict[str, str]:
    """``Caption.origins`` as stored: only the origins other than "parsed" (embedded, manual)."""
    return {name: origin for name, origin in origins.items() if origin != PARSED}


def field_origin(name: str, value: Any, stored: Mapping[str, str] | None) -> str | None:
    """A field's effective origin from its column value and the stored (lean) origins."""
    origin = (stored or {}).get(name)
    if origin is not None:
        return origin
    return PARSED if value is not None else None


def pack_machine(values: Mapping[str, Any], columns: Mapping[str, Any]) -> dict[str, Any]:
    """``Caption.parsed`` as stored: the machine values the caption's columns do not hold.

    Columns hold the effective values (machine values under corrections), so for a caption
    nobody corrected this is only what has no column: unknown organisations, origins other
    than "parsed". ``unpack_machine`` gives back ``values`` exactly.
    """
    packed: dict[str, Any] = {}
    for name, value in values.items():
        if name == "caption":
            same = value == columns.get("text")
        elif name == "licensor":
            same = value == (values.get("via") or values.get("agency"))
        elif name == "unknown_organisations":
            same = value == []
        elif name == ORIGINS_KEY:
            same = value == default_origins(values)
        elif name == "roles":
            same = list(value or ()) == (columns.get("roles") or "").split()
        elif name in columns:
            same = value == columns[name]
        else:
            same = False
        if not same:
            packed[name] = value
    return packed


def unpack_machine(columns: Mapping[Any, Any], packed: Mapping[str, Any] | None) -> dict[str, Any]:
    """The machine values of a stored caption: its columns overlaid by ``Caption.parsed``."""
    packed = packed or {}
    values: dict[str, Any] = {"caption": columns.get("text")}
    for name in _PARSED_FIELDS:
        if name in columns:
            values[name] = columns[name]
    values["roles"] = (columns.get("roles") or "").split()
    values["unknown_organisations"] = []
    values["agency_known"] = columns.get("agency_known")
    values.update((name, value) for name, value in packed.items() if name != ORIGINS_KEY)
    if "licensor" not in packed:
        values["licensor"] = values.get("via") or values.get("agency")
    origins = packed[ORIGINS_KEY] if ORIGINS_KEY in packed else default_origins(values)
    values[ORIGINS_KEY] = dict(origins)
    return values
