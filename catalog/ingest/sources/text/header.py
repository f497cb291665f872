"""The header of a plain-text article: title (often printed twice), byline and date lines,
as scrapers store them at the top; an archive's "URL:" line before them names the page."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from itertools import islice

from catalog.folding import fold_key
from catalog.parsing.field_lines import read_field_line

from ..dates import DATE_LINE_MAX, looks_like_date_line, parse_date
from .furniture import is_control

# The header (title, byline, dates) sits in the first lines; past this the body has begun.
_HEADER_LINES = 12
_MAX_TITLE = 300
_DATE_LABEL = re.compile(
    r"^(updated|published|posted|last updated|modified|date)\s*:?\s*", re.IGNORECASE
)
_LABEL_INITIALS = frozenset("uUpPlLmMdD")  # lines are clean: a label is their first word
_BYLINE_PREFIX = re.compile(r"^by\s+", re.IGNORECASE)
_NAME_WORD = re.compile(r"^[A-Z][\w'’.-]*$|^(and|de|van|von|da|der|la|le)$")


@dataclass(frozen=True, slots=True)
class TextHeader:
    title: str | None
    byline: str | None
    published: date | None
    lines: frozenset[int]  # indexes of header lines, which are never caption text
    url: str | None = None
    # The line the title was read from: a scrap of a page often starts with a caption, so the
    # caption finder still sees this line (and takes it only with a credit or in a gallery).
    title_line: int = -1


# Marks every credit form holds somewhere in its last characters (a label, a bracket, a
# chain, "via", a name and agency after a comma): a title without any holds no credit.
_CREDIT_MARKS = ("/", ":", "：", "©", "(c)", " by ", " via ", ")", "]", ", ", "|", "摄", "攝")
_CREDIT_SCAN = 160


def _may_hold_credit(line: str) -> bool:
    tail = line[-_CREDIT_SCAN:]
    return any(mark in tail for mark in _CREDIT_MARKS) or "photo" in tail.casefold()


# Header date lines recur across the articles of a batch ("Updated:", "1/8/2020"): each short
# line is read once.
_date_line = lru_cache(maxsize=4096)(looks_like_date_line)


def _title_copy(line: str, title: str | None, title_key: str) -> bool:
    """The title printed again, in other case, spacing or punctuation."""
    if line == title:
        return True
    # An ASCII line that opens with a letter or digit folds to a key that opens with it in
    # lower case: most lines are told from the title's by that one character.
    if line.isascii() and line[:1].isalnum() and line[0].lower() != title_key[:1]:
        return False
    return fold_key(line) == title_key


_ASCII_DIGIT = re.compile(r"[0-9]")


def _has_digit(text: str) -> bool:
    # str.isdigit holds for more than the ASCII digits (superscripts, other scripts' digits):
    # only an ASCII text is told by the regex.
    if text.isascii():
        return _ASCII_DIGIT.search(text) is not None
    return any(char.isdigit() for char in text)


def _is_name_line(line: str) -> bool:
    """A byline: "By Jane Doe", or two to six capitalised words with no sentence in them."""
    text = _BYLINE_PREFIX.sub("", line).strip()
    words = text.replace(",", " ").split()
    if not 2 <= len(words) <= 8 or len(text) > 80 or _has_digit(text):
        return False
    return all(_NAME_WORD.match(word) for word in words)


def _photo_date(line: str, rest: str) -> bool:
    """A caption's field line giving when the photo was taken ("Date taken: July 8, 2014",
    "Aufnahmedatum: 8. Juli 2014"): a label the header does not take off before the date. The
    page's own "Date: ..." is the article's."""
    field = read_field_line(line)
    return field is not None and field[0] == "date" and rest.strip() != field[1].strip()


def _photo_field(line: str) -> bool:
    """A caption's field line opening the scrap, never its title: "Location: Gaza City",
    "Date taken: July 8, 2014"."""
    field = read_field_line(line)
    if field is None:
        return False
    return field[0] == "location" or _photo_date(line, _DATE_LABEL.sub("", line))


def read_header(lines: list[str], has_credit: Callable[[str], bool]) -> TextHeader:
    """Title, byline and date from the top of the article (the seed's layout); ``has_credit``
    tells a caption line (never the title or byline) from the others."""
    url, url_line = _url(lines)
    numbered = list(
        islice(((i, line) for i, line in enumerate(lines) if line and i != url_line), _HEADER_LINES)
    )
    if not numbered:
        return TextHeader(None, None, None, frozenset(), url)
    used: set[int] = {url_line} if url is not None else set()
    # A page's controls print above its title ("ADVERTISEMENT", "PUBLICIDAD", "Share"): the
    # title is the first line that is not one.
    while len(numbered) > 1 and is_control(numbered[0][1]):
        used.add(numbered.pop(0)[0])
    first_index, first = numbered[0]
    title: str | None = None
    if (
        len(first) <= _MAX_TITLE
        and not (_may_hold_credit(first) and has_credit(first))
        and not _photo_field(first)
    ):
        title = first
        used.add(first_index)
    # The header ends with its last date line; without one only title copies are header.
    rests = {
        i: _DATE_LABEL.sub("", line) if line[0] in _LABEL_INITIALS else line for i, line in numbered
    }
    # Lines are clean, so the length test spares most of them the full date test.
    dates = {
        i
        for i, rest in rests.items()
        if len(rest) <= DATE_LINE_MAX and _date_line(rest) and not _photo_date(lines[i], rest)
    }
    last = max(dates) if dates else first_index
    byline: str | None = None
    published: date | None = None
    title_key = fold_key(title) if title else None
    for index, line in numbered[1:]:
        if title_key and _title_copy(line, title, title_key):
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
        elif byline is None and _is_name_line(line) and not has_credit(line):
            byline = _BYLINE_PREFIX.sub("", line).strip()
            used.add(index)
    title_line = first_index if title is not None else -1
    return TextHeader(title, byline, published, frozenset(used - {title_line}), url, title_line)


_URL_LABEL = "url:"


def _url(lines: list[str]) -> tuple[str | None, int]:
    """The page address of a web archive's "URL: https://..." first line."""
    for index, line in enumerate(lines[:3]):
        if not line:
            continue
        if line[:4].casefold() == _URL_LABEL:
            address = line[4:].strip()
            if address.startswith(("http://", "https://")) and " " not in address:
                return address, index
        break
    return None, -1
