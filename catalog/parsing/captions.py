"""Parse a whole caption: credit, description, location and date.

The order of work: find the credit and set it aside; drop page labels and datelines from the
start; choose the photo's date; read the place phrase next to that date (or, without one, at the
end of the first sentence); the description is what is left once the credit and the closing
"in PLACE, on DATE" phrase are removed.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import cache, lru_cache

from catalog.parsing import lexicon, pattern_cache
from catalog.parsing.caption_language import in_another_language
from catalog.parsing.characters import visible
from catalog.parsing.credit_handoff import CreditAt, span_at
from catalog.parsing.credit_spans import (
    find_credit,
    strip_furniture,
    strip_leading_label,
)
from catalog.parsing.dates import (
    DateMention,
    choose_photo_date,
    find_dates,
    is_month_word,
    month_words,
    parse_article_date,
)
from catalog.parsing.field_lines import take_field_lines
from catalog.parsing.inflection import base_place_name, case_ending_place
from catalog.parsing.lexicon import (
    chain_bars,
    date_connectors,
    date_joiners,
    location_labels,
    month_forms,
    weekdays,
    year_parts,
)
from catalog.parsing.locations import (
    PlacePhrase,
    keep_abbreviation_period,
    landmark_at_end,
    place_after,
    place_before,
    place_core,
    place_mid_sentence,
    place_opening,
    suffixed_place,
)
from catalog.parsing.lowercase import lower
from catalog.parsing.model import DatePrecision, ParsedCaption, ParsedCredit, new_parsed_caption
from catalog.parsing.places import is_known_place, resolve
from catalog.parsing.registry import Registry, current_registry
from catalog.parsing.sentences import sentence_spans

# Past this length a text is not a caption; only its start is read for place and date, so that
# any input parses in linear time.
_MAX_ANALYSED = 20_000

# A relative day closing a sentence: ", Friday.", " on Sunday morning", ", yesterday". The
# first unit is written out, opening with its first character (a comma or a space), so that the
# search skips to those characters; a pattern that opens with a repeat ("(?:,?\s+...)+") is
# tried at every character and sets up the repeat at each. The same matches as the plain
# pattern, which the tests keep.
_RELATIVE_UNIT = (
    r"(?:on\s+|last\s+|this\s+|late\s+|early\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"(?:\s+(?:morning|afternoon|evening|night))?|yesterday|today)"
)
_RELATIVE_DAY = pattern_cache.compile(
    rf"[,\s](?:(?<=,)\s+|(?<!,)\s*){_RELATIVE_UNIT}(?:,?\s+{_RELATIVE_UNIT})*\s*\.?$"
)
# The words a relative day ends with, as ``_RELATIVE_UNIT`` writes them (keep the two in step).
# A numeric date with slashes, which reads two ways ("05/01/2020").
_SLASH_DATE = pattern_cache.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b")
_RELATIVE_DAY_ENDS = ("day", "morning", "afternoon", "evening", "night")
_VIDEO_DATE = pattern_cache.compile(r"\s*\(\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?\s*\)\s*$")
# "KYIV, UKRAINE - MARCH 03: ...", and the sports agencies' day-first form closed by a
# semicolon: "DUBLIN, IRELAND - 3 March 2024; ...".
_GETTY_DATELINE = pattern_cache.compile(
    r"^(?P<place>[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Z][A-Za-z .'’-]{1,40}){0,2}?)\s*[-–—]\s*"
    r"(?P<date>[A-Z][A-Za-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][A-Za-z]{2,8}\.?\s+\d{4})"
    r"\s*[:;]\s+"
)
# Wire datelines that put the place first and end in a dash or a full stop: EFE's "Tokyo
# (Japan), 05/03/2024.- ...", Xinhua's and Yonhap's "BEIJING, March 5 (Xinhua) -- ...",
# "Roma, 3 marzo 2021. ...". The date must be all of what stands between.
_WIRE_DATELINE = pattern_cache.compile(
    r"^(?P<place>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3})(?:\s\((?P<country>[A-Z][^()]{1,40})\))?,\s"
    r"(?P<date>[^()\-–—]{3,30}?)\s*(?:\((?P<agency>[A-Z][\w .-]{1,30})\)\s*)?"
    r"(?:\.-|--|—|–|\.(?=\s+[A-Z\"“]))\s*"
)
# The place after a leading date: "June 18, 2022, Kyiv, Ukraine: ...", and the sports wires'
# "Jan 5, 2024; Kansas City, Missouri, USA; ...".
_DATELINE_TAIL = pattern_cache.compile(r"[,;]\s*(?P<place>[^:.;]{2,80}?)\s*[:;]\s+")
# A leading date alone, closed by a semicolon: "3 March 2024; Jo Roe celebrates ...".
_DATE_ALONE_TAIL = pattern_cache.compile(r"\s*;\s+(?=\S)")
_DATE_SENTENCE_LEAD = pattern_cache.compile(
    r"^(?:(?:photo|picture|image|foto|imagen)\s+(?:taken|tirada|tomada|prise)|taken|pictured)$",
    re.IGNORECASE,
)
# The last letters of the words closing such a lead (taken, tirada, tomada, prise, pictured; no
# other character matches them ignoring case): most sentences end otherwise, told without the
# regex, which ignores case and so enters every one of its branches. Keep the two in step.
_DATE_SENTENCE_LEAD_ENDS = frozenset("naedNAED")
_NO_CREDIT = ParsedCredit()
# A picture identifier opening a caption is no part of it: "epa10557431 Fans ...",
# "170305-N-ZZ999-001 SAN DIEGO (March 5, 2017) ...".
_PICTURE_ID_LEAD = pattern_cache.compile(r"^(?:[a-z]{2,5}\d{6,}|\d{6}-[A-Z]-[A-Z0-9]{5,}-\d{3})\s+")

_QUOTES = (("“", "”"), ('"', '"'), ("‘", "’"))
_QUOTE_OPENERS = frozenset(opening for opening, _ in _QUOTES)

# A DateMention's precision as the parse contract types it (a dict: no call per caption).
_PRECISIONS: dict[str | None, DatePrecision] = {"day": "day", "month": "month", "year": "year"}


class _Where:
    """Where the photo was taken, and the spans of body text to drop from the description
    (closing place and date phrases). A plain slotted class: one is built for every caption,
    and a dataclass's ``__init__`` with a default factory costs a third more."""

    __slots__ = ("cuts", "location")

    def __init__(
        self, location: str | None = None, cuts: list[tuple[int, int]] | None = None
    ) -> None:
        self.location = location
        self.cuts = [] if cuts is None else cuts


