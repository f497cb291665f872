"""Publication and photo dates as printed in articles and metadata, read into ``date``."""

from __future__ import annotations

import re
from datetime import date

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}

_ISO = re.compile(r"(\d{4})[-:/.](\d{1,2})[-:/.](\d{1,2})")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_NUMERIC = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")
_MONTH_FIRST = re.compile(r"([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")
_DAY_FIRST = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})")


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_date(value: str | None) -> date | None:
    """The first date in ``value``: ISO / EXIF / IPTC forms, ``1/8/2020`` (US month first
    unless the first number cannot be a month), ``Jan. 8, 2020``, ``8 January 2020``, RFC 2822 dates.
    ``None`` when no full date is written: a year or month alone is never widened to a day.
    """
    if not value:
        return None
    text = value.strip()[:200]
    match = _ISO.match(text)
    if match:
        return _make(int(match[1]), int(match[2]), int(match[3]))
    match = _COMPACT.fullmatch(text) or _COMPACT.match(text)
    if match and (len(text) == 8 or not text[8:9].isdigit()):
        return _make(int(match[1]), int(match[2]), int(match[3]))
    match = _NUMERIC.search(text)
    if match:
        first, second, year = int(match[1]), int(match[2]), int(match[3])
        if first > 12:
            return _make(year, second, first)
        return _make(year, first, second)
    match = _MONTH_FIRST.search(text)
    if match and match[1].lower() in _MONTHS:
        return _make(int(match[3]), _MONTHS[match[1].lower()], int(match[2]))
    match = _DAY_FIRST.search(text)  # also the date inside RFC 2822 "Wed, 08 Jan 2020 ..."
    if match and match[2].lower() in _MONTHS:
        return _make(int(match[3]), _MONTHS[match[2].lower()], int(match[1]))
    return None


def iso_date(value: str | None) -> str | None:
    """An embedded photo date as ISO 8601 at the precision written (``YYYY-MM-DD``,
    ``YYYY-MM`` or ``YYYY``), for ``FoundCaption.embedded["date"]``."""
    if not value:
        return None
    text = value.strip()
    full = parse_date(text)
    if full is not None:
        return full.isoformat()
    match = re.match(r"(\d{4})(?:[-:](\d{2}))?(?:$|[-:T ])", text)
    if not match:
        return None
    if match[2] and 1 <= int(match[2]) <= 12:
        return f"{match[1]}-{match[2]}"
    return match[1]


# A date line is short: a longer line is body text (callers may test this first, cheaply).
DATE_LINE_MAX = 40


def looks_like_date_line(line: str) -> bool:
    """A header line that holds only a date (``1/8/2020``, ``Jan. 8, 2020``, ``2020-01-08``)."""
    text = line.strip()
    if (
        len(text) > DATE_LINE_MAX
        or not any(ch.isdigit() for ch in text)
        or parse_date(text) is None
    ):
        return False
    # A date line has few words besides the date itself ("Published", "Updated", a time).
    return len(re.findall(r"[A-Za-z]{4,}", text)) <= 3
