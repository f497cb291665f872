"""Source readers: files in, articles with their captions out.

``find_files`` lists the files under the paths given; ``read_path`` reads one file with the
reader its format needs and yields ``SourceArticle``s. A file that cannot be read raises
``catalog.errors.SourceError`` with one clear message, so the caller can report it and go on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from catalog.errors import SourceError
from catalog.ingest.model import SkippedRecord, SourceArticle

from .detect import detect_format, extension_format, normalise_format

__all__ = ["SourceError", "find_files", "read_path", "reader_for"]

# A reader yields articles, and for a web archive the records that hold none.
Reader = Callable[[Path], Iterator[SourceArticle | SkippedRecord]]


def _hidden(path: Path, root: Path) -> bool:
    try:
        parts = path.relative_to(root).parts
    except ValueError:
        parts = path.parts
    return any(part.startswith(".") for part in parts)


def _wanted(path: Path) -> bool:
    """In a folder, files of a known extension, or none (pages saved without one);
    scripts, archives and notes lying next to the articles are not articles."""
    return not path.suffix or extension_format(path) is not None


def find_files(paths: Iterable[Path], ignored: list[Path] | None = None) -> Iterator[Path]:
    """Files named (whatever their type), and the readable files under folders named
    (recursively, sorted, hidden ones skipped). Files in those folders that no reader takes
    (by extension) are added to ``ignored``, so that the summary can list them.

    A missing path is a SourceError: the user typed it, so silence would hide a typo.
    """
    for path in paths:
        path = Path(path)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if not child.is_file() or _hidden(child, path):
                    continue
                if _wanted(child):
                    yield child
                elif ignored is not None:
                    ignored.append(child)
        elif path.exists():
            yield path
        else:
            raise SourceError(f"{path}: no such file or folder")


def reader_for(fmt: str) -> Reader:
    """The reader of one format (imported when first needed)."""
    fmt = normalise_format(fmt)
    if fmt == "text":
        from .text import read_text

        return read_text
    if fmt == "html":
        from .html import read_html

        return read_html
    if fmt == "jsonl":
        from .jsonl import read_json

        return read_json
    if fmt == "exiftool":
        from .jsonl import read_exiftool

        return read_exiftool
    if fmt == "csv":
        from .csv_source import read_csv

        return read_csv
    if fmt == "warc":
        from .warc import read_warc

        return read_warc
    from .images import read_image

    return read_image


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(4096)
    except OSError as exc:
        raise SourceError(f"{path}: cannot read: {exc.strerror or exc}") from exc


RecordCallback = Callable[[SkippedRecord], None]


def _articles(
    items: Iterator[SourceArticle | SkippedRecord], on_record: RecordCallback | None
) -> Iterator[SourceArticle]:
    for item in items:
        if isinstance(item, SkippedRecord):
            if on_record is not None:
                on_record(item)
        else:
            yield item


def read_path(
    path: Path, fmt: str | None = None, on_record: RecordCallback | None = None
) -> Iterator[SourceArticle]:
    """The articles in one file; ``fmt`` forces a format, else extension and content decide.
    A web archive's records that hold no article go to ``on_record``."""
    path = Path(path)
    if path.is_dir():
        raise SourceError(f"{path}: is a folder; use find_files to list it")
    chosen = normalise_format(fmt) if fmt else detect_format(path, _head(path))
    return _articles(reader_for(chosen)(path), on_record)


def file_parts(path: Path, fmt: str | None, size: int) -> list[tuple[int, int, int]] | None:
    """A JSON lines file, CSV file or web archive larger than ``size`` cut into parts that
    reader tasks share (JSON lines at line ends, CSV at the ends of rows that the csv module
    finds, an archive by byte ranges, each part starting at its first record); None for any
    other file, which is read whole."""
    try:
        if path.stat().st_size <= size:
            return None
        chosen = normalise_format(fmt) if fmt else detect_format(path, _head(path))
    except (OSError, SourceError):
        return None
    if chosen == "jsonl":
        from .jsonl import json_lines_parts

        return json_lines_parts(path, size)
    if chosen == "csv":
        from .csv_source import csv_parts

        return csv_parts(path, size)
    if chosen == "warc":
        from .warc import warc_parts

        return warc_parts(path, size)
    return None


def read_part(
    path: Path,
    part: tuple[int, int, int],
    fmt: str | None = None,
    on_record: RecordCallback | None = None,
) -> Iterator[SourceArticle]:
    """The articles of one part of a JSON lines file, CSV file or web archive (see
    ``file_parts``)."""
    path = Path(path)
    chosen = normalise_format(fmt) if fmt else detect_format(path, _head(path))
    if chosen == "warc":
        from .warc import read_warc_part

        return _articles(read_warc_part(path, part), on_record)
    if chosen == "csv":
        from .csv_source import read_csv_part

        return read_csv_part(path, part)
    from .jsonl import read_json_lines_part

    return read_json_lines_part(path, part)