def _normalise_lines(text: str) -> list[str]:
    # Most captions come normalised: one line, single spaces, no space at either end. Every
    # line break and every white space but the plain space is unprintable, so one C scan
    # says so without splitting the caption into words and joining them again.
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return [text] if text else []
    # Characters that show nothing are never printable: the usual caption, which is, holds none.
    text = visible(text)
    lines = text.splitlines()
    if len(lines) == 1:  # most captions are one line
        line = " ".join(lines[0].split())
        return [line] if line else []
    return [" ".join(line.split()) for line in lines if line.strip()]


def _unquote(text: str) -> str:
    """A caption quoted whole by a blog: “...” -> ..."""
    if text[:1] not in '“"‘':
        return text  # the usual case: not quoted
    for opening, closing in _QUOTES:
        if (
            text.startswith(opening)
            and text.rstrip(" .").endswith(closing)
            and text.count(opening) <= 2
        ):
            inner = text[len(opening) :].rstrip(" .")
            return inner[: -len(closing)].strip() if inner.endswith(closing) else text
    return text


@cache
def _words_before_a_date() -> frozenset[str]:
    """Words between a place phrase and its date, casefolded: connectors ("am", "le", "el"),
    parts of a year or month ("Anfang", "fin", "a finales de") and date joiners ("de")."""
    return date_connectors() | year_parts() | date_joiners()


def _strip_connectors(chunk: str) -> str:
    """Drop the words between a place phrase and the date that follows it."""
    text = chunk
    connectors = _words_before_a_date()
    while True:
        text = text.rstrip(" ,-–—")
        cut = text.rfind(" ")
        word = text[cut + 1 :]
        # "in Chicago, IL on Aug. 19": a word in capitals in a caption that is not is a state's
        # code (IL, LA, DE, IN, AL), no other language's connector ("il", "la", "de")
        if word.casefold() in connectors and not (word[1:].isupper() and not text.isupper()):
            text = text[: cut + 1] if cut >= 0 else ""
            continue
        return text


def _sentence_index(position: int, spans: list[tuple[int, int]]) -> int:
    # The spans are ordered and apart: the one that may hold the position is the last that
    # starts at or before it.
    index = bisect_right(spans, (position, _BIG)) - 1
    if index >= 0 and position < spans[index][1]:
        return index
    return max(0, len(spans) - 1)


