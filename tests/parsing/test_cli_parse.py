"""``catalog parse``: arguments, stdin, JSON lines in, JSON or a table out, and --credit."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from catalog.cli import cli
from catalog.parsing.model import ParsedCaption

CAPTION = "Fans cheer in Lyon, France, on Jan. 8, 2020. (AP Photo/Rina Das)"


def _json_lines(output: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_argument_json() -> None:
    result = CliRunner().invoke(cli, ["parse", "--json", CAPTION])
    assert result.exit_code == 0, result.output
    (row,) = _json_lines(result.output)
    assert row["photographer"] == "Rina Das"
    assert row["agency"] == "AP"
    assert row["location"] == "Lyon, France"
    assert row["date"] == "2020-01-08"
    for key in (
        "caption",
        "description",
        "city",
        "region",
        "country",
        "country_code",
        "credit",
        "via",
        "licensor",
        "roles",
    ):
        assert key in row


def test_stdin_one_caption_per_line() -> None:
    stdin = CAPTION + "\n\nA caption with no credit at all.\n"
    result = CliRunner().invoke(cli, ["parse", "--json"], input=stdin)
    assert result.exit_code == 0, result.output
    rows = _json_lines(result.output)
    assert len(rows) == 2
    assert rows[1]["credit"] is None and rows[1]["agency"] is None


def test_jsonl_keeps_ids_and_article_dates() -> None:
    lines = [
        {
            "id": "a1",
            "caption": "Crews clear debris in Tampa, Fla., Sept. 3.\n(AP Photo/Kim Soto)",
            "article_date": "2019-09-05",
        },
        {"id": 7, "caption": CAPTION},
    ]
    stdin = "".join(json.dumps(line) + "\n" for line in lines)
    result = CliRunner().invoke(cli, ["parse", "--json", "--jsonl"], input=stdin)
    assert result.exit_code == 0, result.output
    rows = _json_lines(result.output)
    assert [row["id"] for row in rows] == ["a1", 7]
    assert rows[0]["date"] == "2019-09-03"
    assert rows[0]["photographer"] == "Kim Soto"


def test_bad_json_line_is_reported_and_the_rest_still_parse() -> None:
    stdin = (
        json.dumps({"id": "ok1", "caption": CAPTION})
        + "\n{not json\n"
        + json.dumps({"id": "ok2", "caption": CAPTION})
        + "\n"
    )
    result = subprocess.run(
        [sys.executable, "-m", "catalog", "parse", "--json", "--jsonl"],
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert [row["id"] for row in _json_lines(result.stdout)] == ["ok1", "ok2"]
    assert "line 2" in result.stderr
    assert "Traceback" not in result.stderr


def test_credit_mode() -> None:
    result = CliRunner().invoke(
        cli, ["parse", "--credit", "--json", "Jose Breton/NurPhoto/Shutterstock", "Sputnik via AP"]
    )
    assert result.exit_code == 0, result.output
    first, second = _json_lines(result.output)
    assert (first["photographer"], first["agency"], first["via"]) == (
        "Jose Breton",
        "NurPhoto",
        None,
    )
    assert (second["agency"], second["via"], second["licensor"]) == ("Sputnik", "AP", "AP")


def test_default_output_is_a_table() -> None:
    result = CliRunner(env={"COLUMNS": "200"}).invoke(cli, ["parse", CAPTION])
    assert result.exit_code == 0, result.output
    assert "Rina Das" in result.output
    assert "photographer" in result.output
    assert not result.output.lstrip().startswith("{")


def test_a_parser_fault_loses_only_its_own_caption(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # A fault injected into the real parser for one caption: the others are still printed,
    # the fault is one line on stderr, the exit status says not everything was read.
    import catalog.parsing
    from catalog.cli import main

    real = catalog.parsing.parse_caption

    def faulty(text: str, article_date: object = None) -> ParsedCaption:
        if "FAULT" in text:
            raise RuntimeError("cannot read this one")
        return real(text, article_date=article_date)

    monkeypatch.setattr(catalog.parsing, "parse_caption", faulty)
    monkeypatch.setattr(sys, "argv", ["catalog", "parse", "--json", "FAULT here", CAPTION])
    try:
        main()
    except SystemExit as exit_:
        status = exit_.code
    out, err = capsys.readouterr()
    assert status == 2
    (row,) = _json_lines(out)
    assert row["agency"] == "AP"
    assert "Parser error" in err and "line 1" in err and "Traceback" not in err


def test_an_internal_error_is_one_line_not_a_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import catalog.cli

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("the catalog broke")

    monkeypatch.delenv("CATALOG_DEBUG", raising=False)
    monkeypatch.setattr(catalog.cli.cli, "main", broken)
    try:
        catalog.cli.main()
    except SystemExit as exit_:
        status = exit_.code
    err = capsys.readouterr().err
    assert status == 1
    assert "Internal error: RuntimeError: the catalog broke" in " ".join(err.split())
    assert "Traceback" not in err
