"""The parser's fast paths give the same answers as the plain versions they replaced."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import inspect
import re
import sys
import unittest.mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from catalog.parsing import credit_spans, credits, dates, lexicon, sentences
from catalog.parsing.captions import (
    _RELATIVE_DAY,
    _SENTENCE_OPENING,
    _dateline,
    _ends_as_relative_day,
    _normalise_lines,
    _opens_with_places,
    _place_dateline,
    _read_dateline,
)
from catalog.parsing.credit_spans import (
    _BARE_PHOTO_LABEL,
    _BRACKETED_ID,
    _HEAD_END,
    _LONGEST_LABEL,
    _PLAIN_PHOTO_LABEL,
    _bare_credit_sentence,
    _bare_trailing_credit,
    _bracket_credit,
    _caption_label,
    _caption_label_starts,
    _chain_credit,
    _credit_before_trailer,
    _credit_tail,
    _first_chain_mark,
    _has_sentence_stop,
    _inner_credit,
    _label_size,
    _leading_credit_read,
    _leading_head,
    _leading_name,
    _matching_open,
    _plain_chain_credit,
    _plain_chain_start,
    _plain_ending,
    _plain_opening,
    _service_credit_only,
    _start_of_last_tokens,
    _strip_tail_furniture,
    strip_furniture,
    strip_leading_label,
)
from catalog.parsing.credits import _match_prefix, _prefix
from catalog.parsing.dates import _RELEASE_WORDS, _iso_day, _patterns, _words_before
from catalog.parsing.locations import (
    _MID_SENTENCE,
    _ORG_IN_PLACE,
    _PHRASE_END,
    _TRAILING_DIRECTIONS,
    _TRAILING_RELATIVE,
    _WORD,
    _described_place,
    _relative_tail,
    _split_parts,
)
from catalog.parsing.model import ParsedCaption, new_parsed_caption
from catalog.parsing.registry import shipped_registry

# Text made of the characters these helpers look at, so that examples hit their branches.
_MARKS = st.text(alphabet=list('aZ.!?"”’)([] \t\nU.S/ßİ,'), max_size=40)
_WORDS = st.lists(
    st.sampled_from(["released", "RELEASED", "on", "in", "for", "a", "bb", "x,", "ß", " ", "\t"]),
    max_size=20,
).map(" ".join)


def _plain_sentence_stop(text: str) -> bool:
    for match in re.finditer(r"(\S*)[.!?]+[\"”’)]*\s", text):
        word = match.group(1)
        if len(word) == 1 and word.isalpha():
            continue
        if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word):
            continue
        return True
    return False


def _plain_matching_open(text: str, close_at: int) -> int | None:
    closer = text[close_at]
    opener = "(" if closer == ")" else "["
    depth = 0
    position = close_at
    limit = max(0, close_at - 400)
    while position >= limit:
        if text[position] == closer:
            depth += 1
        elif text[position] == opener:
            depth -= 1
            if depth == 0:
                return position
        position -= 1
    return None


def _plain_start_of_last_tokens(window: str, end: int, count: int) -> int:
    position = end
    while position > 0 and window[position - 1].isspace():
        position -= 1
    for index in range(count):
        while position > 0 and not window[position - 1].isspace():
            position -= 1
        if index == count - 1:
            break
        while position > 0 and window[position - 1].isspace():
            position -= 1
    if count == 0:
        while position > 0 and not window[position - 1].isspace():
            position -= 1
    return position


def _plain_words_before(text: str, position: int) -> tuple[str, bool]:
    last_five = text[max(0, position - 50) : position].casefold().split()[-5:]
    released = any(word in _RELEASE_WORDS for word in last_five)
    words = text[max(0, position - 40) : position].casefold().split()
    while words and words[-1] in ("on", "in", "for"):
        words.pop()
    return (words[-1].strip(",") if words else ""), released


@settings(max_examples=500, deadline=None)
@given(_MARKS)
def test_sentence_stop_matches_the_plain_regex(text: str) -> None:
    assert _has_sentence_stop(text) == _plain_sentence_stop(text)


@settings(max_examples=500, deadline=None)
@given(_MARKS.filter(lambda text: any(c in ")]" for c in text)))
def test_matching_open_matches_the_plain_scan(text: str) -> None:
    for close_at, char in enumerate(text):
        if char in ")]":
            assert _matching_open(text, close_at) == _plain_matching_open(text, close_at)


@settings(max_examples=500, deadline=None)
@given(_WORDS, st.integers(min_value=0, max_value=200))
def test_words_before_match_the_plain_windows(text: str, position: int) -> None:
    position = min(position, len(text))
    assert _words_before(text, position) == _plain_words_before(text, position)


@settings(max_examples=500, deadline=None)
@given(_WORDS, st.integers(min_value=0, max_value=200), st.integers(min_value=0, max_value=6))
def test_start_of_last_tokens_matches_the_plain_scan(text: str, end: int, count: int) -> None:
    end = min(end, len(text))
    assert _start_of_last_tokens(text, end, count) == _plain_start_of_last_tokens(text, end, count)


def test_every_known_name_may_end_with_its_last_word() -> None:
    registry = shipped_registry()
    for agency in registry._by_name.values():
        for written in (agency.name, *agency.aliases):
            words = written.split()
            assert words and registry.may_end_name(words[-1]), written


def test_new_parsed_caption_builds_what_the_dataclass_builds() -> None:
    names = [item.name for item in dataclasses.fields(ParsedCaption)]
    parameters = inspect.signature(new_parsed_caption).parameters
    assert list(parameters) == names
    for item in dataclasses.fields(ParsedCaption):
        if item.default is not dataclasses.MISSING:
            assert parameters[item.name].default == item.default, item.name
    # A distinct value in every field: a setter bound to the wrong slot shows.
    values = {name: f"value of {name}" for name in names}
    built = new_parsed_caption(**values)  # type: ignore[arg-type]
    assert built == ParsedCaption(**values)  # type: ignore[arg-type]
    assert [getattr(built, name) for name in names] == list(values.values())
    assert new_parsed_caption("x") == ParsedCaption("x")
    with pytest.raises(dataclasses.FrozenInstanceError):
        built.caption = "changed"  # type: ignore[misc]


def test_every_month_word_opens_with_a_letter() -> None:
    # find_dates tries the month-word regex at a month word and the number regex at a digit:
    # no date of one family may open where the other's do.
    forms = lexicon.month_forms(english=True) + lexicon.month_forms(english=False)
    assert all(form[:1].isalpha() for form in forms)


_DATE_TEXT = st.lists(
    st.sampled_from(
        [
            *("Jan.", "March", "MAY", "mars", "März", "mayo", "de", "of", "in", "1er", "3."),
            *("5", "12", "2020", "1999", "/", "-", ".", ",", " ", "年", "月", "日", "2014年5月1日"),
        ]
    ),
    max_size=12,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(_DATE_TEXT)
def test_the_two_date_regexes_match_as_one(text: str) -> None:
    patterns = _patterns()
    both = re.compile(f"{patterns.at_word.pattern}|{patterns.at_number.pattern}", re.VERBOSE)
    for position, char in enumerate(text):
        split = patterns.at_number if char.isdigit() else patterns.at_word
        expected = both.match(text, position)
        found = split.match(text, position)
        assert (found and found.span()) == (expected and expected.span())
        assert (found and found.lastgroup) == (expected and expected.lastgroup)


def _plain_normalise_lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def test_no_white_space_but_the_space_is_printable() -> None:
    # _normalise_lines takes a printable caption with single spaces as it is.
    spaces = [chr(code) for code in range(0x110000) if chr(code).isspace()]
    assert [char for char in spaces if char.isprintable()] == [" "]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=list("ab. \t\n\r\x0b\x0c\x1c\x85\xa0\u2028\u3000"), max_size=30))
def test_normalise_lines_matches_the_plain_split(text: str) -> None:
    assert _normalise_lines(text) == _plain_normalise_lines(text)


def _plain_iso_day(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


@settings(max_examples=1000, deadline=None)
@given(
    st.integers(min_value=0, max_value=10_000) | st.sampled_from([1900, 2000, 2023, 2024, 9999]),
    st.integers(min_value=0, max_value=14),
    st.integers(min_value=0, max_value=32),
)
def test_iso_day_matches_datetime(year: int, month: int, day: int) -> None:
    assert _iso_day(year, month, day) == _plain_iso_day(year, month, day)


def test_iso_day_knows_every_day_of_leap_and_common_years() -> None:
    for year in (1899, 1900, 1999, 2000, 2023, 2024, 2100):
        for month in range(1, 13):
            for day in range(1, 33):
                assert _iso_day(year, month, day) == _plain_iso_day(year, month, day)


_LABEL_OPENINGS = (
    st.lists(
        st.sampled_from(
            ["Image", "caption,", "Foto:", "PHOTO", "pie", "Légende", "Ïmage", "1", "a", " "]
        ),
        min_size=1,
        max_size=4,
    )
    .map(" ".join)
    .filter(str.strip)
)  # the body is never blank


@given(_LABEL_OPENINGS)
def test_strip_leading_label_matches_the_plain_reading(text: str) -> None:
    first = text[:20].split(None, 1)[0].rstrip(":,").casefold() if text.strip() else ""
    match = _caption_label().match(text) if first in _caption_label_starts() else None
    assert strip_leading_label(text) == (text[match.end() :] if match is not None else text)


@given(st.text(alphabet=list("(12345678ab) ]/xY"), max_size=30))
def test_strip_furniture_finds_picture_ids_as_the_regex_does(text: str) -> None:
    closing = text.rstrip()
    if closing[-1:] not in (")", "]"):
        return
    found = _BRACKETED_ID.search(closing, max(0, len(closing) - 16))
    if found is None:
        assert strip_furniture(text) == closing
    else:
        assert closing[: found.start()].startswith(strip_furniture(text))


# Line endings of furniture and of captions: counters, search slugs, buttons, years.
_FURNITURE_ENDINGS = st.lists(
    st.sampled_from(
        [
            "A",
            "crowd",
            "3",
            "of",
            "12",
            "2023",
            "2023.",
            "12345",
            "Photo",
            "/",
            "»",
            ".",
            "Zoom",
            "SEARCH",
            "search",
            '"X"',
            "FOR",
            "ſearch",
            "TPX IMAGES OF THE DAY",
            "٣",
            "١٢٣٤",
        ]
    ),
    min_size=1,
    max_size=9,
).map(" ".join)


@given(_FURNITURE_ENDINGS)
def test_furniture_regex_finds_nothing_before_a_long_number(text: str) -> None:
    # strip_furniture turns away, without the regex, a line whose last word is a number of more
    # digits than a counter's ("..., May 19, 2023."), unless a search slug may end it.
    closing = text.rstrip()
    last = closing[-40:].rstrip(" »›").rsplit(None, 1)[-1:]
    word = last[0].rstrip("».›") if last else ""
    if len(word) > 3 and word[-1].isdigit() and closing.isascii():
        if "search" not in closing.lower():
            assert _strip_tail_furniture(closing) == closing
        assert strip_furniture(text) == _strip_tail_furniture(closing)


# Datelines and their marks: a known place, dashes, colons and the words around them.
_DATELINE_HEADS = st.lists(
    st.sampled_from(
        ["KYIV", "Kyiv,", "Ukraine", "Ukraine.", "(AP)", "—", "–", "--", ":", "-", "A", "crowd"]
    ),
    max_size=8,
).map(" ".join)


@given(_DATELINE_HEADS, st.integers(0, 100))
def test_place_dateline_needs_a_mark_in_the_first_90_characters(head: str, padding: int) -> None:
    # _dateline calls _place_dateline only when its 90-character head holds a dash or a colon,
    # or a stop or a spaced hyphen after an opening of capitalised words and a comma.
    for body in ("x" * padding + head + " A crowd gathers.", head + " A crowd gathers."):
        first = body[:90]
        places_first = _opens_with_places(body)
        strong = any(mark in first for mark in ("—", "–", "--", ": "))
        weak = (". " in first or " - " in first) and places_first
        if not strong and not weak:
            assert _place_dateline(body, places_first) is None


# Openings of every dateline shape the reader knows, and of sentences: the first word of
# capitals or letters, then the words and marks that follow a dateline's place or date.
_OPENING_WORDS = st.sampled_from(["A", "Crowds", "March", "Kyiv", "KYIV", "Ukraine", "5", "crowd"])
_OPENING_RESTS = st.lists(
    st.sampled_from(
        ["gather", "—", "-", ":", ".-", "(AP)", "Kyiv,", "Ukraine", "March", "5,", "2020"]
    ),
    max_size=5,
).map(" ".join)


@settings(max_examples=1000, deadline=None)
@given(_OPENING_WORDS, st.sampled_from([" ", ", ", "  ", "", "."]), _OPENING_RESTS)
def test_a_sentence_opening_holds_no_dateline(first: str, space: str, rest: str) -> None:
    # _dateline returns a caption that opens as a sentence as it is, without its regexes.
    for body in (f"{first}{space}{rest}", f"{first}{space}{rest} A crowd gathers."):
        assert _dateline(body) == _read_dateline(body, False)


def test_a_sentence_opening_is_the_usual_caption() -> None:
    assert _SENTENCE_OPENING.match("Protesters gather in Kyiv, Ukraine, March 5, 2020.")
    assert _SENTENCE_OPENING.match("A man walks by.")
    assert _SENTENCE_OPENING.match("May crowds gather.")  # a month first: read the long way
    assert not _SENTENCE_OPENING.match("March 5, 2020, Kyiv, Ukraine: Protesters gather.")
    assert not _SENTENCE_OPENING.match("KYIV, Ukraine (AP) — Protesters gather.")
    assert _dateline("May crowds gather.") == _read_dateline("May crowds gather.", False)


# The relative day as first written: a repeated unit that opens the pattern.
_PLAIN_RELATIVE_DAY = re.compile(
    r"(?:,?\s+(?:on\s+|last\s+|this\s+|late\s+|early\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"(?:\s+(?:morning|afternoon|evening|night))?|yesterday|today))+\s*\.?$"
)
_RELATIVE_TEXT = st.lists(
    st.tuples(
        st.sampled_from(
            [
                *("Friday", "Sunday", "today", "yesterday", "on", "last", "early", "morning"),
                *("night", "evening", "day", "Mon", "x", ",", ".", " ", "  ", "\n", "\t", "\xa0"),
                *(".\n", "a,"),
            ]
        ),
        st.sampled_from(["", " ", ", ", ",", "  "]),
    ),
    max_size=9,
).map(lambda pairs: "".join(word + space for word, space in pairs))


@settings(max_examples=300, deadline=None)
@given(_RELATIVE_TEXT, st.integers(0, 30))
def test_relative_day_matches_the_plain_pattern(text: str, start: int) -> None:
    found = _RELATIVE_DAY.search(text, start)
    plain = _PLAIN_RELATIVE_DAY.search(text, start)
    assert (found and found.span()) == (plain and plain.span())
    if plain is not None:
        assert _ends_as_relative_day(text)  # the cheap test before the search lets it through


_PLAIN_MID_SENTENCE = re.compile(
    r"\b(?:in|near|outside)\s+(?:the\s+)?(?P<place>[A-Z][\w'’.-]*(?:\s(?:[A-Z][\w'’.-]*|de|del|la)){0,4})"
)
_PLAIN_PHRASE_END = re.compile(r"[,.;:!?]\s|[,;:!?]$|\.$")
_PHRASE_TEXT = st.lists(
    st.sampled_from(
        [
            *("in", "near", "outside", "the", "Kyiv", "de", "la", "Paris", "win", "inn", "_in"),
            *("Near", "into", "on", "ß", "é", " ", "  ", "\n", ",", ".", ";", "!", "?", ":", "-"),
        ]
    ),
    max_size=12,
).map(" ".join)


@settings(max_examples=500, deadline=None)
@given(_PHRASE_TEXT)
def test_mid_sentence_and_phrase_end_match_the_plain_patterns(text: str) -> None:
    found = [(m.span(), m.span("place")) for m in _MID_SENTENCE.finditer(text)]
    plain = [(m.span(), m.span("place")) for m in _PLAIN_MID_SENTENCE.finditer(text)]
    assert found == plain
    end = _PHRASE_END.search(text)
    plain_end = _PLAIN_PHRASE_END.search(text)
    assert (end and end.start()) == (plain_end and plain_end.start())


def test_relative_day_closes_the_text() -> None:
    assert _ends_as_relative_day("Crowds near the border, Friday.")
    assert _ends_as_relative_day("Crowds on Sunday morning .\n")
    assert not _ends_as_relative_day("Crowds on Friday near the border.")


@given(st.text(alphabet=list("(AP Photo/Jo Roe)] x.[Credit: AFP"), max_size=120))
def test_bracket_credit_needs_a_bracket_near_the_end(text: str) -> None:
    # The membership test that stands before the searches for the last bracket.
    stripped = text.rstrip(" .。")
    tail = stripped[-80:]
    if stripped[-1:] not in (")", "]") and ")" not in tail and "]" not in tail:
        assert _bracket_credit(text, shipped_registry()) is None


# Heads of captions: words, stops, chain marks and the label word "Photo".
_HEADS = st.lists(
    st.sampled_from(
        ["REUTERS/Jo", "Roe", "Jo Roe | AP", "2015.", "A", "crowd", ".", "/", "|", "x:"]
    ),
    max_size=14,
).map(" ".join)


@given(_HEADS)
def test_first_chain_mark_is_the_first_slash_or_bar(text: str) -> None:
    marks = [at for at, char in enumerate(text) if char in "/|"]
    assert _first_chain_mark(text) == (marks[0] if marks else -1)


@given(_HEADS)
def test_leading_head_skips_a_sentence_before_the_first_chain_mark(text: str) -> None:
    # With no label opening the text, the head ends at the first _HEAD_END: a ". " before the
    # first slash or bar ends it there, and a head without either is no credit.
    mark = _first_chain_mark(text[:80])
    if mark >= 0 and text.find(". ", 0, mark) >= 0:
        end = _HEAD_END.search(text, 0, 80)
        assert end is not None
        assert "/" not in text[: end.start()] and "|" not in text[: end.start()]
        assert _leading_head(text, "crowd", shipped_registry()) is None


@given(
    st.lists(
        st.sampled_from(["Photo", "photo", "illustration", "by", "Crédit", ":", "©", "2023", "A"]),
        max_size=9,
    )
)
def test_label_size_reads_only_the_last_tokens(tokens: list[str]) -> None:
    # _bare_trailing_credit hands _label_size the last _LONGEST_LABEL tokens, not all of them.
    assert _label_size(tokens) == _label_size(tokens[-_LONGEST_LABEL:])


# Captions that close with a chain after a stop: words of every kind the general reading takes
# back from a slash (ranks, labels, kinds of photo, connectors, known names in lower case), the
# word before the chain, then the chain's names and what follows its slash.
_CHAIN_BODIES = st.lists(
    st.sampled_from(
        ["A", "crowd", "in", "Kyiv/Kiev", "U.S.", "Sgt.", "|", "—", "by", "photo", "of", "2015."]
    ),
    max_size=8,
).map(" ".join)
_CHAIN_STOP_WORDS = st.sampled_from(
    ["2015.", "part.", "Britain.", "Sgt.", "Capt.", "photo.", "Foto.", "fot.", "of.", "the.",
     "dpa.", "images.", "read.", "U.S.", "A.", "x.", "Drone.", "ab1."]
)  # fmt: skip
_CHAIN_NAMES = st.lists(
    st.sampled_from(["Jo", "Roe", "AP", "Photo", "REUTERS", "EPA-EFE", "Staff", "Pool", "Images"]),
    min_size=1,
    max_size=4,
).map(" ".join)
_CHAIN_RESTS = st.sampled_from(
    ["Jo Roe", "AP", "Pool via REUTERS", "dpa", "picture alliance", "Reuters/File", "x", "Jo Roe ",
     "CHEN SHUO", "Handout", "Jo. Roe", "Jo Roe | AP", "a b c d e f g h i", "Jo—Roe", "AP/Jo Roe"]
)  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(_CHAIN_BODIES, _CHAIN_STOP_WORDS, _CHAIN_NAMES, _CHAIN_RESTS, st.integers(0, 400))
def test_plain_chain_reads_as_the_general_chain(
    body: str, word: str, names: str, rest: str, padding: int
) -> None:
    registry = shipped_registry()
    text = f"{'x' * padding} {body} {word} {names}/{rest}".strip()
    window_start = max(0, len(text) - 400)
    start = _plain_chain_start(text[window_start:], registry)
    if start >= 0:
        assert _plain_chain_credit(text, window_start, start, registry) == _chain_credit(
            text, window_start, registry
        )


def test_plain_chain_takes_the_commonest_shapes() -> None:
    # The fast path must be taken where it pays: dates and words closing the sentence before.
    registry = shipped_registry()
    for text in (
        "Crowds gather in Kyiv, Ukraine May 18, 2015. REUTERS/Jo Roe",
        "Crowds gather in Lyon. Officials said 6 people took part. Jo Roe/AP",
        "Crowds gather in Lyon, France, June 18, 2018. Jo Roe/Pool via REUTERS",
        "Crowds gather in Lyon, France, 06 February 2021. EPA-EFE/JO ROE",
    ):
        start = _plain_chain_start(text, registry)
        assert start == text.rindex(". ") + 2
        span = _plain_chain_credit(text, 0, start, registry)
        assert span is not None and span.credit == text[start:]


# Openings of captions: plain words, labels in any case, chains, stops, copyright words.
_OPENINGS = st.lists(
    st.sampled_from(
        ["Crowds", "gather", "Photo", "PHOTOS", "photograph", "Foto", "Bild:", "Credit", "Image",
         "credit:", ":", "©", "Copyright", "By", "Courtesy", "Pool", "REUTERS/Jo", "Roe", "|",
         "/", "2015.", ".", "Jo", "(AP)", "Fot.", "Drone", "x" * 30, "Фото:", "Crédit", "Roe/AP:",
         "AP", "—", "Roe."]
    ),
    min_size=1,
    max_size=12,
).map(" ".join)  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(_OPENINGS)
def test_plain_opening_holds_no_leading_credit(text: str) -> None:
    if _plain_opening(text):
        assert _leading_credit_read(text, shipped_registry()) is None


def test_plain_opening_is_the_usual_caption() -> None:
    assert _plain_opening("Crowds gather in Kyiv, Ukraine May 18, 2015. REUTERS/Jo Roe")
    assert not _plain_opening("Photo: Jo Roe A crowd gathers in Kyiv.")
    assert not _plain_opening("REUTERS/Jo Roe A crowd gathers in Kyiv.")


# Plain captions: words of every kind the bare readers at a caption's end look for (agencies,
# labels, ranks, services, posting words, links, restriction words), commas and stops.
_PLAIN_WORDS = st.lists(
    st.sampled_from(
        [
            "Crowds",
            "gather",
            "in",
            "Lyon",
            "2015",
            "Reuters",
            "AP",
            "dpa",
            "Getty",
            "Images",
            "Photo",
            "photo",
            "Foto",
            "by",
            "Jo",
            "Roe",
            "Courtesy",
            "courtesy",
            "of",
            "Sgt.",
            "Staff",
            "U.S.",
            "Army",
            "Navy",
            "Posted",
            "May",
            "www.example.com",
            "ONLY",
            "EDITORIAL",
            "USE",
            "Unsplash",
            "on",
            "x.Photo",
            "Press",
            "Association",
            "Credit",
            "image",
            "the",
            "staff",
            "photographer",
            "Pool",
            "via",
            "Handout",
            "Kim",
            "Soto",
            "NPR",
            "5",
            "part",
        ]
    ),
    min_size=1,
    max_size=8,
).map(" ".join)
_PLAIN_CAPTIONS = st.lists(_PLAIN_WORDS, min_size=1, max_size=4).map(lambda s: ". ".join(s) + ".")


@settings(max_examples=2000, deadline=None)
@given(_PLAIN_CAPTIONS)
def test_plain_ending_holds_no_bare_credit(text: str) -> None:
    registry = shipped_registry()
    if _plain_ending(text, registry):
        assert _bare_credit_sentence(text, 0, registry) is None
        assert _bare_trailing_credit(text, registry) == _service_credit_only(text, registry)
        assert _credit_before_trailer(text, registry) is None
        assert _credit_tail(text, registry) is None
        assert _inner_credit(text, registry) is None


def test_plain_ending_is_the_usual_caption_without_a_credit() -> None:
    registry = shipped_registry()
    assert _plain_ending(
        "Crowds gather in Lyon, France, in May 2015. Officials said 3 came.", registry
    )
    assert not _plain_ending("Crowds gather in Lyon. Photo by Jo Roe.", registry)
    # A labelled credit closing the caption with a stop: the last sentence opens with a label.
    labelled = "Crowds gather in Lyon. Staff photo by Jo Roe."
    assert not _plain_ending(labelled, registry)
    span = _bare_credit_sentence(labelled, 0, registry)
    assert span is not None and span.credit == "Staff photo by Jo Roe"
    assert not _plain_ending("Crowds gather in Lyon. REUTERS/Jo Roe", registry)


def _label_openings() -> list[str]:
    """Every label word of the data, as written, in capitals and capitalised."""
    words = (
        lexicon.credit_labels()
        | lexicon.credit_label_words()
        | lexicon.label_kinds()
        | lexicon.courtesy_words()
        | lexicon.label_positions()
    )
    return sorted({form for word in words for form in (word, word.upper(), word.capitalize())})


_LABEL_TAILS = st.sampled_from(
    [": Jo Roe", " by Jo Roe", " Jo Roe/AP", "s: Jo", "es by Jo", " photo by Jo", "", "x: Jo"]
)


@settings(max_examples=1500, deadline=None)
@given(st.one_of(st.tuples(st.sampled_from(_label_openings()), _LABEL_TAILS).map("".join), _WORDS))
def test_the_label_gate_matches_the_label_regex(text: str) -> None:
    # The set test of a text's first letters turns away only texts the regex would not match.
    gated, plain = _match_prefix(text), _prefix().match(text)
    assert (gated and gated.end()) == (plain and plain.end())


@functools.cache
def _every_character() -> str:
    """Every character of Unicode, for asking which of them a letter matches, case ignored."""
    return "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code < 0xE000)


@pytest.mark.parametrize(
    "words",
    [
        lexicon.credit_labels(),
        lexicon.credit_label_words(),
        lexicon.label_positions(),
        lexicon.credit_marks(),
        lexicon.by_words(),
        lexicon.courtesy_words(),
    ],
    ids=["labels", "label words", "positions", "marks", "by words", "courtesies"],
)
def test_label_groups_are_apart(words: frozenset[str]) -> None:
    # The label regex tries its words grouped by first letter, longest first within a group
    # but no longer across groups: it matches as it did word by word only when no character
    # of a text matches the first letters of two groups (case ignored).
    matched: dict[str, str] = {}
    for first in {word[:1] for word in words}:
        for char in re.findall(re.escape(first), _every_character(), re.IGNORECASE):
            assert matched.setdefault(char, first) == first, (char, first, matched[char])


def _word_by_word_prefix(monkeypatch: pytest.MonkeyPatch) -> re.Pattern[str]:
    """The label regex as it was built before its words were grouped: one branch a word."""
    with monkeypatch.context() as patch:
        patch.setattr(
            lexicon, "first_letter_alternation", lambda words: "|".join(map(re.escape, words))
        )
        return credits._prefix.__wrapped__()


_LABEL_TEXTS = st.one_of(
    st.tuples(st.sampled_from(_label_openings()), _LABEL_TAILS).map("".join),
    st.tuples(st.sampled_from(_label_openings()), _MARKS).map("".join),
    _WORDS,
)


def test_the_grouped_label_regex_matches_as_word_by_word(monkeypatch: pytest.MonkeyPatch) -> None:
    plain = _word_by_word_prefix(monkeypatch)
    assert plain.pattern != _prefix().pattern

    @settings(max_examples=3000, deadline=None)
    @given(_LABEL_TEXTS)
    def same(text: str) -> None:
        grouped, word_by_word = _prefix().match(text), plain.match(text)
        assert (grouped and (grouped.span(), grouped.groupdict())) == (
            word_by_word and (word_by_word.span(), word_by_word.groupdict())
        )

    same()


# Numbers, month words, joiners and marks in the shapes dates take, and numbers that are none.
_DATE_WORDS = [
    "6000", "2016", "1999", "1700", "2100", "11", "3", "May", "Aug.", "Sept.", "March",
    "in", "of", "de", ",", ".", "3.", "März", "mai", "१९९९", "１２３４", "2016年",
    "5月", "/", "12/03/2020", "2020-01-08", "people", "1st", "on", "summer",
]  # fmt: skip
_DATE_TOKENS = st.lists(st.sampled_from(_DATE_WORDS), max_size=12).map(" ".join)

# Every two digits those words can start a number with: in place of the year centuries,
# ``find_dates`` tries its regexes at every four-digit number. A frozenset, as the module's is:
# the parser compiled by mypyc (setup.py) checks the type of what it reads.
_DIGITS = {character for word in _DATE_WORDS for character in word if character.isdigit()}
_EVERY_PREFIX = frozenset(first + second for first in _DIGITS for second in _DIGITS)


@settings(max_examples=1500, deadline=None)
@given(_DATE_TOKENS, st.sampled_from([None, dt.date(2020, 5, 4)]), st.booleans())
def test_a_four_digit_number_that_is_no_year_holds_no_date(
    text: str, article_date: dt.date | None, day_first: bool
) -> None:
    skipping = dates.find_dates(text, article_date, day_first)
    with unittest.mock.patch.object(dates, "_YEAR_CENTURIES", _EVERY_PREFIX):
        assert dates.find_dates(text, article_date, day_first) == skipping
    # The cached reading of a written day gives what reading it afresh gives.
    dates._written_day.cache_clear()
    assert dates.find_dates(text, article_date, day_first) == skipping


def test_four_digit_numbers_that_are_no_year_are_skipped() -> None:
    assert dates.find_dates("Officials said 6000 people took part.") == []
    assert dates.find_dates("May 6000 people") == []
    [year] = dates.find_dates("A dinner in 1999.")
    assert year.iso == "1999"
    [day] = dates.find_dates("Fans gather, Aug. 11, 2016. Officials said 6060 people came.")
    assert (day.iso, day.precision) == ("2016-08-11", "day")


_SENTENCE_TEXTS = st.lists(
    st.sampled_from(["Jan.", "U.S.", "Kan.", "2016.", "D.", "A", "man", "said", "!", "?", "…"]),
    max_size=14,
).map(" ".join) | st.text(alphabet=list('aZ1.!?…"”’)([] \t\nU.S'), max_size=40)


@settings(max_examples=1500, deadline=None)
@given(_SENTENCE_TEXTS)
def test_full_stop_boundaries_are_the_boundaries_of_a_text_of_full_stops(text: str) -> None:
    spans = sentences.sentence_spans(text)
    with unittest.mock.patch.object(sentences, "_FULL_STOP_BOUNDARY", sentences._BOUNDARY):
        assert sentences.sentence_spans(text) == spans


def test_the_listed_white_space_is_what_isspace_takes() -> None:
    every = {chr(code) for code in range(sys.maxunicode + 1) if chr(code).isspace()}
    assert set(sentences._WHITE_SPACE) == every


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=60))
def test_runs_of_zero_in_the_translated_bytes_are_the_numbers_of_an_ascii_text(text: str) -> None:
    translated = text.encode("ascii").translate(dates._DIGITS_AS_ZERO)
    runs = [run.span() for run in dates._ZERO_RUN.finditer(translated)]
    assert runs == [number.span() for number in re.finditer(r"[0-9]+", text)]


@settings(max_examples=1500, deadline=None)
@given(
    st.lists(st.sampled_from(["Photo", "foto", "PHOTO", ".", " ", "Jo", "a,", "x'", "9"])).map(
        "".join
    )
)
def test_the_plain_photo_label_is_the_bare_one_in_a_text_of_full_stops(text: str) -> None:
    plain, bare = _PLAIN_PHOTO_LABEL.search(text), _BARE_PHOTO_LABEL.search(text)
    assert (plain and plain.span()) == (bare and bare.span())


def _parts_by_walking_every_character(text: str) -> list[str]:
    """Comma parts outside brackets, as the place reader split them one character at a time."""
    parts = []
    depth = 0
    start = 0
    for index, char in enumerate(text):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        elif char == "," and depth == 0:
            parts.append(text[start:index])
            start = index + 1
    parts.append(text[start:])
    return parts


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet=list("ab ,()[]"), max_size=40))
def test_comma_parts_are_those_of_the_walk_over_every_character(text: str) -> None:
    assert _split_parts(text) == _parts_by_walking_every_character(text)


@pytest.mark.parametrize(
    "text, parts",
    [
        ("A crowd (file) in Lyon, France", ["A crowd (file) in Lyon", " France"]),
        ("Fans (L-R, top) in Lyon, France", ["Fans (L-R, top) in Lyon", " France"]),
        ("Fans [file] (row 2, left) in Lyon", ["Fans [file] (row 2, left) in Lyon"]),
        ("A ) stray, bracket", ["A ) stray", " bracket"]),
    ],
    ids=["flat bracket", "comma in bracket", "flat and comma", "stray closer"],
)
def test_comma_parts_keep_a_bracket_whole(text: str, parts: list[str]) -> None:
    assert _split_parts(text) == parts


# White space of every kind, letters whose case folding changes their length, and a landmark
# noun in several cases: the venue reader's first test and its walk over the words.
_VENUE_TEXT = st.lists(
    st.sampled_from(
        [
            *("stadio", "STADIO", "Stadio", "teatro", "Straße", "STRASSE", "ß", "İ", "ﬁ"),
            *("di", "Roma", "x", " ", "  ", "\t", "\n", "\xa0", "\u2028", "\u3000", "\x1c"),
        ]
    ),
    max_size=12,
).map("".join)


@settings(max_examples=1000, deadline=None)
@given(_VENUE_TEXT, st.integers(0, 20))
def test_venue_words_are_the_split_words(text: str, start: int) -> None:
    by_regex = [word.group().casefold() for word in _WORD.finditer(text, start)]
    assert text[start:].casefold().split() == by_regex


# The names the NYT Lens reader tries open with the caption's first word: when that word does
# not come again, neither does any name.
_LENS_TEXT = st.lists(
    st.sampled_from(["Jo", "Roe", "van", "der", "Berg", "Ana", "Jo Roe", "a", "photo", "of"]),
    min_size=1,
    max_size=10,
).map(" ".join)


@settings(max_examples=1000, deadline=None)
@given(_LENS_TEXT)
def test_leading_name_needs_its_first_word_again(text: str) -> None:
    first = text.split(" ", 1)[0]
    found = _leading_name(text, shipped_registry())
    if text.find(first, len(first)) < 0:
        assert found is None
    names = [" ".join(text.split(" ")[:size]) for size in (2, 3, 4, 5)]
    if found is not None:
        assert found.credit in names and text.find(found.credit, len(found.credit)) > 0


@pytest.mark.parametrize(
    "text, name",
    [
        ("Jo Roe Protesters march as Jo Roe looks on", "Jo Roe"),
        ("Jan van der Berg A crowd waits. Photo by Jan van der Berg", "Jan van der Berg"),
    ],
    ids=["two words", "particles"],
)
def test_leading_name_still_reads_a_name_that_comes_again(text: str, name: str) -> None:
    found = _leading_name(text, shipped_registry())
    assert found is not None and found.credit == name


# The organisation words a place phrase may not hold, as the regex wrote them before it opened
# each word with its letter (``lexicon.word_start_alternation``) instead of "\b".
_ORG_BEFORE = re.compile(
    r"\b(?:Magazine|Agency|News|Press|Newspaper|Television|Radio|Company|Corporation|Inc|Ltd|"
    r"Foundation|Association|Committee|Party|Council|Ministry|Festival|Awards?|Championships?|"
    r"Games|Cup|League|Tournament|Conference|Summit|Convention|Show)\b"
)
_ORG_TEXT = st.lists(
    st.sampled_from(
        [
            *("News", "Newspaper", "Awards", "Award", "Cup", "Inc", "Show", "Showcase", "x"),
            *("_", "9", "é", "-", "'", " ", ".", "(", "Ä", "ß", "Championship", "Press"),
        ]
    ),
    max_size=10,
).map("".join)


@settings(max_examples=2000, deadline=None)
@given(_ORG_TEXT)
def test_organisation_words_match_as_after_a_word_boundary(text: str) -> None:
    assert [m.span() for m in _ORG_IN_PLACE.finditer(text)] == [
        m.span() for m in _ORG_BEFORE.finditer(text)
    ]


def _described_place_word_by_word() -> re.Pattern[str]:
    """The described-place regex as it was before its views were grouped: one branch a view."""
    views = sorted(lexicon.view_phrases(), key=len, reverse=True)
    view = "|".join(
        re.escape(phrase) + ("" if phrase.endswith("'") else r"\s+") for phrase in views
    )
    return re.compile(
        r"\b(?:(?:island|town|city|village|province|region|district|outskirts|suburbs|port|"
        rf"harbou?r)\s+of\s+|(?i:{view}))"
    )


_VIEW_TEXT = st.lists(
    st.one_of(
        st.sampled_from(sorted(lexicon.view_phrases())).flatmap(
            lambda phrase: st.sampled_from([phrase, phrase.upper(), phrase.capitalize()])
        ),
        st.sampled_from(["island of", "x", "Lyon", " ", "  ", "\n", "-", "ſ", "'", "of"]),
    ),
    max_size=8,
).map(" ".join)


@settings(max_examples=2000, deadline=None)
@given(_VIEW_TEXT)
def test_grouped_views_match_as_view_by_view(text: str) -> None:
    plain = _described_place_word_by_word()
    assert [m.span() for m in _described_place().finditer(text)] == [
        m.span() for m in plain.finditer(text)
    ]


def test_view_groups_are_apart() -> None:
    # Grouped by first letter with case ignored, the views match as one branch a view only
    # when no character matches the first letters of two groups (case ignored).
    firsts = {phrase[:1].casefold() for phrase in lexicon.view_phrases()}
    matched: dict[str, str] = {}
    for first in firsts:
        for char in re.findall(re.escape(first), _every_character(), re.IGNORECASE):
            assert matched.setdefault(char, first) == first, (char, first, matched[char])


@settings(max_examples=1000, deadline=None)
@given(
    st.lists(
        st.sampled_from([*sorted(lexicon.relative_tails()), "Lyon", " ", "  ", "x", "\t"]),
        max_size=6,
    ).map("".join)
)
def test_relative_tail_matches_the_plain_pattern(text: str) -> None:
    words = "|".join(map(re.escape, lexicon.relative_tails()))
    plain = re.compile(rf" +(?:{words}) +")
    assert [m.span() for m in _relative_tail().finditer(text)] == [
        m.span() for m in plain.finditer(text)
    ]


def _furniture_button_by_button() -> re.Pattern[str]:
    """The furniture regex as it was before its buttons were grouped: one branch a button."""
    with unittest.mock.patch.object(
        lexicon,
        "first_letter_alternation",
        lambda words, ignore_case=False: "|".join(map(re.escape, words)),
    ):
        return credit_spans._furniture.__wrapped__()


_FURNITURE_TAILS = st.lists(
    st.one_of(
        st.sampled_from(sorted(lexicon.page_furniture())).flatmap(
            lambda phrase: st.sampled_from([phrase, phrase.upper(), phrase.title()])
        ),
        st.sampled_from(["Photo", "3 of 12", "TPX IMAGES OF THE DAY", " ", "»", ".", "x", "ſ"]),
    ),
    max_size=5,
).map(" ".join)


def test_grouped_furniture_matches_as_button_by_button() -> None:
    plain = _furniture_button_by_button()
    assert plain.pattern != credit_spans._furniture().pattern

    @settings(max_examples=2000, deadline=None)
    @given(st.sampled_from(["A crowd waits. ", "REUTERS/Jo Roe ", ""]), _FURNITURE_TAILS)
    def same(head: str, tail: str) -> None:
        text = head + tail
        grouped, by_button = credit_spans._furniture().search(text), plain.search(text)
        assert (grouped and grouped.span()) == (by_button and by_button.span())

    same()


def test_furniture_groups_are_apart() -> None:
    # Grouped by first letter with case ignored, the buttons match as one branch a button
    # only when no character matches the first letters of two groups (case ignored).
    firsts = {phrase[:1].casefold() for phrase in lexicon.page_furniture()}
    matched: dict[str, str] = {}
    for first in firsts:
        for char in re.findall(re.escape(first), _every_character(), re.IGNORECASE):
            assert matched.setdefault(char, first) == first, (char, first, matched[char])


_TRAILING_TEXT = st.lists(
    st.sampled_from(
        [
            *("north", "SOUTH", "Southeast", "ſouth", "eaſt", "west", "of", "km", "20", "some"),
            *("Lyon", "least", "x", ",", " ", "  ", "\t", "\xa0"),
        ]
    ),
    max_size=10,
).map(" ".join)


@settings(max_examples=2000, deadline=None)
@given(_TRAILING_TEXT)
def test_trailing_relative_needs_a_direction_word(text: str) -> None:
    # trailing_place searches a part's end for "... north of X" only where the casefolded end
    # holds a direction word.
    end = text[-90:]
    found = _TRAILING_RELATIVE.search(text, max(0, len(text) - 90))
    if found is not None:
        assert any(word in end.casefold() for word in _TRAILING_DIRECTIONS)