_BIG = 1 << 62


# A place opening the caption before a dash, a colon or a full stop, with or without the
# wire's name: "KYIV, Ukraine (AP) — ...", "Kyiv, Ukraine - ...", "Kyiv: ...", "Kyiv, Ukraine.
# Firefighters ...".
_PLACE_DATELINE = pattern_cache.compile(
    r"^(?P<place>[A-Z][\w'’.-]*(?:,?\s[A-Z][\w'’.-]*){0,4})\s*"
    r"(?:\((?P<agency>[A-Z][\w .-]{1,30})\)\s*)?(?P<mark>[—–]|--|:|-|\.)\s+(?=[A-Z\"“])"
)
# Marks of a dateline that a sentence or a name may also open with: only places, two or more
# and every one known, make the words before such a mark a dateline ("Police - ..." opens with
# a word that is also a town).
_WEAK_DATELINE_MARKS = frozenset("-.")


def _opens_with_places(body: str) -> bool:
    """Whether the caption opens with capitalised words and a comma ("Tehran, ...", "ST. LOUIS,
    ..."): the weak marks are looked for only after such an opening, since most captions hold
    a full stop near their start and most open with a sentence."""
    # The first word ends in a comma or the second is capitalised: most sentences fail here.
    space = body.find(" ")
    if space < 1 or (body[space - 1] != "," and not body[space + 1 : space + 2].isupper()):
        return False
    comma = body.find(", ")
    return 0 < comma < 40 and (body[:comma].istitle() or body[:comma].isupper())


def _place_dateline(body: str, places_first: bool) -> tuple[str, str | None, str | None] | None:
    """(body, place, None) when a known place opens the caption as a dateline."""
    match = _PLACE_DATELINE.match(body)
    if match is None:
        return None
    place = match.group("place").strip()
    mark = match.group("mark")
    if mark in _WEAK_DATELINE_MARKS:
        if not places_first:
            return None
        parts = place.split(",")
        if match.group("agency") is None and (
            len(parts) < 2 or not all(is_known_place(part.strip()) for part in parts)
        ):
            return None
    elif not is_known_place(place.split(",")[0].strip()):
        return None
    if mark == ":":
        return body, place, None  # "JAPAN: A man ...": a kicker the description keeps
    return body[match.end() :], place, None


# A sentence's opening: a capitalised word of lower-case ASCII letters (or a capital alone:
# "A man"), a space, a lower-case word ("Protesters gather", "A man"). No dateline opens so:
# each of their regexes needs, after the first word, a capital, a comma, a bracket or a dash
# (their place names' characters hold no space), so only a first word that is a month
# ("March against ...") is looked at further.
_SENTENCE_OPENING = pattern_cache.compile(r"[A-Z][a-z]*+ [a-z]")


def _dateline(body: str, day_first: bool = False) -> tuple[str, str | None, str | None]:
    """Remove a leading dateline; return (body, location, date text) from it."""
    if _SENTENCE_OPENING.match(body) is not None and (
        body[:12].split(" ", 1)[0] not in month_words()
    ):
        return body, None, None  # the usual caption, told without the dateline regexes
    return _read_dateline(body, day_first)


def _read_dateline(body: str, day_first: bool) -> tuple[str, str | None, str | None]:
    """``_dateline`` of a caption of any opening."""
    # The Getty dateline opens with two capitals ("KYIV, UKRAINE - ..."): test that first.
    second = body[1:2]
    getty = _GETTY_DATELINE.match(body) if second.isupper() or second in " .'’-" else None
    if getty:
        return body[getty.end() :], getty.group("place").strip(), getty.group("date")
    head = body[:90]
    dashed = "—" in head or "–" in head or "--" in head
    stop = ". " in head
    places_first = (stop or " - " in head) and _opens_with_places(body)
    wire = _WIRE_DATELINE.match(body) if dashed or ".-" in head or (places_first and stop) else None
    if wire:
        date_text = wire.group("date")
        found = find_dates(date_text, None, day_first)
        if found and found[0].start == 0 and found[0].end >= len(date_text.rstrip(" .")):
            place = wire.group("place")
            if wire.group("country"):
                place = f"{place}, {wire.group('country')}"
            return body[wire.end() :], place, date_text
    place_first = (
        _place_dateline(body, places_first)
        if body[:1].isupper() and (dashed or places_first or ": " in head)
        else None
    )
    if place_first is not None:
        return place_first
    first_word = body[:12].split(" ", 1)[0].rstrip(",")
    mentions = (
        find_dates(body[:60], None, day_first)
        if body[:1].isdigit() or is_month_word(first_word)
        else []
    )
    if mentions and mentions[0].start == 0 and mentions[0].iso:
        tail = _DATELINE_TAIL.match(body, mentions[0].end)
        if tail:
            place = tail.group("place")
            parts = [place_core(p) for p in place.split(",")]
            if all(p is not None for p in parts):
                return body[tail.end() :], place.strip(), body[: mentions[0].end]
        alone = _DATE_ALONE_TAIL.match(body, mentions[0].end)
        if alone:
            return body[alone.end() :], None, body[: mentions[0].end]  # "3 March 2024; ..."
    return body, None, None


