"""Gather the captions of one article in reading order, folding copies of one caption."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from catalog.folding import clean, fold_key, same_caption, similar
from catalog.ingest.model import FoundCaption


@dataclass
class _Entry:
    text: str
    key: str
    embedded: dict[str, str] = field(default_factory=dict)
    fuzzy: bool = False  # came from a secondary copy (alt text, JSON-LD)


class CaptionCollector:
    """Captions of one article: a copy (same fold key, or the same caption missing its
    credit tail or a head) joins the first occurrence instead of adding a caption.

    The longer copy's text wins because it is the one that carries the credit.
    """

    def __init__(self) -> None:
        self._entries: list[_Entry] = []
        # Copies that fold share their first _BUCKET characters, or their last: only those
        # are compared.
        self._buckets: dict[str, list[_Entry]] = {}
        self._tails: dict[str, list[_Entry]] = {}
        self._fuzzy = False

    def _match(self, key: str, fuzzy: bool) -> _Entry | None:
        for candidates in (self._buckets.get(key[:_BUCKET]), self._tails.get(key[-_BUCKET:])):
            for entry in candidates or ():
                if same_caption(entry.key, key, _BUCKET):
                    return entry
        if fuzzy or self._fuzzy:
            for entry in self._entries:
                if (fuzzy or entry.fuzzy) and similar(entry.key, key):
                    return entry
        return None

    def add(
        self, text: str, embedded: Mapping[str, str] | None = None, *, fuzzy: bool = False
    ) -> bool:
        """Add a caption; False when it folded into one already found (or is empty).

        ``fuzzy`` is for secondary copies (alt text, JSON-LD): they are often edited a
        little, so one that is mostly the same text as a caption found is that caption.
        """
        text = clean(text)
        extra = {k: clean(v) for k, v in embedded.items() if v and clean(v)} if embedded else {}
        return self._add(text, fold_key(text), extra, fuzzy)

    def add_clean(self, text: str) -> bool:
        """``add`` for a text already cleaned (white space collapsed and trimmed), with no
        embedded fields: what the text reader finds, line by line."""
        return self._add(text, fold_key(text), {}, False)

    def _add(self, text: str, key: str, extra: dict[str, str], fuzzy: bool) -> bool:
        if not key:
            return False
        head, tail = key[:_BUCKET], key[-_BUCKET:]
        # Most captions are new: no caption yet that starts or ends as this one does.
        compare = fuzzy or self._fuzzy or head in self._buckets or tail in self._tails
        entry = self._match(key, fuzzy) if compare else None
        if entry is not None:
            if len(key) > len(entry.key):
                entry.text, entry.key = text, key
                self._index(entry)
            for name, value in extra.items():
                entry.embedded.setdefault(name, value)
            return False
        entry = _Entry(text, key, extra, fuzzy)
        self._entries.append(entry)
        self._index(entry)
        self._fuzzy = self._fuzzy or fuzzy
        return True

    def _index(self, entry: _Entry) -> None:
        for index, part in (
            (self._buckets, entry.key[:_BUCKET]),
            (self._tails, entry.key[-_BUCKET:]),
        ):
            entries = index.setdefault(part, [])
            if entry not in entries:
                entries.append(entry)

    def __len__(self) -> int:
        return len(self._entries)

    def captions(self) -> tuple[FoundCaption, ...]:
        return tuple(
            FoundCaption(text=entry.text, position=index, embedded=dict(entry.embedded))
            for index, entry in enumerate(self._entries)
        )


_BUCKET = 20
