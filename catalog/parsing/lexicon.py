"""The parser's knowledge of words, loaded from data files: months, labels, names, organisations.

Like dateparser's per-language files and nameparser's config sets, what a language writes for
a month or a credit label, which small words sit inside people's names and which words mark an
organisation live in ``data/`` (``languages/*.toml``, ``names.toml``, ``organisations.toml``);
the code that uses them is the same for every language. Adding a language adds a file.

Every loader reads its file on first use and caches the result, so importing the parser reads
nothing; ``data_files`` reads each as parsed by an earlier run while its bytes are the same. Given names come from the ``gender-guesser`` package's name dictionary (about 61,000
given names from 54 countries): it is read on the first question about a name and costs
about 10 MB.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, NamedTuple

from catalog.parsing import pattern_cache
from catalog.parsing.characters import without_accents
from catalog.parsing.data_files import read_toml

_DATA = "catalog.parsing"


class LexiconError(ValueError):
    """A data file of the parser does not follow its schema."""


@dataclass(frozen=True)
class Language:
    """One language's file: see ``data/languages/en.toml`` for what each field means."""

    code: str
    name: str
    months: tuple[tuple[str, ...], ...]
    date_joiners: tuple[str, ...]
    credit_labels: tuple[str, ...]
    credit_label_words: tuple[str, ...]
    year_marks: tuple[str, ...]
    posting_words: tuple[str, ...]
    place_prepositions: tuple[str, ...]
    date_connectors: tuple[str, ...]
    location_labels: tuple[str, ...]
    date_labels: tuple[str, ...]
    caption_labels: tuple[str, ...]
    place_of_words: tuple[str, ...]
    place_descriptors: tuple[str, ...]
    place_articles: tuple[str, ...]
    credit_suffixes: tuple[str, ...]
    credit_marks: tuple[str, ...]
    photographer_labels: tuple[str, ...]
    provider_suffixes: tuple[str, ...]
    label_positions: tuple[str, ...]
    position_labels: tuple[str, ...]
    label_kinds: tuple[str, ...]
    determiners: tuple[str, ...]
    reporter_words: tuple[str, ...]
    client_words: tuple[str, ...]
    staff_of_words: tuple[str, ...]
    byline_words: tuple[str, ...]
    by_words: tuple[str, ...]
    courtesy_words: tuple[str, ...]
    via_words: tuple[str, ...]
    page_furniture: tuple[str, ...]
    counter_words: tuple[str, ...]
    from_place_words: tuple[str, ...]
    from_prepositions: tuple[str, ...]
    restriction_marks: tuple[str, ...]
    teaser_labels: tuple[str, ...] = ()
    video_words: tuple[str, ...] = ()
    city_part_nouns: tuple[str, ...] = ()
    neighbourhood_nouns: tuple[str, ...] = ()
    adjective_endings: tuple[str, ...] = ()
    between_words: tuple[str, ...] = ()
    versus_words: tuple[str, ...] = ()
    settlement_nouns: tuple[str, ...] = ()
    region_nouns: tuple[str, ...] = ()
    and_words: tuple[str, ...] = ()
    landmark_nouns: tuple[str, ...] = ()
    relative_tails: tuple[str, ...] = ()
    year_parts: tuple[str, ...] = ()
    year_suffixes: tuple[str, ...] = ()
    view_phrases: tuple[str, ...] = ()
    case_suffixes: tuple[str, ...] = ()
    abbreviations: tuple[str, ...] = ()
    page_controls: tuple[str, ...] = ()
    counter_labels: tuple[str, ...] = ()
    cut_marks: tuple[str, ...] = ()
    caption_toggles: tuple[str, ...] = ()
    note_labels: tuple[str, ...] = ()
    weekdays: tuple[str, ...] = ()
    in_words: tuple[str, ...] = ()
    function_words: tuple[str, ...] = ()
    genitive_descriptors: tuple[str, ...] = ()
    place_endings: tuple[tuple[str, str], ...] = ()
    case_endings: tuple[tuple[str, str], ...] = ()
    inflection_cues: tuple[str, ...] = ()
    capitalises_nouns: bool = False
    # Dates written month first, as English does: Tagalog "Oktubre 31, 2022".
    writes_month_first: bool = False


def _strings(data: dict[str, Any], key: str, origin: str, required: bool = True) -> tuple[str, ...]:
    value = data.get(key)
    if value is None and not required:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise LexiconError(f"{origin}: {key!r} must be a list of non-empty strings")
    return tuple(value)


def _endings(data: dict[str, Any], key: str, origin: str) -> tuple[tuple[str, str], ...]:
    """A list of [ending, base ending] pairs ("owie" -> "ów"): an empty base ending is allowed,
    an empty ending is not."""
    value = data.get(key, [])
    if not isinstance(value, list) or not all(
        isinstance(pair, list)
        and len(pair) == 2
        and all(isinstance(part, str) for part in pair)
        and pair[0].strip()
        for pair in value
    ):
        raise LexiconError(f"{origin}: {key!r} must be a list of [ending, base ending] pairs")
    return tuple((ending, base) for ending, base in value)


