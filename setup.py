"""setuptools finds the packages under catalog/; the Alembic migrations live at the top level
(migrations/) and ship inside the wheel as catalog.migrations (mapped in pyproject.toml), which
a find cannot discover, so they are added by name.

``CATALOG_COMPILE=1`` builds a wheel whose caption parser is compiled to C by mypyc (about
2.5x the captions a second, see the README's benchmarks): ``CATALOG_COMPILE=1 pip wheel .``.
Nothing else changes: the same modules, the same outputs (tests/parsing/test_compiled_build.py
runs the parser's tests against such a wheel), and the plain build stays pure Python.
"""

import os
import sys
from pathlib import Path

from setuptools import find_packages, setup

PACKAGES = [
    *find_packages(include=["catalog", "catalog.*"]),
    "catalog.migrations",
    "catalog.migrations.versions",
]

# The mypy whose mypyc the compiled build is tested with; another release may compile
# differently (mypyc's own str.lower is why catalog/parsing/lowercase.py exists).
MYPYC = "mypy==2.4.1"

# Parser modules that stay interpreted: what mypyc's native classes do not allow
# (lexicon's OrganisationWords subclasses frozenset; model builds its frozen dataclass with
# object.__new__ to skip __init__), and the package's entry module.
INTERPRETED = {"__init__.py", "lexicon.py", "model.py"}


def compiled_parser() -> dict[str, object]:
    """setup() arguments for the mypyc build of catalog/parsing, when CATALOG_COMPILE=1."""
    if os.environ.get("CATALOG_COMPILE") != "1":
        return {}
    if "editable_wheel" in sys.argv:
        # Compiled modules built in place would stand before the sources they came from, and
        # an edit to a .py file would do nothing until the next build.
        sys.exit("CATALOG_COMPILE=1 builds a wheel; an editable install stays interpreted")
    try:
        from mypyc.build import mypycify
    except ImportError:
        # A PEP 517 build first asks what the build needs; it is run again with mypy installed.
        return {"setup_requires": [MYPYC]}
    if not {"bdist_wheel", "build_ext"} & set(sys.argv):
        return {}  # the metadata step: the modules are compiled once, for the wheel
    modules = sorted(
        path.as_posix()
        for path in Path("catalog/parsing").glob("*.py")
        if path.name not in INTERPRETED
    )
    return {"ext_modules": mypycify(modules, opt_level="3", group_name="catalog_parsing")}


setup(packages=PACKAGES, **compiled_parser())
