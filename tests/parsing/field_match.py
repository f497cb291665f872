"""Compare a parsed caption with the fields a table test expects, the way the project is judged:
agencies by canonical name, photographers as sets of names with case folded, locations leniently
(same first part, or one contains the other), other fields exactly after folding case and
punctuation."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from catalog.parsing import parse_caption
from catalog.parsing.registry import fold, shipped_registry

Expected = dict[str, Any]


def _norm(value: object) -> str | None:
    if value is None:
        return None
    text = unicodedata.normalize("NFKC", str(value)).casefold().replace("’", "'")
    text = re.sub(r"[^\w\s'-]", " ", text)
    return " ".join(text.split()) or None


def _agency(value: object) -> str | None:
    if value is None:
        return None
    return shipped_registry().canonical(str(value)) or fold(str(value))


def _people(value: object) -> frozenset[str]:
    if not value:
        return frozenset()
    return frozenset(name for name in (_norm(p) for p in re.split(r"\s*;\s*", str(value))) if name)


def _same_place(got: object, want: object) -> bool:
    got_n, want_n = _norm(got), _norm(want)
    if got_n == want_n:
        return True
    if got_n is None or want_n is None:
        return False
    first_got, first_want = _norm(str(got).split(",")[0]), _norm(str(want).split(",")[0])
    return first_got == first_want or want_n in got_n or got_n in want_n


def mismatches(caption: str, expected: Expected) -> list[str]:
    """The expected fields that ``caption`` parses differently, each as "field: got, want"."""
    parsed = parse_caption(caption).to_dict()
    wrong = []
    for field, want in expected.items():
        got = parsed[field]
        if field in ("agency", "via"):
            same = _agency(got) == _agency(want)
        elif field == "photographer":
            same = _people(got) == _people(want)
        elif field == "location":
            same = _same_place(got, want)
        elif field in ("description", "credit"):
            same = _norm(got) == _norm(want)
        else:
            same = got == want
        if not same:
            wrong.append(f"{field}: got {got!r}, want {want!r}")
    return wrong
