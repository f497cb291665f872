"""Find where the credit sits in a caption, so that the rest is the description.

Credits come at the end in brackets ("(AP Photo/Name)", "[AFP]"), at the end bare
("REUTERS/Name", "Name/AFP/Getty Images", "NPR", "Copyright Reuters"), on a line of their own,
or at the start ("© Name / IRNA / AFP Boeing debris ...", glued to the first word when a page
lost its markup). Brackets that are not credits ("(L-R)", "(D-CA)", "(1975-1990)") stay.
Only the first and last few hundred characters are examined, so any input costs linear time.
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache
from typing import NamedTuple, TypeGuard

from catalog.parsing import lexicon, pattern_cache
from catalog.parsing.credits import (
    BRACKET_DATELINE,
    CLOSING_BRACKETS,
    LICENCE,
    ROLE_WORDS,
    CreditReading,
    fold_bars,
    is_byline,
    is_label,
    names_client,
    read_credit_in,
    starts_with_label,
    strip_prefixes,
    usage_terms,
    via_pattern,
)
from catalog.parsing.dates import find_dates
from catalog.parsing.lexicon import client_words, particles
from catalog.parsing.lowercase import lower
from catalog.parsing.model import ParsedCredit
from catalog.parsing.names import (
    has_cjk,
    has_org_signal,
    has_org_word,
    in_georgian,
    is_glued_particle_name,
    looks_like_person,
    named_for_country,
)
from catalog.parsing.places import is_country_or_region, is_known_place
from catalog.parsing.registry import Registry, current_registry, fold
from catalog.parsing.sentences import sentence_spans

_WINDOW = 400


class CreditSpan(NamedTuple):
    """The credit text and the caption text left around it (a named tuple: cheap to build)."""

    credit: str
    reading: CreditReading
    before: str  # text before the credit (the description side for trailing credits)
    after: str  # text after the credit (the description side for leading credits)
    # Page furniture printed after the credit: a blog's posting date, "P.S. ...", the agency
    # repeated, a link. Not description; a date in it dates the photo only when nothing else does.
    trailer: str = ""


# A CreditSpan from its five values without the named tuple's ``__new__``, a Python function,
# where a span is built for nearly every caption.
_new_span = tuple.__new__


# Reuters' search slugs after a credit: "SEARCH "FLOODS" FOR THIS STORY".
_SEARCH_SLUG = r"SEARCH\s+[\"“][^\"”]{0,80}[\"”]\s+FOR\s+[A-Z0-9 ,'’&-]{1,80}\.?"


@lru_cache(maxsize=1)
def _furniture() -> re.Pattern[str]:
    """Page furniture after a caption, in every language of the data: toggles and buttons
    ("hide caption", "Buy Photo", "Enlarge this image"), gallery counters ("3 of 12"),
    Reuters' "TPX IMAGES OF THE DAY" and search slugs."""
    phrases = lexicon.longest_first(lexicon.page_furniture())
    # Grouped by first letter (case ignored, as the regex is): it is searched for at every
    # character of a caption's last 300, where its every button was entered in turn. Spaces
    # and "ss" as ``_casefolded_pattern`` writes them.
    alternation = lexicon.first_letter_alternation(phrases, ignore_case=True)
    buttons = alternation.replace(r"\ ", r"\s+").replace("ss", "(?:ss|ß)")
    counter = "|".join(map(re.escape, sorted(lexicon.counter_words())))
    labels = "|".join(map(re.escape, sorted(lexicon.counter_labels())))
    # "3 of 12", "Image 3/10", "Bild 3 von 12"
    numbers = rf"(?:(?:{labels})\s+)?\d{{1,3}}(?:\s+(?:{counter})\s+|\s?/\s?)\d{{1,3}}"
    return pattern_cache.compile(
        rf"(?:\s*(?:{buttons}|TPX IMAGES OF THE DAY\.?|{_SEARCH_SLUG}|{numbers})"
        r"[\s»›.]*)+$",
        re.IGNORECASE,
    )


def _casefolded_pattern(phrase: str) -> str:
    """A pattern for a casefolded phrase of the data that matches it as printed: casefolding
    wrote "ß" as "ss" ("schließen" is "schliessen"), which IGNORECASE does not undo."""
    return re.escape(phrase).replace(r"\ ", r"\s+").replace("ss", "(?:ss|ß)")


@lru_cache(maxsize=1)
def _furniture_last_words() -> frozenset[str]:
    """The last word of every piece of furniture: the cheap first test."""
    return frozenset(phrase.rsplit(None, 1)[-1] for phrase in lexicon.page_furniture()) | {
        "day",
        "day.",
    }


# Labels that open a caption but are not its text: "Photo credit: <caption> (credit)".


@lru_cache(maxsize=1)
def _caption_label() -> re.Pattern[str]:
    """Labels that name the caption itself, in every language of the data ("Image caption,",
    "Caption:", "Legende:", "Bildunterschrift:"), and labels with nothing of a credit after
    them at a caption's start ("Photo:", "Foto:")."""
    labels = sorted(
        lexicon.caption_labels() | {"photo credit", "bild", "foto", "image", "picture", "photo"},
        key=len,
        reverse=True,
    )
    alternation = "|".join(re.escape(label).replace(r"\ ", r"\s+") for label in labels)
    # A label of two words or more names the caption without its comma too: "Image caption
    # Crowds ...", as a page's hidden heading prints it.
    spoken = "|".join(re.escape(label).replace(r"\ ", r"\s+") for label in labels if " " in label)
    return pattern_cache.compile(
        rf"(?:{spoken})\s*[:,]?\s+|(?:{alternation})\s*[:,]\s+", re.IGNORECASE
    )


@lru_cache(maxsize=1)
def _caption_label_starts() -> frozenset[str]:
    """The first words of the labels ``_caption_label`` reads, for a cheap first test."""
    return frozenset(
        label.split()[0] for label in lexicon.caption_labels() | {"photo", "image", "picture"}
    ) | {"bild", "foto"}


@lru_cache(maxsize=1)
def _caption_label_never_first() -> frozenset[str]:
    """ASCII letters and digits that open no caption label, in either case: a caption that opens
    with one needs no look at its first word (any other character goes the long way)."""
    firsts = {start[:1] for start in _caption_label_starts()}
    characters = string.ascii_letters + string.digits
    return frozenset(c for c in characters if c.casefold() not in firsts)


def strip_leading_label(text: str) -> str:
    """The caption without a label naming it at its start: "Image caption, Crowds ..."."""
    if text[:1] in _caption_label_never_first():
        return text  # the usual case, told from the first character
    first = text[:20].split(None, 1)[0].rstrip(":,").casefold() if text else ""
    if first not in _caption_label_starts():
        return text
    match = _caption_label().match(text)
    return text[match.end() :] if match is not None else text


_LABEL_TOKEN = pattern_cache.compile(
    r"^(?:photos?|photograph(?:s|ers?)?|(?:(?:photo|image|picture)s?\s+)?credits?|images?|pictures?|fotos?|bild)\s*:$",
    re.IGNORECASE,
)
_LABEL_WORDS = pattern_cache.compile(
    r"^(?:(?:pool|handout|file)\s+)?(?:photo(?:graph)?s?|images?|pictures?)(?:\s+illustration)?\s+by:?$|^©$",
    re.IGNORECASE,
)
# Cheap test before reading a whole line as a credit: it must have a credit's marks ("/", "|",
# "©", " via ", " for ", a label first). The single-character marks are looked for with ``in``
# and the words with regexes of their own: one alternation of all of them costs a failed try
# of every branch at every character.
_CREDIT_LINE_WORD = pattern_cache.compile(r" via ", re.IGNORECASE)
_CREDIT_LINE_LABEL = pattern_cache.compile(
    r"(?:photo|image|credit|courtesy|copyright)", re.IGNORECASE
)


def _may_be_credit_line(text: str) -> bool:
    return (
        "/" in text
        or "|" in text
        or "©" in text
        or _CREDIT_LINE_WORD.search(text) is not None
        or names_client(text)
        or _CREDIT_LINE_LABEL.match(text) is not None
    )


_MULTI_INITIALS = pattern_cache.compile(r"^(?:[A-Za-z]\.-?){2,}$")
_GIVEN_INITIALS = pattern_cache.compile(r"(?:[A-Z]\.-?){2,3}")
_INITIAL = pattern_cache.compile(r"^[A-Z]\.$")
# A word glued to the next one when markup was lost: "KenareMultidão", "AGENCYHomem".
_GLUE = pattern_cache.compile(r"[a-zà-ÿ](?=[A-ZÀ-Þ][a-zà-ÿ])|[A-Z]{2}(?=[A-Z][a-zà-ÿ])")


_RESTRICTION_TAIL = 700
# A picture id in brackets after a credit: "Name/Shutterstock (12345678a)".
_BRACKETED_ID = pattern_cache.compile(r"\s*\(\d{5,}[a-z]{0,3}\)$")


@lru_cache(maxsize=1)
def _restriction_words() -> tuple[str, ...]:
    """The longest word of every usage term ("editorial" of "editorial use only", "archiving"
    of "no archiving"): one must be in a tail that holds a term."""
    return tuple(sorted({max(m.casefold().split(), key=len) for m in lexicon.restriction_marks()}))


@lru_cache(maxsize=1)
def _restriction_word() -> re.Pattern[str]:
    """Any of ``_restriction_words``: on a short text (a credit) one search costs less than a
    substring test per word."""
    return pattern_cache.compile("|".join(map(re.escape, _restriction_words())))


# Cached: asked of every credit found at a caption's end, and credits repeat.
@lru_cache(maxsize=4096)
def _holds_restriction(credit: str) -> bool:
    """Whether a credit found runs on into usage terms: "Image/Name) NO ARCHIVING"."""
    return _restriction_word().search(credit.casefold()) is not None and (
        usage_terms().search(credit) is not None
    )


def _strip_restrictions(text: str) -> str:
    """The text without the usage terms printed after its credit ("REUTERS/Name EDITORIAL USE
    ONLY. No use with ...", "Name/PA Wire. RESTRICTIONS: ...", "*** Local Caption *** ...")."""
    start = max(0, len(text) - _RESTRICTION_TAIL)
    tail = text[start:].casefold()
    for word in _restriction_words():
        if word in tail:
            break
    else:
        return text  # the usual case, told by substring tests before the regex
    match = usage_terms().search(text, start)
    if match is None or match.start() == 0:
        return text
    before = text[: match.start()].rstrip(" .!-–—")
    closing = before[-80:]
    if "/" in closing or "|" in closing or closing.endswith((")", "]")):
        return before
    return text


# Furniture is looked for in a caption's last characters.
_FURNITURE_TAIL = 300
# The numbers of a gallery counter ("3 of 12") have at most this many digits.
_MAX_COUNTER_DIGITS = 3


@lru_cache(maxsize=1)
def _furniture_holds_digit() -> bool:
    return any(char.isdigit() for phrase in lexicon.page_furniture() for char in phrase)


def _may_end_in_numbered_furniture(tail: str) -> bool:
    """Whether furniture other than a counter can end ``tail`` with a number: a search slug
    ("SEARCH "..." FOR ... 2023", in any case), or a button whose words hold a digit. The
    furniture regex tries its every branch at every position of the tail: lines that end
    with a year, as many captions do, are told from it first."""
    return _furniture_holds_digit() or not tail.isascii() or "search" in lower(tail)


def strip_furniture(text: str) -> str:
    """Drop page furniture after the caption (looked for in its last few hundred characters)."""
    text = text.rstrip()
    if text[-1:] in (")", "]"):
        # A picture id's bracket is the last one opened, a digit after it: most closing
        # brackets are a credit's, told without the regex.
        window = len(text) - 16 if len(text) > 16 else 0  # max() costs three times this
        opened = text.rfind("(", window)
        if opened < 0 or not text[opened + 1 : opened + 2].isdigit():
            return text
        bracketed_id = _BRACKETED_ID.search(text, window)
        if bracketed_id is None:
            return text  # a bracketed credit closes the caption: no button after it
        text = text[: bracketed_id.start()]
    last = text[-40:].rstrip(" »›").rsplit(None, 1)[-1:]
    word = last[0].rstrip("».›").casefold() if last else ""
    if not word or not (
        word in _furniture_last_words() or word[-1:].isdigit() or "SEARCH" in text[-200:]
    ):
        return text  # the usual case, told from the last word
    if (
        len(word.rsplit("/", 1)[-1]) > _MAX_COUNTER_DIGITS  # "3/10": a counter's last number
        and word not in _furniture_last_words()
        and "SEARCH" not in text[-200:]
        and not _may_end_in_numbered_furniture(text[-_FURNITURE_TAIL:])
    ):
        return text  # a year or a long number closes the caption ("..., May 19, 2023.")
    return _strip_tail_furniture(text)


# A teaser for another page run on after the credit stands in the caption's last characters.
_TEASER_TAIL = 160


@lru_cache(maxsize=1)
def _teasers_by_last_word() -> dict[str, tuple[str, ...]]:
    """The languages' teaser labels ("read more", "lire aussi"), casefolded, by their last word."""
    by_last: dict[str, list[str]] = {}
    for label in lexicon.teaser_labels():
        by_last.setdefault(label.rsplit(None, 1)[-1], []).append(label)
    return {word: tuple(labels) for word, labels in by_last.items()}


_TEASER_MARKS = ":|»>"


def _positions(text: str, mark: str, start: int) -> Iterator[int]:
    at = text.find(mark, start)
    while at >= 0:
        yield at
        at = text.find(mark, at + 1)


def _strip_teaser(text: str, registry: Registry) -> str:
    """``text`` without a teaser for another page run on after its credit: "... (Photo: Jo
    Roe/Bloomberg) Related: Oil prices rise". Only after what closes a credit (a bracket, a
    chain, a known agency), so a caption's own "...: " stays. Read back from each mark in the
    text's last characters: the words before it are looked up, no regex scans the text."""
    start = max(0, len(text) - _TEASER_TAIL)
    by_last = _teasers_by_last_word()
    # Most captions with a colon near their end hold no teaser's last word: a set test says so.
    # Each mark becomes a space by str.replace: str.translate looks every character up in a
    # dict (a failed look-up per character), several times the cost of four replaces.
    tail = text[start:].casefold()
    words = tail.replace(":", " ").replace("|", " ").replace("»", " ").replace(">", " ").split()
    if by_last.keys().isdisjoint(words):
        return text
    marks = sorted(at for mark in _TEASER_MARKS for at in _positions(text, mark, start))
    for at in marks:
        head = text[start:at].rstrip()
        folded = head.casefold()
        last_word = folded.rsplit(None, 1)[-1:]
        for label in by_last.get(last_word[0], ()) if last_word else ():
            if not folded.endswith(label) or folded[-len(label) - 1 : -len(label)] != " ":
                continue
            before = text[: start + len(head) - len(label)].rstrip()
            last = before.rsplit(None, 1)[-1:] or [""]
            if (
                before.endswith((")", "]"))
                or "/" in before[-60:]
                or " | " in before[-60:]
                or registry.may_end_name(last[0])
            ):
                return before
    return text


def _strip_tail_furniture(text: str) -> str:
    """``text`` (right-stripped) without the furniture the regex finds at its end."""
    match = _furniture().search(text, max(0, len(text) - _FURNITURE_TAIL))
    if match is None or match.start() == 0:
        return text
    before = text[: match.start()].rstrip()
    # A button word alone ("Expand", "Zoom") is furniture only after what closes a credit or a
    # caption; "The city plans to expand" keeps its word.
    closed = (
        before.endswith((")", "]", ".", "!", "?")) or "/" in before[-60:] or "|" in before[-60:]
    )
    if " " not in match.group().strip() and not closed:
        return text
    return before


def _matching_open(text: str, close_at: int) -> int | None:
    """Index of the bracket that opens the one closing at ``close_at`` (nesting respected)."""
    closer = text[close_at]
    opener = "(" if closer == ")" else "["
    # Conditionals, not max(), which costs three times as much: bracket credits are read for
    # most captions.
    limit = close_at - _WINDOW if close_at > _WINDOW else 0
    # Usually nothing is nested: the last opener before the closer is the one.
    open_at = text.rfind(opener, limit, close_at)
    if text.find(closer, open_at + 1 if open_at >= limit else limit, close_at) < 0:
        return open_at if open_at >= 0 else None
    depth = 0
    position = close_at
    while position >= limit:
        char = text[position]
        if char == closer:
            depth += 1
        elif char == opener:
            depth -= 1
            if depth == 0:
                return position
        position -= 1
    return None


def _bracket_credit(text: str, registry: Registry) -> CreditSpan | None:
    stripped = text.rstrip(" .。")
    wide = stripped.endswith("）") and "（" in stripped
    if wide:
        # Full-width brackets close Chinese and Japanese captions: "...。（新华社记者 王鹏 摄）".
        wide_open = stripped.rfind("（")
        stripped = f"{stripped[:wide_open]}({stripped[wide_open + 1 : -1]})"
    tail = ""
    trailer = ""
    close_at = len(stripped) - 1
    if close_at < 0:
        return None
    if stripped[close_at] not in ")]":
        # A second, labelled credit after a bracketed one: "(AP Photo/Name/FILE)Photo by: AP".
        # Most captions that close with no bracket hold none near their end: two membership
        # tests say so for less than the two searches that would find where.
        closing = stripped[-80:]
        if ")" not in closing and "]" not in closing:
            return None
        last_close = max(
            stripped.rfind(")", max(0, len(stripped) - 80)),
            stripped.rfind("]", max(0, len(stripped) - 80)),
        )
        tail = stripped[last_close + 1 :].strip()
        if not tail:
            return None
        if _is_trailer(tail, registry):
            trailer = tail
        else:
            second = read_credit_in(tail, registry)
            if not starts_with_label(tail) or second.strength < 3:
                return None
            # The bracketed credit is the credit; the second fills what it leaves empty.
            span = _bracket_credit(stripped[: last_close + 1], registry)
            if span is None or span.after:
                return None
            reading = _filled_from(span.reading, second)
            return span._replace(reading=reading, trailer=f"{span.trailer} {tail}".strip())
        close_at = last_close
    open_at = _matching_open(stripped, close_at)
    if open_at is None:
        return None
    inner = stripped[open_at + 1 : close_at].strip()
    if not inner:
        return None
    if (
        not trailer
        and inner[-1:].isdigit()  # a date, a year, an id: most brackets hold a credit's letters
        and registry.canonical(inner) is None
        and _is_trailer(inner, registry)
    ):
        # "... REUTERS/Jo Roe (12/03/2024)", "... Foto: Lena Vogt/dpa [4829133]": a date or a
        # picture id in brackets after the credit is a note on it.
        earlier = _find_credit([stripped[:open_at].rstrip()], registry)
        if earlier is not None and not earlier.after and earlier.reading.strength >= 2:
            return earlier._replace(trailer=f"{earlier.trailer} {inner}".strip())
        if _LINK.search(inner) is None:
            # "... in Baghdad. (12/03/2024)": a date or an id in brackets credits no one (a
            # site's address may: "(Photo: example.org)")
            return None
    reading = read_credit_in(inner, registry)
    before = stripped[:open_at]
    square = stripped[close_at] == "]"
    ok = reading.strength >= 2
    if not ok and reading.strength == 1:
        parsed = reading.parsed
        sentence_before = before.rstrip().endswith((".", "!", "?", "”", '"'))
        if (square and not inner[:1].isdigit()) or (parsed.photographer and sentence_before):
            ok = True
        elif sentence_before and parsed.agency and _named_organisations(parsed):
            ok = True  # "... in Ohio. (Initech Ltd)", "(GLOBE PICTURE SERVICE)"
    if not ok and not square and reading.strength <= 1:
        ok = _source_alone(inner, before, registry)
    if not ok:
        return None
    before = before.rstrip()
    if before.endswith((")", "]")) and reading.strength >= 3:
        # Two bracketed credits in a row, as Getty prints them: "(Photo by Name/AFP) (Photo by
        # NAME/AFP via Getty Images)". The first is the credit.
        earlier = _bracket_credit(before, registry)
        if earlier is not None and earlier.reading.strength >= 3:
            # ... and the second fills the fields it leaves empty: "(Photo: Jo Roe) (Source:
            # Reuters)".
            filled = _filled_from(earlier.reading, reading)
            return earlier._replace(reading=filled, trailer=f"{earlier.trailer} {inner}".strip())
    if reading.strength >= 3 and "/" in before[-80:]:
        # A bare credit then a bracketed one: "... 2023. Photo: Name/dpa (Photo by Name/picture
        # alliance via Getty Images)". The first is the credit.
        earlier = _bare_trailing_credit(before, registry)
        if (
            earlier is not None
            and earlier.reading.strength >= 3
            and starts_with_label(earlier.credit)
            and earlier.before.endswith((".", "!", "?"))
        ):
            return earlier
        if (
            earlier is not None
            and registry.canonical(inner) is not None
            and earlier.reading.parsed.photographer
            and earlier.reading.parsed.agency
        ):
            # "... REUTERS/Jo Roe (Reuters)": the agency printed again after a whole credit.
            return earlier._replace(trailer=inner)
    if reading.parsed.photographer is None and not square:
        # "... Foto: Jo Roe (dpa)": a labelled name, then its agency in brackets; one credit.
        labelled = _labelled_name_before(before, inner, registry) or _name_sentence_before(
            before, inner, reading, registry
        )
        if labelled is not None:
            return labelled._replace(trailer=trailer)
    if wide and reading.parsed.agency is None and reading.parsed.photographer:
        released = _agency_before_bracket(text, before, inner, reading, registry)
        if released is not None:
            return released._replace(trailer=trailer)
    return _new_span(CreditSpan, (inner, reading, before, "", trailer))


# An agency's name with "released by" or "reporter" after it is a few characters ("新华社发").
_RELEASED_BY_CHARS = 12


def _agency_before_bracket(
    text: str, before: str, inner: str, reading: CreditReading, registry: Registry
) -> CreditSpan | None:
    """ "...。新华社发（张伟 摄）": the agency that released the photo, then its photographer in
    full-width brackets; one credit, as printed."""
    stop = max(before.rfind("。"), before.rfind("．"))
    head = before[stop + 1 :].strip()
    if not head or len(head) > _RELEASED_BY_CHARS or stop < 0:
        return None
    joined = read_credit_in(f"{head} {inner}", registry).parsed
    if (
        joined.agency is None
        or joined.unknown_organisations
        or joined.photographer != reading.parsed.photographer
    ):
        return None
    start = text.rfind(head, 0, len(before) + 1)
    credit = text[start:].strip().rstrip(" .。")
    return CreditSpan(
        credit, CreditReading(replace(joined, credit=credit), 3), text[:start].rstrip(), ""
    )


def _source_alone(inner: str, before: str, registry: Registry) -> bool:
    """A bracket closing the caption that holds only a source naming nobody ("(Supplied)",
    "(Courtesy)") or a station's call letters ("(KGW)", "(WXYZ-TV)"); call letters spelled
    out just before ("the Kestrel Gas Works (KGW)") are an abbreviation, not a credit. After
    a credit ("Foto: Jo Roe (Archiv)") the bracket is a note on it."""
    if inner[:1].isupper() and inner.casefold() in lexicon.generic_sources():
        return _bare_trailing_credit(before.rstrip(), registry) is None
    if lexicon.call_sign().fullmatch(inner) is None:
        return False
    letters = inner.replace("-", " ").partition(" ")[0]
    words = before.split()[-len(letters) - 3 :]
    initials = "".join(word[0] for word in words if word[:1].isupper())
    return not initials.endswith(letters)


_LABELLED_NAME_WINDOW = 60


def _labelled_name_before(before: str, inner: str, registry: Registry) -> CreditSpan | None:
    """The credit "Label: Name (Agency)" when ``before`` ends with a label and a name."""
    tail_start = max(0, len(before) - _LABELLED_NAME_WINDOW)
    if ":" not in before[tail_start:] and " by " not in before[tail_start:]:
        return None  # every label before a name here has a colon or "by"
    stop = before.rfind(". ", tail_start)
    while stop > tail_start and _initial_before(before, stop):
        stop = before.rfind(". ", tail_start, stop)  # "Credit: NASA, ESA, and J. Roe (STScI)"
    stop = max(stop, before.rfind("| ", tail_start))
    start = stop + 2 if stop >= 0 else tail_start
    name_part = before[start:].strip()
    if not name_part or not _may_open_label(name_part) or not starts_with_label(name_part):
        return None
    named = read_credit_in(name_part, registry).parsed
    credit = f"{name_part} ({inner})"
    if named.agency is not None and registry.is_known(named.agency):
        # "Credit: NASA, ESA, CSA, STScI; Jo Roe (STScI)": a labelled credit naming its
        # agency, then the affiliation of its last name; the bracket ends the credit.
        reading = read_credit_in(credit, registry)
        if reading.parsed.agency != named.agency:
            return None
        return CreditSpan(credit, reading, before[:start].rstrip(), "")
    if named.photographer is None or named.agency is not None:
        return None
    reading = read_credit_in(credit, registry)
    if reading.parsed.photographer is None or reading.parsed.agency is None:
        return None
    return CreditSpan(credit, reading, before[:start].rstrip(), "")


# A photographer's name alone after the caption's last sentence is this short at most.
_NAME_SENTENCE_WINDOW = 48


