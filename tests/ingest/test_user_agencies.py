"""A user's agencies file changes what every reader finds and what the parser reads: no code."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

# Credited only to an alias of an organisation the shipped registry does not know: a bracket
# holding one unknown word is no credit, so without the user's file these are no captions.
ARTICLE = """Harbour works begin

By Jo Roe
June 3, 2024

The port authority said the works would last a year.

Cranes unload containers in Valletta, Malta, on June 2, 2024. (KESTRELPIX)

Ferries were delayed for an hour on Monday (Tuesday).
"""
SECOND = """Night market reopens

Lanterns light up a street in Hoi An, Vietnam, on May 30, 2024. (KESTRELPIX)
"""
AGENCIES = '[[agency]]\nname = "Kestrel Pictures"\nkind = "wire"\naliases = ["KESTRELPIX"]\n'


def _catalog(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "catalog", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


@pytest.mark.parametrize("workers", ["1", "2"], ids=["in-process", "worker-processes"])
def test_a_users_agency_is_found_by_ingest_and_read_by_parse(tmp_path: Path, workers: str) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "harbour.txt").write_text(ARTICLE, encoding="utf-8")
    (articles / "market.txt").write_text(SECOND, encoding="utf-8")
    env = {**os.environ, "CATALOG_DATA_DIR": str(tmp_path / "data")}
    env.pop("CATALOG_AGENCIES", None)

    def ingest(db: str) -> list[dict[str, object]]:
        done = _catalog("--db", db, "ingest", "--workers", workers, str(articles), env=env)
        assert done.returncode == 0, done.stderr
        exported = _catalog("--db", db, "export", "--format", "jsonl", env=env)
        assert exported.returncode == 0, exported.stderr
        return [json.loads(line) for line in exported.stdout.splitlines()]

    assert ingest(str(tmp_path / "without.db")) == []

    agencies = tmp_path / "my-agencies.toml"
    agencies.write_text(AGENCIES, encoding="utf-8")
    env["CATALOG_AGENCIES"] = str(agencies)
    rows = ingest(str(tmp_path / "with.db"))
    assert sorted((row["location"], row["agency"]) for row in rows) == [
        ("Hoi An, Vietnam", "Kestrel Pictures"),
        ("Valletta, Malta", "Kestrel Pictures"),
    ]

    parsed = _catalog("parse", "--json", ARTICLE.splitlines()[7], env=env)
    assert parsed.returncode == 0, parsed.stderr
    assert json.loads(parsed.stdout)["agency"] == "Kestrel Pictures"


def test_a_bad_agencies_file_is_one_line_and_status_2(tmp_path: Path) -> None:
    agencies = tmp_path / "agencies.toml"
    agencies.write_text("[[agency]]\nkind = 'wire'\n", encoding="utf-8")
    env = {**os.environ, "CATALOG_DATA_DIR": str(tmp_path), "CATALOG_AGENCIES": str(agencies)}
    done = _catalog("parse", "A caption. (AP Photo/Jo Roe)", env=env)
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1
    assert "agency #1 has no name" in done.stderr
