"""The parser compiled by mypyc (``CATALOG_COMPILE=1``, setup.py) reads as the interpreted one.

The slow test builds that wheel as a user would, installs it into a fresh virtual environment
with the test extra, and runs the parser's own tests there against the compiled modules; then
it parses the speed benchmark's captions with both builds and compares every field, and ingests
the samples through worker processes with both and compares the catalogs.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from tests.cli import catalog
from tests.parsing.source_calls import calls_of

REPO = Path(__file__).resolve().parents[2]
PARSING = REPO / "catalog" / "parsing"


def test_the_parser_lowers_text_only_through_its_lowercase_module() -> None:
    # mypyc compiles "x.lower()" to a primitive that writes no final sigma ("ΝΙΚΟΣ" ->
    # "νικοσ"); catalog.parsing.lowercase.lower writes what CPython writes in both builds.
    found = calls_of("lower", allowed_in="lowercase.py")
    assert found == {}, "use catalog.parsing.lowercase.lower() in place of .lower()"


def test_the_lowercase_module_writes_a_final_sigma() -> None:
    from catalog.parsing.lowercase import lower

    assert lower("ΝΙΚΟΣ ΠΑΠΑΔΑΚΗΣ") == "νικος παπαδακης"
    assert lower("Reuters ΣΟΦΙΑ") == "reuters σοφια"
    assert lower("AFP/Getty") == "afp/getty"
    assert lower("") == ""


def _run(command: list[str], cwd: Path, timeout: int) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="module")
def compiled_wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("compiled-wheel")
    command = [sys.executable, "-m", "pip", "wheel", str(REPO), "--no-deps", "-q", "-w", str(out)]
    built = subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=1200,
        env={**os.environ, "CATALOG_COMPILE": "1"},
    )
    assert built.returncode == 0, built.stderr[-3000:]
    (wheel,) = out.glob("caption_catalog-*.whl")
    return wheel


@pytest.mark.slow
def test_the_compiled_wheel_passes_the_parsers_tests_and_parses_alike(
    compiled_wheel: Path, tmp_path: Path
) -> None:
    names = zipfile.ZipFile(compiled_wheel).namelist()
    compiled = {Path(name).name.split(".")[0] for name in names if name.endswith(".so")}
    assert {"captions", "credit_spans", "credits", "lowercase"} <= compiled
    assert not {"lexicon", "model", "__init__"} & compiled  # they stay interpreted (setup.py)

    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = str(env_dir / "bin" / "python")
    install = _run([python, "-m", "pip", "install", "-q", f"{compiled_wheel}[test]"], tmp_path, 900)
    assert install.returncode == 0, install.stderr[-3000:]

    # The parser's tests, in a folder of their own, so that only the installed build imports.
    work = tmp_path / "work"
    (work / "tests").mkdir(parents=True)
    for name in ("__init__.py", "conftest.py", "eval_scores.py"):
        shutil.copy(REPO / "tests" / name, work / "tests" / name)
    shutil.copytree(REPO / "tests" / "parsing", work / "tests" / "parsing")
    (work / "tests" / "parsing" / Path(__file__).name).unlink()  # no build inside the build
    shutil.copytree(REPO / "samples", work / "samples")
    shutil.copy(REPO / "pyproject.toml", work / "pyproject.toml")

    where = _run(
        [python, "-c", "import catalog.parsing.credit_spans as m; print(m.__file__)"], work, 60
    )
    assert where.stdout.strip().endswith(".so"), where.stdout + where.stderr
    version = _run([python, "-m", "catalog", "--version"], work, 60)
    assert "(parser compiled by mypyc)" in version.stdout, version.stdout + version.stderr

    tests = _run(
        [python, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", "tests"], work, 1800
    )
    assert tests.returncode == 0, tests.stdout[-4000:]

    # Every field of 20,000 captions of every shape the speed benchmark writes.
    captions = tmp_path / "captions.jsonl"
    dump = [sys.executable, str(REPO / "benchmarks" / "parse_speed.py"), "--count", "20000"]
    made = _run([*dump, "--dump", str(captions)], tmp_path, 600)
    assert made.returncode == 0, made.stderr[-2000:]
    parse = ["-m", "catalog", "parse", "--json", "--jsonl"]
    readings = []
    for interpreter in (sys.executable, python):
        with captions.open(encoding="utf-8") as stdin:
            done = subprocess.run(
                [interpreter, *parse], stdin=stdin, capture_output=True, text=True, cwd=tmp_path
            )
        assert done.returncode == 0, done.stderr[-2000:]
        readings.append(done.stdout.splitlines())
    interpreted, compiled_lines = readings
    assert len(interpreted) == 20000
    differing = [
        pair for pair in zip(interpreted, compiled_lines, strict=True) if pair[0] != pair[1]
    ]
    assert differing == []

    # An ingest through worker processes (the registry is pickled into each): both builds
    # give the same catalog, table by table.
    catalogs = [tmp_path / "interpreted.db", tmp_path / "compiled.db"]
    for interpreter, database in zip((sys.executable, python), catalogs, strict=True):
        ingest = [interpreter, "-m", "catalog", "--db", str(database), "ingest", "--workers", "2"]
        done = _run([*ingest, str(REPO / "samples")], tmp_path, 600)
        assert done.returncode == 0, done.stderr[-2000:]
    compare = [
        sys.executable,
        str(REPO / "benchmarks" / "compare_catalogs.py"),
        *map(str, catalogs),
    ]
    same = _run(compare, tmp_path, 300)
    assert same.returncode == 0, same.stdout[-3000:]


def test_the_interpreted_build_says_so() -> None:
    from catalog.parsing import is_compiled

    assert is_compiled() is False  # this suite runs the editable, interpreted install
    done = catalog("--version")
    assert done.returncode == 0
    assert done.stdout.startswith("catalog, version ") and "(parser interpreted)" in done.stdout
