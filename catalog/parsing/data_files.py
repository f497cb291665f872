"""The parser's TOML data files, read as parsed the last time their bytes were the same.

Parsing the 35 files with ``tomllib`` costs a start about 40 ms (0.2 s under cProfile) on a
slow CPython; the same dicts from marshal cost about 1 ms. Each file's entry in the cache is
keyed by the file's path and all of its bytes, so an edited, replaced or reinstalled data file
is always parsed afresh, and two installations of the catalog can share one cache folder.
"""

from __future__ import annotations

import contextlib
import marshal
from importlib import resources
from typing import Any

from catalog.parsing.start_cache import CacheFile

_PACKAGE = "catalog.parsing"

# Keyed by the file's path in the package and its bytes; the entry: the marshalled dict.
# Room for the files of a few versions of the data (37 files each).
_parsed = CacheFile("data-files.marshal", (), max_entries=150)


def read_toml(path: str) -> dict[str, Any]:
    """The data file at ``path`` in the parser's package (``data/names.toml``), parsed: a new
    dict at every call, as ``tomllib`` gives."""
    return parse_toml(path, resources.files(_PACKAGE).joinpath(path).read_bytes())


def parse_toml(path: str, raw: bytes) -> dict[str, Any]:
    """The TOML bytes ``raw`` of the data file at ``path``, parsed, or as parsed before."""
    kept = _parsed.get((path, raw))
    if kept is not None:
        parsed: dict[str, Any] = marshal.loads(kept)
        return parsed
    import tomllib  # only now: with its regexes, 3 ms of a start that finds every file kept

    # As ``read_text`` reads it: line ends made "\n".
    data = tomllib.loads(raw.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n"))
    # A TOML date or time, which marshal cannot write: that file is not kept.
    with contextlib.suppress(ValueError):
        _parsed.put((path, raw), marshal.dumps(data))
    return data
