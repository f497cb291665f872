"""The parser's largest regexes, compiled once and kept between runs.

Compiling the label, furniture, date and name patterns built from the language data costs a
start about 80 ms on a slow CPython (``re`` parses and assembles them in Python). What the
compiler makes of a pattern depends only on the pattern's text, its flags and the Python that
compiles it, so that is the key of each kept entry (and the Python is the cache file's stamp);
the entry is handed back to the same constructor ``re.compile`` ends with. An equal pattern
comes out (``re.Pattern`` compares its compiled code too: ``test_pattern_cache``).

That constructor and the compiler's two steps are the ``re`` package's private parts, as of
CPython 3.11 to 3.13: where they are missing or refuse, ``compile`` is ``re.compile``.
Patterns built from sets must join their words in one order (``lexicon.longest_first``),
or each process would build, compile and keep another text.
"""

from __future__ import annotations

import re
from typing import Any, AnyStr

from catalog.parsing.start_cache import CacheFile, python_stamp

try:
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _parser  # type: ignore[attr-defined]

    _STAMP: tuple[Any, ...] = (*python_stamp(), _sre.MAGIC, _sre.CODESIZE)
except (ImportError, AttributeError):  # another Python's re: nothing kept
    _compiler = None
    _STAMP = ()

# Room for the patterns of many versions of the data (about 200 each).
_compiled = CacheFile("patterns.marshal", _STAMP, max_entries=2000)


def compile(pattern: AnyStr, flags: int = 0) -> re.Pattern[AnyStr]:
    """``re.compile(pattern, flags)``, from the compiled code kept by an earlier run if any."""
    if _compiler is None:
        return re.compile(pattern, flags)
    key = (pattern, int(flags))
    kept = _compiled.get(key)
    if kept is not None:
        try:
            return _sre.compile(pattern, *kept)  # type: ignore[no-any-return]
        except (TypeError, ValueError, RuntimeError):  # not this Python's code: made again
            pass
    try:
        made = _compile_parts(pattern, int(flags))
        compiled = _sre.compile(pattern, *made)
    except (AttributeError, TypeError):  # the private parts changed: the public way
        return re.compile(pattern, flags)
    _compiled.put(key, made)
    return compiled  # type: ignore[no-any-return]


def _compile_parts(pattern: str | bytes, flags: int) -> tuple[Any, ...]:
    """What ``re._compiler.compile`` hands ``_sre.compile`` after the pattern's text: the
    flags, the code, the count of groups and the two maps between names and numbers."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    names = parsed.state.groupdict
    numbered: list[str | None] = [None] * parsed.state.groups
    for name, number in names.items():
        numbered[number] = name
    return (
        int(flags | parsed.state.flags),
        [int(unit) for unit in code],
        parsed.state.groups - 1,
        dict(names),
        tuple(numbered),
    )
