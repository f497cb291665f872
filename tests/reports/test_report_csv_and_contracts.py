"""`catalog report credits` as a rights manager runs it: one CSV table at a time, contract
totals, warnings about contract names the catalog never saw, readable numbers."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

from catalog.reports import credit_report, parse_contracts
from catalog.reports.credits import UsageRow
from catalog.reports.renderers import common
from tests.reports.conftest import Catalog


def catalog_cli(catalog: Catalog, *args: str) -> subprocess.CompletedProcess[str]:
    """The real entry point (``python -m catalog``), so exit statuses are the user's."""
    return subprocess.run(
        [sys.executable, "-m", "catalog", "--db", catalog.url, *args],
        capture_output=True,
        text=True,
        env={**os.environ, "COLUMNS": "200"},
        check=False,
    )


def test_csv_sections_through_the_cli(catalog: Catalog, tmp_path: Path) -> None:
    done = catalog_cli(catalog, "report", "credits", "--format", "csv", "--since", "2020-01-01")
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert [row["licensor"] for row in rows][:2] == ["Reuters", "AP"]
    assert "Total" not in done.stdout
    # The notes a CSV cannot hold are on stderr.
    assert "note: 2 use(s) in articles without a publication date" in done.stderr
    done = catalog_cli(catalog, "report", "credits", "--format", "csv", "--section", "unknown")
    assert done.stdout.splitlines() == [
        "agency,credit,photos,uses",
        "Foo Press,John Doe/Foo Press,1,1",
    ]


def test_section_errors_are_one_line(catalog: Catalog) -> None:
    for args, message in [
        (["--format", "json", "--section", "unknown"], "--format json shows every section"),
        (["--format", "csv", "--section", "contracts"], "needs a contracts file"),
        (["--format", "csv", "--section", "everything"], "Invalid value for '--section'"),
    ]:
        done = catalog_cli(catalog, "report", "credits", *args)
        assert done.returncode == 2, args
        assert message in done.stderr
        assert "Traceback" not in done.stderr


CONTRACTS = """
currency = "EUR"

[licensors.Reuters]
monthly_quota = 1
price_per_use = 10
over_quota_price = 30

[licensors.AP]
monthly_quota = 0
price_per_use = 5            # no over_quota_price: a use beyond the quota costs the same

[licensors."Getty Image"]    # a typo: the catalog holds "Getty Images"
price_per_photo = 40
currency = "USD"

[licensors."Magnum Photos"]  # a name the catalog never saw, nothing like it
price_per_use = 100
"""


def test_over_quota_price_and_totals_per_licensor_and_currency(catalog: Catalog) -> None:
    report = credit_report(catalog.engine, contracts=parse_contracts(CONTRACTS))
    assert report.contracts is not None and report.contract_totals is not None
    owed = {(line.licensor, line.month): line.owed for line in report.contracts}
    # Reuters, January: 2 uses against a quota of 1: 1 x 10 + 1 x 30.
    assert owed[("Reuters", "2020-01")] == Decimal("40.00")
    # AP: every use over a quota of 0, at the same 5.
    assert owed[("AP", "2020-01")] == Decimal("5.00")
    totals = {
        (t.licensor, t.currency): (t.uses, t.over_quota, t.owed) for t in report.contract_totals
    }
    assert totals == {
        ("AP", "EUR"): (2, 2, Decimal("10.00")),
        # January 40, February 2 uses (1 over) 40, undated 1 use at 10 (no month, no quota).
        ("Reuters", "EUR"): (5, 2, Decimal("90.00")),
    }
    unseen = {u.licensor: u.nearest for u in report.unseen_licensors}
    assert unseen == {"Getty Image": "Getty Images", "Magnum Photos": None}


def test_contract_warnings_and_totals_through_the_cli(catalog: Catalog, tmp_path: Path) -> None:
    contracts = tmp_path / "contracts.toml"
    contracts.write_text(CONTRACTS, encoding="utf-8")
    done = catalog_cli(catalog, "report", "credits", "--contracts", str(contracts))
    assert done.returncode == 0, done.stderr
    assert (
        "warning: the contracts file names Getty Image, which the catalog never saw; "
        "did you mean Getty Images?"
    ) in done.stderr
    assert "warning: the contracts file names Magnum Photos, which the catalog never saw\n" in (
        done.stderr
    )
    assert "Contract totals per licensor and currency" in done.stdout
    done = catalog_cli(
        catalog, "report", "credits", "--contracts", str(contracts), "--format", "json"
    )
    data = json.loads(done.stdout)
    assert {"licensor": "Getty Image", "nearest": "Getty Images"} in data["unseen_licensors"]
    reuters = next(t for t in data["contract_totals"] if t["licensor"] == "Reuters")
    assert (reuters["currency"], reuters["owed"]) == ("EUR", 90.0)


def test_numbers_for_people_have_thousands_separators() -> None:
    row = UsageRow(
        group="Reuters",
        label="Reuters",
        photos=12_345,
        uses=1_234_567,
        articles=9_999,
        first_use=date(2020, 1, 1),
        last_use=None,
        share=1.0,
    )
    assert common.usage_cells(row)[1:4] == ["12,345", "1,234,567", "9,999"]