def _name_sentence_before(
    before: str, inner: str, reading: CreditReading, registry: Registry
) -> CreditSpan | None:
    """The credit "Name (Agency)" with no label: the caption's last sentence is a person's
    name alone, then a known agency in brackets ("... in Quito. Ana Ruiz (Reuters)"). The
    name must open with a known given name: "... outside. Santa Fe (AP)" names a place."""
    agency = reading.parsed.agency
    if agency is None or not registry.is_known(agency):
        return None
    window_start = max(0, len(before) - _NAME_SENTENCE_WINDOW)
    window = before[window_start:]
    if ". " not in window and "! " not in window and "? " not in window:
        return None  # the name must stand alone, after a sentence that ends
    # The last sentence, as the sentence splitter reads it: "Sen. Arlen Specter" is one.
    spans = sentence_spans(window)
    if len(spans) < 2:
        return None
    name_start = window_start + spans[-1][0]
    name_part = before[name_start:].strip()
    first = name_part.split(None, 1)[0] if name_part else ""
    if not lexicon.is_given_name(first) or not looks_like_person(name_part):
        return None
    if is_known_place(name_part):
        return None  # "Santa Fe", "San Jose": a given name opens many a town's name
    credit = f"{name_part} ({inner})"
    named = read_credit_in(credit, registry)
    if named.parsed.photographer is None or named.parsed.agency != agency:
        return None
    return CreditSpan(credit, named, before[:name_start].rstrip(), "")


