"""Contracts: quotas and prices per licensor, and the lines they add to the report."""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path

import pytest

from catalog.errors import CatalogError
from catalog.reports import (
    CreditReport,
    credit_report,
    load_contracts,
    parse_contracts,
    render_report,
)
from tests.reports.conftest import Catalog

CONTRACTS = """
currency = "EUR"

[licensors.reuters]          # matched case-insensitively
monthly_quota = 1
price_per_use = 10
over_quota_price_per_use = 25.5

[licensors."Getty Images"]
price_per_photo = 40
currency = "USD"

[licensors.AP]
monthly_quota = 5
"""


def lines(report: CreditReport) -> list[tuple[object, ...]]:
    assert report.contracts is not None
    return [
        (c.licensor, c.month, c.photos, c.uses, c.quota, c.over_quota, c.owed, c.currency)
        for c in report.contracts
    ]


def test_quota_over_quota_and_owed(catalog: Catalog) -> None:
    report = credit_report(catalog.engine, contracts=parse_contracts(CONTRACTS))
    assert lines(report) == [
        ("AP", "2020-01", 1, 1, 5, 0, None, "EUR"),
        ("AP", "2020-02", 1, 1, 5, 0, None, "EUR"),
        ("Getty Images", "2020-01", 2, 2, None, 0, Decimal("80.00"), "USD"),
        # Reuters, January: 2 uses against a quota of 1: 2 x 10 + 1 x 25.50 over the quota.
        ("Reuters", "2020-01", 2, 2, 1, 1, Decimal("45.50"), "EUR"),
        # February: 2 uses (captions 2 and its merged duplicate 8), one over the quota.
        ("Reuters", "2020-02", 1, 2, 1, 1, Decimal("45.50"), "EUR"),
        # The undated article cannot be placed in a month: no quota check, still owed per use.
        ("Reuters", None, 1, 1, None, 0, Decimal("10.00"), "EUR"),
    ]
    assert "Contract lines without a month are uses in undated articles." in report.notes


def test_contract_rendering(catalog: Catalog) -> None:
    report = credit_report(catalog.engine, contracts=parse_contracts(CONTRACTS))
    out = io.StringIO()
    render_report(report, "markdown", out)
    text = out.getvalue()
    assert "## Contracts: use against quota, amount owed" in text
    assert "| Reuters | 2020-02 | 1 | 2 | 1 | **+1 over** | 45.50 EUR |" in text
    assert "| Getty Images | 2020-01 | 2 | 2 |  |  | 80.00 USD |" in text
    out = io.StringIO()
    render_report(report, "html", out)
    assert '<tr class="over"><td>Reuters</td><td>2020-01</td>' in out.getvalue()
    out = io.StringIO()
    render_report(report, "csv", out, "contracts")
    text = out.getvalue()
    assert text.startswith("licensor,month,photos,uses,quota,over_quota,owed,currency\r\n")
    assert "Reuters,2020-02,1,2,1,1,45.50,EUR\r\n" in text


def test_no_contract_columns_without_a_file(catalog: Catalog) -> None:
    out = io.StringIO()
    render_report(credit_report(catalog.engine), "markdown", out)
    assert "Contracts" not in out.getvalue() and "Owed" not in out.getvalue()


def test_contracts_within_a_period(catalog: Catalog) -> None:
    from datetime import date

    from catalog.db.filters import CaptionFilter

    flt = CaptionFilter(since=date(2020, 2, 1))
    report = credit_report(catalog.engine, flt, contracts=parse_contracts(CONTRACTS))
    assert [(c.licensor, c.month, c.uses) for c in report.contracts or ()] == [
        ("AP", "2020-02", 1),
        ("Reuters", "2020-02", 2),
    ]


def test_load_contracts_from_file(tmp_path: Path) -> None:
    path = tmp_path / "contracts.toml"
    path.write_text(CONTRACTS, encoding="utf-8")
    contracts = load_contracts(path)
    reuters = contracts.get("REUTERS")
    assert reuters is not None and reuters.price_per_use == Decimal("10")
    # The older surcharge key: the whole over-quota price is the use price plus it.
    assert reuters.over_quota_price == Decimal("35.5")
    assert contracts.get("Xinhua") is None


@pytest.mark.parametrize(
    "text, message",
    [
        ("[licensors.AP\n", "not valid TOML"),
        ("[licensors.AP]\nquota = 3\n", "unknown setting quota"),
        ("[licensors.AP]\nmonthly_quota = -1\n", "whole number"),
        ("[licensors.AP]\nprice_per_use = 'ten'\n", "must be a number"),
        ("[licensors.AP]\nprice_per_use = -2\n", "cannot be negative"),
        ("[agencies.AP]\n", "unknown setting agencies"),
    ],
    ids=["toml", "key", "quota", "price", "negative", "section"],
)
def test_bad_contracts_are_user_errors(text: str, message: str) -> None:
    with pytest.raises(CatalogError, match=message):
        parse_contracts(text)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match="cannot read contracts file"):
        load_contracts(tmp_path / "nope.toml")
