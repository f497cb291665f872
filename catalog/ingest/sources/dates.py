"""Publication and photo dates as printed in articles and metadata, read into ``date``."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from catalog.parsing.dates import read_date


def parse_date(value: str | None) -> date | None:
    """The first full date in ``value``, read by the parser's one date reader: ISO / EXIF /
    IPTC forms, ``1/8/2020`` (US month first unless the first number cannot be a month),
    ``Jan. 8, 2020``, ``8 January 2020``, dates in the languages of the parser's month data,
    RFC 2822 dates. ``None`` when no full date is written: a year or month alone is never
    widened to a day.
    """
    if not value:
        return None
    return _read_date(value)


# Header date lines and metadata dates recur across a corpus ("Published: Jan. 8, 2020"), and
# reading one runs the parser's full date finder: cached, for short values only.
@lru_cache(maxsize=4096)
def _read_date_cached(value: str) -> date | None:
    return read_date(value)


def _read_date(value: str) -> date | None:
    return _read_date_cached(value) if len(value) <= 200 else read_date(value)


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
