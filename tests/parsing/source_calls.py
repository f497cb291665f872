"""Calls the parser's source must not make, found in its syntax tree: rules that keep the
interpreted and compiled builds alike, and every pattern in the start cache."""

from __future__ import annotations

import ast
from pathlib import Path

PARSING = Path(__file__).resolve().parents[2] / "catalog" / "parsing"


def calls_of(method: str, receiver: str | None = None, *, allowed_in: str) -> dict[str, list[int]]:
    """The lines of each parser module (but ``allowed_in``) that call ``method`` with no
    argument, or, given a ``receiver``, ``receiver.method(...)`` with any."""
    found: dict[str, list[int]] = {}
    for path in sorted(PARSING.glob("*.py")):
        if path.name == allowed_in:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        lines = [
            node.lineno
            for node in ast.walk(tree)
            if isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == method
            and (
                not node.args
                if receiver is None
                else isinstance(node.func.value, ast.Name) and node.func.value.id == receiver
            )
        ]
        if lines:
            found[path.name] = lines
    return found
