"""JSON lines and JSON files: one article per object (``id``, ``url``, ``title``, ``author``,
``published``, and ``text`` or ``html``); an ExifTool ``-json`` array is image metadata."""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from catalog.errors import SourceError
from catalog.folding import clean
from catalog.ingest.model import FoundCaption, SourceArticle

from .collect import CaptionCollector
from .dates import parse_date
from .decoding import decode, forced_encoding, is_binary, read_bytes
from .exiftool import article_from_exiftool, is_exiftool_output
from .html import article_from_html
from .html_meta import json_ld_name
from .jsonl_captions import CaptionObjects, caption_text
from .jsonl_captions import article_key as caption_article_key
from .text import article_from_text

_TEXT_KEYS = ("text", "body", "content", "article", "plain_text")
_HTML_KEYS = ("html", "body_html", "content_html", "raw_html")
_TITLE_KEYS = ("title", "headline", "name")
_AUTHOR_KEYS = ("author", "byline", "authors", "creator")
_DATE_KEYS = (
    "published",
    "date",
    "published_at",
    "publish_date",
    "pubdate",
    "datePublished",
    "date_published",
    "created_at",
)
_URL_KEYS = ("url", "link", "canonical_url", "href")
_CAPTION_TEXT_KEYS = ("caption", "text", "cutline", "description")


def _first(obj: Mapping[str, Any], keys: tuple[str, ...]) -> Any:
    return next((obj[k] for k in keys if obj.get(k) not in (None, "", [])), None)


def _published(value: Any) -> date | None:
    """A date string, or a Unix timestamp (seconds, or milliseconds as some exports write)."""
    if isinstance(value, bool) or value in (None, ""):
        return None
    if isinstance(value, int | float):
        seconds = value / 1000 if value > 10**11 else value
        try:
            return datetime.fromtimestamp(seconds, tz=UTC).date()
        except (OverflowError, OSError, ValueError):
            return None
    return parse_date(str(value))


def _listed_captions(value: Any) -> list[tuple[str, dict[str, str]]]:
    """An optional ``captions`` list: strings, or objects with caption text and credit."""
    found: list[tuple[str, dict[str, str]]] = []
    for item in value if isinstance(value, list) else []:
        if isinstance(item, str):
            found.append((item, {}))
        elif isinstance(item, Mapping):
            text = _first(item, _CAPTION_TEXT_KEYS)
            if isinstance(text, str):
                extra = {
                    k: str(item[k])
                    for k in ("credit", "photographer", "agency", "date", "city", "country")
                    if item.get(k)
                }
                found.append((text, extra))
    return found


def article_from_object(obj: Mapping[str, Any], *, path: Path, where: str) -> SourceArticle:
    """One JSON object as an article; its text or html runs through that format's reader."""
    url = _first(obj, _URL_KEYS)
    url = clean(url) if isinstance(url, str) else None
    ident = obj.get("id")
    source = url or (f"{path}#{ident}" if ident not in (None, "") else f"{path}:{where}")
    html = _first(obj, _HTML_KEYS)
    text = _first(obj, _TEXT_KEYS)
    inner: SourceArticle | None = None
    if isinstance(html, str) and html.strip():
        try:
            inner = article_from_html(html, source=source, path=str(path), fmt="jsonl")
        except SourceError:
            text = text or html  # an "html" field without markup is plain text
    from_text = False
    if inner is None and isinstance(text, str) and text.strip():
        inner = article_from_text(text, source=source, path=str(path), fmt="jsonl")
        from_text = True
    if inner is None:
        inner = SourceArticle(source=source, format="jsonl", captions=())
    listed = _listed_captions(obj.get("captions"))
    captions: tuple[FoundCaption, ...]
    if from_text and not listed:
        # The text reader's captions are folded already and hold no embedded fields: adding
        # them to a new collector would give them back unchanged.
        captions = inner.captions
    else:
        collector = CaptionCollector()
        for caption in inner.captions:
            collector.add(caption.text, caption.embedded)
        for caption_text, extra in listed:
            collector.add(caption_text, extra)
        captions = collector.captions()
    title = _first(obj, _TITLE_KEYS)
    published = _first(obj, _DATE_KEYS)
    return SourceArticle(
        source=source,
        format="jsonl",
        captions=captions,
        # The object's own fields win; the text/html header fills what they lack.
        title=(clean(title) if isinstance(title, str) else None) or inner.title,
        byline=json_ld_name(_first(obj, _AUTHOR_KEYS)) or inner.byline,
        published=_published(published) or inner.published,
        url=url or inner.url,
        path=str(path),
        # The text read from the object's text or html, never the object's bytes: a field
        # such as the scraper's fetch time must not make a recrawl a second article.
        content=inner.content,
    )


def _kind(obj: Mapping[str, Any]) -> str | None:
    """ "article" (text, html or a captions list), "caption" (a caption and no article text),
    or None: an object with none of these holds nothing to catalogue."""
    if _first(obj, _TEXT_KEYS) is not None or _first(obj, _HTML_KEYS) is not None:
        return "article"
    if isinstance(obj.get("captions"), list) and obj["captions"]:
        return "article"
    return "caption" if caption_text(obj) else None