def _language(code: str, data: dict[str, Any]) -> Language:
    origin = f"languages/{code}.toml"
    name = data.get("name")
    if not isinstance(name, str) or not name:
        raise LexiconError(f"{origin}: 'name' must be a string")
    months = data.get("months")
    if not isinstance(months, list) or len(months) not in (0, 12):
        raise LexiconError(f"{origin}: 'months' must list the twelve months (or none)")
    for forms in months:
        if not isinstance(forms, list) or not forms or not all(isinstance(f, str) for f in forms):
            raise LexiconError(f"{origin}: each month is a non-empty list of strings")
    marks = _strings(data, "year_marks", origin, required=False)
    if marks and len(marks) != 3:
        raise LexiconError(f"{origin}: 'year_marks' is three marks: year, month, day")
    if (data.get("place_endings") or data.get("case_endings")) and not data.get("inflection_cues"):
        raise LexiconError(f"{origin}: a language with place endings needs 'inflection_cues'")
    return Language(
        code=code,
        name=name,
        months=tuple(tuple(forms) for forms in months),
        date_joiners=_strings(data, "date_joiners", origin),
        credit_labels=_strings(data, "credit_labels", origin),
        credit_label_words=_strings(data, "credit_label_words", origin),
        year_marks=marks,
        posting_words=_strings(data, "posting_words", origin, required=False),
        place_prepositions=_strings(data, "place_prepositions", origin, required=False),
        date_connectors=_strings(data, "date_connectors", origin, required=False),
        location_labels=_strings(data, "location_labels", origin, required=False),
        date_labels=_strings(data, "date_labels", origin, required=False),
        caption_labels=_strings(data, "caption_labels", origin, required=False),
        place_of_words=_strings(data, "place_of_words", origin, required=False),
        place_descriptors=_strings(data, "place_descriptors", origin, required=False),
        place_articles=_strings(data, "place_articles", origin, required=False),
        credit_suffixes=_strings(data, "credit_suffixes", origin, required=False),
        credit_marks=_strings(data, "credit_marks", origin, required=False),
        photographer_labels=_strings(data, "photographer_labels", origin, required=False),
        provider_suffixes=_strings(data, "provider_suffixes", origin, required=False),
        label_positions=_strings(data, "label_positions", origin, required=False),
        position_labels=_strings(data, "position_labels", origin, required=False),
        label_kinds=_strings(data, "label_kinds", origin, required=False),
        determiners=_strings(data, "determiners", origin, required=False),
        reporter_words=_strings(data, "reporter_words", origin, required=False),
        client_words=_strings(data, "client_words", origin, required=False),
        staff_of_words=_strings(data, "staff_of_words", origin, required=False),
        byline_words=_strings(data, "byline_words", origin, required=False),
        by_words=_strings(data, "by_words", origin, required=False),
        courtesy_words=_strings(data, "courtesy_words", origin, required=False),
        via_words=_strings(data, "via_words", origin, required=False),
        page_furniture=_strings(data, "page_furniture", origin, required=False),
        counter_words=_strings(data, "counter_words", origin, required=False),
        from_place_words=_strings(data, "from_place_words", origin, required=False),
        from_prepositions=_strings(data, "from_prepositions", origin, required=False),
        restriction_marks=_strings(data, "restriction_marks", origin, required=False),
        teaser_labels=_strings(data, "teaser_labels", origin, required=False),
        video_words=_strings(data, "video_words", origin, required=False),
        city_part_nouns=_strings(data, "city_part_nouns", origin, required=False),
        neighbourhood_nouns=_strings(data, "neighbourhood_nouns", origin, required=False),
        adjective_endings=_strings(data, "adjective_endings", origin, required=False),
        between_words=_strings(data, "between_words", origin, required=False),
        versus_words=_strings(data, "versus_words", origin, required=False),
        settlement_nouns=_strings(data, "settlement_nouns", origin, required=False),
        region_nouns=_strings(data, "region_nouns", origin, required=False),
        and_words=_strings(data, "and_words", origin, required=False),
        landmark_nouns=_strings(data, "landmark_nouns", origin, required=False),
        relative_tails=_strings(data, "relative_tails", origin, required=False),
        year_parts=_strings(data, "year_parts", origin, required=False),
        year_suffixes=_strings(data, "year_suffixes", origin, required=False),
        view_phrases=_strings(data, "view_phrases", origin, required=False),
        case_suffixes=_strings(data, "case_suffixes", origin, required=False),
        abbreviations=_strings(data, "abbreviations", origin, required=False),
        page_controls=_strings(data, "page_controls", origin, required=False),
        counter_labels=_strings(data, "counter_labels", origin, required=False),
        cut_marks=_strings(data, "cut_marks", origin, required=False),
        caption_toggles=_strings(data, "caption_toggles", origin, required=False),
        note_labels=_strings(data, "note_labels", origin, required=False),
        weekdays=_strings(data, "weekdays", origin, required=False),
        in_words=_strings(data, "in_words", origin, required=False),
        function_words=_strings(data, "function_words", origin, required=False),
        genitive_descriptors=_strings(data, "genitive_descriptors", origin, required=False),
        place_endings=_endings(data, "place_endings", origin),
        case_endings=_endings(data, "case_endings", origin),
        inflection_cues=_strings(data, "inflection_cues", origin, required=False),
        capitalises_nouns=_flag(data, "capitalises_nouns", origin),
        writes_month_first=_flag(data, "writes_month_first", origin),
    )