_CLAUSE = pattern_cache.compile(
    r",?\s+(?:as|where|while|when|during|after|ahead\s+of|before|to|for|amid|following)\s"
)


def _place_before_clause(after_text: str) -> PlacePhrase | None:
    if not after_text.lstrip(" ,").startswith(("on ", "in ", "at ")):
        return None  # the usual case, told without a search
    clause = _CLAUSE.search(after_text, 0, 160)
    if clause is None or clause.start() == 0:
        return None
    head = after_text[: clause.start()]
    if not re.match(r",?\s*(?:on|in|at)\s", head):
        return None
    place = place_before(head.lstrip(" ,"))
    return place._replace(removable=False) if place is not None else None


def _where_from_date(
    body: str, date: DateMention, mentions: list[DateMention], spans: list[tuple[int, int]]
) -> _Where:
    # _sentence_index, written out: every dated caption comes here.
    index = bisect_right(spans, (date.start, _BIG)) - 1
    if index < 0 or date.start >= spans[index][1]:
        index = max(0, len(spans) - 1)
    sentence_start, sentence_end = spans[index] if spans else (0, len(body))
    after_text = body[date.end : sentence_end]
    after = place_after(after_text)
    chunk = _strip_connectors(body[sentence_start : date.start])
    # The place after the date wins ("on March 15, 2022 in Wellington"); only without one is
    # the phrase before it read.
    before = place_before(chunk, whole_chunk_ok=True) if after is None else None
    at_tail = after is not None or not after_text.strip(" .,;")

    where = _Where()
    place: PlacePhrase | None = after or before
    if place is None:
        # "on April 15, 2015 on a beach in Arcachon, southwestern France, as part of ...":
        # the place after the date, before a clause; it stays in the description.
        place = _place_before_clause(after_text)
    if place is not None:
        where.location = place.location
    if at_tail:
        cut_start = sentence_start + len(chunk)
        lead = chunk.strip()
        if not lead or (lead[-1] in _DATE_SENTENCE_LEAD_ENDS and _DATE_SENTENCE_LEAD.match(lead)):
            cut_start = sentence_start  # "Foto tirada em 6 de janeiro de 2020." is only a date
        elif after is None and before is not None and before.removable:
            cut_start = sentence_start + before.start
        cut_end = sentence_end  # the sentence's end, before its closing marks
        while cut_end > cut_start and body[cut_end - 1] in ".!? ":
            cut_end -= 1
        where.cuts.append((cut_start, cut_end))
    if where.location is not None:
        return where

    # "In this June 11, 2019 photo, ... in Kings Canyon National Park, Calif.": the date opens
    # the sentence and the place closes it. "... em Teerã, Irã. Foto tirada em 6 de janeiro de
    # 2020.": the date has a sentence of its own and the place closes the first one.
    candidates = [] if at_tail else [(sentence_start, sentence_end)]
    if index > 0 and spans:
        candidates.append(spans[0])
    for start, end in candidates:
        tail = _sentence_tail_place(body, start, end, mentions)
        if tail is not None:
            tail.cuts.extend(where.cuts)
            return tail
    mid = place_mid_sentence(body[sentence_start:sentence_end])
    if mid is None:
        # "the collapse of New York's World Trade Center on Sept. 11, 2001": a landmark just
        # before the date, the last resort of a sentence that names no place otherwise.
        mid = landmark_at_end(chunk)
    if mid is not None:
        where.location = mid.location
    return where


