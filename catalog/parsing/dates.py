"""Dates in captions, and which one is the day the photo was taken.

Two regexes (dates that open with a month word, dates that open with a digit), built on first
use from the month names of every language file in ``data/languages/``, find every date
mention in a single pass: AP style ("Jan. 8, 2020",
"Sept. 3", "Wednesday, Jan. 8, 2020"), Reuters style ("May 20, 2016"), day-month
("20 April 2016"), month-year ("March of 2014", "January, 2016"), a bare year closing a
sentence ("in 2009."), numeric dates ("1/8/2020", "2020-01-08"), day-month-year and month-year
in other languages ("am 3. März 2023", "el 5 de mayo de 2023", "janvier 2016") and dates written
with marks ("2014年5月1日", "2023년 5월 1일"). A date is never invented: a year-less date counts
only when an article date supplies the year, and a year elsewhere does not complete a date.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from functools import cache, lru_cache
from operator import itemgetter
from typing import NamedTuple

from catalog.parsing import lexicon, pattern_cache
from catalog.parsing.lexicon import (
    date_joiners,
    determiners,
    first_letter_alternation,
    month_first_forms,
    month_forms,
    month_numbers,
    place_prepositions,
    weekdays,
    year_marks,
    year_parts,
    year_suffixes,
)

_YEAR = r"(?:1[89]\d\d|20\d\d)"
# The first two digits of a year as ``_YEAR`` reads one (keep the two in step).
_YEAR_CENTURIES = frozenset(["18", "19", "20"])


def _alternation(words: tuple[str, ...], cases: tuple[str, ...]) -> str:
    """An alternation of words, longest first, in the given cases ("as written", "upper", ...)."""
    forms: list[str] = []
    for word in lexicon.longest_first(words):
        for case in cases:
            form = word if case == "as" else word.upper() if case == "upper" else word.capitalize()
            forms.append(re.escape(form))
    return "|".join(dict.fromkeys(forms))


class _Patterns(NamedTuple):
    at_word: re.Pattern[str]  # the dates that open with a month word: "Jan. 8, 2020"
    at_number: re.Pattern[str]  # the dates that open with a digit: "8 January 2020", "1/8/2020"
    month_words: frozenset[str]  # month words as they may stand before a day or a year
    joiners: frozenset[str]
    # English month words in lower case, which no other language writes: "the top 5 may
    # change" holds no date.
    english_lower: frozenset[str]


@cache
def _patterns() -> _Patterns:
    """The date regexes, built on first use from the month names of every language's data file.

    Every alternative starts at a month word or at a digit; find_dates tries them only at those
    places (found by cheap searches), which keeps the scan fast on long captions.
    """
    english = month_forms(english=True)
    foreign = month_forms(english=False)
    joiners = date_joiners()
    # English months as newsrooms write them: "March", "MARCH" (datelines), "Sept.", "Jan".
    # No letter of any script may follow: Turkish "Mayıs" is May, but not as English "May".
    month = "(?:" + _alternation(english, ("as", "upper")) + r")(?![^\W\d_])"
    # The other languages that write a date month first, as their files write their months
    # ("Oktubre 31, 2022"): read where English months are, before a day.
    month_first = month_first_forms()
    month_day = (
        "(?:" + month + "|(?:" + _alternation(month_first, ("as",)) + r")(?![^\W\d_]))"
        if month_first
        else month
    )
    # After a day number a word that starts like a month is read, and _mention keeps it only
    # when the month table knows it ("3. März", "5 de mayo", "1er mai"): three-letter stems
    # cost less than trying every month of every language at every number of every caption.
    stems = sorted({form.casefold()[:3] for form in foreign if len(form) >= 3})
    any_word = r"(?i:(?=" + first_letter_alternation(stems) + r"))[^\W\d_][^\W\d_'’]{1,14}\.?"
    # Month-year with no day reads the other languages' months only as their files write them
    # ("mars 2020", "März 2023"): capitalised, "Mars 2020" is the planet's rover.
    other_as_written = "(?:" + _alternation(foreign, ("as",)) + r")(?!\w)"
    joiner = "(?:(?:" + "|".join(sorted(map(re.escape, joiners - {"of"}))) + r")\s+)?"
    marks = year_marks()
    year_mark = "[" + "".join(m[0] for m in marks) + "]"
    month_mark = "[" + "".join(m[1] for m in marks) + "]"
    day_mark = "[" + "".join(m[2] for m in marks) + "]"
    # Each alternative opens either with a month word (a letter) or with a digit, and
    # find_dates knows which it has found: two regexes, so that neither tries the other's
    # alternatives (nor resets their groups) at every date.
    at_word = pattern_cache.compile(
        rf"""
        (?P<mdy>(?P<mdy_m>{month_day})\s+(?P<mdy_d>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)
            (?:(?:,?\s+|,|\.\s)(?P<mdy_y>{_YEAR})(?!\d))?)
        |(?P<my>(?P<my_m>{month}),?\s+(?:of\s+)?(?P<my_y>{_YEAR})(?!\d))
        |(?P<fmy>(?P<fmy_m>{other_as_written})\s+{joiner}(?P<fmy_y>{_YEAR})(?!\d))
        """,
        re.VERBOSE,
    )
    at_number = pattern_cache.compile(
        rf"""
        (?P<dmy>(?P<dmy_d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dmy_m>{month})
            (?:,?\s+(?P<dmy_y>{_YEAR})(?!\d))?)
        |(?P<num>(?P<num_a>\d{{1,2}})(?P<num_sep>[/.-])(?P<num_b>\d{{1,2}})(?P=num_sep)(?P<num_y>{_YEAR})(?!\d))
        |(?P<iso>(?P<iso_y>{_YEAR})(?P<iso_sep>[-./])(?P<iso_m>\d{{1,2}})(?P=iso_sep)(?P<iso_d>\d{{1,2}})(?![\d.]\d))
        |(?P<foreign>(?P<f_d>\d{{1,2}})(?:\.|er|º|°)?\s+{joiner}(?P<f_m>{any_word})
            (?:,?\s+{joiner}(?P<f_y>{_YEAR})(?!\d))?)
        |(?P<ymd>(?P<ymd_y>{_YEAR})\.\s+(?P<ymd_m>{other_as_written})
            (?:\s+(?P<ymd_d>\d{{1,2}})(?!\d)(?:\.|-[^\W\d_]{{1,3}}(?![^\W\d_]))?)?)
        |(?P<cjk>(?:(?P<cjk_y>{_YEAR})\s*{year_mark}\s*)?(?P<cjk_m>\d{{1,2}})\s*{month_mark}
            (?:\s*(?P<cjk_d>\d{{1,2}})\s*{day_mark})?)
        |(?P<year>(?<=\bin\s)(?P<year_y>{_YEAR})(?=\s*(?:[.;)]|$))|(?<=,\s)(?P<year_y2>{_YEAR})(?=\s*(?:[.;]|,\s|$)))
        """,
        re.VERBOSE,
    )
    written = english + foreign
    words = frozenset(written) | frozenset(w.upper() for w in written)
    words |= frozenset(w.capitalize() for w in foreign)
    foreign_folded = {w.casefold() for w in foreign}
    english_lower = frozenset(w.casefold() for w in english) - foreign_folded
    return _Patterns(at_word, at_number, words, joiners, english_lower)


# A pattern that opens with a repeat ("\d+") is tried at every character; one that opens with
# a single character class is scanned for that class first, several times faster. ASCII text
# (most captions) is scanned for [0-9], a bitmap test, rather than the Unicode digit category.
_NUMBER = pattern_cache.compile(r"\d\d*")
# Faster still: an ASCII text's bytes with every digit made "0" are scanned for that one
# character (as str.find scans), and its runs of "0" are the text's numbers, at the same
# offsets (one byte a character). A class is tested at every character, at several times the
# cost of encoding and translating the text.
_DIGITS_AS_ZERO = bytes.maketrans(b"123456789", b"000000000")
_ZERO_RUN = pattern_cache.compile(rb"00*")


def is_month_word(word: str) -> bool:
    """A month as a caption writes it, in any language of the data ("Jan.", "März", "MAY")."""
    return word in _patterns().month_words


@cache
def month_words() -> frozenset[str]:
    """The words ``is_month_word`` takes, for a caller that asks of nearly every caption (a
    cached call costs a fraction of a function's)."""
    return _patterns().month_words


# The longest weekday and its comma before a date ("sexta-feira,", "Donnerstag,").
_WEEKDAY_REACH = 16


@cache
def _weekday_forms() -> frozenset[str]:
    """Every weekday as a caption writes it: lower case, capitalised, in capitals."""
    return frozenset(form for day in weekdays() for form in (day, day.capitalize(), day.upper()))


def _weekday_before(text: str, start: int) -> int:
    """Where the weekday written right before the date at ``start`` begins ("Wednesday, Jan.
    8", "Freitag, 3. März", "vendredi 3 mars"), in any language of the data; else ``start``."""
    end = start - 1
    if end < 1 or text[end] != " ":
        return start  # the date opens the text or touches the word before it
    if text[end - 1] == ",":
        end -= 1
    reach = start - _WEEKDAY_REACH  # a conditional, not max(): three times cheaper
    space = text.rfind(" ", reach if reach > 0 else 0, end)
    if text[space + 1 : end] in _weekday_forms():
        return space + 1
    return start


Precision = str  # "day" | "month" | "year"


class DateMention(NamedTuple):
    """One date written in the text; ``iso`` is None for a year-less date left unresolved.

    A named tuple rather than a frozen dataclass: one is built for every date of every caption,
    and a frozen dataclass's ``__init__`` costs several times as much.
    """

    start: int
    end: int
    iso: str | None
    precision: Precision | None
    has_year: bool
    month: int | None = None
    day: int | None = None


# A DateMention from its seven values without the named tuple's ``__new__``, a Python function
# (the parser builds one for every date it reads).
_new_mention = tuple.__new__


def _month_number(word: str) -> int | None:
    if not word[:1].isupper():
        return None  # "may 5" is a verb and a number, not a date
    return month_numbers().get(word.casefold())


# Days in each month of a leap year; February 29 is checked against the year.
_MONTH_DAYS = (0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
# "01" to "31": a format spec ("{:02d}") is parsed at every use and cost more than the rest.
_TWO_DIGITS = tuple(f"{number:02d}" for number in range(32))


@lru_cache(maxsize=8192)
def _iso_day(year: int, month: int, day: int) -> str | None:
    """ "2020-01-08", or None for a day that does not exist (as ``datetime.date`` says).

    Cached (dates repeat: three in four are found there); a miss checks the day against the
    month lengths and writes it by hand, cheaper than building a ``datetime.date``."""
    if not (1 <= month <= 12 and 1 <= day <= _MONTH_DAYS[month] and 1 <= year <= 9999):
        return None
    if month == 2 and day == 29 and (year % 4 or (year % 100 == 0 and year % 400)):
        return None
    written = str(year) if year >= 1000 else f"{year:04d}"
    return f"{written}-{_TWO_DIGITS[month]}-{_TWO_DIGITS[day]}"


def _resolve_yearless(month: int, day: int, article_date: dt.date | None) -> str | None:
    """A "Jan. 8" read against the article's date: the latest such day not after it."""
    if article_date is None:
        return None
    for year in (article_date.year, article_date.year - 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if candidate <= article_date + dt.timedelta(days=1):
            return candidate.isoformat()
    return None


def _day_month(
    start: int,
    end: int,
    month: int,
    day: int,
    year_text: str | None,
    article_date: dt.date | None,
) -> DateMention | None:
    """A day and month, with the year as written or (when absent) from the article date."""
    if year_text:
        iso = _iso_day(int(year_text), month, day)
        return (
            _new_mention(DateMention, (start, end, iso, "day", True, month, day)) if iso else None
        )
    iso = _resolve_yearless(month, day, article_date)
    return _new_mention(DateMention, (start, end, iso, "day" if iso else None, False, month, day))


@lru_cache(maxsize=8192)
def _written_day(
    month_word: str, day_text: str, year_text: str
) -> tuple[str, Precision, bool, int, int] | None:
    """A DateMention's values after its span for a month word, a day and a year as written
    ("Aug.", "11", "2016"); None when they name no day. Cached: dates repeat, and reading one
    (the month's number, two numbers, the ISO day) costs several times a look-up."""
    month = _month_number(month_word)
    day = int(day_text)
    if month is None or not 1 <= day <= 31:
        return None
    iso = _iso_day(int(year_text), month, day)
    return (iso, "day", True, month, day) if iso else None


_DAY_MONTH_GROUPS = {"mdy": ("mdy_m", "mdy_d", "mdy_y"), "dmy": ("dmy_m", "dmy_d", "dmy_y")}


def _mention(
    match: re.Match[str], start: int, article_date: dt.date | None, day_first: bool = False
) -> DateMention | None:
    """The mention a date regex's match reads; ``start`` may be earlier (a weekday before it)."""
    end = match.end()
    # The alternative that matched is the outermost group, the last one closed.
    kind = match.lastgroup
    if kind == "mdy" or kind == "dmy":
        month_word, day_text, year_text = match.group(*_DAY_MONTH_GROUPS[kind])
        if year_text:
            # Every date of most captions comes here: its reading is cached.
            written = _written_day(month_word, day_text, year_text)
            return _new_mention(DateMention, (start, end, *written)) if written else None
        month = _month_number(month_word)
        day = int(day_text)
        if month is None or not 1 <= day <= 31:
            return None
        return _day_month(start, end, month, day, year_text, article_date)
    if kind == "my":
        month = _month_number(match.group("my_m"))
        if month is None:
            return None
        return DateMention(start, end, f"{match.group('my_y')}-{month:02d}", "month", True, month)
    if kind == "num":
        first_text, second_text, separator, year_text = match.group(
            "num_a", "num_b", "num_sep", "num_y"
        )
        first, second, year = int(first_text), int(second_text), int(year_text)
        # Slashes and hyphens ("3-8-2020", "03-03-2023" in Dutch) are read US-style
        # (month/day) unless that is impossible or the caption is from an agency or in a
        # language that writes day first; dots are day.month.
        month, day = (first, second) if separator != "." and not day_first else (second, first)
        if month > 12:
            month, day = day, month
        iso = _iso_day(year, month, day)
        return DateMention(start, end, iso, "day", True, month, day) if iso else None
    if kind == "iso":
        year_text, month_text, day_text = match.group("iso_y", "iso_m", "iso_d")
        iso = _iso_day(int(year_text), int(month_text), int(day_text))
        return DateMention(start, end, iso, "day", True) if iso else None
    if kind == "foreign":
        month_word, day_text, year_text = match.group("f_m", "f_d", "f_y")
        if month_word.islower() and month_word in _patterns().english_lower:
            return None
        foreign_month = month_numbers().get(month_word.casefold())
        if foreign_month is None:
            return None
        return _day_month(start, end, foreign_month, int(day_text), year_text, article_date)
    if kind == "fmy":
        foreign_month = month_numbers().get(match.group("fmy_m").casefold())
        if foreign_month is None:
            return None
        fmy_year = match.group("fmy_y")
        return DateMention(
            start, end, f"{fmy_year}-{foreign_month:02d}", "month", True, foreign_month
        )
    if kind == "ymd":
        # Year first, with a stop after the year: "2023. március 15-én" (Hungarian). The month
        # is read only as its language writes it: "... in 2019. March was ..." holds none.
        year_month = month_numbers().get(match.group("ymd_m").casefold())
        if year_month is None:
            return None
        ymd_year, ymd_day = match.group("ymd_y", "ymd_d")
        if ymd_day is None:
            return DateMention(
                start, end, f"{ymd_year}-{year_month:02d}", "month", True, year_month
            )
        return _day_month(start, end, year_month, int(ymd_day), ymd_year, article_date)
    if kind == "cjk":
        cjk_year, month_text, day_text = match.group("cjk_y", "cjk_m", "cjk_d")
        month = int(month_text)
        if not 1 <= month <= 12:
            return None
        if day_text is None:
            if cjk_year is None:
                return None  # "5月" alone is no date
            return DateMention(start, end, f"{cjk_year}-{month:02d}", "month", True, month)
        return _day_month(start, end, month, int(day_text), cjk_year, article_date)
    bare_year = match.group("year_y") or match.group("year_y2")
    return DateMention(start, end, bare_year, "year", True)


# Brackets and quotes that may open a date phrase.
_OPENER_MARKS = "([{“\"«‘'"
_OPENERS = frozenset(_OPENER_MARKS)


def find_dates(
    text: str, article_date: dt.date | None = None, day_first: bool = False
) -> list[DateMention]:
    """Every date mention in ``text``, in order; ``day_first`` reads "05/03/2024" as 5 March."""
    mentions: list[DateMention] = []
    covered = 0
    patterns = _patterns()
    at_word = patterns.at_word.match
    at_number = patterns.at_number.match
    joiners = patterns.joiners
    month_words = patterns.month_words
    numbers = (
        _ZERO_RUN.finditer(text.encode("ascii").translate(_DIGITS_AS_ZERO))
        if text.isascii()
        else _NUMBER.finditer(text)
    )
    for number in numbers:
        number_start = number.start()
        if number_start < covered:
            continue  # the year of a date read already
        digits = number.end() - number_start
        if digits == 3 or digits > 4:
            continue  # every date's numbers have one, two or four digits: "120 people"
        if digits == 4 and text[number_start : number_start + 2] not in _YEAR_CENTURIES:
            continue  # four digits are a year or no date: "6000 people" (as _YEAR reads them)
        # A month word just before the number ("Jan. 8", "March of 2014", "January, 2016"):
        # only the last two words of the 20 characters before it are read (rsplit leaves them
        # as split() gives them).
        window_start = covered if covered > number_start - 20 else number_start - 20
        words = text[window_start:number_start].rsplit(None, 2)
        if words and words[-1] in joiners:
            words.pop()
        if words and words[-1].endswith(","):
            words[-1] = words[-1][:-1]
        if words and words[-1][:1] in _OPENERS:
            words[-1] = words[-1].lstrip(_OPENER_MARKS)  # "(March 3, 2023)": in brackets
        match = None
        if words and words[-1] in month_words:
            month_start = text.rfind(words[-1], window_start, number_start)
            if month_start >= 0 and not (month_start > 0 and text[month_start - 1].isalpha()):
                match = at_word(text, month_start)
        if match is None or match.end() <= number_start:
            match = at_number(text, number_start)
            if match is None:
                if digits == 4:
                    year_phrase = _year_phrase(text, number_start, number.end())
                    if year_phrase is not None:
                        mentions.append(year_phrase)
                        covered = number.end()
                continue
        covered = match.end()
        # "Wednesday, Jan. 8, 2020": the weekday belongs to the date phrase.
        start = _weekday_before(text, match.start())
        mention = _mention(match, start, article_date, day_first)
        if mention is not None:
            if mention.has_year and text[covered + 1 : covered + 2] in _year_suffix().initials:
                suffix = _year_suffix().pattern.match(text, covered)
                if suffix is not None:
                    mention = mention._replace(end=suffix.end())
                    covered = suffix.end()
            mentions.append(mention)
    return mentions


class _YearSuffix(NamedTuple):
    initials: frozenset[str]  # the first letters of the suffixes: most dates are followed by none
    pattern: re.Pattern[str]


@cache
def _year_suffix() -> _YearSuffix:
    """The words some languages write after a year ("3 marca 2023 r.", "3 марта 2023 года"): part
    of the date phrase, so that the phrase still ends its sentence."""
    suffixes = lexicon.longest_first(year_suffixes())
    pattern = pattern_cache.compile(r" (?:" + "|".join(map(re.escape, suffixes)) + r")(?!\w)")
    return _YearSuffix(frozenset(suffix[0] for suffix in suffixes), pattern)


_WORD_BEFORE = pattern_cache.compile(r"([^\W\d_]+)[\s'’-]*$")
_YEAR_VALUE = pattern_cache.compile(_YEAR)
# After a year alone: the end of a sentence or clause, or a place phrase ("in 2020 in Lagos").
_AFTER_YEAR = pattern_cache.compile(r"\s*(?:[.;),:]|$)|\s+([^\W\d_]+)\s+([^\W\d_])")


@cache
def _year_phrase_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(parts of a year, the small words between them and the year, place prepositions)."""
    small = {word.casefold().rstrip("'’") for word in determiners() | date_joiners()}
    prepositions = frozenset(word.casefold() for word in place_prepositions() if " " not in word)
    return year_parts(), frozenset(small), prepositions


def _year_phrase(text: str, start: int, end: int) -> DateMention | None:
    """A year alone that a season or part of the year opens ("in the summer of 1969", "in
    mid-2020", "im Herbst 2021"), or a year after "in" before a place phrase ("in 2020 in
    Lagos"), where it ends its clause: the photo's year. Only a year is read; a year is never
    made into a month or a day."""
    if _YEAR_VALUE.fullmatch(text, start, end) is None:
        return None
    after = _AFTER_YEAR.match(text, end)
    if after is None:
        return None
    parts, small, prepositions = _year_phrase_words()
    preposition = after.group(1)
    if preposition is not None and (
        preposition.casefold() not in prepositions or not after.group(2).isupper()
    ):
        return None
    # Walk back over the words of the phrase: parts of the year and the small words among them.
    phrase_start = start
    saw_part = False
    for _ in range(4):
        word = _WORD_BEFORE.search(text, max(0, phrase_start - 24), phrase_start)
        if word is None:
            break
        folded = word.group(1).casefold()
        if folded in parts:
            saw_part = True
        elif folded not in small:
            break
        phrase_start = word.start()
    if saw_part:
        # The small words before the first part belong to the sentence ("in the summer").
        return DateMention(phrase_start, end, text[start:end], "year", True)
    if preposition is None:
        return None
    before = _WORD_BEFORE.search(text, max(0, start - 24), start)
    if before is not None and before.group(1).casefold() in prepositions:
        return DateMention(start, end, text[start:end], "year", True)
    return None


# Words just before a date that say it is not when the photo was taken.
_NOT_TAKEN_WORDS = frozenset(
    [
        "released",
        "obtained",
        "issued",
        "published",
        "distributed",
        "provided",
        "posted",
        "available",
        "died",
        "born",
        "birth",
        "until",
        "till",
        "through",
        "since",
        "scheduled",
        "from",
        "between",
        "before",
        "after",
        "starting",
        "open",
        "opens",
        "close",
        "closes",
        "end",
        "ends",
        "due",
    ]
)
_TAKEN_WORDS = frozenset(["taken", "photographed", "shot", "pictured", "captured"])
# An event the caption looks back to ("..., a year after the war began on Feb. 24, 2022"): its
# date yields to any other full date of the caption, though it may date the photo alone ("The
# festival opened on May 5, 2023").
_HISTORY_WORDS = frozenset(["began", "begun", "started", "erupted", "launched", "founded"])
_PHOTO_AFTER = pattern_cache.compile(
    r",?\s+(?:file\s+|handout\s+|aerial\s+)?(?:photo|picture|image|photograph)\b", re.IGNORECASE
)


# "released by KCNA on March 17": the release is a few words before its date.
_RELEASE_WORDS = frozenset(
    ["released", "obtained", "issued", "published", "distributed", "provided"]
)


def _words_before(text: str, position: int, by_in_text: bool = True) -> tuple[str, bool]:
    """The word before ``position`` (skipping "on"/"in"/"for": "released on", "scheduled
    for"), and whether one of the five words before it says the photo was released."""
    # Conditionals, not max(), which costs three times as much: every date comes here.
    words = text[position - 40 if position > 40 else 0 : position].casefold().split()
    # Only the first word of the 40 characters may be cut short, so with six words or more
    # the last five are the last five of the 50 characters as well.
    last_five = (
        words[-5:]
        if len(words) >= 6
        else text[position - 50 if position > 50 else 0 : position].casefold().split()[-5:]
    )
    released = not _RELEASE_WORDS.isdisjoint(last_five)
    by_from = position - 120 if position > 120 else 0
    if not released and by_in_text and text.find(" by ", by_from, position) >= 0:
        released = _released_by_before(text, position)
    while words and words[-1] in ("on", "in", "for"):
        words.pop()
    return (words[-1].strip(",([") if words else ""), released


def _released_by_before(text: str, position: int) -> bool:
    """ "released by the Russian Defence Ministry Press Service on Jan. 5": the source named after
    "by" may be longer than the five words looked at; the release word stands before its "by"."""
    words = text[max(0, position - 120) : position].casefold().split()
    if "by" not in words:
        return False
    by = len(words) - 1 - words[::-1].index("by")
    # Up to seven words of a name after "by", none ending a clause ("released by the army,
    # search the rubble ... on Feb. 9": the date is the search's).
    between = words[by + 1 :]
    if len(between) > 8 or any(word.endswith((".", ",", ";", ":")) for word in between[:-1]):
        return False
    return by > 0 and words[by - 1] in _RELEASE_WORDS


def _undated_before(text: str, position: int, sentence_start: int) -> bool:
    """ "In this undated photo released by KCNA on April 12, 2016": a release date, not the
    photo's, however many words lie between."""
    start = max(sentence_start, position - 200)
    if text.find("ndated", start, position) < 0:
        return False  # the usual case, found without copying the text
    before = text[start:position].casefold()
    return not _RELEASE_WORDS.isdisjoint(before.split())


def _sentence_of(position: int, spans: list[tuple[int, int]]) -> int:
    """Index of the sentence holding ``position`` (binary search: captions can be huge)."""
    return bisect_right(spans, (position, _BIG)) - 1


_BIG = 1 << 62


def choose_photo_date(
    text: str, mentions: list[DateMention], spans: list[tuple[int, int]]
) -> DateMention | None:
    """The mention that dates the photo.

    Order of preference: a date the text says the photo was taken on ("taken on ...",
    "In this ... photo"); then a full date, earliest sentence first and, within a sentence, the
    one nearest its end (the "..., in PLACE, on DATE." slot); then month-year, then a bare year;
    year-less dates only when resolved against the article date. Dates of release, of death,
    of schedules ("until ...") are skipped.
    """
    # The dates that may date the photo, with the word before each and its sentence.
    candidates: list[tuple[DateMention, str, int]] = []
    undated = "ndated" in text  # most captions say no "undated": no look before each date
    by_in_text = " by " in text  # "released by <a source of several words> on ..."
    for mention in mentions:
        if mention.iso is None:
            continue
        word_before, released = _words_before(text, mention.start, by_in_text)
        if released or word_before in _NOT_TAKEN_WORDS:
            continue
        sentence = bisect_right(spans, (mention.start, _BIG)) - 1  # _sentence_of, written out
        if undated and _undated_before(text, mention.start, spans[sentence][0] if spans else 0):
            continue
        candidates.append((mention, word_before, sentence))
    if len(candidates) == 1 and candidates[0][0].precision != "year":
        return candidates[0][0]  # one date, which no tier drops: nothing to rank
    ranked: list[tuple[tuple[int, int, int], DateMention]] = []
    for mention, word_before, sentence in candidates:
        explicit = word_before in _TAKEN_WORDS or _PHOTO_AFTER.match(text, mention.end) is not None
        if explicit:
            tier = 0
        elif mention.precision == "day" and mention.has_year:
            tier = 2 if word_before in _HISTORY_WORDS else 1
        elif mention.precision == "month":
            tier = 2
        elif mention.precision == "year":
            # A bare year dates the photo only where it closes the caption ("... dinner in
            # 2009."); earlier, "in 1979" is the story's history.
            if spans and _sentence_of(mention.start, spans) != len(spans) - 1:
                continue
            tier = 3
        else:
            tier = 4  # year-less, resolved from the article date
        ranked.append(((tier, sentence, -mention.start), mention))
    if len(ranked) < 2:
        return ranked[0][1] if ranked else None  # one date or none: nothing to rank
    return min(ranked, key=itemgetter(0))[1]


# Metadata dates: ISO and the EXIF/IPTC forms ("2020:01:08 10:15:00", "2020/01/08", "20200108").
_YEAR_FIRST = pattern_cache.compile(r"(\d{4})[-:/.](\d{1,2})[-:/.](\d{1,2})(?!\d)")
_COMPACT = pattern_cache.compile(r"(\d{4})(\d{2})(\d{2})(?!\d)")


def read_date(value: str, day_first: bool = False) -> dt.date | None:
    """The first full date written in ``value`` (a metadata field, a header line), else None.

    Reads year-first forms (ISO, EXIF, IPTC, "20200108"), then every date ``find_dates`` reads
    ("1/8/2020", month first unless ``day_first`` or impossible; "Jan. 8, 2020"; "8 janvier
    2020"; the date inside an RFC 2822 "Wed, 08 Jan 2020 10:00:00 +0000"). A year or a month
    alone is never widened to a day.
    """
    text = value.strip()[:200]
    match = _YEAR_FIRST.match(text) or _COMPACT.match(text)
    if match:
        iso = _iso_day(int(match[1]), int(match[2]), int(match[3]))
        return dt.date.fromisoformat(iso) if iso else None
    for mention in find_dates(text, None, day_first):
        if mention.iso and mention.precision == "day":
            return dt.date.fromisoformat(mention.iso)
    return None


def parse_article_date(value: object) -> dt.date | None:
    """An article date given as a date, a datetime or an ISO string; None if unreadable."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value.strip():
        text = value.strip()
        try:
            return dt.date.fromisoformat(text[:10])
        except ValueError:
            return read_date(text)
    return None