def _flag(data: dict[str, Any], key: str, origin: str) -> bool:
    value = data.get(key, False)
    if not isinstance(value, bool):
        raise LexiconError(f"{origin}: {key!r} must be true or false")
    return value


@cache
def languages() -> tuple[Language, ...]:
    """Every language file, English first."""
    folder = resources.files(_DATA).joinpath("data/languages")
    codes = sorted(
        entry.name.removesuffix(".toml")
        for entry in folder.iterdir()
        if entry.name.endswith(".toml")
    )
    codes.sort(key=lambda code: code != "en")
    return tuple(_language(code, read_toml(f"data/languages/{code}.toml")) for code in codes)


def longest_first(words: Iterable[str]) -> list[str]:
    """``words`` longest first, words of one length in alphabetical order: an alternation of
    a set's words tried so matches the longest, and is the same text in every process (a set's
    own order changes with the hash seed), so that ``pattern_cache`` finds it compiled."""
    return sorted(words, key=lambda word: (-len(word), word))


def first_letter_alternation(words: Iterable[str], ignore_case: bool = False) -> str:
    """The regex of an alternation of ``words``, grouped by first letter in the order given:
    "in|im|near" gives "i(?:n|m)|n(?:ear)", the same words tried in the same order. Each branch
    of an alternation is entered in turn (one that ignores case, or follows a lookbehind, finds
    no quick way past a branch whose first letter differs): grouped, one branch per letter.
    ``ignore_case``: for a pattern that ignores case, "Buy|buy" are one group ("B(?:uy|uy)")."""
    groups: dict[str, tuple[str, list[str]]] = {}
    for word in words:
        key = word[:1].casefold() if ignore_case else word[:1]
        groups.setdefault(key, (word[:1], []))[1].append(re.escape(word[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.values())


def word_start_alternation(words: Iterable[str]) -> str:
    r"""``first_letter_alternation`` of words that each open a word (as after "\b"): "News|Press"
    gives "N(?<!\wN)(?:ews)|P(?<!\wP)(?:ress)". A pattern that opens with "\b" or a look-behind
    is tried at every character of the text searched; one whose every branch opens with a
    letter is tried only where the text holds one of those letters. For words that open with a
    capital (a few places in a sentence), not for lower-case words, whose letters are
    everywhere, nor in a pattern that ignores case (whose letters are no quick test)."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[:1], []).append(re.escape(word[1:]))
    return "|".join(
        f"{re.escape(first)}(?<!\\w{re.escape(first)})(?:{'|'.join(rests)})"
        for first, rests in groups.items()
    )


def _every_language(field: str, casefold: bool = False) -> frozenset[str]:
    """The words of one field of every language file, as written or casefolded."""
    words = (word for language in languages() for word in getattr(language, field))
    return frozenset(word.casefold() for word in words) if casefold else frozenset(words)


@cache
def month_numbers() -> dict[str, int]:
    """Every written month, casefolded (with and without a final period), to its number."""
    table: dict[str, int] = {}
    for language in languages():
        for number, forms in enumerate(language.months, start=1):
            for form in forms:
                for key in {form.casefold(), form.casefold().rstrip(".")}:
                    if table.setdefault(key, number) != number:
                        raise LexiconError(
                            f"languages/{language.code}.toml: {form!r} is month {number} "
                            f"here and month {table[key]} in another language"
                        )
    return table


@cache
def month_forms(english: bool) -> tuple[str, ...]:
    """The written months of English (``english=True``) or of every other language."""
    forms: list[str] = []
    for language in languages():
        if (language.code == "en") == english:
            forms.extend(form for month in language.months for form in month)
    return tuple(dict.fromkeys(forms))


@cache
def month_first_forms() -> tuple[str, ...]:
    """The written months of the other languages that write a date month first ("Oktubre 31,
    2022"), as English does."""
    forms = (
        form
        for language in languages()
        if language.code != "en" and language.writes_month_first
        for month in language.months
        for form in month
    )
    return tuple(dict.fromkeys(forms))


@cache
def english_month_words() -> frozenset[str]:
    """English months casefolded, without a period ("jan" of "Jan."): "in March" names no place."""
    return frozenset(form.casefold().rstrip(".") for form in month_forms(english=True))


@cache
def english_month_abbreviations() -> frozenset[str]:
    """The English months written with a period, casefolded without it ("sept" of "Sept."):
    that period ends no sentence ("on Jan. 8")."""
    return frozenset(
        form.casefold()[:-1] for form in month_forms(english=True) if form.endswith(".")
    )


@cache
def date_joiners() -> frozenset[str]:
    return _every_language("date_joiners")


@cache
def year_parts() -> frozenset[str]:
    """Seasons and parts of a year, casefolded: "in the summer of 1969", "im Herbst 2021"."""
    return _every_language("year_parts", casefold=True)


@cache
def abbreviations() -> frozenset[str]:
    """Words whose period ends no sentence (titles, ranks, "St.", "No."), casefolded without
    the period: "gov" of "Gov. Jim Justice", "av" of "Av. Corrientes"."""
    return frozenset(word.casefold().rstrip(".") for word in _every_language("abbreviations"))


@cache
def weekdays() -> frozenset[str]:
    """The days of the week in every language, casefolded: "Wednesday, Jan. 8, 2020", "am
    Freitag, 3. März 2023", "le vendredi 3 mars 2023" (the weekday belongs to the date)."""
    return _every_language("weekdays", casefold=True)


@cache
def in_words() -> frozenset[str]:
    """Every language's prepositions for "in", casefolded: after a place, one puts it inside a
    larger one ("in Kyiv, in Ukraine", "à Kiev, en Ukraine", "em Kiev, na Ucrânia")."""
    return _every_language("in_words", casefold=True)


@cache
def genitive_descriptors() -> frozenset[str]:
    """Nouns for a part of a place that the place follows in the genitive, as written (lower
    case): "в центре Москвы", "w centrum Warszawy", "v centru Prahy"."""
    return _every_language("genitive_descriptors")


@cache
def year_suffixes() -> frozenset[str]:
    """Words a year is written with after it: Polish "3 marca 2023 r.", Russian "2023 года"."""
    return _every_language("year_suffixes")


@cache
def view_phrases() -> frozenset[str]:
    """Words for a view of a place, with their "of": "a general view of Kyiv", "vue de Lyon"."""
    return _every_language("view_phrases")


@cache
def case_suffixes() -> frozenset[str]:
    """Case endings written after a name and an apostrophe where other languages put a
    preposition: Turkish "İstanbul'da" (in Istanbul), "Ankara'daki" (the one in Ankara)."""
    return _every_language("case_suffixes", casefold=True)


class Inflections(NamedTuple):
    """How one language inflects a place's name: see ``data/languages/en.toml``."""

    place_endings: tuple[tuple[str, str], ...]  # after a preposition, longest ending first
    case_endings: tuple[tuple[str, str], ...]  # with no preposition, longest ending first
    cues: tuple[str, ...]  # one of them is in every caption read with these endings


@cache
def inflections() -> tuple[Inflections, ...]:
    """Each language that writes a place's name with a case ending: Polish "w Warszawie"
    (Warszawa), Russian "в Москве" (Москва), Finnish "Helsingissä" (Helsinki, no preposition).
    A caption is read with a language's endings only where it holds one of the language's
    cues (a letter, a credit label): "Sille" in an English caption is no Czech "Silla"."""

    def longest_first(pairs: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
        return tuple(sorted(pairs, key=lambda pair: -len(pair[0])))

    return tuple(
        Inflections(
            longest_first(language.place_endings),
            longest_first(language.case_endings),
            language.inflection_cues,
        )
        for language in languages()
        if language.place_endings or language.case_endings
    )


@cache
def year_marks() -> tuple[tuple[str, str, str], ...]:
    """(year, month, day) marks of the languages that write dates with them: 年月日, 년월일."""
    return tuple(
        (language.year_marks[0], language.year_marks[1], language.year_marks[2])
        for language in languages()
        if language.year_marks
    )


@cache
def date_connectors() -> frozenset[str]:
    """Words between a place phrase and its date, casefolded: "in Tehran, Iran, on Jan. 8",
    "in Köln am 3. März", "à Lyon le 14 juillet"."""
    return _every_language("date_connectors", casefold=True)


@cache
def credit_suffixes() -> frozenset[str]:
    """Marks printed after a photographer's name: "摄" ("photographed by"), "기자" (reporter)."""
    return _every_language("credit_suffixes")


@cache
def credit_marks() -> frozenset[str]:
    """Labels printed right before a name with no colon needed: Chinese "摄影王小明"."""
    return _every_language("credit_marks")


@cache
def photographer_labels() -> frozenset[str]:
    """Labels after which a name written without spaces is the photographer's, not an
    organisation's: Chinese "图/王芳", "摄影/王芳" (a source's label, "来源", is none)."""
    return _every_language("photographer_labels")


@cache
def provider_suffixes() -> frozenset[str]:
    """Marks after a source that provided the photo ("教育部供图", "교육부 제공", "文部科学省
    提供"): the source is the agency (as "Courtesy of X" gives X), not a photographer."""
    return _every_language("provider_suffixes")


@cache
def label_positions() -> frozenset[str]:
    """Where a photo stands on the page, before "photo by": "left", "top", ..."""
    return _every_language("label_positions", casefold=True)


@cache
def position_labels() -> frozenset[str]:
    """Where a photo stands, as the label of its credit ("Top: Name/AP", "Oben: Name/dpa"),
    casefolded: the positions before "photo by" and the ones read only as such a label."""
    return label_positions() | _every_language("position_labels", casefold=True)


@cache
def label_kinds() -> frozenset[str]:
    """Kinds of photo written before a label, casefolded: "Drone photo:", "Aerial photo by"."""
    return _every_language("label_kinds", casefold=True)


@cache
def determiners() -> frozenset[str]:
    """Articles and possessives, casefolded: a phrase opening with one ("the couple", "her
    family", "la familia") is a common noun, never a person's name."""
    return _every_language("determiners", casefold=True)


@cache
def reporter_words() -> frozenset[str]:
    """Words for "reporter" between an agency and a name: "新华社记者 王鹏"."""
    return _every_language("reporter_words")


@cache
def page_furniture() -> frozenset[str]:
    """Buttons and toggles printed after a caption, casefolded: "buy photo", "agrandir"."""
    return _every_language("page_furniture", casefold=True)


@cache
def counter_words() -> frozenset[str]:
    """The word of a gallery counter after a caption ("3 of 12", "3 von 12"), casefolded."""
    return _every_language("counter_words", casefold=True)


@cache
def page_controls() -> frozenset[str]:
    """Controls and section words a page prints on a line of their own, casefolded: "next",
    "gallery", "publicité" (a line of ``page_furniture`` or ``caption_labels`` alone is one too)."""
    return _every_language("page_controls", casefold=True)


@cache
def counter_labels() -> frozenset[str]:
    """Words before a gallery counter, casefolded: "Photo 2 of 9", "Bild 3 von 12"."""
    return _every_language("counter_labels", casefold=True)


# A gallery counter's numbers have at most this many digits ("3 / 38", "12 of 1200").
_COUNTER_DIGITS = 4


def is_counter(line: str) -> bool:
    """A gallery counter alone: "3 / 38", "3/38", "1 of 11", "5 de 12", "Photo 2 of 9",
    "Bild 3 von 12" (a counter label, then two numbers joined by a counter word or a slash)."""
    if len(line) > 24 or not line[-1:].isdigit():
        return False
    words = line.casefold().replace("/", " / ").split()
    if words and words[0] in counter_labels():
        words = words[1:]
    return (
        len(words) == 3
        and words[0].isdigit()
        and words[2].isdigit()
        and (words[1] == "/" or words[1] in counter_words())
        and len(words[0]) <= _COUNTER_DIGITS
        and len(words[2]) <= _COUNTER_DIGITS
    )


@cache
def cut_marks() -> tuple[str, ...]:
    """Marks of a caption the page cut short, with a control to read the rest, casefolded,
    longest first: "... more"."""
    return tuple(longest_first(_every_language("cut_marks", casefold=True)))


@cache
def note_labels() -> frozenset[str]:
    """Labels that open a note after the credit, casefolded, without the stop or colon after
    them: a picture id ("photo id", "réf"), a contact ("contact", "tel"), a postscript ("p.s")."""
    return _every_language("note_labels", casefold=True)


@cache
def caption_toggles() -> frozenset[str]:
    """Buttons printed before the caption they show, casefolded: "toggle caption"."""
    return _every_language("caption_toggles", casefold=True)


@cache
def restriction_marks() -> frozenset[str]:
    """Where usage terms start after a credit ("EDITORIAL USE ONLY", "RESTRICTIONS:")."""
    return _every_language("restriction_marks", casefold=True)


@cache
def from_prepositions() -> frozenset[str]:
    """Prepositions that name the photo's place only after ``from_place_words`` ("from")."""
    return _every_language("from_prepositions", casefold=True)


@cache
def from_place_words() -> frozenset[str]:
    """Words after which "from" names where the photo was taken ("lifts off from X")."""
    return _every_language("from_place_words", casefold=True)


@cache
def byline_words() -> frozenset[str]:
    """Words of a writer's byline printed with a photo credit, casefolded: "words by Name",
    "Story: Name"."""
    return _every_language("byline_words", casefold=True)


@cache
def by_words() -> frozenset[str]:
    """Other languages' words for "by" after a credit label word, casefolded: "Foto di Name",
    "Fotografía de Name", "Photo par Name", "Foto von Name". English "by" is read on its own."""
    return _every_language("by_words", casefold=True)


@cache
def courtesy_words() -> frozenset[str]:
    """Other languages' words for "courtesy of" before a photo's source, casefolded:
    "Cortesía de la Alcaldía", "per gentile concessione di ESA", "mit freundlicher Genehmigung
    des Museums". English "courtesy (of)" is read on its own."""
    return _every_language("courtesy_words", casefold=True)


@cache
def via_words() -> frozenset[str]:
    """Words that name a distributor after the credit, casefolded: "AFP via Getty Images",
    "AFP vía Getty Images"."""
    return _every_language("via_words", casefold=True)


@cache
def client_words() -> frozenset[str]:
    """Words between a photographer and the publication the photo was made for, casefolded:
    "Name for The Times", "Name pour Le Monde", "Name para El País"."""
    return _every_language("client_words", casefold=True)


@cache
def staff_of_words() -> frozenset[str]:
    """Words between a photographer and the publication they work for, casefolded: "Jo Roe
    of the Kestrel Times". Unlike ``client_words``, only a person stands before them ("Office
    of the Governor" is one body)."""
    return _every_language("staff_of_words", casefold=True)


@cache
def place_of_words() -> frozenset[str]:
    """Words for "of" between a descriptor and its place: "di" ("centro di Roma"), "de"."""
    return _every_language("place_of_words")


@cache
def place_descriptors() -> frozenset[str]:
    """Nouns for a part or kind of place before "of": "centro", "centre", "afueras", ..."""
    return _every_language("place_descriptors", casefold=True)


@cache
def capitalised_descriptors() -> frozenset[str]:
    """Descriptor nouns that their language writes with a capital ("Innenstadt", "Hafen")."""
    return frozenset(word for word in _every_language("place_descriptors") if word[:1].isupper())


@cache
def place_articles() -> frozenset[str]:
    """Articles before a descriptor: "le", "les", "il", "los", "die", ..."""
    return _every_language("place_articles", casefold=True)


@cache
def city_part_nouns() -> frozenset[str]:
    """Nouns after the name of a part of a city that stay with it: "the Rusafa district of
    Baghdad" is "Rusafa district, Baghdad", "le 18e arrondissement de Paris"."""
    return _every_language("city_part_nouns", casefold=True)


@cache
def neighbourhood_nouns() -> frozenset[str]:
    """Nouns after the name of a part of a city that the place drops: "the Greenwich Village
    neighborhood of New York" is "Greenwich Village, New York"."""
    return _every_language("neighbourhood_nouns", casefold=True)


@cache
def adjective_endings() -> tuple[str, ...]:
    """Endings of capitalised adjectives of peoples and faiths ("Kurdish", "Shiite",
    "Armenian"): "the Kurdish district of Sinjar" names Sinjar, not a district of it."""
    return tuple(sorted(_every_language("adjective_endings", casefold=True)))


@cache
def versus_words() -> frozenset[str]:
    """Words for "against" between two sides' names, casefolded: "Wales v Scotland". Spelled
    as another language's preposition (Czech "v Praze"), they open no place phrase there."""
    return _every_language("versus_words", casefold=True)


@cache
def settlement_nouns() -> frozenset[str]:
    """Nouns for a settlement named after "of", casefolded: "the West Bank village of Beita"
    names Beita, inside the West Bank."""
    return _every_language("settlement_nouns", casefold=True)


@cache
def region_nouns() -> frozenset[str]:
    """Nouns written after a region's name as part of it, casefolded: "Kherson region"."""
    return _every_language("region_nouns", casefold=True)


@cache
def between_words() -> frozenset[str]:
    """Prepositions that name a stretch between two places: "between", "entre", "zwischen"."""
    return _every_language("between_words")


@cache
def and_words() -> frozenset[str]:
    """Words for "and" between two places after ``between_words``: "and", "et", "und", "y"."""
    return _every_language("and_words")


@cache
def landmark_nouns() -> frozenset[str]:
    """Nouns that make a capitalised name a landmark, casefolded: "center", "tour", "piazza"."""
    return _every_language("landmark_nouns", casefold=True)


@cache
def relative_tails() -> tuple[str, ...]:
    """Words between a place and another it lies by: "Stralsund close to Rügen", "the Qalamun
    mountains on the border with Syria", "près de"; longest first."""
    return tuple(longest_first(_every_language("relative_tails")))


@cache
def caption_labels() -> frozenset[str]:
    """Labels naming the caption itself, casefolded: "image caption", "legende", ..."""
    return _every_language("caption_labels", casefold=True)


@cache
def teaser_labels() -> tuple[str, ...]:
    """Labels that open a teaser for another page, casefolded, longest first: "read more",
    "lire aussi", "читайте также"."""
    return tuple(longest_first(_every_language("teaser_labels", casefold=True)))


@cache
def video_words() -> frozenset[str]:
    """Words for a video, casefolded: "video", "vidéo", "видео", "视频"."""
    return _every_language("video_words", casefold=True)


@cache
def location_labels() -> frozenset[str]:
    """Labels before the place a photo was taken: "Photo location:", "Lieu :", "Ort:"."""
    return _every_language("location_labels")


@cache
def date_labels() -> frozenset[str]:
    """Labels of a field line giving when a photo was taken: "Date taken:", "Fecha:"."""
    return _every_language("date_labels")


@cache
def place_prepositions() -> frozenset[str]:
    """Words that open a place phrase: "in", "near", "em", "en", "à", "dans", "im", ..."""
    return _every_language("place_prepositions")


@cache
def known_place_prepositions() -> frozenset[str]:
    """Prepositions only of languages that write every noun with a capital ("im", "bei"):
    the word after one is a place only when the place index knows it ("im Schnee" is not)."""
    capitalising = {
        word
        for language in languages()
        if language.capitalises_nouns
        for word in language.place_prepositions
    }
    others = {
        word
        for language in languages()
        if not language.capitalises_nouns
        for word in language.place_prepositions
    }
    return frozenset(capitalising - others)


@cache
def capitalised_noun_articles() -> frozenset[str]:
    """Articles of the languages that write every noun with a capital ("der", "den"),
    casefolded: the capitalised word after one is a noun as often as a name."""
    return frozenset(
        word.casefold()
        for language in languages()
        if language.capitalises_nouns
        for word in language.place_articles
    )


@cache
def posting_words() -> frozenset[str]:
    """Words before a page's own date after a caption: "Posted on May 4", "Publié le"."""
    return _every_language("posting_words", casefold=True)


@cache
def credit_labels() -> frozenset[str]:
    """Every language's credit labels, casefolded ("photo credit", "foto", "crédit", "摄")."""
    return _every_language("credit_labels", casefold=True)


@cache
def credit_label_words() -> frozenset[str]:
    """Words that label a credit before "by" ("Photo by", "Phoot by", "Caption by")."""
    return _every_language("credit_label_words", casefold=True)


@cache
def _names() -> dict[str, tuple[str, ...]]:
    data = read_toml("data/names.toml")
    keys = (
        "particles",
        "first_particles",
        "elided_particles",
        "suffixes",
        "given_abbreviations",
        "placeholders",
        "ranks",
        "rank_services",
        "surname_org_words",
        "paper_words",
        "given_names",
        "opening_abbreviations",
    )
    return {key: _strings(data, key, "names.toml") for key in keys}


@cache
def particles() -> frozenset[str]:
    """Lower-case words inside personal names: "de", "van", "al", ..."""
    return frozenset(w.casefold() for w in _names()["particles"])


@cache
def first_particles() -> frozenset[str]:
    """Particles that may open a name as written: "De", "Van", "Al", ..."""
    return frozenset(_names()["first_particles"])


@cache
def elided_particles() -> frozenset[str]:
    """Particles glued to a name by an apostrophe, casefolded, without it: "d", "dell"."""
    return frozenset(w.casefold().rstrip("'’") for w in _names()["elided_particles"])


@cache
def name_suffixes() -> frozenset[str]:
    """Words written after a surname, part of the name, as written: "Jr.", "III"."""
    return frozenset(_names()["suffixes"])


@cache
def given_abbreviations() -> frozenset[str]:
    """Given names written short, without their period, casefolded: "mohd", "ma", "wm"."""
    return frozenset(word.removesuffix(".").casefold() for word in _names()["given_abbreviations"])


@cache
def opening_abbreviations() -> frozenset[str]:
    """Abbreviations that open a name, without their period, casefolded: "st", "mt", "ft"."""
    return frozenset(
        word.removesuffix(".").casefold() for word in _names()["opening_abbreviations"]
    )


@cache
def placeholders() -> frozenset[str]:
    return frozenset(w.casefold() for w in _names()["placeholders"])


@cache
def ranks() -> tuple[str, ...]:
    return _names()["ranks"]


@cache
def rank_services() -> tuple[str, ...]:
    return _names()["rank_services"]


@cache
def surname_org_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in _names()["surname_org_words"])


@cache
def paper_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in _names()["paper_words"])


# A compound's first part before its organisation ending: "Bau" of "Bauamt", "Stadt" of
# "Stadtwerke". Shorter heads are words of their own, not compounds.
_COMPOUND_HEAD = 3


class OrganisationWords(frozenset[str]):
    """The casefolded cue words, where a word also counts when it is a compound ending in one
    of the languages' organisation endings ("Stadtwerke", "Kulturamt", "Trafikverket")."""

    endings: tuple[str, ...] = ()

    def __contains__(self, word: object) -> bool:
        if frozenset.__contains__(self, word):
            return True
        if not isinstance(word, str):
            return False
        if "-" in word and all(
            part and frozenset.__contains__(self, part) for part in word.split("-")
        ):
            # a title joined by hyphens, every part a cue word: "Times-Herald", "Sun-Times",
            # "Herald-Tribune", "News-Press"; a name that holds one part ("Kim Sun-hee",
            # "Anna Park-Lee") stays a person
            return True
        return word.endswith(self.endings) and any(
            len(word) >= len(ending) + _COMPOUND_HEAD and word.endswith(ending)
            for ending in self.endings
        )


@cache
def _organisations() -> dict[str, Any]:
    """organisations.toml, parsed once for all its loaders (none changes it)."""
    return read_toml("data/organisations.toml")


def _organisation_list(key: str) -> frozenset[str]:
    """One list of organisations.toml, casefolded."""
    return frozenset(w.casefold() for w in _strings(_organisations(), key, "organisations.toml"))


@cache
def organisation_words() -> OrganisationWords:
    """Words that mark an organisation: "Agency", "Press", "Ltd", "Museum", "Zoo", ..., and the
    compounds that end in an organisation word of a language that writes them as one word
    ("Stadtwerke", "Verkehrsverband", "Rijkswaterstaat"), casefolded."""
    data = _organisations()
    words = OrganisationWords(
        w.casefold() for w in _strings(data, "cue_words", "organisations.toml")
    )
    endings = data.get("compound_endings", {})
    if not isinstance(endings, dict):
        raise LexiconError("organisations.toml: compound_endings is a table of languages")
    words.endings = tuple(
        sorted(
            {
                w.casefold()
                for language in endings
                for w in _strings(endings, language, "organisations.toml compound_endings")
            }
        )
    )
    return words


@cache
def organisation_heads() -> frozenset[str]:
    """Cue words that open an organisation's name ("Radio Kestrel", "Agencia Lumbre",
    "University of Eastbrook"), casefolded; each is a cue word too."""
    heads = _organisation_list("name_heads")
    missing = sorted(heads - organisation_words())
    if missing:
        raise LexiconError(f"organisations.toml: name_heads not among cue_words: {missing}")
    return heads


@cache
def organisation_kind_of_words() -> frozenset[str]:
    """Words that name a local body only before "of" ("Town of Lumbre"), casefolded; none is a
    cue word, which would make "Museo Village" an organisation."""
    words = _organisation_list("kind_of_words")
    shared = sorted(words & organisation_words())
    if shared:
        raise LexiconError(f"organisations.toml: kind_of_words also cue_words: {shared}")
    return words


@cache
def organisation_connectors() -> frozenset[str]:
    """Lower-case words inside an organisation's name after a cue word ("Ministry of Defence")."""
    return _organisation_list("name_connectors")


@cache
def platforms() -> frozenset[str]:
    """Social networks and video sites ("Facebook", "YouTube"): the account, not the site, is
    a photo's source."""
    return _organisation_list("platforms")


@cache
def chain_bars() -> str:
    """Marks printed between a credit's parts in place of a spaced bar ("Jo Roe · Reuters")."""
    data = _organisations()
    bars = _strings(data, "chain_bars", "organisations.toml")
    if any(len(bar) != 1 for bar in bars):
        raise LexiconError("organisations.toml: every chain bar is one character")
    return "".join(bars)


@cache
def slashed_company_forms() -> frozenset[str]:
    """Company forms written with a slash ("A/S"): the slash parts no credit's segments."""
    return frozenset(
        w
        for w in _strings(_organisations(), "slashed_company_forms", "organisations.toml")
        if "/" in w
    )


@cache
def channel_words() -> frozenset[str]:
    """Words of a broadcaster's name that a channel's number follows or is glued to ("Channel
    7", "Canal 13", "TV2"), casefolded."""
    return _organisation_list("channel_words")


@cache
def call_sign() -> re.Pattern[str]:
    """A broadcaster's call letters ("KGW", "WXYZ-TV", "KOIN 6": a band or a channel's number
    may follow): letters and bands from the data."""
    data = _organisations()
    letters = "".join(
        re.escape(w) for w in _strings(data, "call_sign_letters", "organisations.toml")
    )
    bands = "|".join(re.escape(w) for w in _strings(data, "call_sign_bands", "organisations.toml"))
    return pattern_cache.compile(rf"[{letters}][A-Z]{{2,3}}(?:-(?:{bands})| [1-9][0-9]?)?")


@cache
def generic_sources() -> frozenset[str]:
    """Sources that name no organisation ("Supplied", "Agencies", "Divulgação"): agency null."""
    return _organisation_list("generic_sources")


@cache
def given_names() -> frozenset[str]:
    """Given names of many countries, casefolded, from the gender-guesser package's dictionary.

    Its lines read ``M  Jean+Pierre   <frequency per country>``; "+" joins the parts of a
    compound name, written with a space, a hyphen or nothing.
    """
    names: set[str] = set()
    source = resources.files("gender_guesser").joinpath("data/nam_dict.txt")
    with source.open(encoding="utf-8") as lines:
        for line in lines:
            if line[:1] in "#=" or not line.strip():
                continue
            parts = line.split()
            if len(parts) < 2:
                continue
            name = parts[1].casefold()
            if "+" in name:
                for joiner in ("", " ", "-"):
                    names.add(name.replace("+", joiner))
            else:
                names.add(name)
    # the regions the library leaves out, from names.toml
    names.update(name.casefold() for name in _names()["given_names"])
    return frozenset(names)


def is_given_name(word: str) -> bool:
    """Whether ``word`` is a known given name ("Tomasz", "Karim", "JANE"), in any case; an
    accent the dictionary does not print will do ("Siobhán", "Zoë")."""
    folded = word.strip(".,'’").casefold()
    if folded in given_names():
        return True
    plain = without_accents(folded) if not folded.isascii() else folded
    return plain != folded and plain in given_names()


def _strings_in(value: Any) -> Iterable[str]:
    """Every string in a parsed data file or a language, however deep in its tables."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from _strings_in(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings_in(item)


# ASCII bytes to the words of casefolded text: letters and digits kept, every other byte a
# space.
_ASCII_WORD_BYTES = bytes(c if 48 <= c <= 57 or 97 <= c <= 122 else 32 for c in range(256))
# The accents NFKD splits from Latin letters.
_COMBINING = pattern_cache.compile(r"[\u0300-\u036f]+")


@cache
def ascii_data_words() -> frozenset[str]:
    """Every word of the languages' files, of names.toml and of organisations.toml,
    casefolded, in ASCII letters and digits: a word with other letters is cut at them (asked
    only of ASCII text, this errs toward knowing a word). A word outside them is no label, no
    connector and no word of a name's or an organisation's form to any reader of the parser
    (the agencies' words are the registry's; places are written with capitals). A compound
    ending in an organisation word ("Kulturamt") is asked of ``organisation_words``."""
    texts = [
        *(text for language in languages() for text in _strings_in(vars(language))),
        *_strings_in(_names()),
        *_strings_in(_organisations()),
    ]
    # Accents dropped as the registry's fold drops them ("für" is known as "fur"), then all at
    # once, bytes mapped through a table: a regex over the text costs four times more.
    decomposed = unicodedata.normalize("NFKD", "\n".join(texts).casefold())
    joined = _COMBINING.sub("", decomposed).encode("ascii", "replace")
    return frozenset(joined.translate(_ASCII_WORD_BYTES).decode("ascii").split())
