"""Embedded metadata (IPTC/XMP, JSON-LD, CSV columns) read as the catalog's fields.

Embedded fields win over what the parser reads from the caption text, but they arrive raw:
a credit line ("Kyodo via REUTERS") still has to be split like any credit, an IPTC by-line
often holds an agency rather than a person, and agency names come in every spelling.
"""

from __future__ import annotations

from collections.abc import Mapping

from catalog.parsing.credits import parse_credit
from catalog.parsing.registry import Registry, current_registry

_CREDIT_PARTS = ("photographer", "agency", "via")


def resolve_embedded(
    embedded: Mapping[str, str | None], registry: Registry | None = None
) -> dict[str, str]:
    """The embedded values to store: credit parts filled in, organisations not taken for people."""
    fields = {name: value for name, value in embedded.items() if value}
    registry = current_registry() if registry is None else registry
    credit = fields.get("credit")
    if credit:
        read = parse_credit(credit, registry)
        for name in _CREDIT_PARTS:
            value = getattr(read, name)
            if value and name not in fields:
                fields[name] = value
    person = fields.get("photographer")
    if person:
        organisation = registry.canonical(person)
        if organisation is not None:
            # "By-line: Kyodo" names who supplied the photo, not who took it.
            del fields["photographer"]
            fields.setdefault("agency", organisation)
    for name in ("agency", "via"):
        if name in fields:
            fields[name] = registry.canonical(fields[name]) or fields[name]
    return fields
