"""Plain-text articles in the seed's shape: title (printed twice), byline, date lines,
body paragraphs, and captions among them, each a line or run of lines ending with a credit."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from catalog.ingest.model import FoundCaption, SourceArticle
from catalog.parsing.credit_spans import split_credit

from .collect import CaptionCollector
from .dates import DATE_LINE_MAX, looks_like_date_line, parse_date
from .decoding import decode, read_bytes
from .folding import clean, fold_key

# The header (title, byline, dates) sits in the first lines; past this the body has begun.
_HEADER_LINES = 12
_MAX_TITLE = 300
_MAX_CAPTION = 2000
_DATE_LABEL = re.compile(
    r"^(updated|published|posted|last updated|modified|date)\s*:?\s*", re.IGNORECASE
)
_LABEL_INITIALS = frozenset("uUpPlLmMdD")  # lines are clean: a label is their first word
_BYLINE_PREFIX = re.compile(r"^by\s+", re.IGNORECASE)
_NAME_WORD = re.compile(r"^[A-Z][\w'’.-]*$|^(and|de|van|von|da|der|la|le)$")
_SENTENCE_END = (".", "!", "?", '"', "”", "’", ")", "]", ":")


@dataclass(frozen=True, slots=True)
class TextHeader:
    title: str | None
    byline: str | None
    published: date | None
    lines: frozenset[int]  # indexes of header lines, which are never caption text


def _is_name_line(line: str) -> bool:
    """A byline: "By Jane Doe", or two to six capitalised words with no sentence in them."""
    text = _BYLINE_PREFIX.sub("", line).strip()
    words = text.replace(",", " ").split()
    if not 2 <= len(words) <= 8 or len(text) > 80 or any(ch.isdigit() for ch in text):
        return False
    return all(_NAME_WORD.match(word) for word in words)


def read_header(lines: list[str]) -> TextHeader:
    """Title, byline and date from the top of the article (the seed's layout)."""
    numbered: list[tuple[int, str]] = []
    for i, line in enumerate(lines):
        if line:
            numbered.append((i, line))
            if len(numbered) == _HEADER_LINES:
                break
    if not numbered:
        return TextHeader(None, None, None, frozenset())
    first_index, first = numbered[0]
    title: str | None = None
    used: set[int] = set()
    if len(first) <= _MAX_TITLE and split_credit(first) is None:
        title = first
        used.add(first_index)
    # The header ends with its last date line; without one only title copies are header.
    rests = {
        i: _DATE_LABEL.sub("", line) if line[0] in _LABEL_INITIALS else line for i, line in numbered
    }
    # Lines are clean, so the length test spares most of them the full date test.
    dates = {
        i for i, rest in rests.items() if len(rest) <= DATE_LINE_MAX and looks_like_date_line(rest)
    }
    last = max(dates) if dates else first_index
    byline: str | None = None
    published: date | None = None
    title_key = fold_key(title) if title else None
    for index, line in numbered[1:]:
        if title_key and fold_key(line) == title_key:
            used.add(index)
            continue
        if index > last:
            break
        label = _DATE_LABEL.match(line) if line[0] in _LABEL_INITIALS else None
        rest = rests[index]
        if label and not rest:
            used.add(index)  # "Updated:" with its date on the next line
        elif index in dates:
            used.add(index)
            # The first date is publication; an "Updated:" date is not.
            if published is None and not (
                label and label[1].lower().startswith(("upd", "mod", "last"))
            ):
                published = parse_date(rest)
        elif byline is None and split_credit(line) is None and _is_name_line(line):
            byline = _BYLINE_PREFIX.sub("", line).strip()
            used.add(index)
    return TextHeader(title, byline, published, frozenset(used))


def find_captions(lines: list[str], skip: frozenset[int] = frozenset()) -> tuple[FoundCaption, ...]:
    """Captions among body lines (as ``split_lines`` gives them): a line ending with a credit;
    uncredited lines before a credit printed alone (a caption wrapped over lines, or with its
    credit below it)."""
    found = CaptionCollector()
    pending: list[str] = []  # uncredited lines of the current block, in order
    last_credit: str | None = None  # credit of the caption just above, in this block
    for index, line in enumerate(lines):
        if not line or (skip and index in skip):
            if pending or last_credit is not None:
                pending, last_credit = [], None
            continue
        split = split_credit(line)
        if split is None:
            pending.append(line)
            continue
        before, credit = split
        if not before:
            if pending:
                _add(found, " ".join([*pending, line]))
            elif last_credit is None or fold_key(credit) != fold_key(last_credit):
                _add(found, line)  # a credit-only caption
            # else: the credit repeated alone under its caption is no new caption
        elif pending and not pending[-1].endswith(_SENTENCE_END):
            _add(found, " ".join([*pending, line]))  # wrapped mid-sentence
        else:
            _add(found, line)
        pending, last_credit = [], credit
    return found.captions()


def _add(found: CaptionCollector, text: str) -> None:
    """Lines are clean, and so is their join; only a cut can leave a space at the end."""
    if len(text) > _MAX_CAPTION:
        found.add(text[:_MAX_CAPTION])
    else:
        found.add_clean(text)


def split_lines(text: str) -> list[str]:
    return [clean(line) for line in text.splitlines()]


def article_from_text(
    text: str, *, source: str, path: str | None = None, fmt: str = "text"
) -> SourceArticle:
    lines = split_lines(text)
    header = read_header(lines)
    return SourceArticle(
        source=source,
        format=fmt,
        captions=find_captions(lines, header.lines),
        title=header.title,
        byline=header.byline,
        published=header.published,
        path=path,
        content=text,
    )


def read_text(path: Path) -> Iterator[SourceArticle]:
    """One article per text file."""
    text = decode(read_bytes(path), path)
    yield article_from_text(text, source=str(path), path=str(path))
