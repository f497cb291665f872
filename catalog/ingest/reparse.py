"""``catalog reparse``: run the current parser over every stored caption.

Each caption is parsed again from its stored text; values that came from embedded metadata
(IPTC/XMP, JSON-LD, CSV columns) are kept, because they win over parsed ones at ingest too.
Only captions whose machine values changed are written, and corrections always stay on top.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine

from catalog.db.counts import count_captions
from catalog.db.duplicates import link_queued
from catalog.db.fields import ORIGINS_KEY, machine_values
from catalog.db.reparse_store import iter_captions, store_parsed


@dataclass
class ReparseReport:
    captions: int = 0
    changed: int = 0
    parse_errors: int = 0
    possible_duplicates: int = 0
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "captions": self.captions,
            "changed": self.changed,
            "parse_errors": self.parse_errors,
            "possible_duplicates": self.possible_duplicates,
            "seconds": round(self.seconds, 3),
        }


def _embedded(parsed: Mapping[str, Any]) -> dict[str, str]:
    origins = parsed.get(ORIGINS_KEY) or {}
    return {
        name: parsed[name]
        for name, origin in origins.items()
        if origin == "embedded" and parsed.get(name)
    }


def reparse(
    engine: Engine,
    *,
    total: Callable[[int], None] | None = None,
    advance: Callable[[ReparseReport], None] | None = None,
) -> ReparseReport:
    """Re-parse every caption; returns what changed. ``total``/``advance`` report progress."""
    from catalog.parsing import parse_caption

    report = ReparseReport()
    started = time.perf_counter()
    if total is not None:
        total(count_captions(engine))
    for chunk in iter_captions(engine):
        changes: list[tuple[int, dict[str, Any]]] = []
        for stored in chunk:
            try:
                parsed = parse_caption(stored.text, stored.article_date)
            except Exception:
                # Keep what is stored rather than lose a caption's values to one parser bug.
                report.parse_errors += 1
                continue
            values = machine_values(parsed, _embedded(stored.parsed))
            if values != stored.parsed:
                changes.append((stored.id, values))
        store_parsed(engine, changes)
        report.captions += len(chunk)
        report.changed += len(changes)
        if advance is not None:
            advance(report)
    report.possible_duplicates = link_queued(engine)
    report.seconds = time.perf_counter() - started
    return report