NOTHING_TO_READ = "no text, html or caption"


def _articles_from_objects(
    objects: Iterable[tuple[str, Mapping[str, Any]]], path: Path, bad: list[str]
) -> Iterator[SourceArticle]:
    """Articles from (where, object) pairs: article objects one each, runs of caption objects
    one per article; an object with nothing to read is added to ``bad`` with its place."""
    captions = CaptionObjects(path, published=_published, byline=json_ld_name)
    for where, obj in objects:
        kind = _kind(obj)
        if kind == "caption":
            yield from captions.add(obj, where)
            continue
        yield from captions.flush()
        if kind is None:
            bad.append(f"{where}: {NOTHING_TO_READ}")
            continue
        yield article_from_object(obj, path=path, where=where)
    yield from captions.flush()


def _objects_from_document(document: Any, path: Path) -> list[Mapping[str, Any]]:
    if isinstance(document, Mapping):
        for key in ("articles", "items", "data", "results"):
            if isinstance(document.get(key), list):
                return _objects_from_document(document[key], path)
        return [document]
    if isinstance(document, list):
        return [item for item in document if isinstance(item, Mapping)]
    raise SourceError(f"{path}: JSON holds no objects")


def _read_document(text: str, path: Path) -> Iterator[SourceArticle]:
    try:
        document = json.loads(text)
    except ValueError as exc:
        raise SourceError(f"{path}: malformed JSON: {exc}") from exc
    if is_exiftool_output(document):
        yield from article_from_exiftool(document, path)
        return
    objects = _objects_from_document(document, path)
    if not objects:
        raise SourceError(f"{path}: JSON holds no objects")
    bad: list[str] = []
    numbered = ((f"item {index}", obj) for index, obj in enumerate(objects, start=1))
    yield from _articles_from_objects(numbered, path, bad)
    if bad:
        raise SourceError(f"{path}: {len(bad)} item(s) skipped ({_listed(bad)})")


def _read_lines(path: Path) -> Iterator[SourceArticle]:
    """JSON lines, streamed: a huge file is never held in memory. Malformed lines are
    skipped and reported together at the end, after the good ones were yielded."""
    try:
        with path.open(encoding=forced_encoding() or "utf-8-sig", newline="") as handle:
            yield from _objects_in_lines(handle, path, first_line=1, whole_file=True)
    except OSError as exc:
        raise SourceError(f"{path}: cannot read: {exc.strerror or exc}") from exc


def _objects_in_lines(
    lines: Iterable[str], path: Path, *, first_line: int, whole_file: bool
) -> Iterator[SourceArticle]:
    bad: list[str] = []
    counted = [0]

    def objects() -> Iterator[tuple[str, Mapping[str, Any]]]:
        for number, line in enumerate(lines, start=first_line):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                # Said in the file's terms: the decoder's own "line 1 column 5 (char 4)"
                # counts within this one line.
                bad.append(f"line {number}: not JSON ({exc.msg.lower()} at column {exc.colno})")
                continue
            if not isinstance(obj, Mapping):
                bad.append(f"line {number}: not an object")
                continue
            counted[0] += 1
            yield f"line {number}", obj

    try:
        yield from _articles_from_objects(objects(), path, bad)
    except UnicodeDecodeError as exc:
        raise SourceError(
            f"{path}: not valid {exc.encoding} ({exc.reason} after {counted[0]} objects)"
        ) from exc
    if bad:
        read = counted[0] - sum(NOTHING_TO_READ in reason for reason in bad)
        raise SourceError(f"{path}: {len(bad)} line(s) skipped, {read} read ({_listed(bad)})")
    if counted[0] == 0 and whole_file:
        raise SourceError(f"{path}: no JSON objects")


def _listed(bad: list[str], most: int = 3) -> str:
    """The first few reasons, each with its line: enough to find them in an editor."""
    shown = "; ".join(bad[:most])
    return shown + (f"; and {len(bad) - most} more" if len(bad) > most else "")


# (first byte, end byte, number of its first line) of a run of whole lines of a file.
LinesPart = tuple[int, int, int]


def json_lines_parts(path: Path, size: int) -> list[LinesPart] | None:
    """A JSON lines file cut at line ends into parts of about ``size`` bytes, so that
    several reader tasks share a large file; None if the file is not JSON lines. A run of
    caption objects of one article may cross a cut: ``read_json_lines_part`` reads it whole
    in the part it starts in."""
    try:
        if not _is_json_lines(path):
            return None
        parts: list[LinesPart] = []
        start, position, first_line, lines = 0, 0, 1, 0
        with path.open("rb") as handle:
            for raw in handle:  # JSON holds no raw line break inside a value
                position += len(raw)
                lines += 1
                if position - start >= size:
                    parts.append((start, position, first_line))
                    start, first_line, lines = position, first_line + lines, 0
        if position > start:
            parts.append((start, position, first_line))
        return parts
    except (OSError, SourceError):
        return None  # read whole, where the reader reports it


