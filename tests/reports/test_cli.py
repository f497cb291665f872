"""`catalog report credits` and `catalog export`: options, output files, user errors."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from catalog.cli import cli
from tests.reports.conftest import Catalog


def run(catalog: Catalog, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["--db", catalog.url, *args], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_report_formats(catalog: Catalog) -> None:
    code, out, _ = run(catalog, "report", "credits", "--format", "json")
    assert code == 0
    assert json.loads(out)["rows"][0]["label"] == "Reuters"
    code, out, _ = run(catalog, "report", "credits", "--by", "month", "--format", "csv")
    assert code == 0 and out.splitlines()[:2] == [
        "month,photos,uses,articles,first_use,last_use,share",
        "2020-01,6,6,2,2020-01-08,2020-01-20,0.5000",
    ]
    code, out, _ = run(catalog, "report", "credits")
    assert code == 0 and "Credits by licensor" in out and "│ Reuters" in out


def test_report_filter_options(catalog: Catalog) -> None:
    code, out, _ = run(
        catalog, "report", "credits", "--format", "json", "--since", "2020-01-01",
        "--until", "2020-01-31", "--licensor", "Reuters",
    )  # fmt: skip
    data = json.loads(out)
    assert code == 0
    assert data["query"] == "licensor:Reuters since:2020-01-01 until:2020-01-31"
    assert [(r["label"], r["uses"]) for r in data["rows"]] == [("Reuters", 2)]
    assert data["undated_uses"] == 1
    code, out, _ = run(catalog, "report", "credits", "--format", "json", "-q", "is:uncredited")
    assert [(r["label"], r["uses"]) for r in json.loads(out)["rows"]] == [("(no licensor)", 2)]


def test_report_to_file_with_contracts(catalog: Catalog, tmp_path: Path) -> None:
    contracts = tmp_path / "contracts.toml"
    contracts.write_text("[licensors.AP]\nmonthly_quota = 0\nprice_per_use = 3\n")
    page = tmp_path / "report.html"
    code, out, _ = run(
        catalog, "report", "credits", "--format", "html", "--contracts", str(contracts),
        "--output", str(page),
    )  # fmt: skip
    assert code == 0 and out == ""
    html = page.read_text(encoding="utf-8")
    assert "<h2>Contracts: use against quota, amount owed</h2>" in html
    assert '<tr class="over"><td>AP</td><td>2020-01</td>' in html


def test_contracts_from_the_environment(
    catalog: Catalog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    contracts = tmp_path / "mine.toml"
    contracts.write_text("[licensors.Reuters]\nprice_per_photo = 1\n")
    monkeypatch.setenv("CATALOG_CONTRACTS", str(contracts))
    _, out, _ = run(catalog, "report", "credits", "--format", "json")
    assert [c["licensor"] for c in json.loads(out)["contracts"]] == ["Reuters"] * 3


def test_export_to_stdout_and_file(catalog: Catalog, tmp_path: Path) -> None:
    code, out, err = run(catalog, "export", "--agency", "AFP")
    assert code == 0
    records = list(csv.DictReader(io.StringIO(out, newline="")))
    assert [r["id"] for r in records] == ["3", "9"]
    assert "2 row(s) exported." in err
    target = tmp_path / "uses.jsonl"
    code, out, err = run(
        catalog, "export", "--format", "jsonl", "--uses", "--place", "Iraq", "-o", str(target)
    )
    assert code == 0 and out == ""
    objects = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert {o["source"] for o in objects} == {
        "samples/a1.txt",
        "https://example.com/a2",
        "photos/img1.jpg",
    }
    excel = tmp_path / "excel.csv"
    code, _, _ = run(catalog, "export", "--excel", "-o", str(excel))
    assert excel.read_bytes().startswith(b"\xef\xbb\xbfid,caption,")
    assert b"\r\n" in excel.read_bytes()


def test_export_help_documents_neutralising() -> None:
    result = CliRunner().invoke(cli, ["export", "--help"])
    assert "= + - @" in result.output and "--raw" in result.output


def test_user_errors_exit_2(catalog: Catalog, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["--db", catalog.url, "export", "--since", "January"])
    assert result.exit_code == 2
    missing = tmp_path / "nope.toml"
    code_result = CliRunner().invoke(
        cli, ["--db", catalog.url, "report", "credits", "--contracts", str(missing)]
    )
    assert "cannot read contracts file" in str(code_result.exception)
