"""Labelled field lines: a caption printed with lines such as "Date taken: July 8, 2014" and
"Location: Gaza City, Gaza Strip" before or after it, each on a line of its own (photo
blogs, pictures of the day, archive records). Such a line says when or where the photo was
taken in so many words, and is no part of the description. The labels are data
(``data/languages``: date_labels, location_labels)."""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from catalog.parsing import lexicon, pattern_cache

# A field's value is a date or a place, not a sentence.
_LONGEST_VALUE = 100


class FieldLines(NamedTuple):
    lines: list[str]  # the caption's other lines
    date: str | None  # the text of a date field ("July 8, 2014")
    location: str | None  # the text of a place field, as printed


@cache
def _field_line() -> re.Pattern[str]:
    labels = lexicon.date_labels() | lexicon.location_labels()
    alternation = "|".join(re.escape(label) for label in lexicon.longest_first(labels))
    return pattern_cache.compile(
        rf"(?P<label>{alternation})\s*[:：]\s*(?P<value>\S.{{0,{_LONGEST_VALUE}}}?)[\s.]*",
        re.IGNORECASE,
    )


def take_field_lines(lines: list[str]) -> FieldLines | None:
    """The date and place field lines of a caption of several lines, and its other lines;
    None when it holds none (the usual caption: one line)."""
    date: str | None = None
    location: str | None = None
    others: list[str] = []
    for line in lines:
        field = read_field_line(line)
        if field is None:
            others.append(line)
        elif field[0] == "date":
            date = date or field[1]
        else:
            location = location or field[1]
    if date is None and location is None:
        return None
    return FieldLines(others, date, location)


def read_field_line(line: str) -> tuple[str, str] | None:
    """("date" or "location", the value) when ``line`` is a field line: "Date taken: July 8,
    2014", "Ort: Berlin"; None for any other line. A date field's value holds a digit ("Date:
    unknown" is none); a place field's opens with a capital ("Where: the crowd ..." is a
    sentence)."""
    match = _field_line().fullmatch(line) if ":" in line or "：" in line else None
    if match is None:
        return None
    value = match.group("value")
    if match.group("label").casefold() in _date_labels():
        return ("date", value) if any(character.isdigit() for character in value) else None
    return ("location", value) if value[:1].isupper() or value[:1].isdigit() else None


@cache
def _date_labels() -> frozenset[str]:
    return frozenset(label.casefold() for label in lexicon.date_labels())