@lru_cache(maxsize=1)
def _note_opener() -> re.Pattern[str]:
    """Where a note after the credit opens: a note label of the data and its stop or colon
    ("Photo ID:", "Réf.", "P.S.", "Contact :"), a capitalised posting word ("Posted by",
    "Veröffentlicht am") or a time of day ("12:34 PM ET"), after a space, a bracket or a bar."""
    labels = "|".join(
        _casefolded_pattern(label) for label in lexicon.longest_first(lexicon.note_labels())
    )
    posting = "|".join(
        _casefolded_pattern(word).replace(word[:1], f"(?-i:{word[:1].upper()})", 1)
        for word in lexicon.longest_first(lexicon.posting_words())
    )
    # a time of day: "12:34 PM ET", "12:34 Uhr", "12h34"
    time = r"\d{1,2}[:h]\d{2}\b"
    return pattern_cache.compile(
        rf"(?<![^\s(\[|])(?:(?:{labels})\s?[.:]|(?:{posting})(?=\s)|{time})(?=\s|$)",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _note_words() -> frozenset[str]:
    """The words, in lower case as a split prints them, that a note's opener ends with: "id:",
    "réf.", "p.s.", "(contact:", "posted"; ``_note_starts`` looks for one before its regex."""
    ends = {label.rsplit(None, 1)[-1] for label in lexicon.note_labels()}
    words = {
        f"{bracket}{end}{mark}"
        for end in ends
        for mark in ("", ".", ":")
        for bracket in ("", "(", "[")
    }
    return frozenset(words | {word.rsplit(None, 1)[-1] for word in lexicon.posting_words()})


# The digits of a time of day: "12:34", "12h34"; looked for in the last characters.
_TIME_MARK = pattern_cache.compile(r"\d[:h]\d\d")
_TIME_TAIL = 24


def _note_starts(text: str) -> list[int]:
    """Where notes may open in ``text``'s last characters (see ``_note_opener``), first first."""
    start = len(text) - _TRAILER_MAX - 2
    start = start if start > 0 else 0
    # Most captions hold no note: a set of their last words says so for less than the regex,
    # which tries its every branch at every position.
    # A time alone after the credit ("... Name/AFP 12:34 PM ET") stands in the last few
    # characters; a longer note opens with a word.
    if (
        _note_words().isdisjoint(lower(text[start:]).split())
        and _TIME_MARK.search(text, len(text) - _TIME_TAIL) is None
    ):
        return []
    return [match.start() for match in _note_opener().finditer(text, start)]


def _before_note(text: str, registry: Registry) -> CreditSpan | None:
    """The credit closing ``text`` before a note printed after it on the same line: "...
    REUTERS/Jo Roe Posted by admin", "... (AP Photo/Jo Roe) Réf. 4829133", "... Foto: Lena
    Vogt/dpa Kontakt: bild@example.de". The note is the span's trailer."""
    if text[-1:] in (")", "]"):
        return None  # a bracket closes the text: a note in it is read with the bracket's credit
    for at in _note_starts(text):
        before = text[:at].rstrip(" ,;-–—|([")
        if not before:
            continue
        span = _find_credit([before], registry)
        if span is not None and not span.after and span.reading.strength >= 2:
            return span._replace(trailer=f"{span.trailer} {text[at:]}".strip())
    return None


# A link or an address: "www.example.com/licensing", "photos@example.org".
_LINK = pattern_cache.compile(r"https?://|www\.|\S@\S+\.\w|\w\.(?:com|org|net)\b")
# A picture or wire identifier: "epa04157921", "AB12345", "170305-N-ZZ999-001", and capitals
# mixed with digits, two of each at least ("RC2K9Y9VCXQZ").
_PICTURE_ID = pattern_cache.compile(
    r"^#?[A-Za-z]{0,6}\d{5,}[\w-]*$|^[A-Z]{2,6}\d{3,4}[A-Z]?$|^\d{6}-[A-Z]-[A-Z0-9]{5,}-\d{3}$"
    r"|^(?=[A-Z\d]{8,16}$)(?=\D*\d\D*\d)(?=\d*[A-Z]\d*[A-Z])[A-Z\d]+$"
    # parts joined by "_" or "-", four digits at least: "AFP_34DK9Q2", "XYZ-20240312-ABC"
    r"|^(?=[\w-]{8,32}$)(?=(?:\D*\d){4})[A-Za-z0-9]+(?:[_-][A-Za-z0-9]+)+$"
)


_TRAILER_MAX = 120


_TRAILER_MARK = pattern_cache.compile(r"\d|@|www|http|\.(?:com|org|net)", re.IGNORECASE)


def _may_be_trailer(text: str, registry: Registry) -> bool:
    """A cheap first test: a trailer holds a digit, a link or note mark, or ends with a name
    the registry may know (the agency printed again)."""
    if _TRAILER_MARK.search(text) is not None or _note_opener().match(text) is not None:
        return True
    last = text.rsplit(None, 1)[-1]
    return registry.may_end_name(last)


def _is_trailer(tail: str, registry: Registry) -> bool:
    """Page furniture after a bracketed credit, not caption text: a date or a year alone (a
    blog's posting date), a postscript, the agency named again, a link, a picture id."""
    text = tail.strip(" .,;:-–—|")
    if not text or len(text) > _TRAILER_MAX:
        return False
    return _is_trailer_text(text, registry)


# Trailers recur from caption to caption (a date after a bracket, the agency named again),
# and a date is read with the date finder: each short text is read once.
@lru_cache(maxsize=1024)
def _is_trailer_text(text: str, registry: Registry) -> bool:
    if not _may_be_trailer(text, registry):
        return False  # the usual case: a credit or caption words, decided cheaply
    if _note_opener().match(text) or _LINK.search(text) or _PICTURE_ID.match(text):
        return True
    if registry.canonical(text) is not None:
        return True  # "(AP Photo/Name) Associated Press"
    if text.isdigit():
        return len(text) == 4
    first_word = text.split(" ", 1)[0].casefold().rstrip(":")
    if first_word in lexicon.posting_words():
        text = text[len(first_word) :].lstrip(":").strip().removeprefix("on ").strip()
    mentions = find_dates(text)
    return bool(mentions) and mentions[0].start == 0 and mentions[-1].end >= len(text) - 1


# "Courtesy of", "Photo provided by": a label before an organisation's full name.
_COURTESY_LABEL = pattern_cache.compile(
    r"(?:(?:photo|image|picture)s?\s+)?(?:courtesy\s+of|(?:provided|supplied|submitted)\s+by)\s",
    re.IGNORECASE,
)
_CHAIN_SEPARATOR = pattern_cache.compile(r"\s?/\s?|\s\|\s|(?<=\w)—(?=[A-Z])")
# The mark that closes a sentence: a stop, closing quotes or brackets, then a space. Found
# first and the word before it read back from there: a regex that also captured the word
# ("(\S*)[.!?]...") retried its greedy \S* at every letter of every word.
_STOP_MARK = pattern_cache.compile(r"[.!?][\"”’)]*\s")
_INITIALS_WORD = pattern_cache.compile(r"(?:[A-Za-z]\.-?)+[A-Za-z]")
_PLAIN_WORD = pattern_cache.compile(r"[A-Za-z0-9]{2,}")


@lru_cache(maxsize=1)
def _rank_abbreviations() -> frozenset[str]:
    """Ranks written with a period ("Sgt.", "Lt."), as words without it: no sentence ends there."""
    return frozenset(rank[:-1] for rank in lexicon.ranks() if rank.endswith("."))


@lru_cache(maxsize=1)
def _rank_words() -> frozenset[str]:
    """Every word of every rank ("Staff", "Sgt.", "Petty", "Officer", "2nd", "Class")."""
    return frozenset(word for rank in lexicon.ranks() for word in rank.split())


_MOST_RANK_WORDS = 6


def _rank_back(tokens: list[str], take: int) -> int:
    """More tokens before the ``take`` tokens of a name when they are its rank, opening the
    credit after a sentence or a label: "... exercise. Staff Sgt. Jo Roe/U.S. Army", "Photo by
    Capt. Jo Roe/RAF". A rank inside the caption's sentence stays there."""
    end = len(tokens) - take
    if not take or not end or tokens[end - 1] not in _rank_words():
        return 0  # the usual case: no rank before the name
    first = end
    while first > 0 and end - first < _MOST_RANK_WORDS and tokens[first - 1] in _rank_words():
        first -= 1
    if first > 0:
        before = tokens[first - 1]
        closes = before.endswith((".", "!", "?", ")", "]", ":", '"', "”"))
        if not closes and not _label_size(tokens[:first]):
            return 0
    return end - first


@lru_cache(maxsize=1)
def _services() -> tuple[frozenset[str], frozenset[str]]:
    """The services of ``rank_services`` written with a period ("U.S") without it, and the
    first words of the others ("Army", "Air"): "U.S. Army" closes no sentence."""
    services = lexicon.rank_services()
    dotted = frozenset(service[:-1] for service in services if service.endswith("."))
    firsts = frozenset(service.split()[0] for service in services if not service.endswith("."))
    return dotted, firsts


@lru_cache(maxsize=1)
def _surname_then_credit() -> re.Pattern[str]:
    """A surname, then what goes on with its credit: a comma, a slash or a semicolon, a spaced
    dash or bar, a bracket ("Jo K. Roe (Kestrel Times)") or a word of the data for "for" or
    "via" ("Jo K. Roe via Getty Images")."""
    words = "|".join(
        re.escape(word).replace(r"\ ", " ")
        for word in lexicon.longest_first(lexicon.client_words() | lexicon.via_words())
    )
    return pattern_cache.compile(
        rf"[A-Z][a-zà-ÿ'’-]+(?: [A-Z][a-zà-ÿ'’-]+)?(?:,|/|;| \(| (?:{words}) | [-–—|] )"
    )


_GIVEN_NAME = pattern_cache.compile(r"[A-Z][a-zà-ÿ'’-]+")
# A surname, or two names, closing the text: "Roe", "Roe Soto."
_SURNAME_CLOSING = pattern_cache.compile(r"[A-Z][a-zà-ÿ'’-]+(?: [A-Z][a-zà-ÿ'’-]+)?\.?")


def _state_closes_sentence(text: str, start: int, after: int) -> bool:
    """Whether the dotted initials at ``start`` are a state's or province's short name closing
    a sentence before a person's name: "in Kelowna, B.C. Ana Ruiz/The Canadian Press". They
    follow a place's comma, and a known given name follows them ("Jo Roe, U.S. Army" goes on)."""
    if not text[:start].rstrip().endswith(","):
        return False
    following = text[after : after + 40].split(None, 1)
    return bool(following) and lexicon.is_given_name(following[0])


def _initials_close_sentence(name: list[str], before: str) -> bool:
    """Whether dotted initials before a credit's name close the caption's sentence instead of
    opening the name: after a place and its comma they are a state's or province's short name
    ("in Kelowna, B.C. Ana Ruiz/The Canadian Press", "Washington, D.C. Jo Roe/Reuters"), and
    a name that opens with a known given name has its own ("at the U.N. Jo Roe/Reuters");
    "J.C. Hidalgo/EFE" keeps its initials."""
    return before.endswith(",") or (len(name) >= 2 and lexicon.is_given_name(name[0]))


def _opens_with_abbreviation(word: str, before: str) -> bool:
    """Whether ``word`` (its period left off) is a given name written short that opens a name:
    "Photo: Mohd. Rasfan/AFP", "(Ma. Luisa Cruz/Rappler)". After a capitalised word it is the
    end of a name instead ("Alibaba's Jack Ma. Jo Roe/AP")."""
    if word.casefold() not in lexicon.given_abbreviations():
        return False
    return not (before[:1].isupper() and before[-1:].isalpha())


# A person's initials written together: "J.R", "A.B.C", French "J.-P" (the last period is
# the stop's).
_GLUED_INITIALS = pattern_cache.compile(r"(?:[A-Z]\.-?){1,2}[A-Z]")


def _closes_sentence(word: str) -> bool:
    """A word and its stop that end a sentence before a name: a lower-case word's ("goal.") or a
    number's ("2021."), not an initial's or a capitalised abbreviation's ("D.C.", "Gen.")."""
    return word[-2].islower() or word[-2].isdigit()


def _glued_initials_open_name(window: str, stop: int) -> bool:
    """Whether initials written together ("J.R.") open a credit's name at ``stop``: "... the
    goal. J.R. Smith for Radio Kestrel", "Photo: A.B. Kowalski, Reuters". They follow a sentence's
    stop, a label's colon or the window's start, and a surname closes the text or goes on with
    its credit; "Washington, D.C. Jo Roe/AP" and "in the U.S. Jo Roe/AP" (a place's comma or a
    sentence's word before them) end sentences."""
    start = window.rfind(" ", 0, stop) + 1
    before = window[window.rfind(" ", 0, max(start - 1, 0)) + 1 : start].rstrip()
    if before and not (
        _credit_mark_before_name(before)
        or (before[-1:] in ".!?" and len(before) > 2 and _closes_sentence(before))
    ):
        return False
    return (
        _SURNAME_CLOSING.fullmatch(window, stop + 2) is not None
        or _surname_then_credit().match(window, stop + 2) is not None
    )


def _middle_initial(window: str, stop: int, word: str) -> bool:
    """Whether the period at ``stop`` closes a person's initial inside a credit's name: "...
    the Capitol. Helen H. Richardson, The Denver Post", "... J. Scott Applewhite/AP". The
    initial follows a given name or a sentence's stop, and the name's surname then closes it,
    or a credit's mark follows; "World War I. Jo Roe", "Group B. Jo Roe/AP" and "Washington,
    D. C. Jo Roe" end sentences. A given name written short ("Mohd. Rasfan/AFP", "Photo: Ma.
    Luisa Cruz/Rappler") opens the name wherever it stands."""
    short_given = word.casefold() in lexicon.given_abbreviations()
    if not short_given and (len(word) != 1 or not word.isupper() or word in "IVX"):
        if len(word) < 3 or word[1] != "." or _GLUED_INITIALS.fullmatch(word) is None:
            return False  # the usual word before a stop, told before the word before it is read
        return _glued_initials_open_name(window, stop)
    before_at = window.rfind(" ", 0, stop - 1)
    before = window[window.rfind(" ", 0, before_at) + 1 : before_at] if before_at > 0 else ""
    if short_given:
        return _opens_with_abbreviation(word, before) and (
            _surname_then_credit().match(window, stop + 2) is not None
        )
    if before[-1:] in (":", ",") and before[:1].isupper():
        # "Photo: J. Roe", "Credit: NASA, ESA, J. Roe": an initial right after a label or in a
        # credit's list opens the name that closes the caption or goes on with its credit.
        return (
            _SURNAME_CLOSING.fullmatch(window, stop + 2) is not None
            or _surname_then_credit().match(window, stop + 2) is not None
        )
    opens_name = (_GIVEN_NAME.fullmatch(before) is not None and lexicon.is_given_name(before)) or (
        len(before) > 2 and before.endswith(".") and _closes_sentence(before)
    )
    # A name closing the caption ("... Photo: Jo M. Roe") is left as it was: on the dev
    # set it lifted one photographer and lost one date (a year before it, read as the
    # photo's once the name no longer ends the description); after a label only, on the
    # whole set's check half, the same.
    return opens_name and _surname_then_credit().match(window, stop + 2) is not None


def _credit_mark_before_name(word: str) -> bool:
    """A word that opens a credit's name: a label's colon ("Credit:", "Foto:"), "©" or "by"."""
    return word[-1:] in (":", "：") or word in ("©", "(c)", "by", "By", "BY")


_ABBREVIATION_LOOK_BACK = 40


def _opening_abbreviation(text: str, stop: int, word: str) -> bool:
    """Whether the period at ``stop`` closes an abbreviation that opens a name ("St. Louis
    Post-Dispatch", "Photo: St. Mary's Hospital", "courtesy of Mt. Kestrel Observatory"): the
    word is one (names.toml), a capital follows, and a label, a separator or a lower-case word
    comes before it; after a capitalised word it is a street's ("... on Main St. Jo Roe/AP").
    An organisation's word written short before its connector ("Kestrel Dept. of Health",
    "Lumbre Univ. of Technology") continues the name too."""
    following = text[stop + 2 : stop + 3]
    if following.islower():
        after = text[stop + 2 : stop + 8].split(" ", 1)[0]
        return (
            after in lexicon.organisation_connectors()
            and word.casefold() in lexicon.organisation_words()
        )
    if not following.isupper() or word.casefold() not in lexicon.opening_abbreviations():
        return False
    # (a few characters back only: no copy of a long text's start for each of its stops)
    start = stop - len(word)
    before = text[max(0, start - _ABBREVIATION_LOOK_BACK) : start].rstrip()
    previous = before[before.rfind(" ") + 1 :]
    return not previous or previous[-1] in ":,/|(" or previous.islower()


def _stop_before_ranks(window: str, stop: int) -> int:
    """The last sentence stop at or before ``stop`` that closes no rank's abbreviation nor a
    service's ("U.S. Army") nor a label written with its period ("Fot. PAP"): in "... a
    bridge. Photo by Staff Sgt. Jo Roe, U.S. Army" the credit sentence starts after "bridge."."""
    dotted, firsts = _services()
    while stop > 0:
        # The word before the stop, found back from it (no copy of the window's start).
        word = window[window.rfind(" ", 0, stop) + 1 : stop]
        if (
            word not in _rank_abbreviations()
            and not _middle_initial(window, stop, word)
            and not _opening_abbreviation(window, stop, word)
            and f"{word}.".casefold() not in _dotted_labels()
        ):
            # "U.S. Army photo", "U.S. Army/Sgt. Jo Roe": the service's next word, to a space or a slash
            after = window[stop + 2 : stop + 40].split(" ", 1)[0].split("/", 1)[0]
            if word not in dotted or (
                after not in firsts and not _dotted_body_closes(window, stop + 2)
            ):
                return stop
        stop = window.rfind(". ", 0, stop - len(word))
    return stop


@lru_cache(maxsize=1)
def _dotted_labels() -> frozenset[str]:
    """Credit labels written with a period, casefolded: Polish "fot.", French "ph."."""
    return frozenset(label for label in lexicon.credit_labels() if label.endswith("."))


_MOST_BODY_WORDS = 8


def _dotted_body_closes(window: str, start: int) -> bool:
    """Whether the words after "U.S." name a body and close the text: "... Photo: U.S. Fish
    and Wildlife Service", "U.S. Geological Survey" (an organisation word, a few words, no
    stop)."""
    rest = window[start:]
    return (
        ". " not in rest
        and len(rest.split()) <= _MOST_BODY_WORDS
        and rest[:1].isupper()
        and has_org_word(rest)
    )


def _has_sentence_stop(text: str) -> bool:
    """A sentence ends in ``text``: a period after a word that is not an initial or "U.S"."""
    # The usual answer first: the last ". " closes a plain word of two letters or digits or
    # more ("2015.", "part."), which is no initial and, when no rank is written so, no rank.
    stop = text.rfind(". ")
    if stop > 1:
        word = text[text.rfind(" ", 0, stop) + 1 : stop]
        if (
            _PLAIN_WORD.fullmatch(word) is not None
            and word not in _rank_abbreviations()
            and word.casefold() not in lexicon.given_abbreviations()
            and not _opening_abbreviation(text, stop, word)
        ):
            return True
    for match in _STOP_MARK.finditer(text):
        end = match.start()
        start = end
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        word = text[start:end]
        if len(word) == 1 and word.isalpha():
            continue  # "Sara D. Davis"
        if _INITIALS_WORD.fullmatch(word):
            if _state_closes_sentence(text, start, match.end()):
                return True
            continue  # "U.S. Rep."
        if len(word) <= 5 and word[:1].isupper() and word in _rank_abbreviations():
            continue  # "REUTERS/US Army/Sgt. Name/Handout"
        if _opening_abbreviation(text, end, word):
            continue  # "Jo Roe/St. Louis Post-Dispatch"
        if word.casefold() in lexicon.given_abbreviations():
            before = text[: max(start - 1, 0)].rsplit(None, 1)[-1:] or [""]
            if _opens_with_abbreviation(word, before[0]):
                continue  # "AFP/Mohd. Rasfan"
        return True
    return False


# A name in a script without capitals has at most this many words ("أحمد خالد", "علی رضایی").
_CASELESS_NAME_WORDS = 4


def _caseless_word(word: str) -> bool:
    """A word of letters of a script without capitals (Arabic, Persian, Hebrew, ...)."""
    first = word[:1]
    caseless = (not first.isupper() and not first.islower()) or in_georgian(first)
    return first.isalpha() and caseless and word.isalpha()


def _label_or_stop_before(tokens: list[str], count: int) -> bool:
    """The ``count`` tokens closing ``tokens`` follow a label's colon or a sentence's stop, or
    open the text: they are all the credit's, however they are written."""
    start = len(tokens) - count
    if count > _CASELESS_NAME_WORDS:
        return False
    return start == 0 or tokens[start - 1].endswith((":", "：", ".", "。", "؛", "|"))


def _stop_or_label(word: str) -> bool:
    """A word that closes a sentence or a label before a credit's names: "2021.", "Paris.",
    "(1975-1990).", 'home."', "Photos:"; no initial ("M.") and no rank's abbreviation ("Sgt.")."""
    if word.endswith((":", "：")):
        return True
    closed = word.rstrip(")]\"”’'")  # 'home."', "(1990)." : the stop inside or before marks
    return (
        len(closed) > 2
        and closed.endswith(".")
        and (closed[-2].islower() or closed[-2].isdigit() or closed[-2] in ")]\"”’'")
    )


def _name_tokens_back(tokens: list[str]) -> int:
    """How many tokens at the end of ``tokens`` form the name(s) before a credit's slash."""
    count = 0
    items: list[int] = [0]  # tokens per name, last name first
    plain = 0  # words of the current name that are no particle: "María José Ruiz de la Torre"
    # words per name that are no particle: "Joris van der Berg" is as long as "Jo Roe"
    plains: list[int] = [0]
    name_particles = particles()
    before_comma = -1  # the count before a comma that may join a second name
    caseless = 0  # words of a script without capitals taken as the name's
    joiners = 0  # the "and" words between names
    and_words = lexicon.and_words()
    for token in reversed(tokens):
        bare = token.rstrip(";")
        if token.endswith(";") and count:
            items.append(0)
            plains.append(0)
            plain = 0
        listed = all(2 <= size <= 3 for size in plains)  # every name so far a person's length
        if token.endswith(",") and items[-1] == 0 and joiners:
            bare = token[:-1]  # "Jo Roe, Kim Soto, and Ana Diaz/AP": the comma before "and"
        elif token.endswith(",") and listed and count == sum(items) + joiners:
            # "Jo Roe, Kim Soto/AP", "Jo Roe, Kim Soto and Ana Diaz/AP": a list of names;
            # kept below only if the first is a person's.
            before_comma = count
            bare = token[:-1]
            items.append(0)
            plains.append(0)
            plain = 0
        if (token == "&" or token in and_words) and listed and items[-1]:
            # "Photos by Jo Roe and Kim Soto/AP", "Fotos: Anna Weber und Paul Klein/dpa"
            items.append(0)
            plains.append(0)
            plain = 0
            count += 1
            joiners += 1
            continue
        if count == 0 and bare in lexicon.name_suffixes() and len(tokens) > 1:
            items[-1] += 1  # "Jo Roe Jr./AP": the suffix ends the name, not a sentence
            count += 1
            continue
        if (
            count == 0
            and bare[-1:] == "."
            and bare[:-1].casefold() in lexicon.organisation_words()
            and len(tokens) > 1
        ):
            # "Acme Corp./Handout", "Kestrel Univ./Jo Roe": an organisation's word written
            # short ends its name, not a sentence
            items[-1] += 1
            count += 1
            plain += 1
            continue
        if "." in bare and (
            _MULTI_INITIALS.match(bare) or (bare.endswith(".") and not _INITIAL.match(bare))
        ):
            before = tokens[-count - 2] if len(tokens) > count + 1 else ""
            # the words of the name the initials open: "J.R. Smith and Jo Roe/AP" (a listed one)
            name = tokens[len(tokens) - count : len(tokens) - count + items[-1]]
            if (
                count
                and (len(items) == 1 or (items[-1] and _stop_or_label(before)))
                and (
                    (
                        _GIVEN_INITIALS.fullmatch(bare)
                        and not is_known_place(bare)
                        and not _initials_close_sentence(name, before)
                    )
                    or _opens_with_abbreviation(bare[:-1], before)
                )
            ):
                # "J.C. Hidalgo/EFE": the given names' initials open the name ("U.S." would
                # be a place ending the sentence before it); so does a given name written
                # short ("Mohd. Rasfan/AFP", "Ma. Luisa Cruz/Rappler")
                items[-1] += 1
                plains[-1] += 1
                count += 1
                if before == "&" or before in and_words or before.endswith(";"):
                    continue  # "Jo Roe and J.R. Smith/AP": the list goes on before the name
            break
        if bare[:1] == "@" and count == 0 and len(bare) > 1:
            # A social handle as the source: "Image: @user / Twitter".
            items[-1] += 1
            count += 1
            break
        # "Ahmad al-Rubaye/AP": a particle glued to the surname is a capitalised word of it
        upper = bare[:1].isupper() or is_glued_particle_name(bare)
        if not upper and _caseless_word(bare):
            upper = True  # "تصوير: أحمد خالد / رويترز": a script without capitals
            caseless += 1
        if not (upper or bare.casefold() in name_particles):
            if bare[:1] == "©" and bare[1:2].isupper():
                # "©Jo Roe/Dreamstime": the sign glued to the name's first word
                items[-1] += 1
                count += 1
            break
        if bare.endswith((",", ":", ")", "]", '"', "”")):
            break
        # A particle in capitals ("JUAN CARLOS DE LA TORRE") is no more a word of the name
        # than in lower case.
        if upper and not (bare.isupper() and bare.casefold() in name_particles):
            if plain >= 4:
                break
            plain += 1
            plains[-1] += 1
        items[-1] += 1
        count += 1
    if caseless and not _label_or_stop_before(tokens, count):
        # Without capitals, caption words look like a name's: the name is read back only to
        # a label or a sentence's stop ("... الشارع. تصوير: أحمد خالد / رويترز").
        return 0
    if before_comma >= 0:
        first = tokens[len(tokens) - count : len(tokens) - before_comma]
        if not (
            2 <= len(first) <= 3
            and lexicon.is_given_name(first[0])
            and looks_like_person(" ".join(first).rstrip(","))
        ):
            return before_comma  # "in Paris, France, Jo Roe/AP": the words before are a place
    # A name does not open with a particle in lower case: "la Torre" is "de la Torre"'s end.
    # ("@user" is lower case too, and a handle stays.)
    while (
        count
        and tokens[len(tokens) - count].islower()
        and tokens[len(tokens) - count][:1] != "@"
        and len(items) == 1
    ):
        count -= 1
        items[-1] -= 1
    if len(items) > 1 and not (
        count == len(tokens) or _stop_or_label(tokens[len(tokens) - count - 1])
    ):
        # "Bernie Sander Justin Sullivan; Andrew Harrer; ...": the first name of a list is as
        # long as the others, the words before it are caption text. After a sentence's stop or
        # a label the list is all names: "... Paris. Nguyễn Văn Thành; Jo Roe/AFP".
        # A particle is no word of that length: "Jan de Vries en Piet Bakker/ANP".
        longest_other = max(items[:-1])
        first = tokens[len(tokens) - count : len(tokens) - count + items[-1]]
        extra = sum(1 for token in first if not token.islower()) - max(longest_other, 2)
        while extra > 0 and count:
            extra -= not tokens[len(tokens) - count].islower()
            count -= 1
        while count and tokens[len(tokens) - count].islower():
            count -= 1  # "... de Ana Ruiz y Pedro Gil/EFE": the name does not open with "de"
    return count


@lru_cache(maxsize=1)
def _organisation_photo() -> re.Pattern[str]:
    """One to four capitalised words (an acronym, a name), a name's connectors between two of
    them, and the word for photo: "CNA photo", "Museum of the City of Kestrel photo"."""
    connectors = "|".join(
        re.escape(word) for word in lexicon.longest_first(lexicon.organisation_connectors())
    )
    return pattern_cache.compile(
        rf"(?:[A-Z0-9][\w&.'’-]*\s+(?:(?:{connectors})\s+){{0,2}}){{1,4}}"
        r"(?:(?:file|FILE)\s+)?(?:[Pp]hotos?|PHOTOS?|[Ff]otos?|FOTOS?|[Pp]ics?|PICS?)"
    )


# An organisation's name before a slash holds at most this many words ("Office of the
# Prime Minister" is five).
_ORGANISATION_WORDS = 6


def _organisation_back(tokens: list[str], count: int) -> int:
    """``count`` tokens at the end of ``tokens`` name the credit's first party; when the words
    before them join it through connectors into an organisation's name ("Ministry of
    Defence/Handout", "Office of the President of Ukraine/Handout"), the name runs on."""
    end = len(tokens) - count
    if count == 0 or end < 2 or not tokens[end - 1].islower():
        return count  # the common case: no lower-case word right before the name
    connectors = lexicon.organisation_connectors()
    if tokens[end - 1] not in connectors:
        return count  # a lower-case word that joins no name ("... took part. Jo Roe/AP")
    cue_words = lexicon.organisation_words()
    kinds = lexicon.organisation_kind_of_words()
    first = end
    named = False  # an organisation word among the capitalised words taken
    while first > 0 and len(tokens) - first <= _ORGANISATION_WORDS:
        token = tokens[first - 1]
        if token in connectors:
            first -= 1
        elif token[:1].isupper() and not token.endswith((".", ",", ":", ";", ")", "]")):
            folded = token.casefold()
            # "Town of Lumbre/Jo Roe": a local body's word before "of"
            named = named or folded in cue_words or (folded in kinds and tokens[first] == "of")
            first -= 1
        else:
            break
    while first < end and tokens[first] in connectors:
        first += 1  # "the Ministry of Defence": the article is caption text
    return len(tokens) - first if named and first < end else count


def _known_before_photo_word(tokens: list[str], take: int, registry: Registry) -> int:
    """The ``take`` capitalised tokens read back from a slash end with the word for photo and
    a known agency before it, after capitalised words of the caption run on with no stop ("...
    in Soma, western Turkey AFP PHOTO/Jo Roe", "... Operation Kestrel AP Photo/Jo Roe"): the
    credit is the agency's "AFP PHOTO", unless all the words name a known organisation."""
    if take < 3 or tokens[-1].casefold() not in lexicon.credit_label_words():
        return take
    names = tokens[len(tokens) - take : -1]
    if registry.canonical(" ".join(names)) is not None:
        return take
    for start in range(1, len(names)):
        if registry.canonical(" ".join(names[start:])) is not None:
            return len(names) - start + 1
    return take


# A stop with no space after it before a capital: a cheap test before ``_glued_label``.
_GLUED_STOP_ANY = pattern_cache.compile(r"[.!?][A-Z]")


def _may_hold_glued_label(window: str, start: int) -> bool:
    """False when ``_glued_label`` cannot match in ``window[start:]``: what follows its label
    ("...", "…", ":", " by") is missing (substring searches, far cheaper than a regex scan),
    or no stop touches a capital."""
    tail = window[start:]
    return (":" in tail or "by" in tail or "…" in tail or ".." in tail) and _GLUED_STOP_ANY.search(
        tail
    ) is not None


@lru_cache(maxsize=1)
def _glued_label() -> re.Pattern[str]:
    """A sentence stop glued to a credit label: "Warsaw.Credit...", "palace.Photo: ..."."""
    labels = lexicon.longest_first(lexicon.credit_labels())
    capitalised = "|".join(re.escape(label[:1].upper() + label[1:]) for label in labels)
    return pattern_cache.compile(
        rf"[a-z0-9)”\"][.!?](?=(?:{capitalised})(?:\.{{2,}}|…|\s?:|\s+by\b))"
    )


def _known_name_back(tokens: list[str], take: int, registry: Registry) -> int:
    """More tokens before the slash when with them the segment is a known agency holding a word
    in lower case: "Foto: picture alliance / dpa | Name", "Name/imago images", "House of
    Commons/PA"."""
    if take > 2 or take >= len(tokens):
        return 0
    before = tokens[len(tokens) - take - 1]
    if before[-1:] == "." and before[:1].isupper():
        # "U.S. Navy/Jo Roe": a dotted word that opens a known name, read as a stop otherwise.
        known = registry.canonical(" ".join(tokens[len(tokens) - take - 1 :])) is not None
        return 1 if known else 0
    if not before[:1].islower():
        return 0
    if not registry.may_end_name(tokens[-1]):
        return 0  # every segment tried ends with this word: no known name does
    # "House of Commons/PA", "Ukrainian presidential press service/Reuters": a known name with a
    # word in lower case, of up to four words more (the longest first).
    for extra in (4, 3, 2, 1):
        if take + extra > len(tokens):
            continue
        segment = " ".join(tokens[len(tokens) - take - extra :])
        if registry.canonical(segment) is not None:
            return extra
    return 0


def _via_back(tokens: list[str], take: int, registry: Registry) -> int:
    """More tokens before the slash when "via" joins a known agency to the chain: "Action
    Images via Reuters/Jo Roe"."""
    end = len(tokens) - take
    if end < 2 or tokens[end - 1].casefold() not in lexicon.via_words():
        return 0
    for size in (3, 2, 1):
        if end - 1 - size < 0:
            continue
        name = " ".join(tokens[end - 1 - size : end - 1])
        if registry.canonical(name) is not None:
            return size + 1
    return 0


def _place_before_name(tokens: list[str], take: int) -> int:
    """How many of the ``take`` capitalised tokens read back from a slash are the end of the
    caption's place phrase, run on into the name with no stop: "... in Bristol, England Jo
    Roe/AP", "... in Rio de Janeiro, Brazil Jo Roe/Getty Images" (not two people's names). A
    country or region after a comma, with a name of two words or more still after it."""
    end = len(tokens)
    # the comma before the taken tokens, or before the last of them ("New" of "New Mexico"
    # not taken), or among them
    for comma in range(max(end - take - 2, 0), end - 3):
        if not tokens[comma].endswith(","):
            continue
        for size in (2, 1):  # "New Mexico", "Wales"
            name_words = end - (comma + 1 + size)
            place = " ".join(tokens[comma + 1 : comma + 1 + size])
            if name_words >= 2 and is_country_or_region(place):
                return take - name_words
    return _place_after_preposition(tokens, take)


def _place_after_preposition(tokens: list[str], take: int) -> int:
    """How many of the ``take`` tokens are a known place that a place preposition opens, run
    on into the name with no stop: "... cabaret in Paris Jo Roe/Reuters", "... celebran en
    Buenos Aires Ana Ruiz/AFP" (a city too, since the preposition says a place follows; a name
    of two words or more still after it, so "in Paris Jo/AFP" keeps its reading)."""
    first = len(tokens) - take
    if take < 3 or first < 1 or tokens[first - 1] not in lexicon.place_prepositions():
        return 0
    for size in (3, 2, 1):  # "Rio de Janeiro", "Buenos Aires", "Paris"
        if take - size >= 2 and is_known_place(" ".join(tokens[first : first + size])):
            return size
    return 0


_SPACED_DASHES = frozenset({"-", "–", "—"})


def _dashed_name_back(tokens: list[str], take: int) -> int:
    """More tokens before the slash when the chain's first party follows a labelled person and
    a spaced dash: "Photo by Jo Roe - WPA Pool/Getty Images", "Photo by Jo Roe - The FA/The FA
    via Getty Images" (a club's or pool's photographer)."""
    end = len(tokens) - take
    if take == 0 or end < 4 or tokens[end - 1] not in _SPACED_DASHES:
        return 0
    before = tokens[: end - 1]
    size = _name_tokens_back(before)
    if not 2 <= size <= 4 or not looks_like_person(" ".join(before[-size:])):
        return 0
    rest = before[:-size]
    stop = not rest or rest[-1].endswith((".", "!", "?", ")", "]"))
    if not stop and not _label_size(rest[-_LABEL_TOKENS:]):
        return 0  # only a label or a sentence's end before the name says the dash is the credit's
    return size + 1


def _lower_cue_back(tokens: list[str]) -> int:
    """The tokens before the slash when they are an organisation whose name ends in a cue
    word written in lower case: "GEPA pictures/Name", "Kestrel images/Name"; the name's
    capitalised words run back to a sentence's stop ("... class. Kestrel Courier photo/Name"),
    else only the one before the cue word is taken."""
    last, before = tokens[-1], tokens[-2]
    if not (last.islower() and last in lexicon.organisation_words() and _plain_capitalised(before)):
        return 0
    first = len(tokens) - 2
    while (
        first > 0
        and len(tokens) - first < _ORGANISATION_WORDS
        and (_plain_capitalised(tokens[first - 1]) or _DOTTED_INITIALS.fullmatch(tokens[first - 1]))
    ):
        first -= 1  # "U.S. Air Force photo/Released": initials with their stops are words too
    if first == 0 or tokens[first - 1].endswith((".", "!", "?", ")", "]", ":")):
        return len(tokens) - first
    return 2


_DOTTED_INITIALS = pattern_cache.compile(r"(?:[A-Z]\.){2,}")


def _plain_capitalised(token: str) -> bool:
    return token[:1].isupper() and not token.endswith((".", ",", ":", ";", ")", "]"))


_LONGEST_GENERIC_SOURCE = 3


def _generic_source_back(tokens: list[str]) -> int:
    """The words before the slash when they are a source naming no one, in lower case, after
    a label: "Foto: divulgação/Prefeitura de Kestrel", "Foto: cortesía/Alcaldía": the chain
    runs back over them to its label."""
    generic = lexicon.generic_sources()
    for size in range(min(_LONGEST_GENERIC_SOURCE, len(tokens) - 1), 0, -1):
        words = tokens[-size:]
        if words[0].islower() and " ".join(words).casefold() in generic:
            return size
    return 0


# A person's name written all in lower case has two or three words besides its particles
# ("ana ruiz", "jan van der berg"), read longest first.
_LOWER_CASE_NAME_WORDS = (5, 4, 3, 2)
_LOWER_CASE_NAME_PLAIN_WORDS = 3


def _lower_case_name_back(tokens: list[str]) -> int:
    """The words before the slash when they are a person's name typed all in lower case
    after a sentence's stop, a label or nothing ("... in Lagos. ana ruiz/Reuters"): two or
    three words, the first a known given name, none closing with a particle. Lower-case
    words are read back only that far: elsewhere they are the caption's."""
    for size in _LOWER_CASE_NAME_WORDS:
        if size > len(tokens) or not _label_or_stop_before(tokens, size):
            continue
        words = tokens[-size:]
        if (
            all(word.islower() and word.replace("-", "").isalpha() for word in words)
            and words[-1] not in particles()
            and sum(word not in particles() for word in words) <= _LOWER_CASE_NAME_PLAIN_WORDS
            and lexicon.is_given_name(words[0].capitalize())
        ):
            return size
    return 0


@lru_cache(maxsize=1)
def _label_last_words() -> frozenset[str]:
    """The last word of every label that needs no colon: "read" of "Photo credit should
    read", "d'illustration" of "Photo d'illustration"."""
    labels = lexicon.credit_marks() | {w for w in lexicon.credit_label_words() if " " in w}
    return frozenset(label.rsplit(None, 1)[-1].casefold() for label in labels)


# The year of a copyright mark ends its label: "(c) 2023 Name/AP", "Image ©2023 Name/AP".
_COPYRIGHT_YEAR = pattern_cache.compile(r"(?:©|\(c\))?(?:19|20)\d\d", re.IGNORECASE)


# The most tokens ``_label_size`` reads as a label ("Photo illustration by" takes three).
_LONGEST_LABEL = 4
# The tokens it is given to read: a courtesy phrase and its label word may take more ("Foto:
# per gentile concessione di").
_LABEL_TOKENS = 7


@lru_cache(maxsize=1)
def _courtesy_phrases() -> tuple[frozenset[str], frozenset[str], int]:
    """Every language's words for "courtesy of" (English's own too), casefolded; the last word
    of each; and the most words one has."""
    phrases = lexicon.courtesy_words() | {"courtesy", "courtesy of"}
    last_words = frozenset(phrase.rsplit(None, 1)[-1] for phrase in phrases)
    return frozenset(phrases), last_words, max(len(phrase.split()) for phrase in phrases)


def _courtesy_size(prefix_tokens: list[str]) -> int:
    """How many of the last tokens say "courtesy of", with the label word before it if any:
    "Image courtesy of Jo Roe/Kestrel Zoo", "Cortesía de Ana Gil/Kestrel TV"."""
    phrases, last_words, longest = _courtesy_phrases()
    if not prefix_tokens or prefix_tokens[-1].casefold() not in last_words:
        return 0
    for size in range(min(longest, len(prefix_tokens)), 0, -1):
        if " ".join(prefix_tokens[-size:]).casefold() in phrases:
            before = prefix_tokens[-size - 1] if len(prefix_tokens) > size else ""
            # "Image courtesy of", "Foto: per gentile concessione di"
            return size + (before.casefold().rstrip(":") in lexicon.credit_label_words())
    return 0


def _label_size(prefix_tokens: list[str]) -> int:
    """How many of the last tokens are a credit label: "Photos:", "Photo illustration by", "©",
    "Crédit :", "Fot.", "Credit -", "foto", "Photo courtesy of" before a chain; in any language
    of the data."""
    courtesy = _courtesy_size(prefix_tokens)
    if courtesy:
        return courtesy
    last = prefix_tokens[-1] if prefix_tokens else ""
    # Most captions have no label there: a label ends with ":", "-", ".", "by", "©" or is a
    # label word ("foto LaPresse/Name").
    folded = last.casefold()
    if not (
        last.endswith(":")
        or last in ("-", "–", "—", "©")
        or folded in ("(c)", "by")
        or folded in lexicon.credit_label_words()
        or (last.endswith(".") and folded in lexicon.credit_labels())
        or folded in _label_last_words()
        or _COPYRIGHT_YEAR.fullmatch(last) is not None
    ):
        return 0
    for size in range(_LONGEST_LABEL, 0, -1):
        if len(prefix_tokens) < size:
            continue
        label = " ".join(prefix_tokens[-size:])
        if is_label(label):
            return size
    return 0


def _kind_before_label(tokens: list[str], take: int) -> int:
    """One more token when the word before the credit's ``take`` tokens is the kind of photo
    before their label: "UNDERWATER PHOTO BY JO ROE/AP" (a label in capitals reads as a name)."""
    if take >= len(tokens) or tokens[-take - 1].casefold() not in lexicon.label_kinds():
        return 0
    return 1 if starts_with_label(" ".join(tokens[-take - 1 :])) else 0


def _kind_start(text: str, label_at: int) -> int:
    """Where a credit whose label starts at ``label_at`` starts: at the kind of photo written
    before the label with a capital ("... Архивное фото: Name/ТАСС"), else at the label."""
    head = text[max(0, label_at - 30) : label_at]
    word = head.rstrip().rsplit(None, 1)[-1:]
    if not word or not word[0][:1].isupper() or word[0].casefold() not in lexicon.label_kinds():
        return label_at
    return label_at - len(head) + head.rstrip().rfind(word[0])


def _first_separator_scan(window: str) -> int:
    """Where a chain separator may first start: just before the first "/", "|" or "—"; -1 if
    none.

    Scanning the whole window with the regex costs a failed try at every character; most
    captions have no slash at all, and those that have one have it near the end.
    """
    first = -1
    for at in (window.find("/"), window.find("|"), window.find("—")):
        if at >= 0 and (first < 0 or at < first):
            first = at
    return max(0, first - 1) if first >= 0 else -1


# "U.S. Navy photo by", "Army photo by", "Israel Defense Forces image by", "U.S. Air Force
# photo/Name": an organisation's name then a label and "by" or a slash, in the last part of a
# caption.
_SERVICE_LABEL_BY = pattern_cache.compile(
    r"\s(?:photo(?:graph)?|image|picture|video)s?(?:\s+by\s|/(?=\S))", re.IGNORECASE
)
_SERVICE_TAIL = 220
_SERVICE_WORDS = 5


def _organisation_start(window: str, label_at: int) -> int:
    """Where the capitalised organisation name before ``label_at`` starts, when a sentence (or
    the text) ends right before it: "... on May 3. U.S. Navy| photo by"; -1 otherwise."""
    tokens = window[:label_at].split(" ")
    taken = 0
    while tokens and taken < _SERVICE_WORDS:
        token = tokens[-1]
        bare = token.rstrip(".")
        if not token[:1].isupper() or (token.endswith(".") and not _INITIALS_WORD.fullmatch(bare)):
            break
        tokens.pop()
        taken += 1
    if not taken:
        return -1
    if tokens and not tokens[-1].endswith((".", "!", "?", ")", "]", '"', "”")):
        return -1
    return len(" ".join(tokens)) + (1 if tokens else 0)


def _service_credit(text: str, registry: Registry) -> CreditSpan | None:
    """ "... on May 3. U.S. Navy photo by Mass Communication Specialist 3rd Class Jo Roe/Released":
    a government or army credit whose label stands after the organisation and whose name
    carries a rank; the rank's words and periods read as neither a sentence nor a name."""
    window_start = max(0, len(text) - _SERVICE_TAIL)
    window = text[window_start:]
    labels = list(_SERVICE_LABEL_BY.finditer(window))
    if not labels:
        return None
    start = _organisation_start(window, labels[-1].start())
    if start <= 0:
        return None
    credit = window[start:].strip()
    if credit.endswith(".") or not _mostly_names(credit, 4):
        return None
    reading = read_credit_in(credit, registry)
    parsed = reading.parsed
    if reading.strength < 3 or not parsed.agency or not parsed.photographer:
        return None
    return CreditSpan(credit, reading, text[: window_start + start].rstrip(), "")


# The commonest bare credit: a slash chain of plain words after a sentence's last word,
# "... May 18, 2015. REUTERS/Jo Roe", "... took part. Jo Roe/Pool via REUTERS". The part before
# the slash is one to three capitalised words (a name or an agency) and nothing after the slash
# stops a sentence; the word before is plain letters or digits and a stop.
_PLAIN_CHAIN = pattern_cache.compile(
    r"[A-Z][A-Za-z-]*(?: [A-Z][A-Za-z-]*){0,2}/[^.!?|—\s](?:[^.!?|—]*[^.!?|—\s])?"
)
_PLAIN_STOP_WORD = pattern_cache.compile(r"[A-Za-z0-9]{2,}\.")


@lru_cache(maxsize=1)
def _chain_back_words() -> frozenset[str]:
    """Words that, before a chain's names, may join them or label them (casefolded): a rank, a
    label or its last word, a kind of photo, a connector of an organisation's name, a given
    name written short ("Mohd.")."""
    return frozenset(
        word.casefold()
        for words in (
            _rank_words(),
            {f"{word}." for word in lexicon.given_abbreviations()},
            lexicon.credit_label_words(),
            lexicon.credit_labels(),
            _label_last_words(),
            lexicon.label_kinds(),
            lexicon.organisation_connectors(),
        )
        for word in words
    )


def _plain_chain_start(window: str, registry: Registry) -> int:
    """Where the chain of ``_PLAIN_CHAIN`` closing ``window`` starts, when the general reading
    would take exactly it: the word before ends a sentence (so every separator before it has
    a stop after it, and it ends the names read back from the slash), and no rank, label,
    connector or known name would take it into the credit. -1 when the window is of another
    shape (the general reading decides)."""
    stop = window.rfind(". ")
    if stop < 0 or _PLAIN_CHAIN.fullmatch(window, stop + 2) is None:
        return -1
    word = window[window.rfind(" ", 0, stop) + 1 : stop + 1]
    if _PLAIN_STOP_WORD.fullmatch(word) is None or word.casefold() in _chain_back_words():
        return -1
    names = window[stop + 2 : window.index("/", stop)].split(" ")
    if word[:1].islower() and len(names) <= 2 and registry.may_end_name(names[-1]):
        # A lower-case word may open a known name written in lower case with one or two names
        # after it ("... agency photo. Jo/Kestrel"): that reading is the general one's.
        return -1
    if len(names) >= 3 and names[-1].casefold() in lexicon.credit_label_words():
        # "Kestrel AFP PHOTO/Jo Roe": the general reading may start the credit at the agency
        # before the word for photo (``_known_before_photo_word``).
        return -1
    return stop + 2


# A caption of plain words and stops, which none of the bare readers at its end can take.
_PLAIN_TEXT = pattern_cache.compile(r"[A-Za-z0-9 ,.']+")
_STOP_CAPITAL = pattern_cache.compile(r"\.[A-Z]")
# ``_BARE_PHOTO_LABEL`` in such a text, whose only stop is the full stop: a pattern that opens
# with one character is scanned for it as fast as str.find, one that opens with a class tests
# the class at every character.
_PLAIN_PHOTO_LABEL = pattern_cache.compile(r"\. (?:photo|foto)\s+(?=[^\W\d_])", re.IGNORECASE)


def _plain_ending(text: str, registry: Registry) -> bool:
    """``text`` (at most ``_TAIL_WINDOW`` characters, so every reader's window is all of it) is
    plain ASCII words, commas, apostrophes and stops, and ends with a stop; no stop touches a
    capital (no glued label or sentence), "courtesy" and a bare "Photo Name" are not in it; its
    last sentence opens with no label; and neither its last word nor the word before its last
    stop may end a known name. Then ``_bare_credit_sentence``, ``_credit_before_trailer``,
    ``_credit_tail`` and ``_inner_credit`` find nothing: each needs one of these (no dash, no
    slash, no colon, no bracket is in such a text)."""
    if text[-1:] != "." or len(text) > _TAIL_WINDOW or _PLAIN_TEXT.fullmatch(text) is None:
        return False
    if "ourtesy" in text or _STOP_CAPITAL.search(text) or _PLAIN_PHOTO_LABEL.search(text):
        return False
    last_stop = text.rfind(". ")
    if last_stop > 0:
        last_stop = _stop_before_ranks(text, last_stop)
    if last_stop >= 0:
        tail = text[last_stop + 2 :].strip()
        if tail and _may_open_label(tail):
            return False
    last_word = text.rsplit(None, 1)[-1:]
    if last_word and registry.may_end_name(last_word[0]):
        return False
    tail_start = len(text) - _TRAILER_MAX - 2
    stop = text.rfind(". ", tail_start if tail_start > 0 else 0)
    if stop >= 0:
        before = text[stop - 60 if stop > 60 else 0 : stop].rsplit(None, 1)[-1:]
        if before and registry.may_end_name(before[0]):
            return False
    return True


def _service_credit_only(text: str, registry: Registry) -> CreditSpan | None:
    """``_bare_trailing_credit`` of a text that ``_plain_ending`` takes: only a service's credit
    ("... U.S. Navy photo by ...") may be read there."""
    window = text[max(0, len(text) - _WINDOW) :]
    return _service_credit(text, registry) if " by " in window[-_SERVICE_TAIL:] else None


# A day written with its month's abbreviation between periods: "3.mar.2024", "12.out.2023".
_DATE_BEFORE_SLASH = pattern_cache.compile(r"\d{1,2}\.[^\W\d_]{3,4}\.\d{4}")


def _bare_trailing_credit(text: str, registry: Registry) -> CreditSpan | None:
    """ "... 2003. REUTERS/Goran Tomasevic", "... N.Y. Mike Groll/AP", "... show. NPR"."""
    window_start = len(text) - _WINDOW if len(text) > _WINDOW else 0
    window = text[window_start:]
    service_tail = window[-_SERVICE_TAIL:]
    if " by " in service_tail or "o/" in service_tail:
        service = _service_credit(text, registry)
        if service is not None:
            return service

    # A slash chain ending the caption, read the short way when it has the commonest shape.
    # (Every chain holds a slash, a bar or a dash: most captions have none.)
    if "/" in window or "|" in window or "—" in window:
        plain = _plain_chain_start(window, registry)
        chain = (
            _plain_chain_credit(text, window_start, plain, registry)
            if plain >= 0
            else _chain_credit(text, window_start, registry)
        )
        if chain is not None:
            return chain
    return _bare_credit_sentence(text, window_start, registry)


def _continues_sentence(window: str, start: int) -> bool:
    """The word before ``start`` is a sentence's lower-case word with no stop after it: what
    starts there runs on from the sentence ("... march in Algiers")."""
    before = window[:start].rstrip().rsplit(None, 1)[-1:]
    return bool(before) and before[0][:1].islower() and before[0][-1:].isalpha()


def _plain_chain_credit(
    text: str, window_start: int, start: int, registry: Registry
) -> CreditSpan | None:
    """What ``_chain_credit`` reads from a window whose chain ``_plain_chain_start`` found at
    ``start``: the chain after the last stop, when it reads as a credit."""
    credit = text[window_start + start :]
    if len(credit[credit.rfind("/") + 1 :].split()) > 8:
        return None
    reading = read_credit_in(credit, registry)
    if _reads_as_chain(reading):
        before = text[: window_start + start].rstrip()
        return _new_span(CreditSpan, (credit, reading, before, "", ""))
    return None


def _reads_as_chain(reading: CreditReading) -> bool:
    """A chain's reading is a credit: strong, or a person with an agency, a distributor or a
    role, or two people ("Jo Roe/Kim Soto")."""
    parsed = reading.parsed
    return reading.strength >= 3 or bool(
        reading.strength == 2
        and parsed.photographer
        and (parsed.agency or parsed.via or parsed.roles or "; " in parsed.photographer)
    )


def _person_and_named_organisation(reading: CreditReading) -> bool:
    """A person and an organisation the registry does not know but whose name says it is one
    ("Jo Roe/Kestrel Gazette", "Kestrel Zoo/Jo Roe"): a chain of that shape closed by a
    period ends the caption, as a known agency's does."""
    parsed = reading.parsed
    return bool(
        reading.strength >= 2
        and parsed.photographer
        and "; " not in parsed.photographer
        and parsed.agency
        and has_org_word(parsed.agency)
    )


def _chain_credit(text: str, window_start: int, registry: Registry) -> CreditSpan | None:
    """A slash chain ending the caption: its first slash with no sentence stop after it, the
    names, organisation, rank and label read back from it."""
    window = text[window_start:]
    slash = -1
    scan_from = _first_separator_scan(window)
    for match in _CHAIN_SEPARATOR.finditer(window, scan_from) if scan_from >= 0 else ():
        if not _has_sentence_stop(window[match.end() :]):
            slash = match.start()
            break
    if slash >= 0:
        tokens = window[:slash].split()
        # "Name - 3.mar.2024/Folhapress": the day the photo was taken between the name and
        # the agency; the name before it is read as if it touched the slash.
        all_tokens = tokens
        dated = len(tokens) > 3 and tokens[-2] in _DASHES and _DATE_BEFORE_SLASH.match(tokens[-1])
        if dated:
            tokens = tokens[:-2]
        take = _organisation_back(tokens, _name_tokens_back(tokens))
        take = _known_before_photo_word(tokens, take, registry)
        take += _known_name_back(tokens, take, registry)
        if take == 0 and len(tokens) >= 2:
            take = (
                _lower_cue_back(tokens)
                or _generic_source_back(tokens)
                or _lower_case_name_back(tokens)
            )
        take += _via_back(tokens, take, registry)
        take -= _place_before_name(tokens, take)
        take += _dashed_name_back(tokens, take)
        take += _rank_back(tokens, take)
        # The label is among the last few tokens before the name: only they are copied.
        end = len(tokens) - take
        take += _label_size(tokens[max(0, end - _LABEL_TOKENS) : end])
        take += _kind_before_label(tokens, take) if take else 0
        if dated and take:
            tokens, take = all_tokens, take + 2
        credit_start = _start_of_last_tokens(window, slash, take)
        if take == 0 and window[slash].isspace() and window[slash - 1 : slash] in (".", "。"):
            credit_start = slash  # "... 있다. /연합뉴스": the chain starts at its slash
        glued = _GLUED_TOKEN.match(tokens[-take - 1]) if 0 < take < len(tokens) else None
        if glued is not None:
            # "... on substance.Pavel Name | AP Photo": the name begins after the stop.
            credit_start = _start_of_last_tokens(window, slash, take + 1) + glued.end()
        else:
            # "... el gol.EFE/Juan Pérez": the stop glued inside the chain's first word.
            first = tokens[-take] if take else tokens[-1] if tokens else ""
            inside = _GLUED_TOKEN.match(first) if "." in first else None
            if inside is not None and window.startswith(first, credit_start):
                credit_start += inside.end()
        credit = window[credit_start:].strip()
        last_segment = credit[max(credit.rfind("/"), credit.rfind("|")) + 1 :]
        bar = window[slash : slash + 3].strip() == "|"
        if bar and take == 0:
            # "Fans in Munich. | Name/dpa": no name before the bar, the credit follows it.
            credit_start = slash + 3
            credit = window[credit_start:].strip()
        elif bar:
            # "A flooded street in Dhaka | Jo Roe": after a bar, a person alone is the credit;
            # the words before it are the caption's ("Jo Roe | AP Photo" keeps the name).
            right = window[slash:].strip(" |")
            if (
                (
                    "|" not in right
                    and (
                        ("/" not in right and looks_like_person(right))
                        # "Protest in Berlin | Jo Roe/Getty Images", "... | Photo: Jo Roe": a whole
                        # credit after the bar, which the words before it do not join.
                        or (
                            ("/" in right or starts_with_label(right))
                            # "Jo Roe | Special to the Times": a person before the bar is the credit's
                            and not looks_like_person(window[credit_start:slash].strip())
                            and _reads_as_chain(read_credit_in(right, registry))
                        )
                    )
                )
                or (
                    # "Demonstrators march in Algiers | AFP", "... in Paris | Jo Roe | AFP": a
                    # place that a sentence's word leads to before the bar is the caption's, not
                    # a photographer's name ("... the gate. Li Wei | AP Photo" keeps the name).
                    _continues_sentence(window, credit_start)
                    and is_known_place(window[credit_start:slash].strip())
                    and (
                        registry.canonical(right) is not None
                        or _reads_as_chain(read_credit_in(right, registry))
                    )
                )
            ):
                credit_start = slash + window[slash:].index(right)
                credit = right
        # A period closing the chain ("... Jo Roe/AFP.") ends the caption, not a sentence of
        # it, when the chain names a known agency or carries a label.
        period = credit.endswith(".") and not _INITIAL.match(credit.split()[-1])
        if period:
            credit = credit[:-1].rstrip()
        if len(last_segment.split()) > 8:
            credit = ""
        reading = read_credit_in(credit, registry)
        if (
            not credit
            or (
                period
                and (
                    (
                        reading.strength < 3
                        # a sentence of its own: "... a window. Jo Roe/Kestrel Gazette."
                        and not (
                            window[:credit_start].rstrip()[-1:] in (".", "!", "?", "")
                            and _person_and_named_organisation(reading)
                        )
                    )
                    or len(last_segment.split()) > 4
                )
            )
        ):
            pass
        elif _reads_as_chain(reading):
            return CreditSpan(credit, reading, text[: window_start + credit_start].rstrip(), "")
    return None


_CREDIT_SENTENCE_WORDS = 8
# A further name of a labelled list, with its comma or "and", and how many such are counted.
_LISTED_NAME_WORDS = 3
_LISTED_NAMES = 4


def _closing_stop_names_owner(window: str, last_stop: int, tail: str, registry: Registry) -> bool:
    """Whether a labelled last sentence closed by a period (``tail``) names whose photo it
    is, so that the period closes the caption: a person ("Photo by Name on Unsplash."), or an
    organisation the registry knows or whose name says it is one ("Photo courtesy of Kestrel
    Zoo."). A credit of several labelled sentences ("© Estate. Photo: Name. Courtesy
    Gallery.") is left to the tail's reader, which reads it whole."""
    parsed = read_credit_in(tail[:-1], registry).parsed
    if parsed.photographer:
        return True
    return bool(
        parsed.agency
        and (parsed.agency not in parsed.unknown_organisations or has_org_word(parsed.agency))
        and _TAIL_LABEL.search(window, max(0, last_stop - _TAIL_WINDOW), last_stop) is None
    )


def _bare_credit_sentence(text: str, window_start: int, registry: Registry) -> CreditSpan | None:
    """The other bare credits closing a caption: a short credit sentence, a name and an agency
    after a spaced dash, a bare agency, a bare personal name."""
    window = text[window_start:]

    # A short credit sentence closing the caption: "... on March 17. KCNA via REUTERS", or a
    # credit after a spaced dash: "... in Munich — Name for The Washington Post". (Looked for
    # only now: a chain, the most common credit, needs neither.)
    last_stop = max(window.rfind(". "), window.rfind("? "), window.rfind("! "))
    if last_stop > 0 and window[last_stop] == ".":
        last_stop = _stop_before_ranks(window, last_stop)
    last_dash = max(window.rfind(" — "), window.rfind(" – "), window.rfind(" - "))
    # "... on Monday. — Dawn": a dash right after the sentence's stop opens the source.
    dash_after_stop = last_stop >= 0 and last_dash == last_stop + 1
    if last_dash > last_stop:
        dashed = _name_dash_agency(window, last_stop, last_dash, registry)
        if dashed is None:
            dashed = _agency_dash_name(window, last_stop, last_dash, registry)
        if dashed is not None:
            start = window_start + dashed
            credit = text[start:].strip()
            return CreditSpan(credit, read_credit_in(credit, registry), text[:start].rstrip(), "")
        # "... the trophy. Photo - Jo Roe": a label before the dash is the credit's.
        if not is_label(window[last_stop + 2 if last_stop >= 0 else 0 : last_dash + 2].strip()):
            last_stop = last_dash + 1
    glued_from = max(0, len(window) - 160)
    glued = (
        _glued_label().search(window, glued_from)
        if _may_hold_glued_label(window, glued_from)
        else None
    )
    if glued is not None and glued.end() - 2 > last_stop:
        # "... in Warsaw.Credit...Name for The New York Times": the label lost its space.
        last_stop = glued.end() - 2
    if last_stop >= 0:
        tail = window[last_stop + 2 :].strip().lstrip("–—-|/ ").strip()
        if (
            tail.endswith(".")
            and not _INITIAL.match(tail.rsplit(None, 1)[-1])
            and _may_open_label(tail)
            and starts_with_label(tail)
            and _closing_stop_names_owner(window, last_stop, tail, registry)
        ):
            # "... Photo by Name on Unsplash.", "... Photo courtesy of Kestrel Zoo.": the stop
            # closes the caption
            tail = tail[:-1]
        # A licence is no word of the credit: "Photo by Name, licensed under CC BY 2.0".
        counted = LICENCE.sub("", tail) if "CC" in tail or "ommons" in tail else tail
        # A credit sentence is short; one that names the client and the distributor ("Jo Roe
        # for The Kestrel Times via Getty Images") may take a few more words. A name's particles
        # are not counted: "Jan van der Berg" is as long as "Jo Roe".
        # A courtesy names whom, and where: "Courtesy of the artist and Kestrel Gallery, New
        # York".
        # "... shows the new species. Courtesy of the Natural History Museum"
        courtesy = _COURTESY_LABEL.match(tail) is not None
        limit = _CREDIT_SENTENCE_WORDS + (4 if " via " in tail or courtesy else 0)
        tail_words = counted.split()
        if len(tail_words) > limit:
            # "Photos by Jo Roe, Kim Soto and Ana Diaz", "Photographs by Jo Roe and Kim Soto for
            # The New York Times": a labelled list of names is longer by a name and its comma
            # or "and" for each (counted only for a tail too long without them).
            and_words = lexicon.and_words()
            joins = sum(1 for word in tail_words if word[-1:] == "," or word in and_words)
            if joins and _may_open_label(tail) and starts_with_label(tail):
                limit += _LISTED_NAME_WORDS * min(joins, _LISTED_NAMES)
                # the publication they were made for, as a distributor adds its words
                limit += 4 if names_client(tail) and " via " not in tail else 0
        if not tail.endswith(".") and 0 < _words_but_particles(counted.split()) <= limit:
            reading = read_credit_in(tail, registry)
            parsed = reading.parsed
            # (a labelled one too: "Photo: U.S. Fish and Wildlife Service")
            longest = 6 if courtesy or starts_with_label(tail) else 4
            if (
                (
                    reading.strength >= 3
                    and (
                        parsed.via
                        or not parsed.unknown_organisations
                        or courtesy
                        or _named_organisations(parsed)
                        or starts_with_label(tail)
                        # "ST PHOTO: NAME": an organisation's own label before a person
                        or (parsed.photographer is not None and parsed.agency is not None)
                    )
                    # (the article before a name is no word of it: "courtesy of the Kestrel
                    # Department of Fish and Wildlife")
                    and all(
                        len(name.split()) - name.casefold().startswith("the ") <= longest
                        for name in parsed.unknown_organisations
                    )
                )
                or (
                    # "... in Taipei. CNA photo": an organisation printed with the word for photo.
                    _organisation_photo().fullmatch(tail) is not None
                    and parsed.agency is not None
                    and parsed.photographer is None
                )
                or (
                    # "... at the stadium. Jo Roe, The Denver Post", "Jo Roe for the Observer": a
                    # person and an organisation whose name says it is one.
                    reading.strength >= 2
                    and parsed.photographer
                    and parsed.agency
                    and (_named_organisations(parsed) or names_client(tail))
                    and _mostly_names(tail)
                )
                or (
                    # "... on Monday. — Dawn", "... in Lahore. — KNP": South Asian papers'
                    # source after a dash, a name the registry need not know
                    dash_after_stop
                    and _dashed_source(tail)
                    and parsed.agency is not None
                    and parsed.photographer is None
                )
                or (
                    # "... in the square. Jo Roe, staff photographer", "... Jo Roe via
                    # Twitter": a person and a role, or the platform that spread it.
                    reading.strength >= 2
                    and parsed.photographer
                    and (parsed.roles or parsed.via)
                    and _mostly_names(tail)
                )
            ):
                # "... in Kabul. — AFP pic": the dash before the credit is neither's.
                before = text[: window_start + last_stop + 1].rstrip(" –—-")
                return CreditSpan(tail, reading, before, "")

    # A bare agency or "Copyright Agency" closing the caption: "... show. NPR".
    # Every candidate ends with the last word: when no known name ends with it, none matches.
    last_word = window.rsplit(None, 1)[-1:]
    ends_known = bool(last_word) and registry.may_end_name(last_word[0])
    tokens = window.split() if ends_known else []
    for size in (4, 3, 2, 1) if ends_known else ():
        if len(tokens) <= size:
            continue
        tail_tokens = tokens[-size:]
        candidate = " ".join(tail_tokens)
        first = tail_tokens[0].casefold()
        labelled = first in ("copyright", "©") or first in lexicon.credit_label_words()
        name = " ".join(tail_tokens[1:]) if labelled else candidate
        if not name or registry.canonical(name.strip(" .")) is None:
            continue
        previous = tokens[-size - 1]
        if labelled or previous.endswith((".", ")", "]", "!", "?", '"', "”")):
            start = _start_of_last_tokens(window, len(window), size)
            credit = window[start:].strip().rstrip(".")
            return CreditSpan(
                credit, read_credit_in(credit, registry), text[: window_start + start].rstrip(), ""
            )

    # A bare personal name after the last sentence: "... recorded live. Annie Johnson"; or a
    # name of that shape that a country in it makes an organisation's ("... Aton Chile"); or
    # a source that names no one ("... the trophy. Submitted photo"); after a spaced bar too
    # ("... recorded live. | Annie Johnson"; after a dash a name may sign a quote).
    if last_stop >= 0:
        tail = window[last_stop + 2 :].strip().lstrip("| ")
        if (
            tail
            and not tail.endswith((".", "!", "?"))
            and _words_but_particles(tail.split()) <= 3
            and (
                looks_like_person(tail)
                or named_for_country(tail.split())
                or tail.casefold() in lexicon.generic_sources()
            )
        ):
            return CreditSpan(
                tail,
                read_credit_in(tail, registry),
                text[: window_start + last_stop + 1].rstrip(),
                "",
            )
        # "... at the premiere. Globe Picture Service", "... in the harbour. Kestrel Port
        # Authority": an organisation's name alone, which says it is one.
        if tail and _bare_organisation(tail):
            return CreditSpan(
                tail,
                read_credit_in(tail, registry),
                text[: window_start + last_stop + 1].rstrip(),
                "",
            )
    return None


_DASHED_SOURCE_WORDS = 2


def _dashed_source(tail: str) -> bool:
    """A source's name alone after a dash: one or two capitalised words of letters ("Dawn",
    "KNP", "Daily Kestrel"), no sentence."""
    words = tail.split()
    return (
        0 < len(words) <= _DASHED_SOURCE_WORDS
        and all(
            word[:1].isupper() and word.replace(".", "").replace("-", "").isalpha()
            for word in words
        )
        and not is_known_place(tail)  # "... — Lahore" names a dateline's place, no source
    )


def _cased(text: str) -> bool:
    """Whether ``text`` holds a letter of a script with capitals."""
    return any(ch.isupper() or ch.islower() for ch in text)


def _name_dash_agency(window: str, stop: int, dash: int, registry: Registry) -> int | None:
    """Where "Jo Roe — Reuters" starts, when a sentence ends, a person's name follows, then a
    spaced dash and an agency (known, or saying it is one: "The Coastal Times") or a role
    ("Staff"); None otherwise."""
    start = stop + 2 if stop >= 0 else 0
    # "Foto: Juan Pérez - EFE": a label may open the name.
    name = strip_prefixes(window[start:dash].strip())
    if not name or not looks_like_person(name) or len(name.split()) > 4:
        return None
    org = window[dash + 3 :].strip(" .")
    if stop < 0 and name == window[start:dash].strip() and not _cased(name):
        # "متظاهرون في بغداد - رويترز": without capitals, and with no sentence nor label before
        # it, the text before the dash is the caption's; the agency alone after it is the credit
        return dash + 3 if registry.canonical(org) is not None else None
    if (
        registry.canonical(org) is None
        and not (len(org.split()) <= 5 and has_org_signal(org))
        # "Jo Roe — Staff", "Jo Roe - Stringer": the role, as after a slash
        and org.casefold() not in ROLE_WORDS
        # "Jo Roe - KGW", "Jo Roe - WXYZ-TV": a station's call letters, as after a slash
        and lexicon.call_sign().fullmatch(org) is None
    ):
        return None
    return start + (len(window[start:dash]) - len(window[start:dash].lstrip()))


def _agency_dash_name(window: str, stop: int, dash: int, registry: Registry) -> int | None:
    """Where "© AFP - LUDOVIC MARIN" starts: the French broadcasters' order, a known agency
    (after a label or not), a spaced dash, then the photographer or another known agency
    ("REUTERS - KCNA", a chain as "REUTERS/KCNA" is); None otherwise."""
    start = stop + 2 if stop >= 0 else 0
    org = window[start:dash].strip()
    name = window[dash + 3 :].strip(" .")
    if not org or len(org.split()) > 5 or not name or len(name.split()) > 4:
        return None
    agency = registry.canonical(strip_prefixes(org))
    # a handout's source before a dash names a mission or a programme ("NASA - Artemis II")
    if agency is None or registry.kind(agency) == "handout":
        return None
    if not looks_like_person(name) and registry.canonical(strip_prefixes(name)) is None:
        return None
    return start + (len(window[start:dash]) - len(window[start:dash].lstrip()))


_BARE_ORGANISATION_WORDS = 5


def _bare_organisation(tail: str) -> bool:
    """Whether a caption's last sentence is an organisation's name alone: a few capitalised
    words (joined by the connectors of names) ending with an organisation word."""
    words = tail.split()
    if len(words) > _BARE_ORGANISATION_WORDS or tail.endswith(("!", "?")):
        return False
    if tail.endswith(".") and words[-1].casefold().rstrip(".") not in lexicon.abbreviations():
        return False  # "Initech Ltd." keeps its stop; a sentence does not end here
    if (
        2 <= len(words) <= 4
        and lexicon.call_sign().fullmatch(words[0]) is not None
        and is_known_place(" ".join(words[1:]))
    ):
        return True  # "WXYZ Detroit", "KTRK-TV Houston": a station and the city it serves
    # The organisation word is the name's last, as in "Kestrel Port Authority" ("City Hall"
    # and "Kestrel Square" are places), or a word that opens a name its first, as in "Radio
    # Kestrel", "Agencia Lumbre", "University of Eastbrook".
    last = words[-1].rstrip(".").casefold()
    if len(words) < 2 or is_known_place(tail):
        return False
    if (
        last not in lexicon.organisation_words()
        and (
            words[0].casefold() not in lexicon.organisation_heads()
            or not words[-1][:1].isupper()
            # "Museum Island", "Radio City Music Hall": a place named after one
            or any(
                word.casefold() in lexicon.settlement_nouns()
                or word.casefold() in lexicon.landmark_nouns()
                for word in words[1:]
            )
        )
    ):
        return False
    connectors = lexicon.organisation_connectors()
    return all(word[:1].isupper() or word.casefold() in connectors for word in words)


def _named_organisations(parsed: ParsedCredit) -> bool:
    """Every unknown organisation of a credit says it is one ("The Denver Post", "Initech
    Ltd") in a few words; known ones need nothing."""
    return all(
        len(name.split()) <= 6 and has_org_signal(name) for name in parsed.unknown_organisations
    )


def _start_of_last_tokens(window: str, end: int, count: int) -> int:
    """Index in ``window`` where the last ``count`` whitespace-separated tokens before ``end``
    start; 0 when there are fewer. With no names (``count`` 0) the chain starts at the word
    touching the slash."""
    wanted = max(count, 1)
    # rsplit stops after the last few tokens; each is then found back from the right (a token
    # holds no space, so its last occurrence before the next token's start is that token).
    tokens = window[:end].rsplit(None, wanted)
    if len(tokens) < wanted:
        return 0
    position = end
    for token in reversed(tokens[-wanted:]):
        position = window.rfind(token, 0, position)
    return position


def _credit_before_caption_label(text: str, registry: Registry) -> CreditSpan | None:
    """ "Image source, Getty Images Image caption, Crowds gathered ...": a labelled credit,
    then a label that names the caption."""
    if not starts_with_label(text):
        return None
    for match in _caption_label().finditer(text, 0, _MAX_CREDIT_ALONE):
        if match.start() == 0:
            continue
        credit = text[: match.start()].strip()
        reading = read_credit_in(credit, registry)
        if reading.strength >= 3:
            return CreditSpan(credit, reading, "", text[match.end() :].strip())
        break
    return None


_WIRE_REPORTER_END = pattern_cache.compile(r"\s=\s")


def _leading_wire_reporter(text: str, registry: Registry) -> CreditSpan | None:
    """ "(서울=연합뉴스) 김민수 기자 = 시민들이 ...": a wire's bracketed dateline, its reporter and
    an equals sign, then the caption."""
    if BRACKET_DATELINE.match(text) is None:
        return None
    end = _WIRE_REPORTER_END.search(text, 0, 80)
    if end is None:
        return None
    credit = text[: end.start()].strip()
    reading = read_credit_in(credit, registry)
    if reading.strength < 3 or reading.parsed.agency is None:
        return None
    return CreditSpan(credit, reading, "", text[end.end() :].strip())


@lru_cache(maxsize=1)
def _label_openers() -> frozenset[str]:
    """The first words of credit labels, casefolded: the cheap test before the label regex."""
    labels = lexicon.credit_labels() | lexicon.credit_label_words() | lexicon.label_kinds()
    words = {label.split()[0] for label in labels}
    return frozenset(words | {"©", "(c)", "copyright", "by", "courtesy", "pool", "staff", "file"})


def _may_open_label(text: str) -> bool:
    first = text[:24].split(None, 1)[0].casefold() if text.strip() else ""
    return first.rstrip(":.：") in _label_openers() or first[:1] == "©"


_LEADING_BRACKET = pattern_cache.compile(r"(?:\(([^()]{2,120})\)|\[([^\[\]]{2,120})\])\s*")
# What ends a credit printed first on the caption's line: "AP Photo/Jo Roe: A crowd ...",
# "Jo Roe | AP — A crowd ...", "Photo by Jo Roe. A crowd ...".
_HEAD_END = pattern_cache.compile(r":\s|\s[—–]\s|\.\s")
_SPACED_BAR = pattern_cache.compile(r"\s\|\s")
_SPACED_HYPHEN = pattern_cache.compile(r"\s-\s")


def _leading_bracket(text: str, registry: Registry) -> CreditSpan | None:
    """ "(AP Photo/Jo Roe) A crowd gathers ...": a bracketed credit opening the caption."""
    match = _LEADING_BRACKET.match(text)
    if match is None or not text[match.end() : match.end() + 1].isupper():
        return None
    span = _strong_inner((match.group(1) or match.group(2)).strip(), registry)
    return span._replace(after=text[match.end() :].strip()) if span is not None else None


def _first_chain_mark(text: str) -> int:
    """Index of the first "/" or "|" in ``text``; -1 if it holds neither."""
    slash, bar = text.find("/"), text.find("|")
    return slash if bar < 0 or 0 <= slash < bar else bar


def _leading_head(text: str, first_word: str, registry: Registry) -> CreditSpan | None:
    """A credit's strong form opening the caption's line, ended by a colon, a spaced dash or a
    stop: "AP Photo/Jo Roe: A crowd ...", "Jo Roe | AP — A crowd ...", "Photo by Jo Roe. A
    crowd ..."."""
    start = text[:80]
    opener = first_word.rstrip(".：") in _label_openers() or first_word[:1] == "©"
    if not opener:
        mark = _first_chain_mark(start)
        if mark < 0:
            return None  # the usual case: no chain and no label opens the caption
        if text.find(". ", 0, mark) >= 0:
            # A sentence ends before the first slash or bar ("... 2015. REUTERS/Jo Roe"): the
            # head stops there and holds neither, so it is no credit (a find, not a regex).
            return None
    end = _HEAD_END.search(text, 0, 80)
    if opener and end is not None and end.group()[0] == ":" and end.start() <= len(first_word) + 1:
        # "Photo: Jo Roe/AFP — A crowd ...", French "Photo : ...": the label's own colon ends
        # no head
        end = _HEAD_END.search(text, end.end(), 80)
    if opener and ("|" in start or " - " in start):
        # "Photo by Jo Roe | A crowd ...": after a label a bar ends the head too (a chain's
        # own bar, "Jo Roe | AP — A crowd ...", needs no label); so does a spaced hyphen after
        # a slash chain ("Foto: Jo Roe/Agência Brasil - Manifestantes ...")
        bar = _SPACED_BAR.search(text, 0, 80)
        if bar is None:
            hyphen = _SPACED_HYPHEN.search(text, 0, 80)
            bar = hyphen if hyphen is not None and "/" in text[: hyphen.start()] else None
        if (
            bar is not None
            and (end is None or bar.start() < end.start())
            # "Photo: Kim Soto | EPA-EFE Crowds ...": a bar before an agency parts a chain
            and not _agency_opens(text[bar.end() : bar.end() + _AGENCY_LABEL_CHARS], registry)
        ):
            end = bar
    if end is None or not text[end.end() : end.end() + 1].isupper():
        return None
    head = text[: end.start()].strip()
    marked = "/" in head or "|" in head or (opener and starts_with_label(head))
    if not marked or len(head.split()) > 8 or _INITIAL.match(head.rsplit(None, 1)[-1] + "."):
        return None
    span = _strong_inner(head, registry)
    if span is None or (span.reading.parsed.photographer is None and "/" not in head):
        return None
    return span._replace(after=text[end.end() :].strip())


# An agency's name has at most this many words ("Agence France-Presse", "Getty Images").
_AGENCY_WORDS = 3


def _agency_opens(text: str, registry: Registry) -> bool:
    """Whether ``text`` opens with a known agency's name ("EPA-EFE Crowds gather ...")."""
    words = text.split()
    return any(
        registry.canonical(" ".join(words[:size])) is not None
        for size in range(min(_AGENCY_WORDS, len(words)), 0, -1)
    )


# A bar or a spaced dash setting a credit that opens the caption apart from the caption.
_HEAD_SEPARATOR = pattern_cache.compile(r"\s[|—–-]\s")


def _separated_labelled_head(text: str, registry: Registry) -> CreditSpan | None:
    """A labelled credit opening the caption and set apart from it by a bar or a spaced dash
    ("Foto: Jo Roe/dpa | Menschen in Berlin am 3. März 2023", "Photo by Jo Roe | A crowd in
    Paris, May 1, 2023"): read first, as the readers of a credit closing the caption would
    take the caption's words into theirs."""
    if not text[:1].isupper():
        return None
    first_word = text[:24].split(None, 1)[0].strip(":,").casefold()
    if first_word.rstrip(".：") not in _label_openers():
        return None  # the usual caption: its first word opens no label
    if _HEAD_SEPARATOR.search(text, 0, _LEADING_HEAD) is None:
        return None
    return _leading_head(text, first_word, registry)


@lru_cache(maxsize=1)
def _credit_label_forms() -> frozenset[str]:
    """Credit labels and the words that label a credit before "by", casefolded: one set, one
    look-up for the first word of every caption."""
    return lexicon.credit_labels() | lexicon.credit_label_words()


@lru_cache(maxsize=1)
def _credit_opening_words() -> frozenset[str]:
    """First words (casefolded) that may open a credit at a caption's start: a label's or a
    label form's first word, "copyright", and the words ``_leading_label`` reads before its
    colon."""
    labelled = {"photo", "photos", "photograph", "photographs", "foto", "fotos", "bild"}
    return (
        _label_openers()
        | _credit_label_forms()
        | labelled
        | {"credit", "credits", "image", "copyright"}
    )


def _plain_opening(text: str) -> bool:
    """The caption opens with a plain word (ASCII letters, then a space) that opens no credit,
    and no chain mark stands before its first sentence stop in the first 80 characters: no
    reading of ``_leading_credit`` applies (every one needs a label, a chain, a bracket or a
    copyright word first)."""
    space = text.find(" ", 1, 24)
    if space < 0:
        return False
    word = text[:space]
    if not (word.isalpha() and word.isascii()) or word.casefold() in _credit_opening_words():
        return False
    head = text[:80]
    if "/" not in head and "|" not in head:
        return True
    return text.find(". ", 0, _first_chain_mark(head)) >= 0


def _leading_credit(text: str, registry: Registry) -> CreditSpan | None:
    """ "© Name / IRNA / AFP Boeing debris ...", "© AFP 2023 / Atta KenareMultidão faz ...",
    "Фото: Name / TASS Caption...", "Foto: First Last Caption...", "Image source, Getty
    Images Image caption, Crowds ...", "(서울=연합뉴스) 김민수 기자 = ..."."""
    if _plain_opening(text):
        # the usual caption: its first word is no label and no chain opens it ("Getty Images:
        # A fan ...": an agency's name of words before a colon, a find to rule out)
        if text.find(": ", 0, _AGENCY_LABEL_CHARS) > 0:
            return _leading_agency_label(text, registry)
        return None
    found = _leading_credit_read(text, registry)
    if found is None and text.find(": ", 0, _AGENCY_LABEL_CHARS) > 0:
        found = _leading_agency_label(text, registry)  # "AFP: Protesters march ..."
    if found is None or found.reading.parsed.agency is None:
        separated = _leading_separated_chain(text, registry)
        if separated is not None and (found is None or len(separated.credit) > len(found.credit)):
            return separated
    return found


# The marks that part a chain's members as a slash does, spaced: "© Jo Roe | IRNA | AFP ...",
# "Jo Roe - IRNA - AFP ...", "Jo Roe; IRNA; AFP ...".
_SPACED_CHAIN_MARK = pattern_cache.compile(r" [|—–-](?= )|;(?= )")
_LEADING_HEAD = 80


def _leading_separated_chain(text: str, registry: Registry) -> CreditSpan | None:
    """A chain opening the caption whose members a bar, a spaced dash or a semicolon parts
    instead of a slash ("© Jo Roe | IRNA | AFP Boeing debris ..."): read as the slash chain it
    stands for (each mark becomes a slash at its place), the credit kept as printed. Taken
    where it names an agency."""
    head = text[:_LEADING_HEAD]
    stop = head.find(". ")
    if stop > 0:
        head = head[:stop]
    if _SPACED_CHAIN_MARK.search(head) is None:
        return None
    slashed = _SPACED_CHAIN_MARK.sub(
        lambda mark: mark.group().replace(mark.group().strip(), "/"), head
    )
    span = _leading_credit_read(slashed + text[len(head) :], registry)
    if span is None or not text.startswith(span.credit[:1]):
        return None
    credit = text[: len(span.credit)]
    reading = read_credit_in(credit, registry)
    if reading.parsed.agency is None or len(span.credit) > len(head):
        return None
    return CreditSpan(credit, reading, "", text[len(credit) :].strip())


# A line with no credit at its end is read for a leading one twice: by ``split_credit``'s
# ``find_credit`` and by ``leading_credit`` after it (the text reader asks both of a title); a
# reading costs two tries of the label regex, among the slowest steps of the credit reader.
@lru_cache(maxsize=1024)
def _leading_credit_read(text: str, registry: Registry) -> CreditSpan | None:
    """``_leading_credit`` for a caption whose opening is not plain."""
    if text[:1] == "(" and text[:4].casefold() != "(c) ":
        return _leading_wire_reporter(text, registry) or _leading_bracket(text, registry)
    if text[:1] == "[":
        # "[서울=뉴시스] 김민수 기자 = ...", else "[Jo Roe/AFP] A crowd gathers ..."
        return _leading_wire_reporter(text, registry) or _leading_bracket(text, registry)
    if text[:1] == "【":
        return _leading_wire_reporter(text, registry)  # "【서울=뉴시스】김민수 기자 = ..."
    first_word = text[:24].split(None, 1)[0].strip(":,").casefold() if text else ""
    head = _leading_head(text, first_word, registry)
    if head is not None:
        return head
    if first_word in _credit_label_forms():
        before_label = _credit_before_caption_label(text, registry)
        if before_label is not None:
            return before_label
    if not text.startswith(("©", "(c) ", "Copyright ")):
        # A chain is the first word: most captions have no slash in it (looked for without
        # copying the window).
        space = text.find(" ", 0, _WINDOW)
        chain = (
            _leading_chain(text, registry)
            if text.find("/", 0, space if space >= 0 else _WINDOW) >= 0
            else None
        )
        if chain is not None:
            return chain
        # Every label opens with one of these letters, in either case (a letter outside ASCII
        # may fold to one of them: the regex decides).
        first = text[:1]
        labelled = (
            _leading_label().match(text) if first.casefold() in _label_first_letters() else None
        )
        if labelled is None:
            return None
        if "/" not in text[: labelled.end() + 60]:
            return _leading_labelled_name(text, labelled.end(), registry)
        labelled_chain = _labelled_chain(text, labelled.end(), registry)
        if labelled_chain is not None:
            return labelled_chain
    window = text[:_WINDOW]
    slashes = [m for m in re.finditer(r"\s*/\s*", window)]
    if not slashes:
        return None
    last = slashes[-1]
    # Slashes that belong to the caption text rather than the credit would be far away.
    for index, slash in enumerate(slashes):
        if index and slash.start() - slashes[index - 1].end() > 60:
            last = slashes[index - 1]
            break
    rest = window[last.end() :]
    glue = _GLUE.search(rest[:80])
    if glue:
        end = last.end() + glue.start() + (1 if rest[glue.start()].islower() else 2)
    else:
        words = rest.split(" ")
        end = -1
        for size in (4, 3, 2, 1):
            if len(words) > size and registry.canonical(" ".join(words[:size])):
                end = last.end() + len(" ".join(words[:size]))
                break
        if (
            end < 0
            and len(words) > 1
            and _ACRONYM.match(words[0])
            and words[1][:1].isupper()
            and words[1][1:2].islower()
        ):
            end = last.end() + len(words[0])  # an agency's initials: "ТАСС", "WANA"
        if end < 0:
            # "© AFP/Jo Roe Crowds gather ...": a person's name ends the chain, as after a label
            return _leading_labelled_name(text, last.end(), registry)
    credit = text[:end].strip()
    return CreditSpan(credit, read_credit_in(credit, registry), "", text[end:].strip())


# An agency's name before a colon opening the caption: "Agence France-Presse" is the longest.
_AGENCY_LABEL_CHARS = 40
# The caption after it: a sentence of at least this many words.
_AGENCY_LABEL_AFTER_WORDS = 3


def _leading_agency_label(text: str, registry: Registry) -> CreditSpan | None:
    """ "AFP: Protesters march ...", "Getty Images: A fan cheers ...": a news or photo
    agency's name as the caption's leading label is its credit. Only wires and distributors:
    a publication or an office before a colon ("BBC: ...", "White House: ...") is as often
    whom the caption quotes."""
    colon = text.find(": ", 1, _AGENCY_LABEL_CHARS)
    if colon < 0:
        return None
    name = registry.canonical(text[:colon])
    rest = text[colon + 2 :].lstrip()
    if (
        name is None
        or registry.kind(name) not in ("wire", "distributor")
        or not rest[:1].isupper()
        or len(rest.split(None, _AGENCY_LABEL_AFTER_WORDS)) < _AGENCY_LABEL_AFTER_WORDS
    ):
        return None
    credit = text[:colon].rstrip()  # "AP : ...": the space some print before a colon
    return CreditSpan(credit, read_credit_in(credit, registry), "", rest)


@lru_cache(maxsize=1)
def _label_colon() -> str:
    """The regex of a credit label of any language and its colon, case ignored: "Фото:",
    "Photo:", "Picture:", "Crédit :", "Fotó:", "Zdjęcie:" (no video's label: no photo), or
    its ellipsis: "Credit…Jo Roe for The New York Times Protesters march ..."."""
    labels = lexicon.longest_first(lexicon.credit_labels() - lexicon.video_words())
    words = lexicon.first_letter_alternation(labels).replace(r"\ ", r"\s+")
    return rf"(?i:(?:{words})(?:\s*[:：]|\.{{3}}|…)\s*)"


@lru_cache(maxsize=1)
def _leading_label() -> re.Pattern[str]:
    """A photo label opening a caption line: "Фото:", "Foto:", "Photo:", "Credit:"."""
    return pattern_cache.compile(_label_colon())


@lru_cache(maxsize=1)
def _label_first_letters() -> frozenset[str]:
    """The first letters of the labels, casefolded: the cheap test before the label regex."""
    return frozenset(label[:1] for label in lexicon.credit_labels())


_ACRONYM = pattern_cache.compile(r"^[^\W\d_a-zа-я]{2,6}$")


def _leading_chain(text: str, registry: Registry) -> CreditSpan | None:
    """ "Reprodução/Instagram/user Caption...", "AFP/Jo Roe Caption...": a slash chain with no
    spaces but in its last segment, then a capital (its one caller has seen a slash in the
    first word)."""
    first, _, rest = text[:_WINDOW].partition(" ")
    if not first[:1].isupper() or not all(part[:1].isalpha() for part in first.split("/")):
        return None
    parts = first.split("/")
    # One slash is as often a pair of words ("Israel/Gaza War", "AC/DC"): then a part must be
    # an organisation the registry knows or a source that names none ("Reprodução").
    generic = lexicon.generic_sources()
    if len(parts) < 3 and not any(
        registry.canonical(part) or part.casefold() in generic for part in parts
    ):
        return None
    separated = _separated_last_segment(first, rest)
    if separated is not None:
        credit = separated  # "EFE/Juan Carlos Pérez | El delantero ...": the mark ends it
        after = text[len(credit) :].strip().lstrip(".|-–—").strip()
        reading = read_credit_in(credit, registry)
        if reading.strength >= 2 and (reading.parsed.agency or reading.parsed.photographer):
            return CreditSpan(credit, reading, "", after)
    words = rest.split(" ", 2)
    credit = first
    joins = len(words) == 3 and words[1][:1].isupper()
    if joins and _joins_last_segment(parts[-1], words[0], registry):
        credit = f"{first} {words[0]}"
    elif not rest[:1].isupper():
        return None
    reading = read_credit_in(credit, registry)
    parsed = reading.parsed
    named = reading.strength and (parsed.agency or parsed.photographer)
    # "Reprodução/Redes sociais": sources that name no one are a credit all the same.
    nameless = all(part.casefold() in generic for part in credit.split("/"))
    if reading.strength < 2 and not named and not nameless:
        return None
    return CreditSpan(credit, reading, "", text[len(credit) :].strip())


# What closes a credit printed before the caption: a spaced bar or dash, or a full stop.
_LEADING_CREDIT_MARKS = ("|", "-", "–", "—")
_MOST_SEGMENT_WORDS = 3


def _separated_last_segment(first: str, rest: str) -> str | None:
    """The chain ``first`` with the rest of its last segment, when a mark ends that segment a
    few capitalised words on ("EFE/Juan Carlos Pérez | El delantero", "AFP/Jo Roe. Crowds");
    None when no mark follows them."""
    words = rest.split(" ", _MOST_SEGMENT_WORDS + 1)
    for count in range(1, min(len(words), _MOST_SEGMENT_WORDS + 1)):
        word = words[count - 1]
        if not word[:1].isupper():
            return None
        if word.endswith(".") and len(word) > 2:
            return " ".join([first, *words[: count - 1], word[:-1]])
        if words[count] in _LEADING_CREDIT_MARKS:
            return " ".join([first, *words[:count]])
    return None


def _labelled_chain(text: str, start: int, registry: Registry) -> CreditSpan | None:
    """ "Foto: Reprodução/Instagram A cantora ...": a label, then a chain glued before the
    caption as ``_leading_chain`` reads one."""
    rest = text[start:]
    space = rest.find(" ")
    if rest.find("/", 0, space if space >= 0 else len(rest)) < 0:
        return None  # the label's first word holds no chain
    chain = _leading_chain(rest, registry)
    if chain is None:
        return None
    credit = text[: start + len(chain.credit)].strip()
    return CreditSpan(credit, read_credit_in(credit, registry), "", chain.after)


def _joins_last_segment(last: str, word: str, registry: Registry) -> bool:
    """Whether ``word``, after a chain glued before a caption, ends the chain's last segment:
    the two are a known name ("Agência Brasil"), a source that names none ("Redes sociais"),
    an organisation by its cue word ("Kestrel News", "TV Globo") or a person by a known given
    name ("Jo Roe")."""
    segment = f"{last} {word}"
    if segment.casefold() in lexicon.generic_sources() or registry.canonical(segment):
        return True
    cue_words = lexicon.organisation_words()
    if (
        len(word) > 1
        and word[:1].isupper()
        and word.casefold() not in lexicon.determiners()
        and (word.casefold() in cue_words or last.casefold() in cue_words)
    ):
        return True  # "Kestrel News", "TV Globo"
    # The given names come in Latin letters: in another script ("ТАСС/Иван Петров ...") a
    # person's shape will do, a name being two words more often than one.
    given = lexicon.is_given_name(last) or "LATIN" not in unicodedata.name(last[:1], "LATIN")
    return given and looks_like_person(segment)


def _leading_labelled_name(text: str, start: int, registry: Registry) -> CreditSpan | None:
    """ "Foto: Ana Lopes Manifestantes marcham ...": the label, a name of two words (three with
    a particle or an initial), then the caption starting with a capital."""
    words = text[start:].split(" ", 6)
    for size in (5, 4, 3, 2):
        if len(words) <= size or not words[size][:1].isupper() or words[size - 1] in particles():
            continue
        if words[size].casefold() in lexicon.client_words():
            return None  # "Photo: JO ROE FOR THE TIMES ...": the client's credit, read as such
        name = " ".join(words[:size])
        # two words but the particles ("Jo van der Roe"), or three with an initial
        plain = _words_but_particles(words[:size]) == 2
        initial = size == 3 and len(words[1].rstrip(".")) == 1
        if (plain or initial) and looks_like_person(name):
            end = start + len(name)
            credit = text[:end].strip()
            return CreditSpan(credit, read_credit_in(credit, registry), "", text[end:].strip())
    return None


# A sentence stop glued to the next word when markup was lost: "on substance.Pavel Name | AP".
_GLUED_TOKEN = pattern_cache.compile(r"\S*(?:[a-z]{2}|[0-9])[.!?](?=[A-Z][a-zA-Z])")


# The start of a credit printed before the caption with no line break: a label, a name of two
# to four words, then "for", "/" or "," and an organisation ("Name for The New York Times The
# World Press Photo ...", "Photo by Name/AFP Crowds gather ...").
# A word of a name: any capital, in every script that has them ("Zoë", "Łukasz", "Ángel"),
# with the apostrophes, hyphens and periods names carry; ``looks_like_person`` judges the whole.
_NAME_WORD = r"[^\W\d_a-z][\w'’.-]*+"


class _LeadingPerson(NamedTuple):
    pattern: re.Pattern[str]  # the name after its label or "By", if any
    bare: re.Pattern[str]  # the same name with no label before it
    label_firsts: frozenset[str]  # the first words of the label words before a "by" word


# What the labels before a leading name open with, but for the labels of ``_label_colon``,
# whose colon the text must hold.
_UNLABELLED_OPENERS = "BbPp©("


@lru_cache(maxsize=1)
def _leading_person() -> _LeadingPerson:
    """A person's name, maybe after "By" or "Photo:", then "for" (any language's word, in any
    case), a slash or a comma: the name's words are capitalised, or particles of the names
    data, alone or glued to the surname by a hyphen ("Jan van der Berg", "Ahmad al-Rubaye",
    "Carlos de la Cruz")."""
    particle = lexicon.first_letter_alternation(lexicon.longest_first(particles()))
    word = rf"(?:{_NAME_WORD}|(?:{particle})(?:-{_NAME_WORD}|\b))"
    # the words for "for" of every language, in any case ("FOR THE NEW YORK TIMES", "für")
    clients = "|".join(
        re.escape(client).replace(r"\ ", r"\s+")
        for client in lexicon.longest_first(lexicon.client_words())
    )
    # "Foto von", "Foto oleh", "Foto de": a photo's label word, then the language's "by"
    # (a writer's label is no photographer's: "Text von Name" stays out)
    label_words = lexicon.credit_label_words() - lexicon.byline_words() - lexicon.video_words()
    labels = lexicon.first_letter_alternation(
        lexicon.longest_first(label_words), ignore_case=True
    ).replace(r"\ ", r"\s+")
    by = lexicon.first_letter_alternation(lexicon.longest_first(lexicon.by_words()))
    label_by = rf"(?:{labels})\s+(?:{by})"
    label = (
        rf"(?:[Bb]y|[Pp]hoto(?:graph)?\s+by|PHOTO\s+BY|(?i:{label_by}))\s+"
        rf"|{_label_colon()}|(?:©|\([Cc]\))\s*"
    )
    label_firsts = frozenset(
        form
        for word in label_words
        for form in (word.split()[0].casefold(), lower(word.split()[0]))
    )
    name = (
        rf"(?P<name>{_NAME_WORD}(?:\s+{word}){{1,5}}?)"
        rf"(?P<sep>\s+(?i:{clients})\s+|\s?/\s?|,\s+)"
    )
    return _LeadingPerson(
        pattern_cache.compile(rf"(?:{label})?{name}"), pattern_cache.compile(name), label_firsts
    )


def _opens_unlabelled(text: str, leading: _LeadingPerson) -> bool:
    """Whether no label of ``_leading_person`` can open ``text``: it opens with no "By",
    "Photo by", "©", "(c)" or label word, and holds no colon or ellipsis, one of which every
    label of ``_label_colon`` ends with ("Credit…Jo Roe for ...")."""
    first = text[: text.find(" ")] if " " in text else text
    return (
        text[:1] not in _UNLABELLED_OPENERS
        and ":" not in text
        and "：" not in text
        and "…" not in text
        and "..." not in text
        # "Foto von Name/dpa ...": a label word before another language's "by"
        and first.casefold() not in leading.label_firsts
        and lower(first) not in leading.label_firsts
    )


def _leading_person_credit(text: str, registry: Registry) -> CreditSpan | None:
    """ "Samuel Roe for The New York Times A woman ...": a person's credit glued before the
    caption, ended by an organisation the registry knows (nothing else says where it ends)."""
    leading = _leading_person()
    # Most captions open with no label: the optional label matches nothing, and the bare
    # name's regex reads the same name and separator without trying every language's labels.
    if _opens_unlabelled(text, leading):
        match = leading.bare.match(text)
    else:
        match = leading.pattern.match(text)
    if match is None or not looks_like_person(match.group("name")):
        return None
    words = text[match.end() : match.end() + 80].split(" ")
    # A name the registry knows ends the credit before words that only look like one: "Jo Roe
    # for EFE The World Press Photo of the Year ..." is EFE's.
    sizes = [size for size in (5, 4, 3, 2, 1) if len(words) > size and words[size][:1].isupper()]
    known = [size for size in sizes if registry.canonical(" ".join(words[:size]).rstrip(".,:"))]
    for size in known[:1] or sizes:
        org = " ".join(words[:size])
        if _names_organisation(org.rstrip(".,:"), registry):
            end = match.end() + len(org)
            credit = text[:end].rstrip(".,:")
            return CreditSpan(
                credit, read_credit_in(credit, registry), "", text[end:].strip(" .,:")
            )
    return None


def _names_organisation(words: str, registry: Registry) -> bool:
    """A known organisation, or capitalised words that end with an organisation's cue word
    ("Kestrel News", "Glenmoor Times"): where a credit glued before a caption ends."""
    if registry.canonical(words) is not None:
        return True
    parts = words.rsplit(None, 1)
    if not parts:
        return False  # "A A/. A": nothing before the glued caption
    last = parts[-1]
    return (
        last[:1].isupper()
        and last.casefold() in lexicon.organisation_words()
        and all(word[:1].isupper() for word in words.split())
    )


def _words_but_particles(words: list[str]) -> int:
    """How many of ``words`` are not a name's particles: how long a name or a credit is
    ("Jan van der Berg" is two words, as "Jo Roe" is)."""
    name_particles = particles()
    return sum(1 for word in words if word not in name_particles)


def _leading_name(text: str, registry: Registry) -> CreditSpan | None:
    """NYT Lens layout: the photographer's name, then the caption naming them again."""
    words = text.split(" ", 5)
    # Every name tried opens with the first word, so it comes again only where that word does:
    # most captions never repeat their first word, told by one search instead of four names.
    if text.find(words[0], len(words[0])) < 0:
        return None
    for size in (5, 4, 3, 2):
        if len(words) <= size:
            continue
        # Two or three words and a name's particles: "Jan van der Berg", "Ana Paula dos Santos"
        plain = _words_but_particles(words[:size])
        if not 2 <= plain <= 3 or words[size - 1] in particles():
            continue
        name = " ".join(words[:size])
        # The cheap test first: the name must come again in the caption.
        if text.find(name, len(name)) > 0 and looks_like_person(name):
            return CreditSpan(name, read_credit_in(name, registry), "", text[len(name) :].strip())
    return None


# Where a page lost the markup between a caption and its credit, the credit's first word is
# glued to the caption's last ("at the premiereJo Roe/AFP", "in LondonREUTERS/Jo Roe"): a run
# of at least three lower-case letters, then a capital ("McDonald", "MacArthur", "iPhone" have
# shorter runs). Looked for in the line's last characters only.
_GLUED_CAPITAL = pattern_cache.compile(r"[a-zß-öø-ÿ]{3}(?=[A-Z])")
_GLUED_TAIL = 120


def _glued_credit_at(line: str, registry: Registry) -> int:
    """Where a credit glued to the caption's last word starts in ``line`` (-1 for none): the
    glued word is a credit label ("premierePhoto by ..."), a known agency ("premiereREUTERS/
    ...", "premiereGetty Images") or a known given name opening a name ("premiereJo Roe/AFP";
    after a capitalised word only where that word is a known place: "LondonJo Roe", but
    "FitzGerald" is a surname)."""
    at = -1
    for match in _GLUED_CAPITAL.finditer(line, max(0, len(line) - _GLUED_TAIL)):
        start = match.end()
        before = line[line.rfind(" ", 0, start) + 1 : start]
        end = start + 1
        while end < len(line) and (line[end].isalpha() or line[end] in "'’-"):
            end += 1
        word = line[start:end]
        rest = line[end:]
        next_word = rest.split(None, 1)[0] if rest[:1] == " " and rest.strip() else ""
        credit_word = (
            word.casefold() in _label_openers()
            or registry.canonical(word) is not None
            or (next_word and registry.canonical(f"{word} {next_word}") is not None)
        )
        name_opens = (
            lexicon.is_given_name(word)
            and next_word[:1].isupper()
            and (before[:1].islower() or is_known_place(before))
        )
        if credit_word or name_opens:
            at = start
    return at


def _glue_near(span: CreditSpan) -> bool:
    """A credit found at the end of a line with a glued word at its start: the last word before
    it ("premiereJo" + "Roe/AFP") or its own first word ("LondonJo Roe/AFP"). Asked of every
    credit found, so the usual words are let through by string tests first: a word before
    that ends in a stop or is lower case, a first word in title case ("Jo", "Photo:")."""
    before = span.before
    last = before[before.rfind(" ") + 1 :]
    if last[-1:].isalpha() and not last.islower() and _GLUED_CAPITAL.search(last) is not None:
        return True
    credit = span.credit
    space = credit.find(" ")
    first = credit[:space] if space >= 0 else credit
    return not first.istitle() and not first.isupper() and _GLUED_CAPITAL.search(first) is not None


def find_credit(lines: list[str], registry: Registry | None = None) -> CreditSpan | None:
    """Locate the credit among a caption's lines (already whitespace-normalised)."""
    registry = current_registry() if registry is None else registry
    if not lines:
        return None
    unlabelled = _without_caption_label(lines[0])
    if unlabelled is not lines[0]:
        # "Image caption Jo Roe/AP" on the line above the caption: the label naming the
        # caption is none of the credit's words, wherever the credit stands
        lines = [unlabelled, *lines[1:]]
    span = _find_credit_span(lines, registry)
    if span is None or span.credit[:1] not in CLOSING_BRACKETS:
        return span
    return _without_brackets_around(span)


def _without_caption_label(line: str) -> str:
    """``line`` without a label that names the caption at its start ("Image caption", "Caption:",
    "Legende:"), the line itself when it has none; a credit's own label ("Photo:", "Foto:")
    stays with the credit."""
    unlabelled = strip_leading_label(line)
    if unlabelled is line or not unlabelled.strip():
        return line
    label = " ".join(line[: len(line) - len(unlabelled)].rstrip(" :,").split()).casefold()
    return unlabelled.lstrip() if label in lexicon.caption_labels() else line


def _without_brackets_around(span: CreditSpan) -> CreditSpan:
    """A credit printed wholly in one pair of brackets, on a line of its own ("<caption>\n\n
    (AP Photo)", "(Jo Roe/AFP via Getty Images)\n<caption>"), is the words inside, as a
    bracketed credit at the end of the caption's line is."""
    text = span.credit
    closing = CLOSING_BRACKETS[text[0]]
    if text[-1:] != closing or len(text) < 3:
        return span
    depth = 0
    for at, char in enumerate(text):
        if char == text[0]:
            depth += 1
        elif char == closing:
            depth -= 1
            if depth == 0 and at < len(text) - 1:
                return span  # "(Jo Roe) (Reuters)": two pairs, not one around the credit
    inner = text[1:-1].strip()
    parsed = span.reading.parsed
    if parsed.credit == text:
        parsed = replace(parsed, credit=inner)
    return span._replace(credit=inner, reading=CreditReading(parsed, span.reading.strength))


def _find_credit_span(lines: list[str], registry: Registry) -> CreditSpan | None:
    span = _find_credit_lines(lines, registry)
    if (
        span is not None
        and (
            span.after
            # a glued credit follows a caption's word: the usual one follows a stop or a bracket
            or not span.before[-1:].isalpha()
            or not _glue_near(span)
        )
    ):
        return span  # the usual caption: a credit found, its first word glued to nothing
    last = lines[-1]
    glued = _glued_credit_at(last, registry)
    if glued >= 0:
        # The credit read with a space put back before its glued word is taken where it
        # starts with that word; otherwise the line is read as printed.
        unglued = [*lines[:-1], f"{last[:glued]} {last[glued:]}"]
        glued_span = _find_credit_lines(unglued, registry)
        word = last[glued:].split(None, 1)[0]
        tail = last[glued:]
        if glued_span is not None and glued_span.credit.lstrip("([").startswith(word[:2]):
            return glued_span
        if (
            glued_span is not None
            and glued_span.credit.endswith(tail)
            and len(glued_span.credit) > len(tail)
        ):
            # "in LondonJo Roe/Getty Images": the words before the glue are the caption's
            cut = len(glued_span.credit) - len(tail)
            before = f"{glued_span.before} {glued_span.credit[:cut]}".strip()
            return CreditSpan(tail, read_credit_in(tail, registry), before, "", glued_span.trailer)
    return span


def _find_credit_lines(lines: list[str], registry: Registry) -> CreditSpan | None:
    for line in lines:
        if not line.isascii():
            break
    else:
        # most captions: no mark but "|" can be a bar
        return _without_byline_before(_find_credit(lines, registry))
    folded = [fold_bars(line) for line in lines]
    span = _without_byline_before(_find_credit(folded, registry))
    if span is None or folded == lines:
        return span
    # "Photo: Jo Roe · Reuters" was read as "Photo: Jo Roe | Reuters"; the caption keeps the
    # marks it printed, found at the same places in the unfolded text.
    printed, read = " ".join(lines), " ".join(folded)

    def unfolded(part: str) -> str:
        at = read.find(part) if part else -1
        return printed[at : at + len(part)] if at >= 0 else part

    credit = unfolded(span.credit)
    parsed = span.reading.parsed
    if parsed.credit is not None:
        parsed = replace(parsed, credit=unfolded(parsed.credit))
    return span._replace(
        credit=credit,
        reading=replace(span.reading, parsed=parsed),
        before=unfolded(span.before),
        after=unfolded(span.after),
        trailer=unfolded(span.trailer),
    )


# A writer's byline before a photo credit is this many characters at most.
_BYLINE_TAIL = 80


def _without_byline_before(span: CreditSpan | None) -> CreditSpan | None:
    """The span without a writer's byline closing the text before its credit: "... on
    Friday. Story by Ann Lee. Photos by Jo Roe", "... Words by Ann Lee, photos by Jo Roe":
    the byline is no description, and credits no photo."""
    if span is None or span.after:
        return span
    before = span.before
    tail = before[-_BYLINE_TAIL:]
    if " by " not in tail and ":" not in tail:
        return span  # the usual caption: no byline's "by" or colon near the credit
    stripped = before.rstrip(" ,;|.")
    cut = max(
        stripped.rfind(". "), stripped.rfind(", "), stripped.rfind("; "), stripped.rfind("| ")
    )
    if cut < 0 or not is_byline(stripped[cut + 2 :]):
        return span
    return span._replace(
        before=stripped[: cut + 1].rstrip(" ,;|"),
        trailer=f"{stripped[cut + 2 :]} {span.trailer}".strip(),
    )


# A line of page furniture is this short at most.
_FURNITURE_LINE = 60


def _may_open_with_counter(line: str) -> bool:
    """A digit or a counter label ("Image", "Bild") first: the cheap test before the regex."""
    if line[:1].isdigit():
        return True
    space = line.find(" ", 0, 12)
    return space > 0 and line[:space].casefold() in lexicon.counter_labels()


@lru_cache(maxsize=1)
def _leading_counter() -> re.Pattern[str]:
    """A gallery counter that opens a caption's line, before a capital, a bracket or a credit
    mark: "1/12 Crowds", "Image 3 of 12 ©", "Foto 3 de 12 (AP ...)", "Photo 3 of 9: Crowds"
    ("3 of 12 people" stays)."""
    counter = "|".join(map(re.escape, sorted(lexicon.counter_words())))
    labels = "|".join(map(re.escape, sorted(lexicon.counter_labels())))
    return pattern_cache.compile(
        rf"(?:(?:{labels})\s+\d{{1,3}}(?:\s+(?:{counter})\s+|\s?/\s?)|\d{{1,3}}\s?/\s?)\d{{1,3}}"
        # a colon or a dash may close it: "Photo 3 of 9: Crowds", "3/9 – Crowds"
        r"(?:\s*[:–—-])?\s+(?=[A-ZÀ-Þ©(\[])",
        re.IGNORECASE,
    )


def _furniture_line(line: str) -> bool:
    """A line a page prints around a caption that is neither caption nor credit: a control or
    a button alone ("Close", "Teilen", "Enlarge this image"), a caption label alone
    ("Caption:", "Legende:"), a gallery counter ("Image 3/10", "Bild 3 von 12")."""
    if len(line) > _FURNITURE_LINE:
        return False
    bare = line.strip(" .:…|»›").casefold()
    return (
        not bare
        or bare in lexicon.page_controls()
        or bare in lexicon.page_furniture()
        or bare in lexicon.caption_labels()
        or bare in lexicon.caption_toggles()
        or lexicon.is_counter(bare)
    )


def _posting_line(line: str) -> bool:
    """A blog's posting line: "Posted in News | 3 Comments", "Veröffentlicht am 12. März"."""
    first = line[:24].split(None, 1)[0].rstrip(":").casefold() if line.strip() else ""
    return first in lexicon.posting_words()


def _note_line(line: str, registry: Registry) -> bool:
    """A note alone on its line (see ``_is_trailer``); a link in it must open it: "(AP Photo)
    Contact: desk@example.org" is a credit and its note."""
    link = _LINK.search(line)
    first_word = line.find(" ")
    opens = link is None or first_word < 0 or link.start() < first_word  # "desk@example.org"
    return (opens or _note_opener().match(line) is not None) and _is_trailer(line, registry)


def _lines_before_furniture(lines: list[str], registry: Registry) -> int:
    """How many of ``lines`` come before the furniture lines that close them (a counter, a
    button, a posting line, a note after the credit: see ``_is_trailer``); at least one."""
    end = len(lines)
    while end > 1:
        line = lines[end - 1]
        if line[:1] in "([" and line[-1:] in ")]":
            line = line[1:-1]  # "(12/03/2024)"
        if not (_furniture_line(line) or _posting_line(line) or _note_line(line, registry)):
            break
        end -= 1
    return end


def _second_credit_line(lines: list[str], registry: Registry) -> CreditSpan | None:
    """The credit closing the lines before the last, when the last line is a second credit:
    "<caption> REUTERS/Jo Roe\nFoto: Li Wei/dpa". With two credits the first is the credit,
    and the fields it leaves empty are filled from the second."""
    last = lines[-1]
    if len(last) > _MAX_CREDIT_ALONE or not is_credit(last, registry):
        return None
    first = _find_credit(lines[:-1], registry)
    if first is None or first.after or first.reading.strength < 3:
        return None
    if not (first.reading.parsed.photographer or first.reading.parsed.agency):
        return None  # "<caption>. Photo:\nJo Roe/AP": a label before its line, one credit
    filled = _filled_from(first.reading, read_credit_in(last, registry))
    return first._replace(reading=filled, trailer=last)


def _find_credit(lines: list[str], registry: Registry) -> CreditSpan | None:
    if len(lines) > 1:
        lines = _join_broken_chains(lines)
    while len(lines) > 1 and (
        (len(lines[0]) <= _LONE_LABEL and is_label(lines[0])) or _furniture_line(lines[0])
    ):
        # "Image\n<caption>Credit...Name", "Enlarge\nJo Roe/AP\n<caption>", "Caption:\n...":
        # a label, a button or a counter alone above the caption names no one, and is no
        # description either.
        lines = lines[1:]
    if _may_open_with_counter(lines[0]):
        counted = _leading_counter().match(lines[0])
        if counted is not None:
            # "1/12 © Jo Roe/AFP Crowds ...", "Image 3 of 12 Crowds ...": a gallery's counter
            # opens the caption's line.
            lines = [lines[0][counted.end() :], *lines[1:]]
    if len(lines) > 1:
        # Furniture lines after the caption and its credit ("<caption>\nShare", "...\nImage
        # 3/10", "...\nPosted in News"): the credit is looked for in the lines before them.
        end = _lines_before_furniture(lines, registry)
        if end < len(lines):
            span = _find_credit(lines[:end], registry)
            if span is not None:
                trailer = " ".join(lines[end:])
                reading = span.reading
                for line in lines[end:]:
                    if registry.canonical(line.strip(" .,;:-–—()[]")) is not None:
                        # "<caption>\nJo Roe\nReuters": the agency on a line of its own is
                        # the credit's when the credit names none.
                        reading = _filled_from(reading, read_credit_in(line, registry))
                return span._replace(reading=reading, trailer=f"{span.trailer} {trailer}".strip())
            if not any(registry.canonical(line.strip(" .,;:-–—()[]")) for line in lines[end:]):
                return None  # "<caption>\n3/10": furniture after a caption with no credit
        second_line = _second_credit_line(lines, registry)
        if second_line is not None:
            return second_line
    text = strip_furniture(" ".join(lines))
    if ":" in text[-_TEASER_TAIL:] or "|" in text[-_TEASER_TAIL:]:
        text = _strip_teaser(text, registry)
    if "***" in text:
        text = _strip_restrictions(text)  # Getty's "*** Local Caption ***" and what follows
    # A credit on its own first line, above the caption: "Name for The New York Times\n\n
    # Workers at ...", "Pool photo by Name\n...". With two credits the first is the credit.
    if len(lines) > 1 and len(lines[0]) <= _MAX_CREDIT_ALONE and is_credit(lines[0], registry):
        first = lines[0]
        reading = read_credit_in(first, registry)
        last = lines[-1]
        if len(lines) > 2 and last[:1] in "([" and last[-1:] in ")]":
            second = read_credit_in(last, registry)
            if second.strength >= 2:
                # A second credit closes the caption: it is no description, and it fills the
                # fields the first leaves empty.
                filled = _filled_from(reading, second)
                return CreditSpan(first, filled, "", " ".join(lines[1:-1]))
        return CreditSpan(first, reading, "", " ".join(lines[1:]))
    # A credit on its own last line: "<caption>\nAlkis Konstantinidis / Reuters". A last line
    # that runs on from the caption's sentence ("... several hundred\nprotesters in Cairo on May
    # 3, 2015. REUTERS/Jo Roe": a line break inside the text) is read with the rest.
    if len(lines) > 1:
        last = strip_furniture(lines[-1])
        if (
            len(lines) > 2
            and len(last) <= 150
            and lines[-3][-1:] in _LINE_ENDS
            # a name, not a sentence: "Jo Roe\nleads the march." runs on
            and last[:1].isupper()
            and last[-1:] not in _SENTENCE_ENDS
        ):
            # "<caption>.\nJo Roe\nThe Kestrel Courier": a name and its organisation on lines
            # of their own after the caption's last sentence.
            named = _name_line_before(lines, last, registry)
            if named is not None and _names_its_organisation(named.reading):
                return _with_label_line(lines, 2, named, registry)
        if len(last) <= 150:
            alone = lines[-2][-1:] in _LINE_ENDS or _credit_alone(last)
            reading = read_credit_in(last, registry) if alone else _NO_READING
            if reading.strength >= 2 or (reading.strength == 1 and reading.parsed.photographer):
                if len(lines) > 2 and not reading.parsed.photographer and reading.parsed.agency:
                    named = _name_line_before(lines, last, registry)
                    if named is not None:
                        return named
                before = " ".join(lines[:-1])
                return _with_label_line(lines, 1, CreditSpan(last, reading, before, ""), registry)
            if len(lines) > 2:
                middle = _middle_line_credit(lines, registry)
                if middle is not None:
                    return middle
    noted = _before_note(text, registry)
    if noted is not None:
        return noted
    tail_start = len(text) - _TRAILER_MAX - 2
    close = text.rfind(") ", tail_start if tail_start > 0 else 0)
    repeated = _repeated_credit(text, close, registry) if close > 0 else None
    if repeated is None and close > 0 and len(text) - close <= _TAG_AFTER_BRACKET:
        repeated = _bracket_then_tag(text, close, registry)
    if repeated is None and text[-1:].isalpha():
        # an agency's name ends in a letter: "(Jo Roe/AFP)" and "... 2023." are asked nothing
        repeated = _doubled_agency(text, registry)
    if repeated is not None:
        return repeated
    bracketed = _bracket_credit(text, registry)
    if bracketed is not None:
        return bracketed
    lower_case = _lower_case_tail(text, registry)
    if lower_case is not None:
        return lower_case
    separated = _separated_labelled_head(text, registry)
    if separated is not None:
        return separated
    # A line that is only a credit: "Sarah Rice for The Washington Post via Getty Images".
    # The sentence stop, which nearly every caption has, is looked for before the credit's
    # marks: a caption without a slash would try three regexes for them first.
    if (
        len(text) <= 150
        and not _has_sentence_stop(text + " ")
        and _may_be_credit_line(text)
        and _mostly_names(text)
        and not _description_before_dash(text)
    ):
        reading = read_credit_in(text, registry)
        parsed = reading.parsed
        if (
            reading.strength >= 3
            and (starts_with_label(text) or parsed.photographer)
            and all(len(name.split()) <= 6 for name in parsed.unknown_organisations)
            and not any(_known_then_words(name, registry) for name in parsed.unknown_organisations)
        ):
            return CreditSpan(text, reading, "", "")
    # Page furniture after a bare credit: "... Foto: Name/dpa +++ dpa-Bildfunk +++", "...
    # EPA/NAME epa10557431" (cheap to see, so looked for first), "... REUTERS/Name. Posted on
    # May 4, 2023", "... AP Photo/Name. Associated Press" (looked for when the usual reading
    # finds nothing, or only an agency's name closing the caption).
    marked = (
        text.endswith("+++")
        or text[-1:].isdigit()
        or (
            text[-1:].isupper()
            and not (last_token := text[text.rfind(" ") + 1 :]).isalpha()
            and _PICTURE_ID.match(last_token) is not None
        )
    )
    if marked:
        span = _credit_before_trailer(text, registry)
        if span is not None:
            return span
    # str.isascii reads a flag the string keeps: the tail is copied only for a text that is not
    # all ASCII.
    if not text.isascii() and not text[-_CJK_TAIL:].isascii():
        cjk = _cjk_tail_credit(text, registry)
        if cjk is not None:
            return cjk
    # A caption of plain words and stops: the readers of a bare credit at its end find none.
    plain = _plain_ending(text, registry)
    trailing = _service_credit_only if plain else _bare_trailing_credit
    found: CreditSpan | None = None
    for finder in (_leading_credit, _leading_person_credit, trailing, _leading_name):
        found = finder(text, registry)
        if found is not None:
            break
    if found is not None and found.before.endswith(".") and not found.after:
        found = _credit_sentences_before(found, registry)
    elif (
        found is not None
        and not found.after
        and (
            found.before[-1:] == ":"
            or found.before[found.before.rfind(" ") + 1 :].casefold() in _position_last_words()
        )
    ):
        # "Top: Jo Roe/AP. Bottom: Li Wei/Reuters", "... Bottom photo: Li Wei/Reuters"
        found = _positioned_credits(found, registry)
    if (
        not marked
        and not plain
        # no credit found, or only an agency's name closing the caption
        and (found is None or (not found.after and registry.canonical(found.credit) is not None))
    ):
        span = _credit_before_trailer(text, registry)
        if span is not None:
            return span
    if found is None or _holds_restriction(found.credit):
        # Usage terms after the credit ("... REUTERS/Name EDITORIAL USE ONLY. No use with
        # ...", "(AAP Image/Name) NO ARCHIVING"): looked for only when no credit closes the
        # text, or the one found holds them, as they hide it.
        unrestricted = _strip_restrictions(text)
        if unrestricted != text:
            span = find_credit([unrestricted], registry)
            if span is None or span.after or span.trailer:
                return span
            # A note after the credit may say when the photo was taken ("PICTURE TAKEN MAY 3,
            # 2023"): kept as the span's trailer, which dates the photo only when nothing else does.
            return span._replace(trailer=text[len(unrestricted) :].strip(" .!-–—"))
    if found is None and not plain:
        # "... in the square Photo: Jo Roe": a label after words that are no sentence (two
        # elements of a page run together); "... (AP Photo/Jo Roe) The protest ...": a credit
        # with more caption after it.
        found = _credit_tail(text, registry) or _inner_credit(text, registry)
    if found is not None and not found.after:
        found = _first_of_two(found, registry)
    return found


# Marks printed between two labelled credits on a line: "Photo: Jo Roe | Source: Reuters";
# the first is this many characters at most.
_CREDIT_SEPARATORS = "|-–—·•;,/"
_LABELLED_FIRST = 60


def _marked_label(text: str, after_label: str) -> bool:
    """Whether the label opening ``text`` is written as one, with a colon, "by", "©" or a dash
    ("Foto: Lena Vogt/dpa", "Photo by Kim Soto"), before a name: a label word alone before
    capitals may be the word of a name ("Jo Roe/Kestrel Photo Awards")."""
    if not after_label:
        return False
    head = text[: len(text) - len(after_label)].casefold()
    return ":" in head or " by" in head or "©" in head or "-" in head or "–" in head


# The second credit of two on a line is this many words at most.
_SECOND_CREDIT_WORDS = 8


# Words after a known agency's name that make its "organisation" a sentence run on.
_WORDS_AFTER_KNOWN = 3


def _known_then_words(name: str, registry: Registry) -> bool:
    """An unknown organisation that is a known agency's name, then a sentence's words ("EFE
    Manifestantes marchan en Madrid"): the credit ran on into a caption printed after it."""
    words = name.split()
    return len(words) > _WORDS_AFTER_KNOWN and any(
        registry.canonical(" ".join(words[:size])) is not None for size in (1, 2)
    )


def _closes_a_sentence_strongly(earlier: CreditSpan | None) -> TypeGuard[CreditSpan]:
    """A credit read with strength that follows a sentence's stop: the first of two credits."""
    return (
        earlier is not None
        and earlier.reading.strength >= 3
        and earlier.before.endswith((".", "!", "?"))
    )


def _first_then(first: CreditSpan, second: CreditSpan) -> CreditSpan:
    """The first of two credits, its empty fields filled from the second, which is furniture
    after it."""
    reading = _filled_from(first.reading, second.reading)
    return first._replace(reading=reading, trailer=f"{second.credit} {second.trailer}".strip())


def _first_of_two(span: CreditSpan, registry: Registry) -> CreditSpan:
    """The first of two credits read as one: "REUTERS/Jo Roe Foto: Lena Vogt/dpa", "REUTERS/Jo
    Roe REUTERS" (the agency printed again). With two credits the first is the credit, and the
    fields it leaves empty are filled from the second; the first must name a person and an
    organisation ("AFP Photo/Jo Roe", "Photo: Jo Roe AFP" are one credit each)."""
    credit = span.credit
    before = span.before
    if (
        before[-1:].isalpha()
        and "/" in " ".join(before[-60:].rsplit(None, 3)[-3:])
        and _may_open_label(credit)
        and starts_with_label(credit)
    ):
        # "... Lena Vogt/dpa Bild: Kai Brandt": the second, labelled, was found; the first
        # closes the text before it.
        earlier = _bare_trailing_credit(before, registry)
        if (
            _closes_a_sentence_strongly(earlier)
            and earlier.reading.parsed.photographer
            and earlier.reading.parsed.agency
        ):
            return _first_then(earlier, span)
    tail = before[-_LABELLED_FIRST:]
    if (
        (":" in tail or " by " in tail or "©" in tail)
        and _may_open_label(credit)
        and starts_with_label(credit)
    ):
        # "... Photo: Jo Roe | Source: Reuters", "... Photo: Jo Roe - Source: Reuters": two
        # labelled credits, a bar or nothing between them.
        earlier = _bare_trailing_credit(before.rstrip(_CREDIT_SEPARATORS + " "), registry)
        if (
            _closes_a_sentence_strongly(earlier)
            and not earlier.after
            and starts_with_label(earlier.credit)
        ):
            return _first_then(earlier, span)
    words = credit.split(" ")
    if len(words) < 3:
        return span
    # A labelled second credit, or an agency's name closing the first.
    labelled = ":" in credit or "©" in credit or " by " in credit
    last = words[-1].strip("()[]")
    closing = registry.canonical(last) if registry.may_end_name(last) else None
    if not labelled and closing is None:
        return span
    at = len(words[0])
    for index in range(1, len(words)):
        word = words[index]
        start = at + 1
        at = start + len(word)
        rest = credit[start:]
        if len(words) - index > _SECOND_CREDIT_WORDS or (
            not word[:1].isupper() and word[:1] != "©"
        ):
            continue
        labelled_rest = (
            _may_open_label(word)
            and starts_with_label(rest)
            and _marked_label(rest, strip_prefixes(rest))
        )
        # an agency's name after a connector is the credit's own: "Name/AFP via Reuters"
        after_connector = words[index - 1].islower()
        again = (
            None
            if labelled_rest or after_connector or closing is None
            else registry.canonical(rest.strip("()[]"))
        )
        if not labelled_rest and again is None:
            continue
        if credit[:start].rstrip().endswith("."):
            continue  # "© Estate. Photo: Name. Courtesy X": one credit of several sentences
        first = read_credit_in(credit[:start].rstrip(" ,;-–—|"), registry)
        if again is not None and registry.canonical(first.parsed.agency or "") != again:
            # Only the first's own agency printed again is a second credit: "Name/The
            # Oregonian" is one name.
            continue
        if first.strength >= 3 and first.parsed.photographer and first.parsed.agency:
            second = read_credit_in(rest, registry)
            first_credit = credit[:start].rstrip(" ,;-–—|")
            reading = _filled_from(first, second)
            parsed = replace(reading.parsed, credit=first_credit)
            return span._replace(
                credit=first_credit,
                reading=replace(reading, parsed=parsed),
                trailer=f"{rest} {span.trailer}".strip(),
            )
    return span


# A credit in lower case closes at most this many characters of a caption.
_LOWER_CASE_TAIL = 120
_LOWER_CASE_WORDS = 10


def _lower_case_tail(text: str, registry: Registry) -> CreditSpan | None:
    """A chain printed wholly in lower case after the caption's last sentence: "... in Denver.
    jo roe/ap", "... in Washington, D.C. jo roe | getty images". The names read back from its
    slash have no capitals to show where they start: the credit is all the lower-case text
    after a sentence stop ("jo d. roe/ap" keeps its initial), taken when it reads as a chain
    (the credit reader reads it as if in capitals)."""
    tail = text[-_LOWER_CASE_TAIL:]
    if not tail[-1:].islower() or ("/" not in tail and " | " not in tail):
        return None
    # The usual caption ends in a credit with capitals after its last stop (a find, no regex).
    last_stop = max(tail.rfind(". "), tail.rfind("! "), tail.rfind("? "))
    if not tail[last_stop + 2 :].islower():
        return None
    start = -1
    for stop in _STOP_MARK.finditer(tail):
        if tail[stop.end() :].islower():
            start = stop.end()
            break  # the first stop with only lower case after it gives the longest credit
    if start < 0:
        return None
    credit = tail[start:]
    if ("/" not in credit and " | " not in credit) or len(credit.split()) > _LOWER_CASE_WORDS:
        return None
    reading = read_credit_in(credit, registry)
    if not _reads_as_chain(reading):
        return None
    return CreditSpan(credit, reading, text[: len(text) - len(credit)].rstrip(), "")


_LONE_LABEL = 24
# The reading of a line that is no credit: nothing read, strength 0.
_NO_READING = CreditReading(ParsedCredit(), 0)


def _credit_alone(line: str) -> bool:
    """A line that holds no sentence of its own: a credit may stand alone on it."""
    return _mostly_names(line, 4) and not _has_sentence_stop(line + " ")


# What closes a line that a credit line may follow: a sentence's stop, a bracket, a quote.
_LINE_ENDS = frozenset('.!?)]"”»:')


def _repeated_credit(text: str, close: int, registry: Registry) -> CreditSpan | None:
    """ "... (Jo Roe/Getty Images) Jo Roe/Getty Images": a bracketed credit closing at
    ``close`` printed again after it, as a page's credit line; the repeat is furniture."""
    tail = text[close + 2 :]
    start = close - len(tail)
    if start < 1 or text[start - 1] != "(" or text[start:close] != tail:
        return None
    span = _find_credit([text[: close + 1]], registry)
    return span._replace(trailer=tail) if span is not None and not span.after else None


# The most a tag after a bracketed credit takes, with the ") " before it: "File photo", "Radio
# Kestrel", "The Ashford Courier".
_TAG_AFTER_BRACKET = 42
_CHAIN_PARTS = pattern_cache.compile(r"\s*[/|]\s*|\s+via\s+")


def _bracket_then_tag(text: str, close: int, registry: Registry) -> CreditSpan | None:
    """ "... (Jo Roe/Radio Kestrel) Radio Kestrel", "... (Jo Roe/Reuters) File photo": a bracketed
    credit closing at ``close`` and after it, as a page prints a credit field or a flag, one of
    the credit's own organisations again or a role ("File photo", "Pool"). The words after the
    bracket are furniture; a role among them is the credit's."""
    tail = text[close + 2 :].strip()
    folded = tail.rstrip(".").casefold()
    if not folded or not folded.replace(" ", "").replace("-", "").isalpha():
        return None
    role = ROLE_WORDS.get(folded)
    opened = text.rfind("(", 0, close)
    if opened < 0:
        return None
    named = None if role is not None else registry.canonical(tail)
    if role is None and named is None and folded not in text[opened:close].casefold():
        return None  # the usual words after a bracket: not the credit's own organisation
    span = _find_credit([text[: close + 1]], registry)
    if span is None or span.after or not text[: close + 1].endswith(span.credit + ")"):
        return None
    if role is None:
        parts = {part.casefold() for part in _CHAIN_PARTS.split(span.credit) if part}
        parsed = span.reading.parsed
        own = folded in parts or folded == (parsed.agency or "").casefold()
        if not own and (named is None or named not in (parsed.agency, parsed.via)):
            return None
    if role is not None and role not in span.reading.parsed.roles:
        parsed = span.reading.parsed
        reading = replace(span.reading, parsed=replace(parsed, roles=(*parsed.roles, role)))
        span = span._replace(reading=reading)
    return span._replace(trailer=f"{tail} {span.trailer}".strip())


_WORDS_AND_SLASHES = pattern_cache.compile(r"[\s/]+")


def _doubled_agency(text: str, registry: Registry) -> CreditSpan | None:
    """ "... Photo: Jo Roe/Getty Images Getty Images": a known agency's name closing the credit
    printed again right after it, as a page's credit field; the repeat is furniture."""
    last = text[text.rfind(" ") + 1 :]
    if not last or text.count(last, max(0, len(text) - 80)) < 2:
        return None  # the usual caption: its last word is not printed twice near its end
    words = _WORDS_AND_SLASHES.split(text[-80:].strip())
    for size in range(1, _AGENCY_WORDS + 1):
        if len(words) <= 2 * size or words[-1] != words[-1 - size]:
            continue
        name = words[-size:]
        if words[-2 * size : -size] != name or words[-3 * size : -2 * size] == name:
            continue  # not printed twice, or three times and more: no credit field's repeat
        if registry.canonical(" ".join(name)) is None:
            continue
        repeat = " ".join(name)
        head = text[: len(text) - len(repeat)]
        if not head.endswith(" "):
            continue  # "Jo Roe/AFP/AFP": a chain's own segment
        span = _find_credit([head.rstrip()], registry)
        if span is not None and not span.after:
            return span._replace(trailer=f"{repeat} {span.trailer}".strip())
    return None


_LINE_WORDS = 4


def _page_words(line: str) -> bool:
    """A few words closing a caption's lines that are no sentence: "Read more", "Advertisement"."""
    return len(line.split()) <= _LINE_WORDS and not line.endswith((".", "!", "?", ")"))


def _middle_line_credit(lines: list[str], registry: Registry) -> CreditSpan | None:
    """A credit on a line of its own between the caption's lines: "<title>\nJo Roe/AP\n<caption>",
    "<caption>\nPhoto: Jo Roe/Bloomberg\nRead more" (the page's words after it are no
    description)."""
    for index in range(len(lines) - 2, 0, -1):
        line = lines[index]
        if len(line) > _MAX_CREDIT_ALONE or not is_credit(line, registry):
            continue
        reading = read_credit_in(line, registry)
        if not reading.parsed.licensor and not reading.parsed.photographer:
            continue
        before, after = " ".join(lines[:index]), " ".join(lines[index + 1 :])
        if _page_words(after):
            return CreditSpan(line, reading, before, "", after)
        return CreditSpan(line, reading, before, after)
    return None


def _join_broken_chains(lines: list[str]) -> list[str]:
    """ "Jo Roe/\nAFP via Getty Images": a chain broken after its slash is one line again."""
    if not any(line.endswith("/") for line in lines[:-1]):
        return lines  # most captions: nothing to join, nothing copied
    joined: list[str] = []
    for line in lines:
        if joined and joined[-1].endswith("/"):
            # "Jo Roe /" keeps its spaced slash: "Jo Roe / Reuters"
            joined[-1] += (" " if joined[-1].endswith(" /") else "") + line
        else:
            joined.append(line)
    return joined


def _names_its_organisation(reading: CreditReading) -> bool:
    """A person and an organisation that the registry knows or whose name says it is one."""
    parsed = reading.parsed
    return (
        reading.strength >= 2
        and parsed.photographer is not None
        and parsed.agency is not None
        and _named_organisations(parsed)
    )


def _with_label_line(
    lines: list[str], taken: int, span: CreditSpan, registry: Registry
) -> CreditSpan:
    """A credit on the last ``taken`` lines, with the label printed on the line before it:
    "Photo:\nJo Roe/Reuters" alone on its line, or closing the caption's line ("... in
    Leeds. Photo:\nJo Roe/Reuters"). The label is the credit's, no part of the description."""
    if len(lines) <= taken:
        return span
    previous = lines[-taken - 1]
    earlier = lines[: -taken - 1]
    if len(previous) <= _LONE_LABEL and is_label(previous):
        label = previous
    else:
        tokens = previous.split()
        size = _label_size(tokens)
        if not 0 < size < len(tokens) or tokens[-size - 1][-1:] not in _SENTENCE_ENDS:
            return span
        label = " ".join(tokens[-size:])
        earlier = [*earlier, " ".join(tokens[:-size])]
    credit = f"{label} {span.credit}"
    reading = read_credit_in(credit, registry)
    if reading.strength < span.reading.strength:
        return span
    return CreditSpan(credit, reading, " ".join(earlier), "")


_SENTENCE_ENDS = frozenset(".!?")


def _name_line_before(lines: list[str], last: str, registry: Registry) -> CreditSpan | None:
    """ "<caption>\nJo Roe\nReuters": a name and its agency on lines of their own."""
    name = lines[-2]
    if len(name.split()) > _LINE_WORDS or name.endswith(".") or not looks_like_person(name):
        return None
    reading = read_credit_in(f"{name}/{last}", registry)
    if not reading.parsed.photographer:
        return None
    credit = f"{name} {last}"
    parsed = replace(reading.parsed, credit=credit)
    return CreditSpan(credit, replace(reading, parsed=parsed), " ".join(lines[:-2]), "")


_INNER_BRACKET = pattern_cache.compile(r"\(([^()]{2,120})\)")
_INNER_LIMIT = 2000


def _inner_credit(text: str, registry: Registry) -> CreditSpan | None:
    """A credit inside the caption, with sentences after it: "... square. (AP Photo/Jo Roe) The
    protest ...", "... square (Photo: Jo Roe/AP). The protest ...", "... square. Photo: Jo
    Roe/AP. The protest ...". Only a credit's strong form: a label or a known agency."""
    window = text[:_INNER_LIMIT]
    if "(" in window:
        for match in _INNER_BRACKET.finditer(window):
            rest = window[match.end() :]
            after = rest.lstrip(" .")
            if match.start() == 0 or not after[:1].isalpha():
                continue
            inner = match.group(1).strip()
            # "... square (Photo: Jo Roe/AP) as the president speaks": a labelled credit set
            # inside a sentence, which goes on after it.
            if not after[:1].isupper() and not (
                rest[:1] == " " and ("/" in inner or starts_with_label(inner))
            ):
                continue
            span = _strong_inner(inner, registry)
            if span is None:
                continue
            before = window[: match.start()].rstrip()
            if rest.lstrip().startswith(".") and not before.endswith((".", "!", "?")):
                before += "."
            return span._replace(before=before, after=text[len(window) - len(after) :].strip())
    if ":" not in window and "©" not in window:
        return None
    for match in _TAIL_LABEL.finditer(window):
        if match.start() < 2 or window[match.start() - 2 : match.start()] not in (". ", "! ", "? "):
            continue
        end = window.find(". ", match.end())
        # "Photo: U.S. Fish and Wildlife Service. The bear ...": initials end no sentence.
        while end > 0 and _initial_before(window, end):
            end = window.find(". ", end + 2)
        if end < 0 or not window[end + 2 : end + 3].isupper():
            continue
        span = _strong_inner(window[match.start() : end].strip(), registry)
        if span is not None:
            before = window[: match.start()].rstrip()
            return span._replace(before=before, after=text[end + 2 :].strip())
    return None


def _initial_before(text: str, stop: int) -> bool:
    """Whether the word before the period at ``stop`` is an initial or initials ("J", "U.S")."""
    start = text.rfind(" ", 0, stop) + 1
    word = text[start:stop]
    return (len(word) == 1 and word.isupper()) or _INITIALS_WORD.fullmatch(word) is not None


def _strong_inner(credit: str, registry: Registry) -> CreditSpan | None:
    if len(credit.split()) > 10 or not _mostly_names(credit, _LABELLED_LOWER):
        return None
    reading = read_credit_in(credit, registry)
    parsed = reading.parsed
    if reading.strength < 3 or not (parsed.photographer or parsed.agency):
        return None
    if not (starts_with_label(credit) or (parsed.agency and not parsed.unknown_organisations)):
        return None
    return CreditSpan(credit, reading, "", "")


# Where a caption in a script without spaces ends and its credit starts: a full stop ("。"),
# a wire's equals sign ("＝共同"), or a label of such a script with its colon ("写真：", "撮影・").
_CJK_TAIL = 60
_CJK_CREDIT = 30


@lru_cache(maxsize=1)
def _cjk_label() -> re.Pattern[str]:
    labels = lexicon.longest_first(
        label for label in lexicon.credit_labels() if not label[:1].isascii()
    )
    return pattern_cache.compile(r"(?:" + "|".join(map(re.escape, labels)) + r")\s*[:：=/／・]")


def _cjk_tail_credit(text: str, registry: Registry) -> CreditSpan | None:
    """ "...参观。新华社记者 王鹏 摄", "...公園で＝共同", "...公園で 写真：ロイター"."""
    start = max(0, len(text) - _CJK_TAIL)
    stop = max(text.rfind("。", start), text.rfind("．", start))
    equals = text.rfind("＝", start)
    labels = list(_cjk_label().finditer(text, start))
    candidates = []
    if labels:
        label_at = _kind_start(text, labels[-1].start())
        candidates.append((label_at, label_at))
    if equals > stop:
        # "＝東京都内で2024年3月1日、共同": a place and date after the mark, the credit after
        # its last comma; they stay before it for the place and date readers.
        comma = text.rfind("、", equals)
        if comma > equals:
            candidates.append((comma, comma + 1))
        candidates.append((equals, equals + 1))
    if stop >= 0:
        candidates.append((stop + 1, stop + 1))
    for before_end, credit_start in candidates:
        credit = text[credit_start:].strip()
        if not credit or credit_start <= 0 or len(credit) > _CJK_CREDIT or credit.count(" ") > 3:
            continue
        reading = read_credit_in(credit, registry)
        if reading.strength >= 3 and (
            reading.parsed.agency
            or reading.parsed.photographer
            # a label before a source naming no one: "फोटो: सोशल मीडिया" (social media)
            or starts_with_label(credit)
        ):
            return CreditSpan(credit, reading, text[:before_end].rstrip(), "")
    return _cjk_spaced_tail_credit(text, registry) if stop < 0 else None


def _cjk_spaced_tail_credit(text: str, registry: Registry) -> CreditSpan | None:
    """ "图为市民在公园赏花 新华社记者 李贺 摄", "新华社记者 李贺 摄" alone, "首相官邸に入る首相
    時事通信フォト": a credit closing with its mark or a known agency after a space, or the
    whole caption, with no stop before it. It starts at the
    furthest space whose reading names a known agency ("在公园赏花 新华社记者" is none). A
    person alone is not taken: "홍길동 기자" alone on a line is an article's byline, and
    "그는 베테랑 기자" a sentence about a reporter."""
    last_word = text.rsplit(None, 1)[-1]
    if not has_cjk(last_word) or not (
        text.endswith(tuple(lexicon.credit_suffixes())) or registry.may_end_name(last_word)
    ):
        return None  # "... 時事通信フォト": a known agency alone after the space will do too
    # Not before a Latin stop either: "... 있다. /연합뉴스" is the chain reader's.
    stop = text.rfind(". ")
    tail_start = max(0, len(text) - _CJK_CREDIT, stop + 1)
    starts = [i + 1 for i in range(tail_start, len(text)) if text[i] == " "]
    if len(text) <= _CJK_CREDIT and stop < 0:
        starts.insert(0, 0)
    for at in starts:
        credit = text[at:].strip()
        reading = read_credit_in(credit, registry)
        parsed = reading.parsed
        if reading.strength >= 3 and parsed.agency and not parsed.unknown_organisations:
            return CreditSpan(credit, reading, text[:at].rstrip(), "")
    return None


_MOST_CREDIT_SENTENCES = 3


def _credit_sentences_before(span: CreditSpan, registry: Registry) -> CreditSpan:
    """A closing credit with labelled credit sentences before it: "... Oil on canvas. © Estate
    of Jo Roe. Courtesy Kestrel Gallery. Photo: Tom Hale". None of them is description; the
    first is the credit, and the later ones fill the fields it leaves empty."""
    for _ in range(_MOST_CREDIT_SENTENCES):
        before = span.before
        stop = max(before.rfind(". ", 0, len(before) - 1), before.rfind("? "), before.rfind("! "))
        while stop > 0 and before[stop] == "." and _initial_before(before, stop):
            # "Photo: J. Roe/AFP. File photo: ...": an initial's period ends no sentence
            stop = before.rfind(". ", 0, stop)
        if stop < 0:
            return span
        sentence = before[stop + 2 : -1].strip()
        # The label tests first: they read the first word, where counting the words splits all.
        if (
            not sentence
            or not _may_open_label(sentence)
            or len(sentence.split()) > 8
            or not starts_with_label(sentence)
        ):
            return span
        reading = read_credit_in(sentence, registry)
        if reading.strength < 3 or not (reading.parsed.agency or reading.parsed.photographer):
            return span
        span = CreditSpan(
            sentence, _filled_from(reading, span.reading), before[: stop + 1].rstrip(), ""
        )
    return span


@lru_cache(maxsize=1)
def _position_label() -> re.Pattern[str]:
    """Where a photo stands, as a label opening its credit: "Top:", "Bottom photo:", "Links:"."""

    def alternation(words: frozenset[str]) -> str:
        ordered = lexicon.longest_first(words)
        return "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in ordered)

    positions = alternation(lexicon.position_labels())
    labels = alternation(lexicon.credit_labels())
    return pattern_cache.compile(
        rf"(?:^|(?<=[.;,] ))(?:{positions})(?:\s+(?:{labels}))?\s?:\s*", re.IGNORECASE
    )


_POSITION_WINDOW = 160


@lru_cache(maxsize=1)
def _position_last_words() -> frozenset[str]:
    return frozenset(position.rsplit(None, 1)[-1] for position in lexicon.position_labels())


def _positioned_credits(span: CreditSpan, registry: Registry) -> CreditSpan:
    """Credits labelled by where each photo stands: "Top: Jo Roe/AP. Bottom: Li Wei/Reuters".
    One was found with its position ("Bottom:", or "Bottom" of "Bottom photo:") left before
    it; the first labelled one is the credit, the later ones fill the fields it leaves empty,
    and neither they nor their labels are description."""
    before = span.before
    text = f"{before} {span.credit}"
    window_start = max(0, len(before) - _POSITION_WINDOW)
    labels = list(_position_label().finditer(text, window_start))
    found_at = next(
        (at for at, label in enumerate(labels) if label.start() < len(before) <= label.end()), None
    )
    if found_at is None:
        return span
    # The found credit's label, or the label before it, opens the first credit; the next
    # label opens the one after it, if any.
    first = labels[found_at - 1] if found_at else labels[found_at]
    later = labels[found_at] if found_at else labels[found_at + 1] if len(labels) > 1 else None
    end = later.start() if later is not None else len(text)
    credit = text[first.start() : end].rstrip(" .;,")
    named = text[first.end() : end].rstrip(" .;,")
    if not named or len(named.split()) > 8:
        return span
    reading = read_credit_in(named, registry)
    if reading.strength < 2 and not reading.parsed.photographer:
        return span
    if later is not None:
        reading = _filled_from(reading, read_credit_in(text[later.end() :], registry))
    parsed = replace(reading.parsed, credit=credit)
    return CreditSpan(
        credit, replace(reading, parsed=parsed), text[: first.start()].rstrip(), "", span.trailer
    )


def _filled_from(first: CreditReading, second: CreditReading) -> CreditReading:
    """The first credit's reading with the fields it leaves empty taken from the second."""
    parsed, other = first.parsed, second.parsed
    return CreditReading(
        replace(
            parsed,
            photographer=parsed.photographer or other.photographer,
            agency=parsed.agency or other.agency,
            via=parsed.via or other.via,
        ),
        first.strength,
    )


def _credit_before_trailer(text: str, registry: Registry) -> CreditSpan | None:
    rest, trailer = _split_trailer(text, registry)
    if not trailer:
        return None
    span = _bare_trailing_credit(rest, registry)
    return span._replace(trailer=trailer) if span is not None else None


# Wire furniture set between "+++" marks: "+++ dpa-Bildfunk +++".
_PLUS_MARKS = pattern_cache.compile(r"\s*\+\+\+[^+]{0,60}\+\+\+\s*$")


def _posting_word_at(text: str, start: int) -> int:
    """Where the last capitalised posting word ("Published", "Posted", "Publié") after
    ``start`` begins; -1 if none."""
    found = -1
    for word in lexicon.posting_words():
        for mark in (" ", ": "):  # "Published 12 July 2023", "Published: 12/07/2023"
            at = text.rfind(" " + word.capitalize() + mark, start)
            if at > found:
                found = at + 1
    return found


def _split_trailer(text: str, registry: Registry) -> tuple[str, str]:
    """(text, furniture) when the text ends with page furniture after its last sentence or
    token (see ``_is_trailer``); (text, "") otherwise."""
    tail_start = max(0, len(text) - _TRAILER_MAX - 2)
    plus = _PLUS_MARKS.search(text, tail_start) if text.endswith("+++") else None
    if plus is not None:
        return text[: plus.start()].rstrip(), text[plus.start() :].strip()
    space = text.rfind(" ", tail_start)
    if space >= 0 and text[-1:].isalnum() and _PICTURE_ID.match(text[space + 1 :]):
        # "REUTERS/Jo Roe - RC2NIZ9W8Y7X": a spaced dash sets the picture's id apart
        rest = text[:space].rstrip()
        if rest[-2:-1] == " " and rest[-1:] in _SPACED_DASHES:
            rest = rest[:-2].rstrip()
        return rest, text[space + 1 :]
    stop = text.rfind(". ", tail_start)
    posted = _posting_word_at(text, tail_start) if text[-1:].isdigit() else -1
    if posted > stop + 1 and _is_trailer(text[posted:], registry):
        # "... Photo: Name/EFE Published 12 July 2023": a page's own date, with no stop before.
        return text[:posted].rstrip(), text[posted:].strip()
    if text[-1:].isdigit() or text[-1:] == ")":
        dated = _date_after_credit(text, tail_start, registry)
        if dated is not None:
            return dated
    if stop < 0:
        return text, ""
    # Only after what may end a credit: a chain ("Name/AP"), a bracket, an agency's name.
    before = text[max(0, stop - 60) : stop]
    last_word = before.rsplit(None, 1)[-1:]
    if not last_word or not (
        "/" in before
        or "|" in before
        or last_word[0][-1:] in ")]"
        or registry.may_end_name(last_word[0])
    ):
        return text, ""
    if _is_trailer(text[stop + 2 :], registry):
        return text[:stop].rstrip(), text[stop + 2 :].strip()
    return text, ""


_DATE_TAIL = 40
# What may stand between a credit and the date after it: "Name/AFP, 14 March 2023", "Name/AFP
# (2019)", "Name/AFP - March 14, 2023".
_DATE_SEPARATOR = " ,;-–—("
# What stands before a year alone that is no word of a name: "AP, 2019", "AP (2019)", "AP - 2019".
_YEAR_MARKS = frozenset(",;-–—(")


def _date_after_credit(text: str, start: int, registry: Registry) -> tuple[str, str] | None:
    """(text, date) when a date or a year alone closes ``text`` straight after what may end a
    credit, with no stop between: "... Photo: Name/AFP 14 March 2023", "... Name, AP, 2019".
    The caller reads the credit in the text without it; None otherwise."""
    tail_at = max(start, len(text) - _DATE_TAIL)
    tail = text[tail_at:]
    year = tail.rstrip(")")
    mentions = find_dates(tail)
    if mentions and mentions[-1].end >= len(year) and mentions[-1].has_year:
        date_at = mentions[-1].start
    elif year[-4:].isdigit() and not year[-5:-4].isdigit() and year[-5:-4] in _DATE_SEPARATOR:
        date_at = len(year) - 4  # a year alone: "Name, AP, 2019", "Name/AP (2019)"
    else:
        return None
    cut = tail_at + date_at
    while cut > 0 and text[cut - 1] in _DATE_SEPARATOR:
        cut -= 1
    if cut == tail_at + date_at or cut <= 0:
        return None  # no separator: the date is a word of the text before it
    before = text[max(0, cut - 60) : cut]
    if date_at == len(year) - 4 and not _YEAR_MARKS.intersection(text[cut : tail_at + date_at]):
        # A year after a space alone, not after a known name or a person's ("Name/AP 2019",
        # "Photo: Jo Roe 2019"), is a word of a name: "Photo by Jo Roe/Bird Photographer of
        # the Year 2022".
        last = before.rsplit("/", 1)[-1].rsplit(". ", 1)[-1].strip()
        if registry.canonical(last) is None and not looks_like_person(strip_prefixes(last)):
            return None
    last_word = before.rsplit(None, 1)[-1:]
    # Only after what may end a credit: a chain ("Name/AP"), a bracket, an agency's name, or
    # a labelled credit's name ("... Photo by Jo Roe, 2019").
    if not last_word or not (
        "/" in before
        or last_word[0][-1:] in ")]"
        or registry.may_end_name(last_word[0])
        or _labelled_sentence(text, cut)
    ):
        return None
    return text[:cut], text[cut:].strip(" ,;-–—()")


def _labelled_sentence(text: str, end: int) -> bool:
    """Whether the sentence that ends at ``end`` opens with a credit label ("Photo by"); a
    copyright's year ("© Jo Roe 2021") is the notice's, and no date of the photo."""
    start = max(text.rfind(". ", 0, end) + 2, text.rfind("(", 0, end) + 1, 0)
    opening = text[start:end].lstrip()
    if _COPYRIGHT_OPENING.match(opening) is not None:
        return False
    return _may_open_label(opening) and starts_with_label(opening)


_COPYRIGHT_OPENING = pattern_cache.compile(r"©|\(c\)|copyright", re.IGNORECASE)


# --- The questions every source reader asks: does this text end with, start with, or consist
# of a photo credit? Answered by the same reading the parser uses, with the same registry, so
# that a credit the parser reads is a credit every reader finds.

# A credit alone is short: a name or two, an organisation chain and a label.
_MAX_CREDIT_ALONE = 150
# Lower-case words a credit may hold besides name particles: "Name for The Times", "via".
_CREDIT_CONNECTORS = frozenset(["for", "via", "by", "and", "of", "the", "&", "photo", "file"])


_LABELLED_LOWER = 4


# A spaced dash or bar: "Protesters in Tehran - Jo Roe/AP", "Protest in Berlin | Jo Roe/AP".
_SPACED_DASH = pattern_cache.compile(r" [-–—|] ")


def _description_before_dash(text: str) -> bool:
    """A short description before a spaced dash that opens the credit: "The king arrives - Jo
    Roe/Getty Images", "Protesters in Tehran - Jane Roe/AP". A lower-case word that is no name
    particle or connector says the part is description, not a member of the credit's chain
    ("Jo Roe - WPA Pool/Getty Images", "Vincent van Gogh - Jo Roe/AP" stay whole)."""
    if " - " not in text and " – " not in text and " — " not in text and " | " not in text:
        return False
    dash = _SPACED_DASH.search(text)
    if dash is None:
        return False
    head = text[: dash.start()]
    return not starts_with_label(head) and not _mostly_names(head, 0)


def _mostly_names(text: str, most: int = 2) -> bool:
    """No sentence in ``text``: at most ``most`` lower-case words that are not particles or
    connectors ("Photo montage by Salon" passes, "Reuters contributed to this report" not)."""
    lower = 0
    for raw in text.split():
        word = raw.strip("().,;:'\"’“”[]")
        if not word or not word[0].isalpha() or word[0].isupper():
            continue
        folded = word.casefold()
        if folded in particles() or folded in _CREDIT_CONNECTORS or folded in client_words():
            continue
        lower += 1
        if lower > most:
            return False
    return True


def _unbracket(text: str) -> str:
    body = text.strip().rstrip(".").strip()
    if body[:1] in "([" and body[-1:] in ")]":
        body = body[1:-1].strip()
    return body


def is_credit(text: str, registry: Registry | None = None) -> bool:
    """Does ``text`` on its own read as a photo credit (brackets and a label allowed)?"""
    body = _unbracket(text)
    if not body or len(body) > _MAX_CREDIT_ALONE or _has_sentence_stop(body + " "):
        return False
    # After a credit label ("©", "Photo:") an organisation may be written in plain words
    # ("© AFP / HO / Iranian supreme leader's website").
    if not _mostly_names(body, _LABELLED_LOWER if starts_with_label(body) else 2):
        return False
    reading = read_credit_in(body, current_registry() if registry is None else registry)
    parsed = reading.parsed
    if reading.strength >= 3:
        if not (parsed.photographer or parsed.agency or parsed.via) and is_label(body):
            return False  # "Image" alone above a caption: a label naming no one
        return all(len(name.split()) <= 6 for name in parsed.unknown_organisations)
    if reading.strength == 2:
        return bool(parsed.via or (parsed.photographer and parsed.agency))
    return False


# Labels that open a credit at the end of a caption, glued to its last word or after words
# that are no sentence: "...überflutet.Foto: dpa", "...museum Photo: IC", "...。摄影Name",
# "... cm) © Estate. Photo: Name. Courtesy Gallery."
_TAIL_LABEL = pattern_cache.compile(
    r"©|\b(?:photo(?:graph)?s?|images?|pictures?|bild|fotos?|фото|credits?|photo credit|"
    r"image credit)\s*[:：]|\bcourtesy\b|(?-i:\bCopyright\b|\bCOPYRIGHT\b)|摄影|攝影|写真[:：]|تصوير",
    re.IGNORECASE,
)
# "... dansante. Photo Benoît DARCQ": a label without a colon, then a name, after a sentence.
# The stop and space before the label are matched, not looked behind for: a regex that opens
# with one character class is searched for quickly; the label starts two characters in.
_BARE_PHOTO_LABEL = pattern_cache.compile(r"[.!?] (?:photo|foto)\s+(?=[^\W\d_])", re.IGNORECASE)
_GLUED_STOP = pattern_cache.compile(r"[.!?。](?=[A-ZÀ-Þ][a-zà-ÿ])")
_TAIL_WINDOW = 250
_TAIL_SENTENCE_WORDS = 8
_DASHES = ("-", "–", "—")
_DIGIT = pattern_cache.compile(r"\d")
# Words a description never ends with: a credit split off after one cut a phrase in two.
_OPEN_WORDS = frozenset(["the", "a", "an", "of", "in", "on", "at", "to", "for", "from", "with"])


# find_credit asks for the tail last, and split_credit asks again of the same line when
# find_credit found no credit (a title, a line with a label word in it): the second asking is
# a look-up. A few entries suffice: the two askings come one right after the other.
@lru_cache(maxsize=16)
def _credit_tail(text: str, registry: Registry) -> CreditSpan | None:
    """The credit at the end of ``text`` when it opens with a label, wherever the label stands
    (every sentence from the label on is a short credit: "© Estate. Photo: Name. Courtesy X"),
    or when it is glued to the last sentence ("...June 14.Name—Agency")."""
    start = max(0, len(text) - _TAIL_WINDOW)
    window = text[start:]
    # Every label read here holds a colon, "©", "courtesy" or "Copyright", or is written in
    # another script.
    labelled = (
        ":" in window
        or "©" in window
        or "ourtesy" in window
        or "OPYRIGHT" in window
        or "opyright" in window
        or not window.isascii()
    )
    for match in _TAIL_LABEL.finditer(window) if labelled else ():
        label_at = _kind_start(window, match.start())  # "... Drone photo: Name"
        tail = window[label_at:].strip()
        sentences = [part for part in tail.rstrip(".").split(". ") if part]
        if not sentences or not all(
            len(part.split()) <= _TAIL_SENTENCE_WORDS and _mostly_names(part) for part in sentences
        ):
            continue
        if any(
            index and not (starts_with_label(part) or _TAIL_LABEL.match(part))
            for index, part in enumerate(sentences)
        ):
            continue
        credit = tail.rstrip(".")
        content = strip_prefixes(credit)
        if match.group().casefold() == "copyright" and not _names_after_copyright(content):
            continue
        reading = read_credit_in(credit, registry)
        before = text[: start + label_at].rstrip()
        # After the label a name or an organisation: "Foto: dpa", not "Das Foto: ein Symbol".
        named = content[:1].isupper() or not content[:1].islower()
        if not named and content.startswith("the "):
            named = content[4:5].isupper()  # "Courtesy of the Kestrel Historical Society"
        if (
            reading.strength >= 3
            and len(before) > 1
            and len(content) > 1
            and (named or read_credit_in(content, registry).strength >= 3)
        ):
            return _labelled_opening(CreditSpan(credit, reading, before, ""), registry)
    # "... on June 14.Ali Jadallah—Anadolu/Getty Images": a credit glued to the last sentence.
    for match in _GLUED_STOP.finditer(window):
        tail = window[match.end() :].strip()
        if len(tail) <= _MAX_CREDIT_ALONE and is_credit(tail, registry):
            before = text[: start + match.end()].rstrip()
            return CreditSpan(tail, read_credit_in(tail, registry), before, "")
    bare = _BARE_PHOTO_LABEL.search(window)
    if bare is not None:
        name = window[bare.end() :].strip()
        if len(name.split()) <= 4 and looks_like_person(name.title()):
            tail = window[bare.start() + 2 :].strip()
            before = text[: start + bare.start() + 2].rstrip()
            return CreditSpan(tail, read_credit_in(tail, registry), before, "")
    return None


_OPENING_WORDS = 6


def _names_after_copyright(content: str) -> bool:
    """Whether the words after a bare "Copyright" name its owner, as a credit prints them:
    capitalised words and a name's connectors ("Copyright Radio Kestrel", "Copyright University
    of Eastbrook"), not a sentence's words ("the US Copyright Office in Washington") nor the
    body the word names with one more ("Copyright Office")."""
    words = content.split()
    connectors = lexicon.organisation_connectors()
    if len(words) == 1 and words[0].casefold() in lexicon.organisation_words():
        return False
    return all(word[:1].isupper() or word.casefold() in connectors for word in words)


def _labelled_opening(span: CreditSpan, registry: Registry) -> CreditSpan:
    """The credit with the labelled name that opens its sentence: "Photo by Jo Roe, courtesy
    of Kestrel Museum" was found from "courtesy" on."""
    before = span.before
    if not before.endswith(","):
        return span
    stop = max(before.rfind(". "), before.rfind("? "), before.rfind("! "))
    opening = before[stop + 2 :] if stop >= 0 else before
    if (
        stop < 0
        or len(opening.split()) > _OPENING_WORDS
        or not _may_open_label(opening)
        or not starts_with_label(opening)
    ):
        return span
    credit = f"{opening} {span.credit}"
    reading = read_credit_in(credit, registry)
    if not reading.parsed.photographer:
        return span
    return CreditSpan(credit, reading, before[: stop + 1], "")


# Marks of a credit's forms in ASCII text: a chain's or a list's separators, brackets, a
# handle, markup entities, a trailer ("+++", "***"), an underscore (a word character to the
# registry's folding). A character outside ASCII (a copyright sign, a dash, a label in
# another script) lets a text through unread.
_CREDIT_CHARS = pattern_cache.compile(r"[/|,\-()\[\]{}@&+*#_]")
# The credit reader's test for a platform's user ("Flickr user joroe").
_USER = " user "
# ASCII bytes to words as the registry folds them: letters in lower case, digits kept, every
# other byte a space.
_ASCII_WORDS = bytes(
    c + 32 if 65 <= c <= 90 else c if 48 <= c <= 57 or 97 <= c <= 122 else 32 for c in range(256)
)


# Phrases by their first word, each as the set of its other words.
_Phrases = dict[str, tuple[frozenset[str], ...]]


def _by_first_word(phrases: set[tuple[str, ...]]) -> _Phrases:
    index: dict[str, list[frozenset[str]]] = {}
    for words in phrases:
        if words:
            index.setdefault(words[0], []).append(frozenset(words[1:]))
    return {first: tuple(rests) for first, rests in index.items()}


@lru_cache(maxsize=1)
def _credit_phrases() -> _Phrases:
    """The folded words of every label, client word, generic source and role, with the plural
    forms the label regex allows: a credit without marks holds all the words of one of them
    (or of a known organisation's name)."""
    phrases: set[tuple[str, ...]] = set()
    for phrase in (
        lexicon.credit_labels()
        | lexicon.credit_label_words()
        | lexicon.credit_marks()
        | lexicon.client_words()
        | lexicon.generic_sources()
        | frozenset(ROLE_WORDS)
    ):
        words = tuple(fold(phrase).split())
        if words:
            phrases.update((words, (*words[:-1], f"{words[-1]}s"), (*words[:-1], f"{words[-1]}es")))
    return _by_first_word(phrases)


@lru_cache(maxsize=16)
def _name_phrases(registry: Registry) -> _Phrases:
    """The words of every known organisation's key, by its first word."""
    return _by_first_word({tuple(key.split()) for key in registry.keys})


def _holds_phrase(words: set[str], phrases: _Phrases) -> bool:
    return any(rest <= words for word in words for rest in phrases.get(word, ()))


# A line without marks that ends in a word no data file holds, in lower case, with more
# lower-case words than a credit's names hold, ends as a description does ("Story 12: Farmers
# watch a parade"): no credit the reader accepts ends so, where no stop, note, teaser or time
# lets a tail follow the credit.
# Marks after which the reader may find a credit before a tail it strips (a sentence, a
# teaser's ">"), so the last words tell nothing about the credit's end.
_TAIL_MARKS = frozenset(".!?>")


@lru_cache(maxsize=16)
def _known_words(registry: Registry) -> frozenset[str]:
    """The words any of the credit reader's tests may know: every data file's, every known
    organisation's, every role's and the reader's own small words."""
    words = set(lexicon.ascii_data_words())
    for phrase in (*registry.keys, *ROLE_WORDS, *_OPEN_WORDS, *_CREDIT_CONNECTORS):
        words.update(phrase.casefold().split())
    return frozenset(words)


@lru_cache(maxsize=1)
def _label_words() -> frozenset[str]:
    """The folded one-word labels ("photo", "story", "bild") and their plural forms."""
    words = {fold(label) for label in lexicon.credit_labels() | lexicon.credit_label_words()}
    return frozenset(
        form
        for word in words
        if word and " " not in word
        for form in (word, f"{word}s", f"{word}es")
    )


@lru_cache(maxsize=1)
def _label_joiners() -> frozenset[str]:
    """The words that make a label word a label before any words ("Photo by", "Foto von",
    "Cortesía de"), folded."""
    joiners = {"by"} | lexicon.by_words()
    for phrase in lexicon.courtesy_words():
        joiners.update(fold(phrase).split())
    return frozenset(joiners)


# A joiner this many words after a label word may make it a label ("Photos and text by").
_JOINED_LABEL_WORDS = 3


def _joined_label(text: str) -> bool:
    """Whether a joiner ("by", "von", "cortesía de") follows a label word closely enough to
    make it a label before any words ("Photo by jo roe", "Photo illustration by ..."): "Story
    9: Crowds look at a crater left by a flood" has its "by" far from its label."""
    joiners = _label_joiners()
    tokens = text.encode("ascii").translate(_ASCII_WORDS).decode("ascii").split()
    if joiners.isdisjoint(tokens):
        return False
    labels = _label_words()
    return any(
        token in joiners and not labels.isdisjoint(tokens[max(0, at - _JOINED_LABEL_WORDS) : at])
        for at, token in enumerate(tokens)
    )


def _label_words_only(words: set[str], phrases: _Phrases) -> bool:
    """Whether every phrase ``words`` hold is one label word alone: no phrase of two words, no
    source, client or role (a courtesy line may end in any words)."""
    labels = _label_words()
    return all(
        not rest and word in labels
        for word in words
        for rest in phrases.get(word, ())
        if rest <= words
    )


def _unknown_lower_word(word: str, known: frozenset[str]) -> bool:
    return (
        word.isalpha()
        and word.islower()
        and word not in known
        # the plural forms the phrase test allows
        and word.removesuffix("s") not in known
        and word.removesuffix("es") not in known
        and word not in lexicon.organisation_words()  # a compound: "stadtwerke"
    )


def _runs_on_as_description(text: str, registry: Registry) -> bool:
    """Whether ``text`` (ASCII, none of a credit's marks) ends as running words: its last
    word is lower case and known to no data file, it holds more lower-case words than a
    credit's names, no joiner makes its label word a label, and nothing lets a credit stand
    before a tail the reader strips (a stop, a teaser's mark, a label's colon, a note, a
    time, a link). The phrase test lets a title through on one label word ("Story 12: ...");
    this rules it out in a few µs, where the finders take some 100 µs to say "no credit"."""
    # the last word first: it lets most lines through ("... the week in pictures")
    last = text[text.rfind(" ") + 1 :]
    if not _unknown_lower_word(last, _known_words(registry)):
        return False
    if not _TAIL_MARKS.isdisjoint(text) or _joined_label(text):
        return False
    if _mostly_names(text):
        return False  # "Kim Soto of the Kestrel dragon": a name and an organisation's
    # A colon after a counter ("Story 12:") labels nothing; after a word it may be a
    # credit's label or a teaser's.
    colon = text.find(":")
    while colon >= 0:
        if not text[colon - 1 : colon].isdigit():
            return False
        colon = text.find(":", colon + 1)
    lowered = lower(text)
    return (
        # "Copyright" opens a credit whatever words follow
        "copyright" not in lowered
        and "www" not in lowered
        and "http" not in lowered
        and _TIME_MARK.search(text) is None
        and _note_words().isdisjoint(lowered.split())
    )


def may_end_with_credit(text: str, registry: Registry) -> bool:
    """False only for a text ``split_credit`` finds no credit in: ASCII, with none of a credit's
    marks, not all the words of any label, client, role, generic source or known
    organisation, no "via", licence or platform user (a title, a line of running text). Every
    credit the reader accepts reads with strength 2 or more, which takes one of these, or two
    segments (a separator between them)."""
    # A caption's credit most often holds a bracket, a comma or a slash: looked for with
    # ``in`` (a scan of the bytes) before the regex (a test of each character for its class).
    if not text.isascii() or "(" in text or "/" in text or "," in text:
        return True
    if _CREDIT_CHARS.search(text) is not None:
        return True
    words = set(text.encode("ascii").translate(_ASCII_WORDS).decode("ascii").split())
    phrases = _credit_phrases()
    if _holds_phrase(words, phrases) and not (
        # a label word alone ("Story 12: ..."), in a line that runs on as a description
        _label_words_only(words, phrases) and _runs_on_as_description(text, registry)
    ):
        return True
    if _holds_phrase(words, _name_phrases(registry)):
        return True
    # The credit reader's own patterns: a distributor after "via", a licence, "Site user name".
    # Each regex tries every position of the line: the letters it must match are looked for
    # first.
    lowered = lower(text)
    return (
        (
            any(word in lowered for word in lexicon.via_words())
            and via_pattern().search(text) is not None
        )
        or (("cc" in lowered or "creative" in lowered) and LICENCE.search(text) is not None)
        or _USER in text
    )


# 8,192 entries hold the hot wire captions; more held tens of MB in a reader worker.
@lru_cache(maxsize=8192)
def _split_credit(text: str, registry: Registry) -> tuple[str, str] | None:
    if not may_end_with_credit(text, registry):
        return None  # a title or a line of running text: none of a credit's marks or words
    return _read_split(text, registry)


# find_credit's span of each line split_credit read lately, for the caption parser to take
# over (``credit_handoff``): the text reader reads every caption's credit before the parser
# parses the caption, often in another process. The reader hands them on right after each
# article, so an article's lines suffice: 1,024 hold the longest pages (each entry keeps the
# text before the credit, some 400 bytes: about 0.4 MB per process).
recent_spans: dict[str, tuple[Registry, CreditSpan | None]] = {}
_RECENT_SPANS = 1024


def _read_split(text: str, registry: Registry) -> tuple[str, str] | None:
    span = find_credit([text], registry)
    if len(recent_spans) >= _RECENT_SPANS:
        recent_spans.clear()
    recent_spans[text] = (registry, span)
    # A credit alone with no mark find_credit looks for ("Name, USA TODAY", "Name, AP"); a dash
    # before it makes it a story's sign-off ("– Reuters"), and digits a place and date line
    # ("Place, Country, 22 February" reads as a name and an organisation too).
    if (
        span is None
        and len(text) <= _MAX_CREDIT_ALONE
        and not text.startswith(_DASHES)
        and _DIGIT.search(text) is None
        and is_credit(text, registry)
    ):
        return "", text
    # A bare name after a sentence is a credit only inside a caption; in running text it is
    # as likely the end of a paragraph, so a reader needs a credit's form (strength 2 or more).
    if span is None or span.after or not span.credit or span.reading.strength < 2:
        # A credit in a form find_credit leaves to readers: labelled or glued at the end.
        tail = _credit_tail(text, registry)
        return None if tail is None else (tail.before, tail.credit)
    credit, before = span.credit, span.before
    if not before and not is_credit(credit, registry):
        return None
    before = before.rstrip()
    last = before.rsplit(None, 1)[-1:]
    if last and last[0].casefold() in _OPEN_WORDS:
        return None  # "... Happenings in the South Bay/Peninsula": the chain is the sentence's
    return before, credit


def split_credit(text: str, registry: Registry | None = None) -> tuple[str, str] | None:
    """(text before, credit) when ``text`` ends with a photo credit; ("", credit) when it is
    only a credit. The credit comes without its brackets, with its label.

    Body sentences that name an agency ("Reuters contributed to this report.", "BAGHDAD (AP)
    — ...") are not credits: a credit closes the text in a credit's form.
    """
    text = text.strip()
    if not text:
        return None
    return _split_credit(text, current_registry() if registry is None else registry)


def leading_credit(text: str, registry: Registry | None = None) -> tuple[str, str] | None:
    """(credit, text after) when ``text`` opens with a photo credit ("© Name / AFP Caption...")."""
    span = _leading_credit(text.strip(), current_registry() if registry is None else registry)
    if span is None or not span.after:
        return None
    return span.credit, span.after


def strip_label(credit: str) -> str:
    """The credit without brackets and label: "(Credit: AP/Jane Doe)" gives "AP/Jane Doe"."""
    body = credit.strip()
    if body[:1] in "([" and body[-1:] in ")]":
        body = body[1:-1].strip()
    rest = strip_prefixes(body)
    return rest or body
