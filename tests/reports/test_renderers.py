"""Every report format, with exact expected content, on both dialects."""

from __future__ import annotations

import csv
import io
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from catalog.errors import CatalogError
from catalog.reports import credit_report, render_report
from tests.reports.conftest import Catalog

EXPECTED = Path(__file__).parent / "expected"


def rendered(catalog: Catalog, fmt: str, **options: object) -> str:
    out = io.StringIO()
    render_report(credit_report(catalog.engine, **options), fmt, out)  # type: ignore[arg-type]
    return out.getvalue()


def test_table(catalog: Catalog, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")  # a file still gets plain text
    expected = (EXPECTED / "credits_table.txt").read_text(encoding="utf-8")
    assert rendered(catalog, "table") == expected


def _csv(text: str) -> list[list[str]]:
    assert "\r\n" in text  # RFC 4180 line ends
    return list(csv.reader(io.StringIO(text, newline="")))


def test_csv_is_the_main_table_alone(catalog: Catalog) -> None:
    # Header first, no title, no totals row, no other section: any csv reader takes it.
    assert _csv(rendered(catalog, "csv")) == [
        ["licensor", "photos", "uses", "articles", "first_use", "last_use", "share"],
        ["Reuters", "2", "5", "3", "2020-01-08", "2020-02-03", "0.4167"],
        ["AP", "2", "2", "2", "2020-01-08", "2020-02-03", "0.1667"],
        ["Getty Images", "2", "2", "2", "2020-01-08", "2020-01-20", "0.1667"],
        ["(no licensor)", "1", "2", "2", "2020-01-08", "2020-01-08", "0.1667"],
        ["Foo Press", "1", "1", "1", "2020-02-03", "2020-02-03", "0.0833"],
    ]


@pytest.mark.parametrize(
    "section, expected",
    [
        (
            "uncredited",
            [
                ["caption_id", "caption", "uses", "articles"],
                [
                    "5",
                    "A burning vehicle at the airport.",
                    "2",
                    "Iran strikes back (2020-01-08); archive/a3.html (undated)",
                ],
            ],
        ),
        (
            "unknown",
            [["agency", "credit", "photos", "uses"], ["Foo Press", "John Doe/Foo Press", "1", "1"]],
        ),
        (
            "variants",
            [
                ["licensor", "credit_form", "photos", "uses"],
                ["AP", "Name/Pool via AP", "1", "1"],
                ["AP", "Office of the Iranian Supreme Leader via AP", "1", "1"],
                ["Foo Press", "Name/Foo Press", "1", "1"],
                ["Getty Images", "Name/AFP via Getty Images", "2", "2"],
                ["Reuters", "Name/Reuters", "1", "2"],
                ["Reuters", "Name/WANA (West Asia News Agency) via Reuters", "1", "2"],
                ["Reuters", "Name/REUTERS", "1", "1"],
            ],
        ),
        (
            "handout",
            [
                ["role", "licensor", "photos", "uses"],
                ["handout", "AP", "1", "1"],
                ["pool", "AP", "1", "1"],
            ],
        ),
    ],
)
def test_csv_section(catalog: Catalog, section: str, expected: list[list[str]]) -> None:
    out = io.StringIO()
    render_report(credit_report(catalog.engine), "csv", out, section)
    assert _csv(out.getvalue()) == expected


def test_a_section_is_for_csv_and_contracts_need_a_file(catalog: Catalog) -> None:
    report = credit_report(catalog.engine)
    with pytest.raises(CatalogError, match="--format json shows every section"):
        render_report(report, "json", io.StringIO(), "unknown")
    with pytest.raises(CatalogError, match="needs a contracts file"):
        render_report(report, "csv", io.StringIO(), "contracts")


def test_json(catalog: Catalog) -> None:
    data = json.loads(rendered(catalog, "json"))
    assert set(data) == {
        "by", "query", "since", "until", "rows", "total", "undated_uses", "crawl_dated_uses",
        "uncredited", "unknown", "variants", "roles", "contracts", "contract_totals",
        "unseen_licensors", "notes",
    }  # fmt: skip
    assert data["rows"][0] == {
        "group": "Reuters",
        "label": "Reuters",
        "photos": 2,
        "uses": 5,
        "articles": 3,
        "first_use": "2020-01-08",
        "last_use": "2020-02-03",
        "share": 5 / 12,
        "article_id": None,
    }
    assert data["rows"][3]["group"] is None
    assert data["total"]["uses"] == 12
    assert data["uncredited"]["items"][0]["articles"][1] == {
        "id": 3,
        "title": None,
        "source": "archive/a3.html",
        "published": None,
    }
    assert data["unknown"] == {
        "credits": 1,
        "items": [{"agency": "Foo Press", "credit": "John Doe/Foo Press", "photos": 1, "uses": 1}],
    }
    assert data["variants"][2] == {
        "licensor": "Getty Images",
        "forms": [{"form": "Name/AFP via Getty Images", "photos": 2, "uses": 2}],
        "more": 0,
    }
    assert data["roles"] == [
        {"licensor": "AP", "role": "handout", "photos": 1, "uses": 1},
        {"licensor": "AP", "role": "pool", "photos": 1, "uses": 1},
    ]
    assert data["contracts"] is None and data["notes"] == []


MARKDOWN = """\
# Credits by licensor

All captions

| Licensor | Photos | Uses | Articles | First use | Last use | Share |
|---|---:|---:|---:|---|---|---:|
| Reuters | 2 | 5 | 3 | 2020-01-08 | 2020-02-03 | 41.7% |
| AP | 2 | 2 | 2 | 2020-01-08 | 2020-02-03 | 16.7% |
| Getty Images | 2 | 2 | 2 | 2020-01-08 | 2020-01-20 | 16.7% |
| (no licensor) | 1 | 2 | 2 | 2020-01-08 | 2020-01-08 | 16.7% |
| Foo Press | 1 | 1 | 1 | 2020-02-03 | 2020-02-03 | 8.3% |
| **Total** | 8 | 12 | 4 | 2020-01-08 | 2020-02-03 | 100.0% |

## Uncredited captions: 1 caption(s), 2 use(s)

| Caption | Uses | Ran in |
|---|---:|---|
| A burning vehicle at the airport. | 2 | Iran strikes back (2020-01-08); archive/a3.html (undated) |

## Unknown organisations: 1 credit(s)

| Agency as written | Credit | Photos | Uses |
|---|---|---:|---:|
| Foo Press | John Doe/Foo Press | 1 | 1 |

## Credit variants per licensor

| Licensor | Credit form | Photos | Uses |
|---|---|---:|---:|
| AP | Name/Pool via AP | 1 | 1 |
| AP | Office of the Iranian Supreme Leader via AP | 1 | 1 |
| Foo Press | Name/Foo Press | 1 | 1 |
| Getty Images | Name/AFP via Getty Images | 2 | 2 |
| Reuters | Name/Reuters | 1 | 2 |
| Reuters | Name/WANA (West Asia News Agency) via Reuters | 1 | 2 |
| Reuters | Name/REUTERS | 1 | 1 |

## Handout and pool photos

| Role | Licensor | Photos | Uses |
|---|---|---:|---:|
| handout | AP | 1 | 1 |
| pool | AP | 1 | 1 |
"""


def test_markdown(catalog: Catalog) -> None:
    assert rendered(catalog, "markdown") == MARKDOWN


class _Tables(HTMLParser):
    """Rows of every table, as cell texts; and every URL-bearing attribute."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[str]] = []
        self.links: list[str] = []
        self.bars: list[str] = []
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        self.links += [v or "" for k, v in attrs if k in ("href", "src")]
        if tag == "rect":
            self.bars.append(values["width"] or "")
        if tag == "tr":
            self.rows.append([])
        if tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None:
            self.rows[-1].append("".join(self._cell))
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def test_html_is_one_self_contained_page(catalog: Catalog) -> None:
    page = rendered(catalog, "html")
    assert page.startswith("<!DOCTYPE html>")
    parser = _Tables()
    parser.feed(page)
    # Nothing to fetch: no links, scripts, images or fonts; the only URL is the SVG namespace.
    assert parser.links == []
    assert re.findall(r"https?://[^\"' ]+", page) == ["http://www.w3.org/2000/svg"]
    assert "<script" not in page and "@import" not in page
    # One bar per licensor, in proportion to the uses (5, 2, 2, 2, 1 of 420 px).
    assert parser.bars == ["420", "168", "168", "168", "84"]
    assert parser.rows[:2] == [
        ["Licensor", "Photos", "Uses", "Articles", "First use", "Last use", "Share"],
        ["Reuters", "2", "5", "3", "2020-01-08", "2020-02-03", "41.7%"],
    ]
    assert ["Total", "8", "12", "4", "2020-01-08", "2020-02-03", "100.0%"] in parser.rows
    assert ["Foo Press", "John Doe/Foo Press", "1", "1"] in parser.rows
    assert ["Getty Images", "Name/AFP via Getty Images", "2", "2"] in parser.rows
    assert ["pool", "AP", "1", "1"] in parser.rows


def test_html_escapes_text(empty_catalog: Catalog) -> None:
    from catalog.parsing.model import ParsedCaption
    from tests.reports.conftest import ARTICLES, insert_catalog

    hostile = ParsedCaption(
        caption="x", credit="<script>alert(1)</script>", agency="<b>Evil</b> & Co", via=None
    )
    insert_catalog(empty_catalog.engine, ARTICLES[:1], [hostile], {1: [1]})
    page = rendered(empty_catalog, "html")
    assert "<script>" not in page and "<b>Evil" not in page
    assert "&lt;b&gt;Evil&lt;/b&gt; &amp; Co" in page


def test_period_note_in_every_format(catalog: Catalog) -> None:
    from datetime import date

    from catalog.db.filters import CaptionFilter

    flt = CaptionFilter(since=date(2020, 1, 1))
    note = "2 use(s) in articles without a publication date are not counted"
    for fmt in ("table", "markdown", "html"):
        assert note in rendered(catalog, fmt, flt=flt), fmt
    # A CSV holds its table alone: the CLI writes the notes on stderr (test_cli).
    assert "counted" not in rendered(catalog, "csv", flt=flt)
    assert json.loads(rendered(catalog, "json", flt=flt))["undated_uses"] == 2


def test_unknown_format(catalog: Catalog) -> None:
    with pytest.raises(CatalogError, match="unknown report format"):
        rendered(catalog, "pdf")


def test_every_report_format_has_a_renderer() -> None:
    # The CLI offers REPORT_FORMATS as --format choices; each must render.
    from catalog.choices import REPORT_FORMATS
    from catalog.reports.renderers import RENDERERS

    assert tuple(RENDERERS) == REPORT_FORMATS