def read_json_lines_part(path: Path, part: LinesPart) -> Iterator[SourceArticle]:
    """The articles of one part of a JSON lines file (see ``json_lines_parts``).

    Each part reads the articles that start in it: the caption objects at its head that go
    on with the article of the line before it are the previous part's, and the run of
    caption objects at its end goes on past it into the next part, as far as that article
    does (consecutive caption objects of one article are one article only read together).
    """
    start, end, first_line = part
    encoding = forced_encoding() or ("utf-8-sig" if start == 0 else "utf-8")
    try:
        with path.open("rb") as handle:
            before = _run_key(_last_line_before(handle, start), encoding) if start else None
            handle.seek(start)
            lines = handle.read(end - start).splitlines(keepends=True)
            # Skipped, the lines still count: line numbers stay those of the file.
            skipped = 0
            while skipped < len(lines) and _goes_on(lines[skipped], before, encoding):
                skipped += 1
            lines = lines[skipped:]
            last = next((line for line in reversed(lines) if line.strip()), None)
            if last is not None and (key := _run_key(last, encoding)) is not None:
                lines.extend(_run_after(handle, key, encoding))
    except OSError as exc:
        raise SourceError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    text = io.TextIOWrapper(io.BytesIO(b"".join(lines)), encoding=encoding, newline="")
    return _objects_in_lines(text, path, first_line=first_line + skipped, whole_file=False)


def _run_key(raw: bytes | None, encoding: str) -> tuple[str | None, ...] | None:
    """The article a line's caption object belongs to; None for any other line."""
    if raw is None:
        return None
    try:
        obj = json.loads(raw.decode(encoding))
    except ValueError:  # UnicodeDecodeError too: the part that holds the line reports it
        return None
    if not isinstance(obj, Mapping) or _kind(obj) != "caption":
        return None
    return caption_article_key(obj)


def _goes_on(raw: bytes, key: tuple[str | None, ...] | None, encoding: str) -> bool:
    """Whether a line goes on with the run of caption objects of article ``key`` (a blank
    line does not end a run)."""
    return key is not None and (not raw.strip() or _run_key(raw, encoding) == key)


def _run_after(handle: BinaryIO, key: tuple[str | None, ...], encoding: str) -> list[bytes]:
    """The lines after the handle's position that go on with the run of article ``key``."""
    taken: list[bytes] = []
    pending: list[bytes] = []  # blank lines: kept only if the run goes on after them
    for raw in handle:
        if not _goes_on(raw, key, encoding):
            break
        pending.append(raw)
        if raw.strip():
            taken += pending
            pending = []
    return taken


def _last_line_before(handle: BinaryIO, offset: int) -> bytes | None:
    """The last non-blank line that ends at or before ``offset`` (a line end), read backwards."""
    chunk = 65536
    while True:
        begin = max(0, offset - chunk)
        handle.seek(begin)
        lines = handle.read(offset - begin).splitlines()
        # The first line read may be cut at its head, unless the read began at a line start.
        whole = lines if begin == 0 else lines[1:]
        for line in reversed(whole):
            if line.strip():
                return line
        if begin == 0:
            return None
        chunk *= 4


def _first_line(path: Path) -> tuple[bytes, bytes]:
    """The first bytes of the file and its first non-blank line (bounded in size)."""
    with path.open("rb") as handle:
        head = handle.read(4096)
        handle.seek(0)
        for raw in handle:
            if raw.strip():
                return head, raw[:1_000_000]
    return head, b""


def _is_json_lines(path: Path) -> bool:
    """Whether the first line is a whole object (else the file is one JSON document)."""
    try:
        head, first = _first_line(path)
    except OSError as exc:
        raise SourceError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    if not first.strip():
        raise SourceError(f"{path}: empty file")
    if is_binary(head):
        raise SourceError(f"{path}: binary file, not JSON")
    stripped = first.strip().lstrip(b"\xef\xbb\xbf")
    if not stripped.startswith(b"{"):
        return False
    try:
        return isinstance(json.loads(stripped), Mapping)
    except ValueError:
        return False


def read_json(path: Path) -> Iterator[SourceArticle]:
    """JSON lines when the first line is a whole object, else one JSON document."""
    if _is_json_lines(path):
        return _read_lines(path)
    return _read_document(decode(read_bytes(path), path), path)


def read_exiftool(path: Path) -> Iterator[SourceArticle]:
    """Output of ``exiftool -json`` (forced with ``--format exiftool``)."""
    text = decode(read_bytes(path), path)
    try:
        document = json.loads(text)
    except ValueError as exc:
        raise SourceError(f"{path}: malformed JSON: {exc}") from exc
    if not isinstance(document, list) or not document:
        raise SourceError(f"{path}: not ExifTool JSON (expected a list of objects)")
    return article_from_exiftool(document, path)