def _ends_as_relative_day(text: str) -> bool:
    """Whether ``text`` ends as ``_RELATIVE_DAY`` needs: a word of ``_RELATIVE_DAY_ENDS``, then
    white space, a full stop and a line break at most ("... border, Friday.")."""
    rest = text[:-1] if text.endswith("\n") else text
    rest = rest[:-1] if rest.endswith(".") else rest
    return rest.rstrip().endswith(_RELATIVE_DAY_ENDS)


def _month_alternation(english: bool) -> str:
    months = lexicon.longest_first(month_forms(english=english))
    return "(?:" + "|".join(re.escape(form.rstrip(".")) + r"\.?" for form in months) + ")"


@cache
def _yearless_date() -> re.Pattern[str]:
    """A date without its year closing a sentence: "..., May 6", " on Sept. 8", " in March",
    " on 6 May" (the English months of the data), and a day then a month of any other language
    of the data: "le 27 août", "el 5 de mayo", "am 3. März", "il 12 marzo" (its connector is
    left to ``_strip_connectors``). It has no year, so the date stays null. Another language's
    month alone is not read so: "on Mars" is no date."""
    month = _month_alternation(english=True)
    other_month = _month_alternation(english=False)
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    other_day = r"\d{1,2}(?:er|º|°|\.)?"
    joiners = "|".join(lexicon.longest_first(map(re.escape, date_joiners())))
    return pattern_cache.compile(
        rf"(?:,\s*|\s+)(?:(?:(?:on|in|early|late|mid)\s+)?(?:{month}(?:\s+{day})?|{day}\s+{month})"
        rf"|{other_day}\s+(?:(?:{joiners})\s+)?(?i:{other_month}))"
        r"\s*\.?$"
    )


@cache
def _month_last_words() -> frozenset[str]:
    """The last word of every written month of the data, casefolded and lower-cased, without
    its period: a yearless date closing a text ends with one of these or with its day."""
    words: set[str] = set()
    for form in month_forms(english=True) + month_forms(english=False):
        last = form.rsplit(None, 1)[-1].rstrip(".") if form.strip() else ""
        words.update((last.casefold(), lower(last)))
    return frozenset(words)


def _may_close_with_yearless_date(text: str) -> bool:
    """The cheap test before ``_yearless_date``, whose months of every language are tried at
    each space of the text's end: the last word is a day's number ("May 6", "Sept. 8th") or
    the last word of a month ("in March", "le 27 août")."""
    rest = text.rstrip().removesuffix(".").rstrip()
    last = rest[max(rest.rfind(" "), rest.rfind(",")) + 1 :].rstrip(".")
    if last[:1].isdigit():
        return True
    return last.casefold() in _month_last_words() or lower(last) in _month_last_words()


# Brazilian captions print the day of the month in brackets after its weekday: "nesta
# quarta-feira (6)".
_BRACKETED_DAY = pattern_cache.compile(r"\s*\(\d{1,2}\)$")


def _weekday_at_end(text: str) -> int:
    """Where the weekday that closes ``text`` starts ("... in Wien am Freitag."), in any
    language of the data; -1 if none closes it. A relative day, as English's "on Friday": the
    place stays in the description."""
    rest = _BRACKETED_DAY.sub("", text.rstrip().removesuffix(".").rstrip())
    space = rest.rfind(" ")
    if space < 0 or rest[space + 1 :].casefold() not in weekdays():
        return -1
    return space + 1


