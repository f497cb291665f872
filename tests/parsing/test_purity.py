"""The parser touches no file system: no settings, no data directory, no user files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_parse_caption_creates_nothing_with_an_empty_home(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    environment = {
        key: value for key, value in os.environ.items() if not key.startswith(("CATALOG_", "XDG_"))
    }
    environment["HOME"] = str(home)
    code = (
        "from catalog.parsing import parse_caption, parse_credit\n"
        "parsed = parse_caption('Fans cheer in Lyon, France, May 3, 2024. AFP/Jean Roux')\n"
        "assert parsed.agency == 'AFP' and parsed.city == 'Lyon', parsed\n"
        "assert parse_credit('REUTERS/Jo Roe').agency == 'Reuters'\n"
    )
    subprocess.run(
        [sys.executable, "-c", code], env=environment, check=True, timeout=120, cwd=tmp_path
    )
    assert list(home.rglob("*")) == []
    assert sorted(path.name for path in tmp_path.iterdir()) == ["home"]
