"""Exports streamed from the database: CSV, JSON lines, and ExifTool's CSV.

Rows come from ``export_queries.stream`` one batch at a time and are written as they arrive,
so memory stays flat whatever the size of the catalog. Every field carries its effective value
(corrections applied).

CSV follows RFC 4180 (``csv`` module's excel dialect: CRLF, fields quoted when needed, quotes
doubled), UTF-8; ``excel=True`` writes the byte-order mark Excel needs to detect UTF-8. Text
cells that a spreadsheet would run as a formula are neutralised unless ``raw=True`` (see
``catalog.reports.cells``); the database does it while reading, which keeps the export at
database speed.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable
from typing import Any, TextIO

from sqlalchemy import Engine

from catalog.choices import EXPORT_FORMATS
from catalog.db import export_queries as q
from catalog.db.filters import CaptionFilter
from catalog.errors import CatalogError
from catalog.reports.cells import csv_cell, raw_csv_cell

# ExifTool tag (group-qualified, so `exiftool -csv=` writes exactly these) per field, and the
# IIM byte limit of the IPTC tags. XMP has no limit: its twin keeps a value IPTC cannot hold.
EXIFTOOL_COLUMNS: tuple[tuple[str, str, int | None], ...] = (
    ("IPTC:Caption-Abstract", "text", 2000),
    ("IPTC:By-line", "photographer", 32),
    ("IPTC:Credit", "credit", 32),
    ("IPTC:Source", "agency", 32),
    ("IPTC:DateCreated", "iptc_date", None),
    ("IPTC:City", "city", 32),
    ("IPTC:Country-PrimaryLocationName", "country", 64),
    ("XMP-dc:Description", "text", None),
    ("XMP-dc:Creator", "photographer", None),
    ("XMP-photoshop:Credit", "credit", None),
    ("XMP-photoshop:Source", "agency", None),
    ("XMP-photoshop:DateCreated", "date", None),
    ("XMP-photoshop:City", "city", None),
    ("XMP-photoshop:Country", "country", None),
)
# Tells ExifTool (and every IPTC reader) that the IPTC strings are UTF-8, not Latin-1.
CHARSET_COLUMN = ("IPTC:CodedCharacterSet", "UTF8")
EXIFTOOL_HEADER = ("SourceFile", CHARSET_COLUMN[0], *(tag for tag, _, _ in EXIFTOOL_COLUMNS))
MAX_WARNINGS = 20  # then one line with the count: a million warnings help nobody

Warn = Callable[[str], None]
Progress = Callable[[int], None]


def _stderr(message: str) -> None:
    print(f"warning: {message}", file=sys.stderr)


def export_captions(
    engine: Engine,
    flt: CaptionFilter | None,
    out: TextIO,
    fmt: str = "csv",
    uses: bool = False,
    excel: bool = False,
    raw: bool = False,
    *,
    warn: Warn | None = None,
    progress: Progress | None = None,
) -> int:
    """Write the captions ``flt`` selects (or their uses) to ``out``; returns rows written.

    ``out`` is a text stream opened with ``newline=""`` (CSV line ends are CRLF, written by the
    csv module). ``warn`` receives warnings (default: stderr); ``progress`` the running row
    count after each batch.
    """
    flt = flt or CaptionFilter()
    if fmt not in EXPORT_FORMATS:
        raise CatalogError(f"unknown export format {fmt!r} (use {', '.join(EXPORT_FORMATS)})")
    if excel and fmt != "csv":
        raise CatalogError("--excel applies to CSV only")
    if fmt == "csv":
        return _export_csv(engine, flt, out, uses, excel, raw, progress)
    if fmt == "jsonl":
        return _export_jsonl(engine, flt, out, uses, progress)
    if uses:
        raise CatalogError("the ExifTool export has one row per image file already; drop --uses")
    return _export_exiftool(engine, flt, out, warn or _stderr, progress)


def _export_csv(
    engine: Engine,
    flt: CaptionFilter,
    out: TextIO,
    uses: bool,
    excel: bool,
    raw: bool,
    progress: Progress | None,
) -> int:
    cell = raw_csv_cell if raw else csv_cell
    statement = q.export_statement(flt, engine.dialect.name, uses=uses, cell=cell)
    if excel:
        out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow([name for name, _, _ in q.export_fields(uses)])
    count = 0
    for batch in q.stream(engine, statement):
        writer.writerows(batch)
        count += len(batch)
        if progress:
            progress(count)
    return count


def _export_jsonl(
    engine: Engine, flt: CaptionFilter, out: TextIO, uses: bool, progress: Progress | None
) -> int:
    fields = q.export_fields(uses)
    names = [name for name, _, _ in fields]
    roles = names.index("roles")
    dates = [index for index, (_, _, kind) in enumerate(fields) if kind == "date"]
    statement = q.export_statement(flt, engine.dialect.name, uses=uses)
    dumps = json.JSONEncoder(ensure_ascii=False).encode
    count = 0
    for batch in q.stream(engine, statement):
        lines = []
        for row in batch:
            values: list[Any] = list(row)
            values[roles] = values[roles].split() if values[roles] else []
            for index in dates:
                if values[index] is not None:
                    values[index] = values[index].isoformat()
            lines.append(dumps(dict(zip(names, values, strict=True))))
        out.write("\n".join(lines) + "\n")
        count += len(batch)
        if progress:
            progress(count)
    return count


def iptc_date(value: str | None) -> str:
    """IIM DateCreated needs a whole date (CCYY:MM:DD); a month or a year is left to XMP."""
    if value and len(value) == 10:
        return value.replace("-", ":")
    return ""


def _export_exiftool(
    engine: Engine, flt: CaptionFilter, out: TextIO, warn: Warn, progress: Progress | None
) -> int:
    # Never neutralised: these values are written into image files, not opened in a sheet.
    writer = csv.writer(out)
    writer.writerow(EXIFTOOL_HEADER)
    statement = q.exiftool_statement(flt, engine.dialect.name)
    count = over = 0
    for batch in q.stream(engine, statement):
        for row in batch:
            values = dict(row._mapping)
            values["iptc_date"] = iptc_date(row.date)
            cells = [row.source_file, CHARSET_COLUMN[1]]
            for tag, field, limit in EXIFTOOL_COLUMNS:
                value = values[field] or ""
                cells.append(value)
                if limit is not None and value:
                    size = len(value.encode("utf-8"))
                    if size > limit:
                        over += 1
                        if over <= MAX_WARNINGS:
                            warn(
                                f"{row.source_file}: {tag} is {size} bytes, over the IIM limit "
                                f"of {limit} (caption {row.id}); ExifTool truncates it there, "
                                f"the XMP column keeps it whole"
                            )
            writer.writerow(cells)
        count += len(batch)
        if progress:
            progress(count)
    if over > MAX_WARNINGS:
        warn(f"{over - MAX_WARNINGS} more values over IIM limits not shown ({over} in all)")
    return count
