"""One filter model for the TUI, the reports and the exports.

``CaptionFilter.parse`` reads the fielded query language users type in the TUI search box and
pass on the command line::

    soleimani "polling station" -drone agency:AP via:"Getty Images" by:Malla in:Tehran
    date:2020-01..2020-03 is:uncredited is:unknown-agency is:edited is:duplicate
    is:duplicate-open

``conditions`` turns a filter into WHERE clauses on the ``caption`` table, the same for the
browser, the reports and the exports, each answered from an index (the full-text index of each
dialect for words, ``by:`` and ``in:``). ``apply_filter`` adds them to a statement.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Iterator
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
    select,
    table,
    true,
    union,
    union_all,
)
from sqlalchemy.sql.selectable import CompoundSelect

from catalog.db.models import Article, Caption, PossibleDuplicate, Use, article_table
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
    # In a possible-duplicate pair that is open or confirmed; open only: the review queue.
    "duplicate": "duplicate",
    "duplicate-open": "duplicate_open",
}
_DATE_BOUND = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
# What a field name looks like: "foo:bar" is a mistyped field, "10:30" and "http://" are not.
_FIELD_NAME = re.compile(r"[a-z][a-z_-]*", re.IGNORECASE)
_FIELD_EXAMPLES = {
    "agency": "agency:AP",
    "via": 'via:"Getty Images"',
    "licensor": "licensor:Reuters",
    "photographer": "by:Name",
    "place": "in:Kyiv",
    "date": "date:2020-01..2020-03",
    "since": "since:2024-01-01",
    "until": "until:2024-01-31",
    "is": "is:uncredited",
}
FIELD_NAMES = "agency via licensor by in date since until is"


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
    duplicate: bool = False
    duplicate_open: bool = False

    def __post_init__(self) -> None:
        # A period that ends before it starts matches nothing: surely a slip of the user's.
        if self.since is not None and self.until is not None and self.since > self.until:
            raise CatalogError(
                f"the period starts ({self.since}) after it ends ({self.until}): "
                "swap since and until"
            )
        if self.date_from and self.date_to and self.date_from > _upper_bound(self.date_to):
            raise CatalogError(
                f"the date range starts ({self.date_from}) after it ends ({self.date_to})"
            )

    @property
    def is_empty(self) -> bool:
        return self == CaptionFilter()

    def with_(self, **changes: object) -> CaptionFilter:
        return replace(self, **changes)  # type: ignore[arg-type]

    @classmethod
    def parse(cls, query: str, *, last_word_prefix: bool = False) -> CaptionFilter:
        """Read the fielded query language; raises CatalogError on a bad field or date.

        ``last_word_prefix``: the last free word is a prefix (``flood`` finds "flooded"), as
        a search box shows results while the word is still being typed.
        """
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
            if field_name is not None and not value:
                raise CatalogError(f"{token} needs a value, e.g. {_FIELD_EXAMPLES[field_name]}")
            if field_name is None and sep and value and _is_field_name(name, value):
                raise CatalogError(f"unknown field {name}: (the fields are {FIELD_NAMES})")
            if field_name is None:
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
            last = free[-1]
            if last_word_prefix and last[-1].isalnum() and not last.startswith(("-", '"')):
                free[-1] = last + "*"
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
            if item.name in ("uncredited", "edited", "duplicate"):
                parts.append(f"is:{item.name}")
            elif item.name in ("unknown_agency", "duplicate_open"):
                parts.append(f"is:{item.name.replace('_', '-')}")
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


def _is_field_name(name: str, value: str) -> bool:
    """Whether ``name:value`` reads as a field: a name of letters, and a value that is not
    the rest of a URL."""
    return bool(_FIELD_NAME.fullmatch(name)) and not value.startswith("//")


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
        if bound:
            # The shape is right; the calendar must agree too (no month 13, no 31 April).
            try:
                date.fromisoformat((bound + "-01-01")[:10])
            except ValueError:
                raise CatalogError(f"no such date: {bound} (in date:{value})") from None
    return low or None, high or None


def _upper_bound(prefix: str) -> str:
    # "2020-03" must include "2020-03-31": compare against the prefix followed by a high char.
    return prefix + "\uffff"


def _query_terms(text: str) -> Iterator[tuple[list[str], bool, bool]]:
    """The user's search terms: (words of the term or phrase, prefix?, excluded?)."""
    try:
        tokens = shlex.split(text)
    except ValueError:
        # An unbalanced quote while typing: read the words as they are.
        tokens = text.replace('"', " ").split()
    for token in tokens:
        excluded = token.startswith("-") and len(token) > 1
        if excluded:
            token = token[1:]
        words = token.rstrip("*").replace('"', " ").split()
        if words:
            yield words, token.endswith("*"), excluded


