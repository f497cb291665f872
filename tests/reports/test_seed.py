"""The seed article, ingested for real: the credit report counts what a rights manager expects."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from catalog.cli import cli

SEED = Path(__file__).resolve().parents[2] / "samples" / "000_b5319b385a107b68.txt"


def test_seed_credits(db_url: str) -> None:
    runner = CliRunner()
    # Only the seed: samples/ holds other formats too, and the numbers here are exact.
    ingest = runner.invoke(cli, ["--db", db_url, "ingest", str(SEED)], catch_exceptions=False)
    assert ingest.exit_code == 0, ingest.output
    result = runner.invoke(
        cli, ["--db", db_url, "report", "credits", "--format", "json"], catch_exceptions=False
    )
    report = json.loads(result.stdout)
    uses = {row["label"]: row["uses"] for row in report["rows"]}
    # Getty Images counts through the "via" of "Hussein Faleh/AFP via Getty Images".
    assert uses == {"Reuters": 2, "AP": 2, "Getty Images": 1}
    assert report["total"] == {
        "group": None,
        "label": "Total",
        "photos": 5,
        "uses": 5,
        "articles": 1,
        "first_use": "2020-01-08",
        "last_use": "2020-01-08",
        "share": 1.0,
        "article_id": None,
    }
    roles = {(r["licensor"], r["role"]) for r in report["roles"]}
    assert ("AP", "handout") in roles
    forms = {v["licensor"]: [f["form"] for f in v["forms"]] for v in report["variants"]}
    assert forms["Getty Images"] == ["Name/AFP via Getty Images"]
    assert sorted(forms["Reuters"]) == [
        "Name/Reuters",
        "Name/WANA (West Asia News Agency) via Reuters",
    ]
