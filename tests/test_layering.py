"""The architecture's direction of dependency, checked on the modules actually loaded.

    sources -> parsing -> dedupe -> db <- reports/export <- cli
                                      <- tui

Each package is imported alone in a fresh interpreter and ``sys.modules`` is read back: an
import hidden inside a function that runs at import time, or pulled in by a third module,
counts as well as an import line does.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "catalog"


def modules_loaded_by(*modules: str) -> set[str]:
    code = (
        "import importlib, json, sys\n"
        f"for name in {list(modules)!r}:\n"
        "    importlib.import_module(name)\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    return set(json.loads(result.stdout))


def all_modules(package: str) -> list[str]:
    folder = PACKAGE.joinpath(*package.split(".")[1:])
    names = []
    for path in sorted(folder.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        names.append(".".join(parts))
    return names


def catalog_modules(loaded: set[str]) -> set[str]:
    return {name for name in loaded if name == "catalog" or name.startswith("catalog.")}


def test_parsing_imports_nothing_of_the_catalog_but_itself() -> None:
    loaded = catalog_modules(modules_loaded_by(*all_modules("catalog.parsing")))
    outside = {
        name
        for name in loaded
        if not name.startswith("catalog.parsing") and name not in ("catalog", "catalog.errors")
    }
    assert outside == set(), "catalog.parsing must stay pure: no settings, db, ingest, ..."


@pytest.mark.parametrize("forbidden", ["catalog.ingest", "catalog.reports", "catalog.tui"])
def test_db_does_not_import_the_layers_above_it(forbidden: str) -> None:
    loaded = modules_loaded_by(*all_modules("catalog.db"))
    assert {name for name in loaded if name.startswith(forbidden)} == set()


def test_only_the_tui_loads_textual() -> None:
    packages = ("catalog.parsing", "catalog.ingest", "catalog.db", "catalog.reports")
    modules = [name for package in packages for name in all_modules(package)]
    loaded = modules_loaded_by("catalog.cli", "catalog.dedupe", "catalog.settings", *modules)
    assert {name for name in loaded if name.split(".")[0] == "textual"} == set()


def test_the_tui_does_load_textual() -> None:
    assert "textual" in modules_loaded_by("catalog.tui.app")


def test_parsing_does_no_io_at_import() -> None:
    """Importing the parser opens no file of its own data (the place index, the agencies):
    those load on first use, so ``catalog --help`` and the reader workers stay light."""
    code = (
        "import builtins, io, sys\n"
        "opened = []\n"
        "real_open = io.open\n"
        "def spy(file, *a, **k):\n"
        "    opened.append(str(file))\n"
        "    return real_open(file, *a, **k)\n"
        "builtins.open = io.open = spy\n"
        "import catalog.parsing, catalog.parsing.credit_spans, catalog.parsing.places\n"
        "print([name for name in opened if 'catalog' in name])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.strip() == "[]"


def test_no_parsing_module_names_settings() -> None:
    """Belt and braces for the subprocess test: not even a lazy import inside a function."""
    offenders = []
    for path in (PACKAGE / "parsing").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
                ("catalog.settings", "catalog.db", "catalog.ingest", "catalog.reports")
            ):
                offenders.append(f"{path.name}:{node.lineno}")
    assert offenders == []