def fts_match_expression(text: str) -> str:
    """Translate the user's words into FTS5 MATCH syntax, quoting every term.

    Quoting stops FTS5 from reading user punctuation ("U.S.", "AP:") as query syntax.
    ``word*`` stays a prefix query, ``-word`` becomes NOT, ``"a phrase"`` stays a phrase.
    """
    positive: list[str] = []
    negative: list[str] = []
    for words, prefix, excluded in _query_terms(text):
        term = '"' + " ".join(words) + '"' + ("*" if prefix else "")
        (negative if excluded else positive).append(term)
    if not positive:
        return ""
    expression = " AND ".join(positive)
    for term in negative:
        expression = f"({expression}) NOT {term}"
    return expression


def excluded_expression(text: str) -> str:
    """FTS5 MATCH for the excluded terms of a query that has no other words: FTS5 cannot
    say "NOT x" alone, so the caller takes the captions outside this match."""
    terms = [
        '"' + " ".join(words) + '"' + ("*" if prefix else "")
        for words, prefix, excluded in _query_terms(text)
        if excluded
    ]
    return " OR ".join(terms)


def _lexeme(word: str) -> str:
    # A quoted lexeme: user punctuation is never read as tsquery syntax.
    return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"


def tsquery_expression(text: str) -> str:
    """The same words as ``fts_match_expression``, in PostgreSQL ``to_tsquery`` syntax.

    ``websearch_to_tsquery`` has no prefix search, so the small grammar is translated here:
    words are ANDed, ``"a phrase"`` becomes ``a <-> phrase``, ``word*`` becomes ``word:*``
    and ``-word`` becomes ``!word``.
    """
    positive: list[str] = []
    negative: list[str] = []
    for words, prefix, excluded in _query_terms(text):
        lexemes = [_lexeme(word) for word in words]
        if prefix:
            lexemes[-1] += ":*"
        (negative if excluded else positive).append("(" + " <-> ".join(lexemes) + ")")
    return " & ".join(positive + [f"!{term}" for term in negative])


def text_condition(text: str, dialect: str, scan: bool = False) -> ColumnElement[bool]:
    if dialect == "sqlite":
        expression = fts_match_expression(text)
        if not expression:
            excluded = excluded_expression(text)
            if excluded:  # only "-word"s: every caption but those
                return _unindexed_id(scan).not_in(_fts_rowids(excluded))
            return true()
        return _unindexed_id(scan).in_(_fts_rowids(expression))
    if dialect == "postgresql":
        expression = tsquery_expression(text)
        if not expression:
            return true()
        return literal_column("caption.tsv").op("@@")(func.to_tsquery("english", expression))
    return Caption.text.ilike(f"%{text}%")


def _unindexed_id(scan: bool) -> ColumnElement[Any]:
    # ``id + 0``: SQLite must test membership row by row instead of starting from the set.
    return (Caption.id + 0) if scan else Caption.id


def _spellings(column: Any, value: str) -> Select[Any]:
    """The stored spellings of ``value`` in ``column``, compared case-insensitively.

    The column's distinct values are walked through its index, one seek per value (a
    recursive "loose index scan": ``min(col) WHERE col > previous``), and the case-folded
    comparison runs on those few values only. ``col IN (this)`` is then an index lookup,
    where ``col = v OR lower(col) = v`` would test every row. Both dialects plan it so.
    """
    name = f"{column.key}_values"
    first = select(func.min(column).label("value"))
    walk = first.cte(name, recursive=True, nesting=True)
    following = select(func.min(column)).where(column > walk.c.value).scalar_subquery()
    walk = walk.union_all(select(following).where(walk.c.value.is_not(None)))
    return select(walk.c.value).where(func.lower(walk.c.value) == func.lower(value))


def _likely_few(condition: ColumnElement[bool], dialect: str) -> ColumnElement[bool]:
    """SQLite: ``unlikely(condition)``, a planner hint that few rows pass. Without it, SQLite
    cannot guess how many spellings an ``IN (subquery)`` yields and scans the table rather
    than seek the column's index."""
    if dialect != "sqlite":
        return condition
    return func.unlikely(condition)


def _words(value: str) -> list[str]:
    # Word characters without "_", which the FTS5 tokenizer reads as a separator.
    return re.findall(r"[^\W_]+", value)


def _fts_phrase(column: str, words: list[str]) -> str:
    # FTS5: the words in order, adjacent, the last one a prefix (a '*' after a phrase).
    return f'{column} : "{" ".join(words)}"*'


def _words_condition(
    name: str, value: str, dialect: str, scan: bool = False
) -> ColumnElement[bool] | None:
    """``value``'s words, in order, the last one as a prefix, in one column (``by:``, ``in:``).

    ``by:mall`` finds Malla, ``by:"nazanin tab"`` finds Nazanin Tabatabaee; ``by:alla`` finds
    nothing. SQLite asks the FTS5 index's column (which also ignores diacritics); PostgreSQL,
    whose ``tsv`` does not keep columns apart, a case-insensitive regular expression.
    None when ``value`` has no word.
    """
    words = _words(value)
    if not words:
        return None
    if dialect == "sqlite":
        return _unindexed_id(scan).in_(_fts_rowids(_fts_phrase(name, words)))
    column = Caption[name]
    if dialect == "postgresql":
        return column.bool_op("~*")(r"\m" + r"[\W_]+".join(words))
    return column.ilike(f"%{value}%")


