"""What every start of the parser would otherwise rebuild, kept in files between runs.

A short command (``catalog ingest`` of one article, ``catalog parse``) spends most of its time
building what the parser needs once per process: its data files parsed from TOML and its
largest regexes compiled. ``data_files`` and ``pattern_cache`` keep those in a ``CacheFile``
each, a marshal file in the folder the application names with ``use_cache_folder`` (the CLI
names the user's cache directory; see ``catalog.settings``). With no folder named, as in a
library or a test, nothing is read or written.

A cache can only cost time, never change an answer: each user keys its entries with all of
what the entry was made from (a data file's bytes; a pattern's text and flags, on this very
Python), a file written by another Python or another format is ignored whole, a file that
fails its checksum or does not load is ignored whole, and a folder that cannot be written is
left alone. Files are replaced atomically, so readers in parallel processes see an old whole
file or a new whole one. Like ``__pycache__``, the folder is the user's own: marshal is not
meant to read files an attacker wrote.
"""

from __future__ import annotations

import atexit
import contextlib
import marshal
import os
import sys
import tempfile
import zlib
from pathlib import Path
from typing import Any

# Bumped when what the users of this module store changes shape.
_FORMAT = 1
_folder: Path | None = None
_files: list[CacheFile] = []
_saving_at_exit = False


def use_cache_folder(folder: Path | None) -> None:
    """Keep caches in ``folder`` (created when first written); ``None``: keep none. Each cache
    file is read again on its next use, and new entries not yet saved are dropped."""
    global _folder
    _folder = folder
    for file in _files:
        file.forget()


def cache_folder() -> Path | None:
    return _folder


class CacheFile:
    """One cache file: a dict of entries, read whole on first use, written back whole (at the
    process's exit, or by ``save_caches``) when entries were added.

    ``stamp`` is what every entry depends on besides its key (the Python that made it, say):
    a file with another stamp is ignored. Past ``max_entries`` (old versions' entries pile up
    as data and patterns change), a save keeps only the entries this process used or made."""

    def __init__(self, name: str, stamp: tuple[Any, ...], max_entries: int) -> None:
        self.name = name
        self.stamp = (_FORMAT, *stamp)
        self.max_entries = max_entries
        self._loaded = False
        self._read_from: Path | None = None
        self._entries: dict[Any, Any] = {}
        self._used: set[Any] = set()
        self._added = False
        _files.append(self)

    def get(self, key: Any) -> Any:
        """The entry of ``key``, or None."""
        self._follow_folder()
        value = self._entries.get(key)
        if value is not None:
            self._used.add(key)
        return value

    def put(self, key: Any, value: Any) -> None:
        """Keep ``value`` (something marshal writes) for ``key``, to be saved."""
        global _saving_at_exit
        self._follow_folder()
        if self._read_from is None:
            return
        self._entries[key] = value
        self._used.add(key)
        self._added = True
        if not _saving_at_exit:
            _saving_at_exit = True
            atexit.register(save_caches)

    def save(self) -> None:
        """Write the entries back if any were added; a folder that cannot be written is left
        alone (the next run rebuilds what it needs, as this one did)."""
        folder = self._read_from
        if folder is None or not self._added:
            return
        entries = self._entries
        if len(entries) > self.max_entries:
            entries = {key: entries[key] for key in list(self._used)}
        try:
            payload = marshal.dumps((self.stamp, entries))
        except ValueError:  # a value marshal cannot write: nothing is kept
            return
        _write_atomically(folder / self.name, zlib.crc32(payload).to_bytes(4, "big") + payload)
        self._added = False

    def forget(self) -> None:
        """Drop what was read and added: the next use reads the file again."""
        self._loaded = False
        self._read_from = None
        self._entries = {}
        self._used = set()
        self._added = False

    def _follow_folder(self) -> None:
        if not self._loaded:
            self._loaded = True
            self._read_from = _folder
            self._entries = {} if _folder is None else self._read(_folder / self.name)

    def _read(self, path: Path) -> dict[Any, Any]:
        try:
            raw = path.read_bytes()
        except OSError:
            return {}
        payload = raw[4:]
        if len(raw) < 4 or zlib.crc32(payload) != int.from_bytes(raw[:4], "big"):
            return {}
        try:
            stamp, entries = marshal.loads(payload)
        except (EOFError, ValueError, TypeError):
            return {}
        if stamp != self.stamp or not isinstance(entries, dict):
            return {}
        return entries


def save_caches() -> None:
    """Write every cache file that has new entries (also run at the process's exit)."""
    for file in _files:
        file.save()


def _write_atomically(path: Path, data: bytes) -> None:
    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(
            dir=path.parent, prefix=f".{path.name}.", suffix=".tmp"
        )
        with os.fdopen(descriptor, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
        temporary = None
    except OSError:
        pass
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


def python_stamp() -> tuple[str, str]:
    """The Python a cached entry was made by, for entries only it can read back."""
    return (sys.implementation.cache_tag or sys.implementation.name, sys.version)
