"""Exports: CSV (RFC 4180, BOM, formula neutralising), JSON lines and ExifTool CSV."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from catalog.db.corrections import correct
from catalog.db.filters import CaptionFilter
from catalog.errors import CatalogError
from catalog.parsing.model import ParsedCaption
from catalog.reports import export_captions
from catalog.reports.export import EXIFTOOL_HEADER
from tests.cli import catalog
from tests.conftest import REPO
from tests.reports.conftest import ARTICLES, Catalog, insert_catalog

CAPTION_HEADER = [
    "id", "caption", "description", "location", "city", "region", "country", "country_code",
    "date", "credit", "photographer", "agency", "via", "licensor", "roles", "agency_known",
    "edited", "merged_into",
]  # fmt: skip
USE_HEADER = [
    *CAPTION_HEADER, "article_id", "position", "article_title", "article_byline", "published",
    "path", "source", "url", "crawled", "removed_at",
]  # fmt: skip


def export(catalog: Catalog, flt: CaptionFilter | None = None, **options: object) -> str:
    out = io.StringIO(newline="")
    export_captions(catalog.engine, flt, out, **options)  # type: ignore[arg-type]
    return out.getvalue()


def rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_csv_one_row_per_caption(catalog: Catalog) -> None:
    text = export(catalog)
    assert text.startswith("id,caption,description,")
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    assert next(csv.reader(io.StringIO(text))) == CAPTION_HEADER
    records = rows(text)
    assert [r["id"] for r in records] == [str(n) for n in range(1, 10)]
    assert records[0] == {
        "id": "1",
        "caption": "A man holds a picture, in Tehran, Iran, on Jan. 8, 2020. "
        "(Nazanin Tabatabaee/WANA (West Asia News Agency) via Reuters)",
        "description": "A man holds a picture",
        "location": "Tehran, Iran",
        "city": "Tehran",
        "region": "",
        "country": "Iran",
        "country_code": "IR",
        "date": "2020-01-08",
        "credit": "Nazanin Tabatabaee/WANA (West Asia News Agency) via Reuters",
        "photographer": "Nazanin Tabatabaee",
        "agency": "WANA (West Asia News Agency)",
        "via": "Reuters",
        "licensor": "Reuters",
        "roles": "",
        "agency_known": "true",
        "edited": "false",
        "merged_into": "",
    }
    assert (records[3]["roles"], records[5]["agency_known"], records[4]["agency_known"]) == (
        "handout",
        "false",
        "",
    )
    assert records[7]["merged_into"] == "2"


def test_csv_per_use_adds_the_article(catalog: Catalog) -> None:
    records = rows(export(catalog, uses=True))
    assert list(records[0]) == USE_HEADER
    assert len(records) == 12
    assert [(r["id"], r["article_id"], r["position"]) for r in records[:6]] == [
        ("1", "1", "0"), ("2", "1", "1"), ("3", "1", "2"), ("4", "1", "3"), ("5", "1", "4"),
        ("2", "2", "0"),
    ]  # fmt: skip
    first, url = records[0], records[5]
    assert (first["article_title"], first["article_byline"], first["published"]) == (
        "Iran strikes back",
        "Zachary Stieber",
        "2020-01-08",
    )
    assert (first["path"], first["source"], first["url"]) == ("samples/a1.txt",) * 2 + ("",)
    assert (url["source"], url["url"], url["published"]) == (
        "https://example.com/a2",
        "https://example.com/a2",
        "2020-02-03",
    )
    undated = [r for r in records if r["article_id"] == "3"]
    assert [r["published"] for r in undated] == ["", ""]


def test_per_use_export_keeps_to_the_period(catalog: Catalog) -> None:
    from datetime import date

    flt = CaptionFilter(since=date(2020, 2, 1))
    assert {r["article_id"] for r in rows(export(catalog, flt, uses=True))} == {"2"}
    # Per caption, the period selects captions with a use in it.
    assert [r["id"] for r in rows(export(catalog, flt))] == ["2", "6", "7", "8"]


def test_corrections_are_applied(catalog: Catalog) -> None:
    correct(catalog.engine, 6, {"agency": "Reuters", "photographer": "Jane Doe"})
    [record] = [r for r in rows(export(catalog)) if r["id"] == "6"]
    assert (record["agency"], record["licensor"], record["photographer"], record["edited"]) == (
        "Reuters",
        "Reuters",
        "Jane Doe",
        "true",
    )


def test_filters_select_rows(catalog: Catalog) -> None:
    assert [r["id"] for r in rows(export(catalog, CaptionFilter(licensor="AP")))] == ["4", "7"]
    assert [r["id"] for r in rows(export(catalog, CaptionFilter(uncredited=True)))] == ["5"]


def test_excel_adds_the_bom(catalog: Catalog) -> None:
    text = export(catalog, excel=True)
    assert text.startswith("\ufeffid,caption,")
    assert text.encode("utf-8")[:3] == b"\xef\xbb\xbf"
    assert not export(catalog).startswith("\ufeff")


HOSTILE = ParsedCaption(
    caption='=HYPERLINK("http://evil.example","click")',
    description="+1 555 0100",
    location="-2+3",
    city="@SUM(A1:A9)",
    country="\tTab",
    region="\rReturn",
    credit="=cmd|' /C calc'!A0",
    photographer="Safe Name",
    agency="AP",
)


@pytest.fixture
def hostile(empty_catalog: Catalog) -> Catalog:
    insert_catalog(empty_catalog.engine, ARTICLES[:1], [HOSTILE], {1: [1]})
    return empty_catalog


def test_formula_cells_are_neutralised(hostile: Catalog) -> None:
    [record] = rows(export(hostile))
    assert record["caption"] == '\'=HYPERLINK("http://evil.example","click")'
    assert record["description"] == "'+1 555 0100"
    assert record["location"] == "'-2+3"
    assert record["city"] == "'@SUM(A1:A9)"
    assert record["country"] == "'\tTab"
    assert record["region"] == "'\rReturn"
    assert record["credit"] == "'=cmd|' /C calc'!A0"
    assert record["photographer"] == "Safe Name"
    assert record["id"] == "1"  # numbers are never touched
    [use] = rows(export(hostile, uses=True))
    assert use["credit"] == "'=cmd|' /C calc'!A0" and use["position"] == "0"


def test_raw_keeps_cells(hostile: Catalog) -> None:
    [record] = rows(export(hostile, raw=True))
    assert record["caption"] == HOSTILE.caption
    assert record["region"] == "\rReturn"  # quoted by RFC 4180, read back intact
    assert record["credit"] == HOSTILE.credit


def test_jsonl_same_fields(catalog: Catalog) -> None:
    lines = export(catalog, fmt="jsonl").splitlines()
    assert len(lines) == 9
    first = json.loads(lines[0])
    assert list(first) == CAPTION_HEADER
    assert first["caption"].startswith("A man holds a picture")
    assert (first["agency_known"], first["edited"], first["merged_into"], first["region"]) == (
        True,
        False,
        None,
        None,
    )
    assert json.loads(lines[3])["roles"] == ["handout"]
    assert json.loads(lines[7])["merged_into"] == 2


def test_jsonl_per_use_carries_the_source(catalog: Catalog) -> None:
    objects = [json.loads(line) for line in export(catalog, fmt="jsonl", uses=True).splitlines()]
    assert list(objects[0]) == USE_HEADER
    assert objects[0]["source"] == "samples/a1.txt"
    assert objects[5]["source"] == "https://example.com/a2"
    assert objects[0]["published"] == "2020-01-08"
    assert [o["published"] for o in objects if o["article_id"] == 3] == [None, None]


def test_jsonl_is_not_neutralised(hostile: Catalog) -> None:
    [obj] = [json.loads(line) for line in export(hostile, fmt="jsonl").splitlines()]
    assert obj["credit"] == HOSTILE.credit


def test_exiftool(catalog: Catalog) -> None:
    warnings: list[str] = []
    text = export(catalog, fmt="exiftool", warn=warnings.append)
    table = list(csv.reader(io.StringIO(text, newline="")))
    assert (
        table[0]
        == list(EXIFTOOL_HEADER)
        == [
            "SourceFile",
            "IPTC:CodedCharacterSet",
            "IPTC:Caption-Abstract",
            "IPTC:By-line",
            "IPTC:Credit",
            "IPTC:Source",
            "IPTC:DateCreated",
            "IPTC:City",
            "IPTC:Country-PrimaryLocationName",
            "XMP-dc:Description",
            "XMP-dc:Creator",
            "XMP-photoshop:Credit",
            "XMP-photoshop:Source",
            "XMP-photoshop:DateCreated",
            "XMP-photoshop:City",
            "XMP-photoshop:Country",
        ]
    )
    caption = "A market in Mosul. (AYMAN HENNA/AFP via Getty Images)"
    credit = "AYMAN HENNA/AFP via Getty Images"  # 32 bytes: at the IIM limit, not over
    # Only captions of image files: one row, for photos/img1.jpg.
    assert table[1:] == [
        [
            "photos/img1.jpg", "UTF8", caption, "Ayman Henna", credit, "AFP", "2020:01:19",
            "Mosul", "Iraq", caption, "Ayman Henna", credit, "AFP", "2020-01-19", "Mosul",
            "Iraq",
        ]
    ]  # fmt: skip
    assert warnings == []


def test_exiftool_warns_over_iim_limits(empty_catalog: Catalog) -> None:
    image = {**ARTICLES[3], "id": 1}
    long_credit = ParsedCaption(
        caption="Leaders meet.",
        credit="Hussein Faleh and Ayman Henna/AFP via Getty Images",
        photographer="Hussein Faleh; Ayman Henna",
        agency="AFP",
        via="Getty Images",
        city="Llanfairpwllgwyngyllgogerychwyrndrobwll",
        date="2020-01",
    )
    insert_catalog(empty_catalog.engine, [image], [long_credit], {1: [1]})
    warnings: list[str] = []
    text = export(empty_catalog, fmt="exiftool", warn=warnings.append)
    assert warnings == [
        "photos/img1.jpg: IPTC:Credit is 50 bytes, over the IIM limit of 32 (caption 1); "
        "ExifTool truncates it there, the XMP column keeps it whole",
        "photos/img1.jpg: IPTC:City is 39 bytes, over the IIM limit of 32 (caption 1); "
        "ExifTool truncates it there, the XMP column keeps it whole",
    ]
    [row] = list(csv.DictReader(io.StringIO(text, newline="")))
    # IIM needs a whole date; the month stays in XMP only.
    assert (row["IPTC:DateCreated"], row["XMP-photoshop:DateCreated"]) == ("", "2020-01")


@pytest.mark.parametrize(
    "options, message",
    [
        ({"fmt": "xml"}, "unknown export format"),
        ({"fmt": "jsonl", "excel": True}, "CSV only"),
        ({"fmt": "exiftool", "uses": True}, "drop --uses"),
    ],
)
def test_bad_options(catalog: Catalog, options: dict[str, object], message: str) -> None:
    with pytest.raises(CatalogError, match=message):
        export(catalog, None, **options)


def test_streams_in_batches(catalog: Catalog, monkeypatch: pytest.MonkeyPatch) -> None:
    from catalog.db import export_queries

    monkeypatch.setattr(export_queries, "STREAM_BATCH", 2)
    seen: list[int] = []
    export(catalog, progress=seen.append)
    assert seen == [2, 4, 6, 8, 9]


def test_exiftool_source_files_are_absolute(tmp_path: Path) -> None:
    """From the command line, after ingesting the samples by a relative path: ``exiftool
    -csv=`` is run from another folder than the ingest, so SourceFile must not be relative."""
    db = tmp_path / "c.db"
    done = subprocess.run(
        [sys.executable, "-m", "catalog", "--db", str(db), "ingest", "samples"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    exported = catalog("--db", str(db), "export", "--format", "exiftool")
    assert exported.returncode == 0, exported.stderr
    rows = list(csv.DictReader(io.StringIO(exported.stdout, newline="")))
    assert len(rows) >= 3
    for row in rows:
        assert Path(row["SourceFile"]).is_absolute(), row["SourceFile"]
    assert any(Path(row["SourceFile"]) == REPO / "samples" / "iptc_kyiv.jpg" for row in rows)