def _fts_rowids(expression: str) -> Select[Any]:
    fts = table("caption_fts", column("rowid"))  # FTS5: raw SQL in the migrations
    return select(fts.c.rowid).where(literal_column("caption_fts").op("MATCH")(expression))


def place_ids(place: str, dialect: str) -> Select[Any]:
    """Ids of the captions in ``place``: its country or city (any case), its ISO country code
    (two letters), or a location with its words (see ``_words_condition``).

    One set of ids, each part read from its own index, so that the OR costs no table scan.
    """
    parts: list[Select[Any]] = [
        select(Caption.id).where(Caption.country.in_(_spellings(Caption.country, place))),
        select(Caption.id).where(Caption.city.in_(_spellings(Caption.city, place))),
    ]
    if len(place) == 2 and place.isalpha():
        parts.append(select(Caption.id).where(Caption.country_code == place.upper()))
    words = _words(place)
    if words and dialect == "sqlite":
        parts.append(_fts_rowids(_fts_phrase("location", words)))
    elif words:
        location = _words_condition("location", place, dialect)
        assert location is not None
        parts.append(select(Caption.id).where(location))
    return union_all(*parts)  # type: ignore[return-value]


def id_set(flt: CaptionFilter, dialect: str) -> Select[Any] | None:
    """SQLite: the ids the filter keeps as one id set, when its only condition is ``in:`` or
    ``by:`` (else None). Counting them distinctly reads the indexes only, where counting the
    ``caption`` rows whose id is in the set seeks one wide row per id."""
    if dialect != "sqlite":
        return None
    if flt.place and flt.with_(place=None).is_empty:
        return place_ids(flt.place, dialect)
    if flt.photographer and flt.with_(photographer=None).is_empty:
        words = _words(flt.photographer)
        return _fts_rowids(_fts_phrase("photographer", words)) if words else None
    return None


def duplicate_ids(statuses: tuple[str, ...]) -> CompoundSelect[Any]:
    """Captions on either side of a possible-duplicate pair with one of these statuses (from
    the pair table's status index: the pairs are few next to the captions)."""
    pairs = (
        select(PossibleDuplicate.caption_id, PossibleDuplicate.other_id)
        .where(PossibleDuplicate.status.in_(statuses))
        .subquery()
    )
    return union(select(pairs.c.caption_id), select(pairs.c.other_id))


def conditions(
    flt: CaptionFilter, dialect: str, *, scan: bool = False
) -> list[ColumnElement[bool]]:
    """WHERE clauses on ``caption`` for a filter (articles only through EXISTS).

    Every clause is answered from an index on both dialects: the full-text index for words,
    ``by:`` and ``in:``, the column indexes for names (their stored spellings looked up first,
    see ``_spellings``), ``credit IS NULL`` through the credit index.

    ``scan`` (SQLite): the caller walks a sort index and stops after a page, so id sets are
    tested row by row (``id + 0 IN``) rather than read as the rows to start from.
    """
    where: list[ColumnElement[bool]] = []
    names = [name for name in ("agency", "via", "licensor") if getattr(flt, name) is not None]
    # With a name, id sets are tested on the name index's entries (``id + 0 IN``): starting
    # from the id set instead, SQLite reads each caption row to test the name.
    id_scan = scan or bool(names)
    if flt.text:
        where.append(text_condition(flt.text, dialect, scan=id_scan))
    for name in names:
        column = getattr(Caption, name)
        where.append(_likely_few(column.in_(_spellings(column, getattr(flt, name))), dialect))
    if flt.photographer:
        words = _words_condition("photographer", flt.photographer, dialect, scan=id_scan)
        where.append(words if words is not None else false())
    if flt.place:
        where.append(_unindexed_id(id_scan).in_(place_ids(flt.place, dialect)))
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
    if flt.duplicate or flt.duplicate_open:
        statuses = ("open",) if flt.duplicate_open else ("open", "confirmed")
        where.append(_unindexed_id(id_scan).in_(duplicate_ids(statuses)))
    if flt.since or flt.until:
        period = [Use.caption_id == Caption.id, Article.id == Use.article_id]
        if flt.since:
            period.append(Article.published >= flt.since)
        if flt.until:
            period.append(Article.published <= flt.until)
        where.append(exists(select(Use.id).join(article_table).where(*period)))
    return where


def apply_filter(statement: Select[Any], flt: CaptionFilter, dialect: str) -> Select[Any]:
    for condition in conditions(flt, dialect):
        statement = statement.where(condition)
    return statement