def _sentence_tail_place(
    body: str,
    start: int,
    end: int,
    mentions: Sequence[DateMention] = (),
) -> _Where | None:
    """The place phrase closing the sentence body[start:end], if any."""
    sentence = body[start:end]
    # A sentence ends at its stop, or where the caption's text does ("... in Hong Kong\nJo
    # Roe/Reuters": the credit on its own line, no stop before it).
    ended = sentence.rstrip().endswith((".", "!", "?")) or not body[end:].strip()
    text = keep_abbreviation_period(sentence)
    # A date of its own may close the sentence after the place ("..., March 31, 2016."): the
    # cut then runs to the sentence's end, over the date ("Photo taken on April 1, 2016 shows
    # ... in Bomi county, Tibet, March 31, 2016.": the photo's date is the first).
    cut_end = -1
    for mention in mentions:
        text_end = start + len(text.rstrip(" ."))
        if start <= mention.start < text_end <= mention.end:
            text = _strip_connectors(body[start : mention.start])
            cut_end = text_end
            break
    # Every relative day holds "day" ("Monday", "today") and closes the text: the regex only
    # where the word is and the text ends as one does.
    relative_from = max(0, len(text) - 60)
    relative = (
        _RELATIVE_DAY.search(text, relative_from)
        if text.find("day", relative_from) >= 0 and _ends_as_relative_day(text)
        else None
    )
    # whether a day that dates nothing (a relative day, a weekday, a date without its year)
    # closes the sentence after the place, and was cut off ``text``
    day_closes = relative is not None
    if relative:
        text = text[: relative.start()]
    else:
        # "in Wien am Freitag.", "à Kiev, vendredi.": another language's weekday alone
        weekday = _weekday_at_end(text)
        if weekday >= 0:
            text = _strip_connectors(text[:weekday])
            day_closes = True
        else:
            # "... in Khan Younis, May 6.": a date without its year ends the sentence
            yearless = (
                _yearless_date().search(text, max(0, len(text) - 40))
                if _may_close_with_yearless_date(text)
                else None
            )
            if yearless is not None:
                text = _strip_connectors(text[: yearless.start()])
                # "à Lyon, mardi 27 août", "en Madrid el martes 5 de mayo": its weekday too
                weekday = _weekday_at_end(text)
                if weekday >= 0:
                    text = _strip_connectors(text[:weekday])
                day_closes = True
    place = place_before(text)
    if place is None:
        return None
    where = _Where(location=place.location)
    if ended and place.removable:
        if cut_end < 0:
            # "... in Qatif on Thursday.": a relative day or a weekday after the place belongs
            # to the phrase that ends the sentence, and leaves the description with it
            closing = sentence if day_closes else text
            cut_end = start + len(closing.rstrip(". "))
        cut_start = place.start
        # "... a rally in April in Milwaukee.": a date without its year before the place
        # belongs to the phrase too
        before = (
            _yearless_date().search(text, max(0, place.start - 40), place.start)
            if _may_close_with_yearless_date(text[: place.start])
            else None
        )
        if before is not None and not text[before.end() : place.start].strip():
            # with its connector ("am 3. März durch Berlin")
            cut_start = len(_strip_connectors(text[: before.start()]))
        where.cuts.append((start + cut_start, cut_end))
    return where


def _where_without_date(
    body: str, spans: list[tuple[int, int]], mentions: Sequence[DateMention] = ()
) -> _Where:
    """Where, when no date of the body dates the photo. A date that does not (a year-less
    "on Sunday, August 27", a release date) may still close the place's sentence: the place
    is read before it, as before a photo's date."""
    if not spans:
        return _Where()
    # "... Here: A wild Bengal tiger captured ... in Trongsa, Bhutan." names this picture.
    here = body.find("Here: ")
    if here >= 0:
        index = _sentence_index(here + 6, spans)
        tail = _sentence_tail_place(body, here + 6, spans[index][1], mentions)
        if tail is not None:
            return tail
    first_start, first_end = spans[0]
    tail = _sentence_tail_place(body, first_start, first_end, mentions)
    if tail is not None:
        return tail
    # A kicker first ("Single Sports Second Prize."), or a sentence that is only a place
    # ("Lower Mpushini, near Pietermaritzburg, KwaZulu-Natal, South Africa.").
    short_first = len(body[first_start:first_end].split()) <= 6
    for start, end in spans[1:4]:
        sentence = keep_abbreviation_period(body[start:end])
        whole = place_before(sentence, whole_chunk_ok=True) if len(sentence) < 120 else None
        if whole is not None and whole.start == 0:
            return _Where(whole.location, [(start, start + len(sentence.rstrip(". ")))])
        if short_first:
            tail = _sentence_tail_place(body, start, end, mentions)
            if tail is not None:
                return tail
            short_first = False
    mid = place_mid_sentence(body[first_start:first_end])
    return _Where(mid.location) if mid else _Where()


# Marks printed between a caption and its credit: a spaced dash or bar ("... Alberta. — Jo
# Roe/AP", "... snow | AFP").
_MARKS_BEFORE_CREDIT = "–—-|"


@cache
def _description_end_marks() -> str:
    return " ,;:–—-|" + chain_bars()


