"""Lower-casing that writes Greek's final sigma the same way in both builds of the parser.

CPython's ``str.lower`` writes a capital sigma that ends a word as "ς" ("ΝΙΚΟΣ" -> "νικος").
The parser can also be compiled by mypyc (``CATALOG_COMPILE=1``, see setup.py), whose own
``str.lower`` lowers each character alone and writes "σ" ("νικοσ"). Every lower-casing in
``catalog.parsing`` goes through :func:`lower`, so that both builds read and write the same text;
``tests/parsing/test_compiled_build.py`` keeps bare ``.lower()`` calls out of the package.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

# The only character CPython lowers by what stands around it (Unicode's Final_Sigma rule).
_CAPITAL_SIGMA: Final = "\u03a3"

# CPython's own method held as an object: a compiled call through it is a plain call of the
# method, not mypyc's character-by-character primitive.
_cpython_lower: Final[Callable[[str], str]] = str.lower


def lower(text: str) -> str:
    """``text.lower()`` as CPython writes it, in the interpreted and the compiled parser alike."""
    if _CAPITAL_SIGMA in text:
        return _cpython_lower(text)
    return text.lower()
