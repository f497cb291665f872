"""One filter model for the TUI, the reports and the exports.

``CaptionFilter.parse`` reads the fielded query language users type in the TUI search box and
pass on the command line::

    soleimani "polling station" -drone agency:AP via:"Getty Images" by:Malla in:Tehran
    date:2020-01..2020-03 is:uncredited is:unknown-agency is:edited

``apply_filter`` turns a filter into WHERE clauses on the ``caption`` table, using the
full-text index of each dialect for the free text.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass, fields, replace
from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    column,
    exists,
    false,
    func,
    literal_column,
    or_,
    select,
    table,
    true,
)

from catalog.db.models import Article, Caption, Use
from catalog.errors import CatalogError

_FIELD_ALIASES = {
    "agency": "agency",
    "via": "via",
    "licensor": "licensor",
    "by": "photographer",
    "photographer": "photographer",
    "in": "place",
    "place": "place",
    "country": "place",
    "date": "date",
    "year": "date",
    "since": "since",
    "until": "until",
    "is": "is",
}
_IS_FLAGS = {
    "uncredited": "uncredited",
    "unknown-agency": "unknown_agency",
    "unknown": "unknown_agency",
    "edited": "edited",
}
_DATE_BOUND = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


@dataclass(frozen=True)
class CaptionFilter:
    text: str | None = None  # free text for the full-text index
    agency: str | None = None
    via: str | None = None
    licensor: str | None = None
    photographer: str | None = None
    place: str | None = None  # city, region, country or the location as written
    date_from: str | None = None  # photo date, ISO prefix, inclusive
    date_to: str | None = None
    since: date | None = None  # article publication period, inclusive
    until: date | None = None
    uncredited: bool = False
    unknown_agency: bool = False
    edited: bool = False

    @property
    def is_empty(self) -> bool:
        return self == CaptionFilter()

    def with_(self, **changes: object) -> CaptionFilter:
        return replace(self, **changes)  # type: ignore[arg-type]

    @classmethod
    def parse(cls, query: str) -> CaptionFilter:
        """Read the fielded query language; raises CatalogError on a bad field or date."""
        try:
            tokens = shlex.split(query, posix=True)
        except ValueError:
            # An unbalanced quote while typing: read the words as they are.
            tokens = query.replace('"', " ").split()
        free: list[str] = []
        values: dict[str, object] = {}
        for token in tokens:
            name, sep, value = token.partition(":")
            field_name = _FIELD_ALIASES.get(name.lower()) if sep else None
            if field_name is None or not value:
                free.append(f'"{token}"' if " " in token else token)
                continue
            if field_name == "is":
                flag = _IS_FLAGS.get(value.lower())
                if flag is None:
                    raise CatalogError(f"unknown filter is:{value} (use {', '.join(_IS_FLAGS)})")
                values[flag] = True
            elif field_name == "date":
                values["date_from"], values["date_to"] = _date_range(value)
            elif field_name in ("since", "until"):
                values[field_name] = _parse_day(value)
            else:
                values[field_name] = value
        if free:
            values["text"] = " ".join(free)
        return cls(**values)  # type: ignore[arg-type]

    def to_query(self) -> str:
        """The query string that ``parse`` reads back into this filter."""
        parts: list[str] = [self.text] if self.text else []
        names = {"photographer": "by", "place": "in"}
        for item in fields(self):
            value = getattr(self, item.name)
            if item.name == "text" or value in (None, False):
                continue
            if item.name in ("uncredited", "edited"):
                parts.append(f"is:{item.name}")
            elif item.name == "unknown_agency":
                parts.append("is:unknown-agency")
            elif item.name == "date_from":
                parts.append(f"date:{value}..{self.date_to or ''}")
            elif item.name == "date_to":
                if not self.date_from:
                    parts.append(f"date:..{value}")
            else:
                text = str(value)
                text = f'"{text}"' if " " in text else text
                parts.append(f"{names.get(item.name, item.name)}:{text}")
        return " ".join(parts)


def _parse_day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise CatalogError(f"not a date: {value!r} (use YYYY-MM-DD)") from None


def _date_range(value: str) -> tuple[str | None, str | None]:
    low, sep, high = value.partition("..")
    if not sep:
        high = low
    for bound in (low, high):
        if bound and not _DATE_BOUND.match(bound):
            raise CatalogError(f"not a date range: {value!r} (use e.g. 2020-01..2020-03)")
    return low or None, high or None


def _upper_bound(prefix: str) -> str:
    # "2020-03" must include "2020-03-31": compare against the prefix followed by a high char.
    return prefix + "\uffff"


def fts_match_expression(text: str) -> str:
    """Translate the user's words into FTS5 MATCH syntax, quoting every term.

    Quoting stops FTS5 from reading user punctuation ("U.S.", "AP:") as query syntax.
    ``word*`` stays a prefix query, ``-word`` becomes NOT, ``"a phrase"`` stays a phrase.
    """
    try:
        tokens = shlex.split(text)
    except ValueError:
        tokens = text.replace('"', " ").split()
    positive: list[str] = []
    negative: list[str] = []
    for token in tokens:
        target = positive
        if token.startswith("-") and len(token) > 1:
            target, token = negative, token[1:]
        prefix = token.endswith("*")
        words = token.rstrip("*").replace('"', " ").strip()
        if not words:
            continue
        target.append(f'"{words}"' + ("*" if prefix else ""))
    if not positive:
        return ""
    expression = " AND ".join(positive)
    for term in negative:
        expression = f"({expression}) NOT {term}"
    return expression


def _lexeme(word: str) -> str:
    # A quoted lexeme: user punctuation is never read as tsquery syntax.
    return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"


def tsquery_expression(text: str) -> str:
    """The same words as ``fts_match_expression``, in PostgreSQL ``to_tsquery`` syntax.

    ``websearch_to_tsquery`` has no prefix search, so the small grammar is translated here:
    words are ANDed, ``"a phrase"`` becomes ``a <-> phrase``, ``word*`` becomes ``word:*``
    and ``-word`` becomes ``!word``.
    """
    try:
        tokens = shlex.split(text)
    except ValueError:
        tokens = text.replace('"', " ").split()
    positive: list[str] = []
    negative: list[str] = []
    for token in tokens:
        target = positive
        if token.startswith("-") and len(token) > 1:
            target, token = negative, token[1:]
        prefix = token.endswith("*")
        words = token.rstrip("*").replace('"', " ").split()
        if not words:
            continue
        lexemes = [_lexeme(word) for word in words]
        if prefix:
            lexemes[-1] += ":*"
        target.append("(" + " <-> ".join(lexemes) + ")")
    if not positive:
        return ""
    return " & ".join(positive + [f"!{term}" for term in negative])


def text_condition(text: str, dialect: str) -> ColumnElement[bool]:
    if dialect == "sqlite":
        expression = fts_match_expression(text)
        if not expression:
            return true()
        fts = table("caption_fts", column("rowid"))  # FTS5: raw SQL in the migrations
        matches = select(fts.c.rowid).where(literal_column("caption_fts").op("MATCH")(expression))
        return Caption.id.in_(matches)
    if dialect == "postgresql":
        expression = tsquery_expression(text)
        if not expression:
            return true()
        return literal_column("caption.tsv").op("@@")(func.to_tsquery("english", expression))
    return Caption.text.ilike(f"%{text}%")


def _equals_folded(column: Any, value: str) -> ColumnElement[bool]:
    # Exact match first so the index is used; case-folded match for hand-typed values.
    return or_(column == value, func.lower(column) == value.lower())


def conditions(flt: CaptionFilter, dialect: str) -> list[ColumnElement[bool]]:
    """WHERE clauses on ``caption`` for a filter (articles only through EXISTS)."""
    where: list[ColumnElement[bool]] = []
    if flt.text:
        where.append(text_condition(flt.text, dialect))
    for name in ("agency", "via", "licensor"):
        value = getattr(flt, name)
        if value is not None:
            where.append(_equals_folded(getattr(Caption, name), value))
    if flt.photographer:
        where.append(Caption.photographer.ilike(f"%{flt.photographer}%"))
    if flt.place:
        pattern = f"%{flt.place}%"
        where.append(
            or_(
                _equals_folded(Caption.country, flt.place),
                _equals_folded(Caption.city, flt.place),
                Caption.country_code == flt.place.upper(),
                Caption.location.ilike(pattern),
            )
        )
    if flt.date_from:
        where.append(Caption.date >= flt.date_from)
    if flt.date_to:
        where.append(Caption.date <= _upper_bound(flt.date_to))
    if flt.uncredited:
        where.append(Caption.credit.is_(None))
    if flt.unknown_agency:
        where.append(Caption.agency_known == false())
    if flt.edited:
        where.append(Caption.edited.is_(True))
    if flt.since or flt.until:
        period = [Use.caption_id == Caption.id, Article.id == Use.article_id]
        if flt.since:
            period.append(Article.published >= flt.since)
        if flt.until:
            period.append(Article.published <= flt.until)
        where.append(exists(select(Use.id).join(Article).where(*period)))
    return where


def apply_filter(statement: Select[Any], flt: CaptionFilter, dialect: str) -> Select[Any]:
    for condition in conditions(flt, dialect):
        statement = statement.where(condition)
    return statement