def _describe(body: str, where: _Where) -> str | None:
    text = body
    cuts = where.cuts
    # Cut from the end backwards so that earlier offsets stay valid.
    for cut_start, cut_end in cuts if len(cuts) < 2 else sorted(set(cuts), reverse=True):
        if cut_end > cut_start:
            rest = text[cut_end:]
            if cut_start == 0:
                # A phrase cut from the opening takes the mark that closed it ("Budapest, 2022.
                # október 23. Crowds ..."): a description opens with no stop or comma.
                rest = rest.lstrip(" .,;:")
            text = text[:cut_start].rstrip(" ,;–—-") + rest
    # A bar left between the caption and its credit ("... snow | AFP", "... snow • AFP").
    text = text.strip().rstrip(" ,;:–—-|")
    if not text.isascii():
        text = text.rstrip(_description_end_marks())
    while text.endswith(".") and not text.endswith("..."):
        text = text[:-1].rstrip()
    return text or None


@lru_cache(maxsize=1024)
def _day_first(registry: Registry, agency: str | None, via: str | None) -> bool:
    """Whether a credit's agency or distributor writes numeric dates day first ("05/03/2024"
    is 5 March); cached: a few hundred agencies, asked for every caption."""
    return (agency is not None and registry.writes_day_first(agency)) or (
        via is not None and registry.writes_day_first(via)
    )


def parse_caption(
    text: str,
    article_date: object = None,
    registry: Registry | None = None,
    credit_at: CreditAt | None = None,
) -> ParsedCaption:
    """Parse one caption. ``article_date`` (a date or ISO string) resolves year-less dates;
    ``registry`` names the agencies (by default the one the application installed);
    ``credit_at``: where the text reader found the credit of ``text`` (``found_at``), so that
    it is not looked for again."""
    registry = current_registry() if registry is None else registry
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    lines = _normalise_lines(text)
    caption = " ".join(lines)
    if not caption:
        return ParsedCaption(caption="")
    # "Date taken: July 8, 2014" and "Location: Gaza City" on lines of their own: the fields
    # give the date and the place; their lines are read no further.
    fields = take_field_lines(lines) if len(lines) > 1 else None
    if fields is not None:
        lines = fields.lines
    read = caption if fields is None else " ".join(lines)
    analysed_lines = lines if len(read) <= _MAX_ANALYSED else _normalise_lines(read[:_MAX_ANALYSED])

    if credit_at is not None and lines[0] is text and analysed_lines is lines and len(lines) == 1:
        span = span_at(text, credit_at, registry)  # the reader read it as one line, as here
    else:
        span = find_credit(analysed_lines, registry)
    credit = span.reading.parsed if span else _NO_CREDIT
    if span is not None:
        before = span.before
        if before[-1:] in _MARKS_BEFORE_CREDIT:
            # "... in Calgary, Alberta. — Photo by Jo Roe/AP": the dash or bar after the
            # caption's stop is no word of it, whose place and date then close it as usual.
            # (Without the stop, "Protesters in Tehran - Jo Roe/AP", the words keep their place.)
            unmarked = before.rstrip(_MARKS_BEFORE_CREDIT + " ")
            if unmarked[-1:] in ".!?":
                before = unmarked
        body = f"{before} {span.after}".strip()
    else:
        body = strip_furniture(" ".join(analysed_lines))
    body = strip_leading_label(body)
    if body[:1].islower() or body[:1].isdigit():  # picture ids open in lower case or digits
        body = _PICTURE_ID_LEAD.sub("", body, count=1)
    # AP video captions end with the day they ran: "... (June 25)".
    video_date = _VIDEO_DATE.search(body, max(0, len(body) - 40)) if body.endswith(")") else None
    if video_date is not None:
        body = body[: video_date.start()]
    if body[:1] in _QUOTE_OPENERS:
        body = _unquote(body)

    day_first = _day_first(registry, credit.agency, credit.via)
    if not day_first and "/" in body and _SLASH_DATE.search(body) and in_another_language(body):
        # "Manifestantes en Lima, 05/01/2020. Foto: Andina": a numeric date of a caption in
        # another language than English is day first, whoever its source
        day_first = True
    body, dateline_place, dateline_date = _dateline(body, day_first)
    reference = parse_article_date(article_date) if article_date is not None else None
    spans = sentence_spans(body)
    mentions = find_dates(body, reference, day_first)
    date = choose_photo_date(body, mentions, spans)
    trailer_date = (
        _trailer_date(span.trailer, reference, day_first)
        if date is None and span is not None and span.trailer
        else None
    )
    if trailer_date is None and date is None and span is not None:
        trailer_date = _credit_date(span.credit, reference, day_first)
    if trailer_date is not None:
        date = trailer_date
        where = _where_without_date(body, spans, mentions)
    elif date is None and dateline_date:
        date = _date_of(dateline_date, reference, day_first)
        where = _Where()
    elif date is not None:
        where = _where_from_date(body, date, mentions, spans)
    else:
        where = _where_without_date(body, spans, mentions)
    labelled = _labelled_place(body) if ":" in body else None
    if labelled is not None:
        # "Photo location: Deland, Florida.": the caption says where, in so many words.
        where.location = labelled[0]
        where.cuts.append(labelled[1])
    if fields is not None and fields.date is not None:
        date = _date_of(fields.date, reference, day_first) or date
    if fields is not None and fields.location is not None:
        where.location = fields.location
    if dateline_place and where.location is None:
        where.location = dateline_place
    if where.location is None:
        opening = place_opening(body) or suffixed_place(body)
        if opening is not None:
            where.location = opening.location
        else:
            # "Mielenosoittajia Helsingissä": Finnish writes "in" as an ending of the name
            ending = case_ending_place(body, caption)
            where.location = ending[0] if ending is not None else None
    parts = resolve(where.location) if where.location else None
    if parts is not None and parts.city is None and where.location:
        # "w Warszawie", "в Москве": the name as the place index knows it (Warszawa, Москва);
        # looked for only where no city is known (most places are one as written)
        base = base_place_name(where.location, caption)
        if base != where.location:
            where.location = base
            parts = resolve(base)
    return new_parsed_caption(
        caption=caption,
        description=_describe(body, where),
        location=where.location,
        city=parts.city if parts else None,
        region=parts.region if parts else None,
        country=parts.country if parts else None,
        country_code=parts.country_code if parts else None,
        date=date.iso if date else None,
        date_precision=_PRECISIONS.get(date.precision) if date else None,
        credit=credit.credit,
        photographer=credit.photographer,
        agency=credit.agency,
        via=credit.via,
        roles=credit.roles,
        unknown_organisations=credit.unknown_organisations,
    )


