"""TEMPORARY: the shared credit reader's API over today's functions, until the one credit
reader lands in ``catalog.parsing.credit_spans``. Nothing else in the text reader imports the
credit code."""

from __future__ import annotations

from functools import lru_cache

from catalog.ingest.sources.credits import is_credit as _is_credit
from catalog.ingest.sources.credits import strip_label as _strip_label
from catalog.parsing.credit_spans import _leading_credit, find_credit
from catalog.parsing.credits import CreditReading
from catalog.parsing.credits import read_credit as _read_credit
from catalog.parsing.registry import Registry

__all__ = ["Registry", "is_credit", "leading_credit", "read_credit", "split_credit", "strip_label"]


@lru_cache(maxsize=8192)
def _split(text: str) -> tuple[str, str] | None:
    span = find_credit([text])
    if span is None or span.after or not span.credit or span.reading.strength < 2:
        return None
    if not span.before and not _is_credit(span.credit):
        return None
    return span.before.rstrip(), span.credit


def split_credit(text: str, registry: Registry | None = None) -> tuple[str, str] | None:
    text = text.strip()
    return _split(text) if text else None


def leading_credit(text: str, registry: Registry | None = None) -> tuple[str, str] | None:
    span = _leading_credit(text.strip())
    if span is None or not span.after:
        return None
    return span.credit, span.after


def is_credit(text: str, registry: Registry | None = None) -> bool:
    return _is_credit(text)


def read_credit(text: str, registry: Registry | None = None) -> CreditReading:
    return _read_credit(text)


def strip_label(credit: str) -> str:
    return _strip_label(credit)