@lru_cache(maxsize=1)
def _location_label() -> re.Pattern[str]:
    labels = lexicon.longest_first(location_labels())
    return pattern_cache.compile(
        r"(?:^|(?<=[.!?]\s))(?:" + "|".join(map(re.escape, labels)) + r")\s*:\s*"
        r"(?P<place>[^.;:()]{2,80}?)\s*(?:[.;]|$)",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _location_label_words() -> frozenset[str]:
    """The last word of every location label ("location" of "Photo location")."""
    return frozenset(label.rsplit(None, 1)[-1].casefold() for label in location_labels())


def _labelled_place(body: str) -> tuple[str, tuple[int, int]] | None:
    """ "... Photo location: Deland, Florida. ...": the place and the span to cut."""
    colon = body.find(":")
    if colon < 0:
        return None
    # Only a colon right after a label word can open a labelled place: look there first.
    before = body[max(0, colon - 16) : colon].rstrip().rsplit(None, 1)[-1:]
    if not before or before[0].casefold() not in _location_label_words():
        return None
    match = _location_label().search(body)
    if match is None:
        return None
    return match.group("place").strip(), (match.start(), match.end())


_YEAR_ALONE = pattern_cache.compile(r"(?:1[89]|20)\d\d")


def _credit_date(credit: str, reference: dt.date | None, day_first: bool) -> DateMention | None:
    """ "Photo: Name, May 3, 2023": a day or month printed with the credit dates the photo when
    the caption gives none (a year alone there is the copyright's: "© Name 2021")."""
    mentions = [
        mention
        for mention in find_dates(credit, reference, day_first)
        if mention.has_year and mention.precision in ("day", "month")
    ]
    return choose_photo_date(credit, mentions, [(0, len(credit))]) if mentions else None


def _trailer_date(trailer: str, reference: dt.date | None, day_first: bool) -> DateMention | None:
    """ "(AP Photo/Name). 1991", "(Photo by Name). March 3, 2011": a date printed after the
    credit dates the photo only when the caption itself gives none."""
    text = trailer.strip(" .,;:-–—|")
    if _YEAR_ALONE.fullmatch(text):
        return DateMention(0, len(text), text, "year", True)
    return _date_of(text, reference, day_first)


def _date_of(text: str, reference: dt.date | None, day_first: bool) -> DateMention | None:
    """The photo's date a short text gives by itself, read as one sentence: a dateline's date,
    a date field's value, a date printed after the credit."""
    return choose_photo_date(text, find_dates(text, reference, day_first), [(0, len(text))])
