"""Where the photo was taken: the place phrase of a caption, as written, and its span.

Wire captions put the place just before the date ("..., in Tehran, Iran, on Jan. 8, 2020."),
Getty just after it ("... on March 15, 2022 in Wellington, New Zealand."), ZUMA and Getty
datelines at the start ("June 18, 2022, Kyiv, Ukraine: ..."); captions without a date end
their first sentence with it ("Wakhi nomad women milk yaks in Wakhan, Afghanistan."). The
phrase is read from its end backwards, part by part between commas: whole place parts
("Iran", "Calif."), a preposition phrase ("in Tehran", "on the outskirts of Duhok", "in the
southern city of Basra"), relative parts that are dropped ("south of Baghdad"). Home towns
("of Fort Worth, Tex."), destinations and news pegs are never in those slots.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache
from typing import NamedTuple

from catalog.parsing import lexicon, pattern_cache
from catalog.parsing.caption_language import opens_place_here
from catalog.parsing.inflection import base_of
from catalog.parsing.lexicon import (
    adjective_endings,
    and_words,
    between_words,
    capitalised_descriptors,
    capitalised_noun_articles,
    case_suffixes,
    city_part_nouns,
    english_month_words,
    first_letter_alternation,
    from_place_words,
    from_prepositions,
    genitive_descriptors,
    in_words,
    known_place_prepositions,
    landmark_nouns,
    neighbourhood_nouns,
    organisation_words,
    place_articles,
    place_descriptors,
    place_of_words,
    place_prepositions,
    position_labels,
    region_nouns,
    relative_tails,
    settlement_nouns,
    versus_words,
    view_phrases,
    word_start_alternation,
)
from catalog.parsing.places import (
    country_code,
    is_abbreviation,
    is_known_place,
    is_place_by_name,
    resolve,
)
from catalog.parsing.registry import fold

# Lower-case words that may sit inside a place name: "Gaza strip", "Minya governorate".
GEO_NOUNS = frozenset(
    [
        "village",
        "town",
        "city",
        "province",
        "region",
        "county",
        "district",
        "governorate",
        "state",
        "strip",
        "coast",
        "square",
        "island",
        "islands",
        "area",
        "camp",
        "valley",
        "oblast",
        "prefecture",
        "municipality",
        "autonomous",
        "territory",
        "neighbourhood",
        "neighborhood",
        "suburb",
        "suburbs",
        "border",
        "street",
        "river",
        "lake",
        "mountains",
        "mountain",
        "desert",
        "sea",
        "bay",
        "park",
    ]
)
_PARTICLES = frozenset(
    [
        "de",
        "del",
        "della",
        "di",
        "da",
        "do",
        "dos",
        "das",
        "du",
        "la",
        "le",
        "les",
        "el",
        "al",
        "of",
        "the",
        "upon",
        "sur",
        "am",
        "an",
        "der",
        "den",
        "van",
        "von",
        "y",
        "e",
    ]
)
# Other lower-case words of place names: "Indian controlled Kashmir", "Israeli-occupied".
_PLACE_LOWER = frozenset(["controlled", "administered", "occupied", "held", "annexed"])
# Words that say where relative to a place ("central Baghdad" is labelled "Baghdad").
_RELATIVE_ADJECTIVES = frozenset(
    [
        "central",
        "northern",
        "southern",
        "eastern",
        "western",
        "north",
        "south",
        "east",
        "west",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
        "lower",
        "upper",
        "downtown",
        "rural",
        "coastal",
        "outer",
        "inner",
        "suburban",
    ]
)
# Words that open no place name (with the English months, from the language data: "in March").
_NOT_PLACE_WORDS = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "today",
        "yesterday",
        "tonight",
        "president",
        "prime",
        "minister",
    ]
)


@lru_cache(maxsize=1)
def _not_places() -> frozenset[str]:
    return _NOT_PLACE_WORDS | english_month_words()


# Nouns that introduce a place: "the southern city of Basra", "the outskirts of Duhok".
_DESCRIPTOR_NOUNS = frozenset(
    [
        "outskirts",
        "suburbs",
        "suburb",
        "city",
        "town",
        "village",
        "island",
        "islands",
        "province",
        "region",
        "district",
        "governorate",
        "county",
        "state",
        "capital",
        "port",
        "harbor",
        "harbour",
        "centre",
        "center",
        "heart",
        "streets",
        "area",
        "edge",
        "banks",
        "shores",
        "coast",
        "municipality",
        "prefecture",
        "summit",
        "top",
        "foot",
        "slopes",
        "ruins",
        "republic",
        "kingdom",
        "emirate",
        "territory",
        "enclave",
        "camp",
        "neighborhood",
        "neighbourhood",
        "skyline",
        "slum",
        "slums",
        "township",
        "favela",
        "quarter",
        "waters",
        "side",
    ]
)
# Words that make a capitalised phrase an organisation or a publication, not a place.
_ORG_IN_PLACE = pattern_cache.compile(
    "(?:"
    + word_start_alternation(
        [
            *("Magazine", "Agency", "News", "Press", "Newspaper", "Television", "Radio"),
            *("Company", "Corporation", "Inc", "Ltd", "Foundation", "Association", "Committee"),
            *("Party", "Council", "Ministry", "Festival", "Awards", "Award", "Championships"),
            *("Championship", "Games", "Cup", "League", "Tournament", "Conference", "Summit"),
            *("Convention", "Show"),
        ]
    )
    + r")\b"
)
# Prepositions that also introduce topics ("a speech on Iran's programme", "a row over Gaza"):
# they name a place only when it is a known one or an island, square, street and the like.
_TOPIC_PREPOSITIONS = frozenset(["on", "over", "above", "through"])
# "on" names a place only for islands, squares, streets and the like ("on Phillip Island").
_ON_PLACE = pattern_cache.compile(
    r"\b(?:Island|Islands|Isle|Square|Street|Avenue|Boulevard|Beach|Coast|Road|Bridge|Lake|River|"
    r"Mount|Mountain|Hill|Plaza|Strip|Peninsula|Bank|Heights|Front|Line|Harbou?r|Ocean|Sea|"
    r"Gulf|Channel|Strait)s?\b",
    re.IGNORECASE,
)
_LINK_WORDS = frozenset(["in", "at", "on", "of", "to", "for", "with", "from", "by", "and", "as"])
_RELATIVE_PART = pattern_cache.compile(
    r"^(?:(?:some|about|around|roughly|nearly|approximately|just)\s+)?"
    r"(?:[\d,.]+\s*(?:km|kms|kilometres|kilometers|miles|mi|metres|meters)\s+"
    # the distance in the other unit, in brackets: "250 km (150 miles) north of"
    r"(?:\([\d,.]+\s*[a-z]+\)\s+)?)?"
    r"(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+of\b"
    r"|^(?:near|outside|close to|not far from)\s",
    re.IGNORECASE,
)
_TRAILING_RELATIVE = pattern_cache.compile(
    r"\s+(?:(?:some|about|around|roughly|nearly|approximately)\s+)?"
    r"(?:[\d,.]+\s*(?:km|kms|kilometres|kilometers|miles|mi)\s+(?:\([\d,.]+\s*[a-z]+\)\s+)?)?"
    r"(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of\s+[^,]{1,60}$",
    re.IGNORECASE,
)
# Every direction of ``_TRAILING_RELATIVE`` holds one of these (keep the two in step): a part
# whose end holds none, case ignored, is not searched (the regex, which ignores case, is tried
# at every space of it). Casefolding maps each character the regex takes for one of their
# letters to that letter ("ſ" to "s").
_TRAILING_DIRECTIONS = ("north", "south", "east", "west")
_APPOSITIVE = pattern_cache.compile(
    r"^an?\s+(?:[a-z-]+\s+){0,2}(?:city|town|village|district|suburb|area|region|county)\s+(?:in|of|near)\s+",
)


@lru_cache(maxsize=1)
def _preposition() -> re.Pattern[str]:
    """The words that open a place phrase, in every language of the data ("in", "em Teerã",
    "en Madrid", "à Paris", "im Hafen"), built on first use."""
    words = lexicon.longest_first(place_prepositions() | from_prepositions() | between_words())
    return pattern_cache.compile(r"(?<!\w)(?:" + first_letter_alternation(words) + r")\s+")


# "Tokyo's Shinagawa district", and an owner ending in "s" with the apostrophe alone: "Paris'
# 11th arrondissement", "Athens' Plaka district".
_POSSESSIVE = pattern_cache.compile(
    r"^(?P<owner>[A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,3})(?:['’]s|(?<=s)['’])\s+(?P<rest>.+)$"
)


@cache
def _described_place() -> re.Pattern[str]:
    """A noun for a kind of place or a view of one, then its "of": "the Greek island of Kos",
    "a general view of Damascus", "vue de Lyon" (the views are ``view_phrases`` data)."""
    # Grouped by first letter, case ignored (as ``lexicon.first_letter_alternation`` groups):
    # the regex tries its views at every word of a part that names no place, and a branch
    # that ignores case is entered even where its first letter is not there.
    groups: dict[str, tuple[str, list[str]]] = {}
    for phrase in lexicon.longest_first(view_phrases()):
        rest = re.escape(phrase[1:]) + ("" if phrase.endswith("'") else r"\s+")
        groups.setdefault(phrase[:1].casefold(), (phrase[:1], []))[1].append(rest)
    view = "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.values())
    return pattern_cache.compile(rf"{_KIND_OF_PLACE}|\b(?i:{view})")


# A noun for a kind of place, then its "of": the part of ``_described_place`` without views.
_KIND_OF_PLACE = (
    r"\b(?:island|town|city|village|province|region|district|outskirts|suburbs|port|"
    r"harbou?r)\s+of\s+"
)
_KIND_OF = pattern_cache.compile(_KIND_OF_PLACE)


@cache
def _view_first_words() -> tuple[str, ...]:
    """The first word of every view phrase, casefolded: "view", "vue", "blick"."""
    return tuple(sorted({phrase.split()[0].casefold().rstrip("'") for phrase in view_phrases()}))


def described_places(text: str) -> Iterator[re.Match[str]]:
    """``_described_place().finditer(text)``, told cheaply where it finds nothing: a text
    (whitespace already single spaces) with no " of " and no view's first word holds no match,
    and one with no view's first word needs only the kinds of place (the views, tried at
    every word with case ignored, cost the most)."""
    folded = text.casefold()
    if any(word in folded for word in _view_first_words()):
        return _described_place().finditer(text)
    if " of " in text:
        return _KIND_OF.finditer(text)
    return iter(())


@cache
def _nested() -> re.Pattern[str]:
    """What joins a place to a larger one it is in: "St Thomas in the U.S. Virgin Islands";
    after a comma, another language's "in" and article ("à Kiev, en Ukraine", "em Kiev, na
    Ucrânia", "a Milano, in Lombardia"). A word for "in" that is also an article ("a") says
    nothing there."""
    articles = place_articles()
    words = lexicon.longest_first(word for word in in_words() if word not in articles)
    article = "|".join(map(re.escape, lexicon.longest_first(articles)))
    joined = "|".join(map(re.escape, words))
    return pattern_cache.compile(rf"\s+in\s+(?:the\s+)?|,\s+(?:{joined})\s+(?:(?:{article})\s+)?")


@lru_cache(maxsize=1)
def _relative_tail() -> re.Pattern[str]:
    """ "Stralsund close to ...", "the Qalamun mountains on the border with Syria": where a
    place is said to lie by another (``data/languages``: relative_tails)."""
    words = "|".join(map(re.escape, relative_tails()))
    # "  *", not " +": a pattern that opens with one character is scanned for it as str.find
    # does; one that opens with a repeat is tried at every character.
    return pattern_cache.compile(rf"  *(?:{words}) +")


_BRACKETED_CITY = pattern_cache.compile(
    r"^(?P<place>[^()]{2,60}?)\s*\((?P<city>[A-Z][^()]{1,40})\)$"
)
# Parts of a city named after it with a possessive: "Tokyo's Shinagawa district".
_CITY_PARTS = frozenset(
    ["district", "neighborhood", "neighbourhood", "borough", "quarter", "suburb"]
)
# "the Ukrainian capital Kyiv", "the Black Sea port city Odesa", "the capital Bamako": up to
# three capitalised adjectives, a word for a city, then its name.
_CAPITAL_NAMED = pattern_cache.compile(
    r"^(?:[A-Z][\w'’-]*\s+){0,3}(?:capital|port city|port town|city|port|town)\s+(?P<place>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2})$"
)
# "Sudan's capital Khartoum", "Syria's second city Aleppo".
_CAPITAL_WORDS = frozenset(["capital", "city", "port", "town"])


class PlacePhrase(NamedTuple):
    """A place as written ("Tehran, Iran") and where its phrase starts in the examined text.

    A named tuple: cheap to build (a frozen dataclass's ``__init__`` is several times slower).
    """

    location: str
    start: int
    # False when the place is named inside a larger phrase that must stay in the description
    # ("in Baghdad's Ghazil pet market" gives Baghdad).
    removable: bool = True
    region_like: bool = False


# A PlacePhrase from its four values without the named tuple's ``__new__`` (a Python function)
# where one is built for nearly every caption.
_new_place = tuple.__new__


def _region_word(word: str) -> bool:
    folded = word.casefold()
    return (
        word[:1].isupper()
        or folded in GEO_NOUNS
        or folded in _RELATIVE_ADJECTIVES
        or folded in _PLACE_LOWER
    )


def _valid_tokens(text: str) -> bool:
    tokens = text.split()
    if not tokens or len(tokens) > 9:
        return False
    first = tokens[0]
    if not (first[:1].isupper() or first[:3] in ("al-", "el-")):
        return False
    if first.strip(".,").casefold() in _not_places():
        return False
    for token in tokens:
        bare = token.strip(".,()")
        if not bare:
            return False
        if bare[:1].isupper() or (
            bare[:1].isdigit() and len(tokens) > 1 and any(c.isalpha() for c in bare)
        ):
            continue
        if (
            bare.casefold() in _PARTICLES
            or bare.casefold() in GEO_NOUNS
            or bare[:3] in ("al-", "el-")
        ):
            continue
        return False
    return True


@lru_cache(maxsize=1)
def _place_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Descriptor nouns ("outskirts", "centro"), words for "of" ("di", "de") and articles
    ("le", "il", "los") of every language of the data, with the English descriptors."""
    return (
        _DESCRIPTOR_NOUNS | place_descriptors(),
        place_of_words(),
        place_articles(),
    )


def _named_after_article(article: str, named: str) -> bool:
    """Whether the words after an article name a place the index knows. After the article of
    a language that writes every noun with a capital, only under the place's own name and no
    descriptor or position ("in der Altstadt", "in der Mitte" name none)."""
    name = named.split(",")[0]
    if article.casefold() not in capitalised_noun_articles():
        return is_known_place(name)
    folded = name.casefold()
    return (
        folded not in _place_words()[0]
        and folded not in position_labels()
        and is_place_by_name(name)
    )


def _without_the(text: str) -> str:
    """``text`` without an opening "the" ("the Bronx" gives "Bronx"), but for the capital "The"
    of a known place's own name ("The Hague")."""
    # (the first four characters casefolded: each casefolds to one character or more, so they
    # open the whole text's casefolded form)
    if text[:4].casefold().startswith("the ") and not (
        text.startswith("The ") and is_known_place(text.split(",")[0])
    ):
        return text[4:]
    return text


def _without_article(tail: str, articles: frozenset[str]) -> str:
    """The place after "of" without its article: "the Bronx", "la France" (in "le nord de la
    France"), "l'Ukraine", "los Andes" give the name; an article of the place's own name is
    written with a capital ("La Paz", "The Hague") and stays."""
    without_the = _without_the(tail)
    if without_the is not tail:
        return without_the
    article, space, named = tail.partition(" ")
    if space and article in articles and named[:1].isupper():
        return named
    if tail[:2] in ("l'", "l’") and tail[2:3].isupper():
        return tail[2:]
    return tail


def _partition_of(text: str, of_words: frozenset[str]) -> tuple[str, str, str]:
    """``text.partition(" of ")`` for the first word meaning "of" in any language."""
    # the first five words and the rest: no split of a long text's every word
    words = text.split(" ", 5)
    if of_words.isdisjoint(words[1:5]):
        return text, "", ""  # the usual case, told by one set operation
    for index, word in enumerate(words[1:5], start=1):
        if word in of_words:
            return " ".join(words[:index]), f" {word} ", " ".join(words[index + 1 :])
    return text, "", ""


def _is_people_adjective(word: str) -> bool:
    """ "Kurdish", "Shiite", "Palestinian": an adjective of a people or faith, not a name."""
    folded = word.casefold()
    return folded.endswith(adjective_endings()) and not is_known_place(word)


def city_part_name(phrase: str) -> str | None:
    """The name of a part of a city from "the Rusafa district", "Greenwich Village
    neighborhood", "le 18e arrondissement": "Rusafa district", "Greenwich Village", "18e
    arrondissement"; None when the phrase is no such name ("the Kurdish district").
    A part that is a town of its own keeps only its name ("the Kumluca district": Kumluca)."""
    words = phrase.split()
    noun = words[-1].casefold() if words else ""
    if noun not in _city_part_nouns():
        return None  # the usual case, told from the last word
    articles = _place_words()[2]
    while words and (words[0] == "the" or words[0].casefold() in articles):
        words = words[1:]
    if not 2 <= len(words) <= 4:
        return None
    kept = noun in city_part_nouns()
    name = words[:-1]
    first = name[0]
    if not (first[:1].isupper() or first[:1].isdigit()):
        return None
    if first.casefold() in _RELATIVE_ADJECTIVES or _is_people_adjective(first):
        return None  # "the Central district", "the Shiite district of Kadhimiya"
    if not all(w[:1].isupper() or w[:1].isdigit() or w.casefold() in _PARTICLES for w in name):
        return None
    if kept and is_known_place(" ".join(name)):
        kept = False  # "the Kumluca district of Antalya": a town the gazetteer knows by name
    return " ".join(words if kept else name)


def _named_city_part(text: str, of_words: frozenset[str]) -> PlacePhrase | None:
    """ "Rusafa district of Baghdad", "18e arrondissement de Paris": the part, then its city."""
    words = text.split(" ", 6)  # the first six words and the rest, which joins back as written
    if "of" not in words[2:6] and of_words.isdisjoint(words[2:6]):
        return None  # the usual case: no word for "of" where a part's name may end
    for index, word in enumerate(words[2:6], start=2):
        if word != "of" and word not in of_words:
            continue
        if words[index - 1].casefold() not in _city_part_nouns():
            return None  # the usual case: "of" after no part of a city
        name = city_part_name(" ".join(words[:index]))
        city = place_core(" ".join(words[index + 1 :])) if name is not None else None
        if city is None or not city.removable:
            return None
        return PlacePhrase(f"{name}, {city.location}", 0)
    return None


@lru_cache(maxsize=1)
def _city_part_nouns() -> frozenset[str]:
    """Every noun after the name of a part of a city, kept or dropped."""
    return city_part_nouns() | neighbourhood_nouns()


def _between_places(phrase: str) -> PlacePhrase | None:
    """ "Ha'il and Riyadh": a stretch between two known towns (a rally stage, a road, a
    flight), named as written; two countries are a border or a match, not a place."""
    words = phrase.strip().rstrip(",;:").split()
    for index, word in enumerate(words[1:4], start=1):
        if word not in and_words():
            continue
        first, second = " ".join(words[:index]), " ".join(words[index + 1 :])
        sides = [place_core(first, nested=False), place_core(second, nested=False)]
        if any(side is None or not is_known_place(side.location) for side in sides):
            return None
        if all(country_code(side.location) for side in sides if side):
            return None
        return PlacePhrase(f"{first} {word} {second}", 0)
    return None


# "the West Bank village of", "the Kherson region village of": the larger place's name in
# capitals, a few lower-case words, the settlement's noun and "of".
_SETTLEMENT_OF = pattern_cache.compile(
    r"^(?:the\s+)?(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})"
    r"(?P<between>(?:\s+[a-z]+){0,2}?)\s+(?P<noun>[a-z]+)\s+of\s+[A-Z]"
)


def _settlement_qualifier(phrase: str) -> str | None:
    """The larger place that names a settlement's setting before its noun: "West Bank" of
    "the West Bank village of Beita", "Kherson region" of "the Kherson region village of
    Bilozerka"; None for an adjective ("the Greek island of Kos", "the Swiss town of Davos")."""
    match = _SETTLEMENT_OF.match(phrase)
    if match is None or match.group("noun") not in settlement_nouns():
        return None
    name = match.group("name")
    if " " in name:
        known = is_place_by_name(name)
    else:
        # one word: a place under its own name, not a people's adjective ("Swiss")
        parts = resolve(name)
        known = fold(name) in {
            fold(part) for part in (parts.city, parts.region, parts.country) if part
        }
    if not known:
        return None
    between = match.group("between").split()
    if between and between[0] in region_nouns():
        return f"{name} {between[0]}"  # "Kherson region": a named region stays as written
    return name


# Place phrases repeat far less than credits (most carry a caption's own words): these caches
# are small; at 65,536 entries they held ~30 MB of an ingest's parser worker for no speed.
@lru_cache(maxsize=8192)
def place_core(phrase: str, preposition: str = "in", nested: bool = True) -> PlacePhrase | None:
    """The place named by a phrase such as "the southern city of Basra"; None if it names none."""
    core = _place_core(phrase, preposition, nested)
    if core is None or " of " not in phrase:
        return core  # the usual case
    qualifier = _settlement_qualifier(phrase.strip())
    if qualifier is None or qualifier in core.location:
        return core
    return core._replace(location=f"{core.location}, {qualifier}")


def _no_capital(text: str) -> bool:
    """Whether ``text`` has no capital and no "al-" or "el-" ("curfew (frame 12)", "the
    street"): every way of ``_place_core`` to a place needs one (a capitalised word, an "al-"
    name, or a reading of a part of the text, which has none either), so it names none."""
    return text.islower() and "al-" not in text and "el-" not in text


def _unnamed_first_piece(text: str) -> bool:
    """Whether ``text`` (stripped, after its opening "the") is words with no capital, no
    "al-" and no comma, then " in " and more ("street (frame 12) in Tehran", "burning
    vehicle as talks continue in Paris"): read as nested pieces, its first names no place, so
    ``_place_core`` finds none. Told before its reading, as every step of that reading leaves
    such a text as it is: the words before " in " are single spaced, they open with no "the",
    article or relative adjective, and no word for "of" among them follows a descriptor or
    the name of a part of a city; "in" is no article and no word for "of" in the data. A
    relative tail's or a bracket's reading of the text's start is the same text, shorter."""
    at = text.find(" in ")
    if at <= 0:
        return False
    head = text[:at]
    if (
        not head.islower()
        or "al-" in head
        or "el-" in head
        or "," in head
        or "  " in head
        or not head.isprintable()
        or text[:4].casefold().startswith("the ")
    ):
        return False
    words = head.split(" ")
    _, of_words, articles = _place_words()
    if (
        words[0] in articles
        or words[0].casefold() in _RELATIVE_ADJECTIVES
        or "in" in articles
        or "in" in of_words
    ):
        return False
    if "of" not in words and of_words.isdisjoint(words):
        return True  # the usual case
    # A word for "of" before " in": neither the part of a city before the first among the
    # third to sixth words ("18e arrondissement de ..."), nor a descriptor before the first
    # " of " or the first other word for "of" among the second to fifth ("week of clashes").
    for index in range(2, min(6, len(words))):
        if words[index] == "of" or words[index] in of_words:
            if words[index - 1].casefold() in _city_part_nouns():
                return False
            break
    of_at = (head + " ").find(" of ")  # (" of " may end at the space before "in")
    if of_at >= 0 and _descriptor_before_of(head[:of_at], " of "):
        return False
    for index in range(1, min(5, len(words))):
        if words[index] in of_words:
            return not _descriptor_before_of(" ".join(words[:index]), f" {words[index]} ")
    return True


@cache
def _relative_tail_openers() -> frozenset[str]:
    """The first word of every relative tail ("near", "close", "along", "près")."""
    return frozenset(tail.split(" ")[0] for tail in relative_tails())


# Lower-case words that may follow a place's first word in a reading of ``_place_core``
# ("Ukrainian capital Kyiv", "Black Sea port city Odesa").
_CAPITAL_NOUN_WORDS = frozenset(["capital", "port", "city", "town"])


def _sentence_start(text: str) -> bool:
    """Whether ``text`` (stripped, after its opening "the"), read without nested pieces, opens
    as a sentence does: a first word, then a lower-case word that no place name holds
    ("Farmers inspect a burning vehicle ...", "A man gathers ...") and no descriptor before an
    "of". Then
    ``_place_core`` finds no place, told before its reading: every step of that reading leaves
    the two words as they are (neither is "the", an article, a relative adjective, a word for
    "of", "capital" or a relative tail's first word, and the first has no apostrophe and no
    bracket), the second fails ``_valid_tokens`` and names no part of a city, and a relative
    tail's or a bracket's reading of the text's start holds both words again (and, the text
    being single spaced and printable, reads as it is written here)."""
    if (
        text[:4].casefold().startswith("the ")
        or "  " in text
        or not text.isprintable()  # (its white space is single spaces, as read below)
    ):
        return False
    words = text.split(" ", 5)
    if len(words) < 2:
        return False
    first, second = words[0], words[1]
    if not (second.isalpha() and second.islower()):
        return False  # the usual place: "Kyiv Oblast", "Gaza City"
    folded = second.casefold()
    _, of_words, articles = _place_words()
    of_at = text.find(" of ")
    if of_at >= 0:
        # "... on the outskirts of the city": a descriptor before "of" has at most four words
        # besides articles; with five among the first eight, the words before "of" are none
        before_of = text[:of_at].split(" ", 8)[:8]
        if sum(1 for word in before_of if word.casefold() not in articles) <= 4:
            return False
    return (
        bool(first)
        and "'" not in first
        and "’" not in first
        and "(" not in first
        and first not in articles
        and first.casefold() not in _RELATIVE_ADJECTIVES
        and folded not in _PARTICLES
        and folded not in GEO_NOUNS
        and folded not in _city_part_nouns()
        and folded not in _CAPITAL_NOUN_WORDS
        and second not in articles
        and second not in _relative_tail_openers()
        and of_words.isdisjoint(words[1:5])
        # a bracket's reading ends a word at its bracket: "de(Paris)" is read as "de" there
        and not any("(" in word and word.split("(", 1)[0] in of_words for word in words[2:5])
    )


def _descriptor_before_of(head: str, sep: str) -> bool:
    """Whether ``head``, the words before a word for "of" (``sep``, spaced), may be a short
    descriptor ending in a noun for a kind of place ("the outskirts", "the Greek island", "le
    centre", "nel centro storico"), read by its words alone."""
    descriptors, _, articles = _place_words()
    # "l'est de l'Ukraine": French elides its article into the descriptor
    head_words = [
        w[2:] if w[:2] in ("l'", "l’") else w for w in head.split() if w.casefold() not in articles
    ]
    if not head_words or len(head_words) > 4:
        return False
    if head_words[-1].casefold() not in descriptors and not (
        # "nel centro storico di Napoli", "en el centro histórico de Lima": other
        # languages write the adjective after the descriptor
        sep.strip() != "of"
        and len(head_words) >= 2
        and head_words[-2].casefold() in descriptors
        and head_words[-1].islower()
    ):
        return False
    prepositions = place_prepositions()
    if any(w.casefold() in _LINK_WORDS or w in prepositions for w in head_words):
        return False  # "Manifestanti nel centro di Roma" is a sentence, not a descriptor
    # in most other languages the descriptor is lower case ("centro di Roma"); German
    # writes its nouns with a capital ("Innenstadt von Leipzig")
    return not (
        sep.strip() != "of"
        and head_words[0][:1].isupper()
        and head_words[0] not in capitalised_descriptors()
    )


def _place_core(phrase: str, preposition: str, nested: bool) -> PlacePhrase | None:
    text = phrase.strip().rstrip(",;:")
    if _no_capital(text):
        return None  # the usual case, told by one scan
    # "in the Bronx" gives "Bronx"; "in The Hague" keeps the capital "The" of the place's name.
    text = _without_the(text)
    if nested and _unnamed_first_piece(text):
        return None  # "the street (frame 12) in Tehran": nested pieces, the first no place
    if not nested and _sentence_start(text):
        return None  # "Farmers inspect a burning vehicle in Tehran": a sentence, no place
    # "the outskirts of Duhok", "the Greek island of Kos": a short descriptor ending in a noun
    # for a kind of place, then "of" and the place.
    # Other languages write the same with their own words: "le centre de Lyon", "nel centro di
    # Roma", "las afueras de Madrid" (``data/languages``: place_of_words, place_descriptors).
    _, of_words, articles = _place_words()
    if " " in text:
        article, _, named = text.partition(" ")
        if article in articles and _named_after_article(article, named):
            # "in der Ukraine", "en la Ciudad de México", "in den USA": another language's
            # article, in lower case, before a place the index knows ("im Schnee" stays no
            # place; "La Paz", "Las Vegas" keep the capital article of their name)
            text = named
        named_part = _named_city_part(text, of_words)
        if named_part is not None:
            return named_part
    for _ in range(3):
        head, sep, tail = text.partition(" of ")
        if not sep:
            head, sep, tail = _partition_of(text, of_words)
        if not sep:
            break
        if not _descriptor_before_of(head, sep):
            break
        named = _without_article(tail, articles)
        if sep.strip() in capitalised_noun_articles() and not is_known_place(named.split(",")[0]):
            # German's "of" is the genitive article ("im Osten der Ukraine"): after it, only a
            # place the index knows, as every noun has a capital ("in der Nähe der Grenze")
            break
        text = named
    capital = _CAPITAL_NAMED.match(text)
    if capital is not None:
        # "the Ukrainian capital Kyiv", "the port city Odesa": the place after its descriptor
        text = capital.group("place")
    words = text.split()
    unqualified = text
    while words and words[0].casefold() in _RELATIVE_ADJECTIVES and words[0][:1].islower():
        words = words[1:]
    if len(words) >= 2 and words[0] in genitive_descriptors() and words[1][:1].isupper():
        # "в центре Москвы", "w centrum Warszawy": a part of a place, then the place in the
        # genitive (read back to its name with the language's place endings)
        words = words[1:]
    text = " ".join(words)
    if not text:
        return None

    # "Stralsund close to the island of Rügen", "Northern New Mexico outside Santa Fe": the
    # place, then where it lies relative to another; the first is the place.
    relative = _relative_tail().search(text)
    if relative is not None and relative.start() > 0:
        first = place_core(text[: relative.start()], preposition, nested)
        if first is not None:
            return first
    # "Barbès (Paris)": a place and, in brackets, the city it is in (the regex, which tries up
    # to 60 places for the bracket, only where there is one).
    bracketed = _BRACKETED_CITY.match(text) if text.endswith(")") and "(" in text else None
    if bracketed is not None and is_known_place(bracketed.group("city")):
        inner = place_core(bracketed.group("place"), preposition, nested)
        if inner is not None:
            city = bracketed.group("city")
            return PlacePhrase(f"{inner.location}, {city}", 0, inner.removable)

    # "Cox's Bazar", "St. John's": a known place whose name holds a possessive.
    # (The regex first: it turns away most phrases for less than a look-up in the index.)
    possessive = _POSSESSIVE.match(text)
    if possessive is not None and is_known_place(text.split(",")[0]):
        possessive = None
    if possessive:
        owner, rest = possessive.group("owner"), possessive.group("rest")
        rest_words = rest.split()
        if (
            2 <= len(rest_words) <= 5
            and (
                rest_words[-1].casefold() in _CITY_PARTS
                or rest_words[-1].casefold() in city_part_nouns()
            )
            # "Paris' 11th arrondissement": a number names the part too
            and all(
                w[:1].isupper() or w[:1].isdigit() or w[:3] in ("al-", "el-")
                for w in rest_words[:-1]
            )
            and _valid_tokens(owner)
        ):
            # "Tokyo's Shinagawa district", "Aleppo's Bab al-Hadeed district": a part of a
            # city, most specific first.
            return PlacePhrase(f"{rest}, {owner}", 0)
        if (
            rest_words[0].casefold() in _CAPITAL_WORDS
            and len(rest_words) >= 2
            and _valid_tokens(" ".join(rest_words[1:]))
        ):
            # "Sudan's capital Khartoum": the city named after the descriptor.
            return PlacePhrase(" ".join(rest_words[1:]), 0, removable=False)
        if (
            len(rest_words) <= 6
            and any(w.casefold() in GEO_NOUNS for w in rest_words)
            and all(_region_word(w) for w in rest_words)
            and _valid_tokens(owner)
        ):
            # A named region phrase stays as written: "northwest China's Xinjiang Uygur
            # Autonomous Region", "Iraq's northern autonomous Kurdish region".
            return PlacePhrase(unqualified, 0, region_like=True)
        if all(w[:1].isupper() for w in rest_words) and _valid_tokens(rest):
            return PlacePhrase(f"{rest}, {owner}", 0)
        if preposition not in _TOPIC_PREPOSITIONS and is_known_place(owner):
            return PlacePhrase(owner, 0, removable=False)
        return None
    if _ORG_IN_PLACE.search(text):
        return None
    if preposition in _TOPIC_PREPOSITIONS and not (
        is_known_place(text.split(",")[0]) or _ON_PLACE.search(text)
    ):
        return None  # "on the Cossacks", "on Iran's nuclear programme": topics, not places

    # "St Thomas in the U.S. Virgin Islands": nested places, most specific first.
    # The text's white space is single spaces (joined above): with neither " in " nor ", " in
    # it, ``_nested`` splits nothing (the usual case, told without the regex).
    pieces = (
        [p for p in _nested().split(text) if p]
        if nested and (" in " in text or ", " in text)
        else [text]
    )
    if len(pieces) > 1:
        locations: list[str] = []
        for piece in pieces:
            core = place_core(piece)
            if core is None or not core.removable:
                return None  # the pieces after the first that names no place are not read
            locations.append(core.location)
        return PlacePhrase(", ".join(locations), 0)
    if not _valid_tokens(text):
        return None
    region_like = any(w.casefold() in GEO_NOUNS for w in words[1:])
    if not region_like and len(words) >= 2 and "," not in text:
        known = _known_place_then_noun(text)
        if known is not None:
            return known
    return PlacePhrase(text, 0, region_like=region_like)


@lru_cache(maxsize=4096)
def _known_place_then_noun(text: str) -> PlacePhrase | None:
    """ "in Köln Karneval", "in Hamburg Fußball": a known place, then one capitalised word
    that is no place and no noun of a place ("Harbour", "Square", "district"), as languages
    that write nouns with a capital put the object after the place. The place is the known
    one; the phrase does not end the sentence, so the description keeps it. (Cached: place
    names repeat, and the test costs several look-ups of the place index.)"""
    words = text.split()
    last = words[-1]
    place = " ".join(words[:-1])
    if (
        len(place) < 4  # "St Thomas", "Co Laois": an abbreviation opens the name
        or not last[:1].isupper()
        or last.isupper()
        or last.casefold() in _place_nouns()
        or last.casefold() in organisation_words()  # "Manchester United"
        or not is_known_place(place)
        or is_known_place(last)
        or is_known_place(" ".join(words))
    ):
        return None
    return PlacePhrase(place, 0, removable=False)


@cache
def _place_nouns() -> frozenset[str]:
    """Nouns that make a capitalised name a place or a part of one, casefolded."""
    return frozenset(
        word.casefold()
        for word in GEO_NOUNS
        | _DESCRIPTOR_NOUNS
        | _CITY_PARTS
        | landmark_nouns()
        | city_part_nouns()
        | neighbourhood_nouns()
    )


def _versus(preposition: str, text: str, at: int, location: str) -> bool:
    """Whether a preposition at ``at`` is a word for "against" between two sides' names:
    "Wales v Scotland" (a capitalised name before it, a name the index knows as written after
    it), not Czech "Demonstranti v Bratislave" (an inflected name after it)."""
    if preposition not in versus_words():
        return False
    before = text[:at].split()
    return bool(before) and before[-1][:1].isupper() and is_known_place(location.split(",")[0])


_VENUE_WINDOW = 160
_JOINER_LETTERS = 5
_WORD = pattern_cache.compile(r"\S+")


def _venue_then_place(text: str) -> PlacePhrase | None:
    """A named venue, then a word for "of" and the known place it stands in, closing ``text``:
    "allo stadio Olimpico di Roma", "en el estadio Santiago Bernabéu de Madrid", "al Teatro
    alla Scala di Milano". The place is the location; the venue, like "at the Grand Bazaar" in
    "at the Grand Bazaar in Urumqi", stays in the description."""
    start = max(0, len(text) - _VENUE_WINDOW)
    nouns = landmark_nouns()
    _, of_words, articles = _place_words()
    # The usual case: no word for "of" (a venue's place follows one) or no landmark's noun
    # near the end. The words as ``_WORD`` finds them (str.split and the regex part ways at
    # the same white space), as written and casefolded: told without a match object for
    # every word.
    window = text[start:]
    if of_words.isdisjoint(window.split()) or nouns.isdisjoint(window.casefold().split()):
        return None
    words = list(_WORD.finditer(text, start))
    # there is one: the test above found it
    last_noun = next(
        i for i in range(len(words) - 1, -1, -1) if words[i].group().casefold() in nouns
    )
    # a capitalised word of the venue's name seen: "Teatro alla Scala" names it with its noun
    named = words[last_noun].group()[:1].isupper()
    joiners = 1  # one short word of the name's own: "alla" of "Teatro alla Scala"
    for index in range(last_noun + 1, len(words) - 1):
        word = words[index].group()
        if named and word in of_words and index > last_noun + 1:
            # ("Basilica di San Pietro": the "of" right after the noun is its name's own)
            place = text[words[index + 1].start() :].rstrip(" .;:")
            first = place.split(",")[0]
            if place[:1].isupper() and is_known_place(first):
                return PlacePhrase(place, words[index].start(), True)
        if word[:1].isupper():
            named = True
        elif word in of_words or word in articles:
            continue
        elif named and joiners and len(word) <= _JOINER_LETTERS and word.isalpha():
            joiners -= 1
        else:
            return None  # a sentence goes on after the noun: no venue's name
    return None


@cache
def _of_prepositions() -> frozenset[str]:
    """Words that open a place phrase in one language and say "of" in another: Indonesian's
    "di" ("di Jakarta") is Italian's "of" ("Castello di Torrechiara")."""
    return frozenset(word.casefold() for word in place_prepositions() & place_of_words())


def _says_of(preposition: str, text: str, at: int) -> bool:
    """Whether ``preposition`` at ``at``, a place preposition in one language and "of" in
    another, says "of" here: after a capitalised word it continues a name ("Castello di
    Torrechiara"), and in a text of the language that reads it so it is that language's "of"
    ("il sindaco di Roma"); "Warga berjalan di Surabaya" opens a place phrase."""
    return (
        preposition in _of_prepositions()
        and (
            _after_capitalised_word(text, at)
            # the small words around it, a bounded window: a long text costs no more
            or not opens_place_here(
                preposition, text[max(0, at - _LANGUAGE_WINDOW) : at + _LANGUAGE_WINDOW]
            )
        )
    )


# How far either side of a shared word its language is read from.
_LANGUAGE_WINDOW = 300


def _after_capitalised_word(text: str, at: int) -> bool:
    """Whether the word before ``at`` opens with a capital inside its sentence: the word after
    it then continues a name ("Castello di Torrechiara", "Banca di Roma") rather than opening
    a place phrase. A sentence's first word has its capital anyway ("Pengunjung di Bali")."""
    before = text[:at].rstrip()
    space = before.rfind(" ")
    word = before[space + 1 :]
    opens_sentence = space < 0 or before[:space].rstrip()[-1:] in ".!?:"
    return word[:1].isupper() and word[-1:].isalpha() and not opens_sentence


@lru_cache(maxsize=4096)
def trailing_place(part: str, topic_ok: bool = False) -> PlacePhrase | None:
    """The place phrase that ends ``part`` after its preposition ("... fire in Kings Canyon").

    ``topic_ok``: a known place follows the part ("Sunrise over Angkor Wat, Cambodia"), so
    "over", "on", "above" name a place even when the name itself is not a known one.
    """
    text = part
    end = part[-90:]
    if " of " in end:  # the usual part holds none: told before a generator is made
        folded = end.casefold()
        if any(word in folded for word in _TRAILING_DIRECTIONS):
            relative = _TRAILING_RELATIVE.search(part, max(0, len(part) - 90))
            if relative is not None and not part[: relative.start()].endswith((" the", " The")):
                # "Kerbala, 100 km south of Baghdad": where the place lies by another; but "in
                # the north of France" is a part of France (a descriptor, after its article)
                text = part[: relative.start()]
    venue = _venue_then_place(text)
    if venue is not None:
        return venue
    best: PlacePhrase | None = None
    matches = list(_preposition().finditer(text[-160:]))
    offset = max(0, len(text) - 160)
    for match in reversed(matches):
        preposition = match.group(0).strip().casefold()
        if _says_of(preposition, text, offset + match.start()):
            continue
        if preposition in from_prepositions() and not _from_the_place(text, offset + match.start()):
            if best is not None:
                break
            continue  # "a visitor from Bel Air": where someone comes from
        if best is not None and preposition not in in_words():
            # "near Khan Younis in the southern Gaza Strip": a named place near which the photo
            # was taken, inside the larger one; "near the border in X" names X only.
            rest = text[offset + match.end() :]
            part_name = city_part_name(text[offset + match.end() : best.start].rstrip())
            if part_name is not None and best.location != part_name:
                # "walks through Hamarweyne district in Mogadishu": the part, then its city
                best = PlacePhrase(
                    f"{part_name}, {best.location}", offset + match.start(), best.removable
                )
            elif preposition in ("near", "outside") and not rest.casefold().startswith("the "):
                core = place_core(rest, preposition)
                if (
                    core is not None
                    and core.removable
                    and core.location != best.location
                    # "outside Buckingham Palace in London": a venue; "outside Kyiv": a place
                    and (preposition == "near" or is_known_place(core.location.split(",")[0]))
                ):
                    best = PlacePhrase(
                        core.location, offset + match.start(), True, core.region_like
                    )
            break  # "at the Grand Bazaar in Urumqi" names Urumqi; the venue stays in the text
        if preposition in between_words():
            core = _between_places(text[offset + match.end() :])
        else:
            core = place_core(
                text[offset + match.end() :],
                "in" if topic_ok and preposition in _TOPIC_PREPOSITIONS else preposition,
            )
        if (
            core is not None
            and preposition in known_place_prepositions()
            and not is_known_place(core.location.split(",")[0])
        ):
            core = None  # "Kinder spielen im Schnee": a noun, as every noun, in capitals
        if core is not None and _versus(preposition, text, offset + match.start(), core.location):
            core = None  # "Wales v Scotland": a match's other side, no Czech "v Praze"
        if core is None:
            if best is not None:
                break
            continue
        best = PlacePhrase(core.location, offset + match.start(), core.removable, core.region_like)
    if best is None:
        # "after reaching the Greek island of Kos": the place without a preposition of its own;
        # the phrase belongs to the sentence, so it stays in the description.
        found = list(described_places(text[-160:]))
        described = found[-1] if found else None
        if described is not None:
            core = place_core(text[offset + described.end() :])
            if core is not None:
                best = PlacePhrase(
                    core.location, offset + described.start(), False, core.region_like
                )
    return best


def _landmark_name(words: list[str]) -> bool:
    """Whether capitalised words name a landmark: its noun last ("World Trade Center") or,
    in the languages that write it so, first ("Tour Eiffel", "Piazza San Marco")."""
    nouns = landmark_nouns()
    return (
        len(words) >= 2
        and (words[-1].casefold() in nouns or words[0].casefold() in nouns)
        and words[0].casefold() not in _not_places()
    )


def landmark_at_end(text: str) -> PlacePhrase | None:
    """A landmark that ends ``text`` after a word for "of" or a known place's possessive:
    "the collapse of New York's World Trade Center", "smoke pours from the towers of the
    World Trade Center", "devant la façade de la Tour Eiffel". It names the photo's place
    inside the sentence, which keeps it."""
    if not text[-1:].isalpha() or not text.rsplit(None, 1)[-1][:1].isupper():
        return None  # the usual case: the text ends in a lower-case word
    words = text[-120:].split()
    index = len(words)
    while index > 0 and len(words) - index < 7:
        word = words[index - 1]
        if not (word[:1].isupper() or (index < len(words) and word in _PARTICLES)):
            break
        index -= 1
    while index < len(words) and words[index] in _PARTICLES:
        index += 1  # "de la Tour": the particles before the name are its "of"
    name = words[index:]
    owner: str | None = None
    for at, word in enumerate(name[:-1]):
        if word.endswith(("'s", "’s")):
            owner = " ".join([*name[:at], word[:-2]])
            name = name[at + 1 :]
            break
    if not _landmark_name(name) or _ORG_IN_PLACE.search(" ".join(name)):
        return None
    landmark = " ".join(name)
    start = text.rfind(landmark)
    if owner is not None:
        return PlacePhrase(f"{landmark}, {owner}", start, False) if is_known_place(owner) else None
    before = [w.casefold() for w in words[max(0, index - 2) : index]]
    _, of_words, articles = _place_words()
    if before and before[-1] in articles | {"the"}:
        before = before[:-1]
    if not before or before[-1] not in of_words | {"of"}:
        return None
    return PlacePhrase(landmark, start, False)


def _from_the_place(text: str, at: int) -> bool:
    """Whether the "from" at ``at`` follows a word that makes it the photo's place: "lifts
    off from Cape Canaveral", "seen from Brooklyn", "erupts from Mount Etna"."""
    before = text[max(0, at - 40) : at].rsplit(None, 1)[-1:]
    return bool(before) and before[0].strip(",").casefold() in from_place_words()


# The characters the walk of ``_split_parts`` acts on; every other one leaves it as it is.
_PART_MARKS = pattern_cache.compile(r"[,()\[\]]")
# A bracket with neither a comma nor another bracket inside.
_FLAT_BRACKETS = pattern_cache.compile(r"[(\[][^,()\[\]]*[)\]]")


def _split_parts(text: str) -> list[str]:
    """Comma-separated parts, not splitting inside brackets; they join again with commas."""
    if "(" not in text and "[" not in text:
        return text.split(",")
    # Most brackets hold a few words and no comma ("(frame 12)", "(L-R)"): with those taken
    # out and no bracket left, every comma is outside the brackets.
    flat = _FLAT_BRACKETS.sub("", text)
    if "(" not in flat and ")" not in flat and "[" not in flat and "]" not in flat:
        return text.split(",")
    parts = []
    depth = 0
    start = 0
    # Only the brackets and commas are visited (found by one regex scan), not every character:
    # a chunk of eighty characters holds a handful of them.
    for match in _PART_MARKS.finditer(text):
        char = match[0]
        if char in "([":
            depth += 1
        elif char != ",":
            depth = depth - 1 if depth else 0
        elif not depth:
            index = match.start()
            parts.append(text[start:index])
            start = index + 1
    parts.append(text[start:])
    return parts


# Clauses that may sit between a place and its date: "in Managua, Nicaragua, where abortions
# are illegal, on ...", "the town of Kobane, also known as Ain al-Arab, on ...".
_SKIPPABLE_PART = pattern_cache.compile(
    r"^(?:where|which|who|also known as|known as|formerly|locally known as)\b"
)


@lru_cache(maxsize=4096)
def _whole_place(part: str) -> PlacePhrase | None:
    """A comma part that is a place by itself: "Iran", "Calif.", "Kyiv Oblast", "a city in X"."""
    if _preposition().match(part):
        return None
    appositive = _APPOSITIVE.match(part)
    core = place_core(part[appositive.end() :] if appositive else part, nested=False)
    return core if core is not None and core.removable else None


@lru_cache(maxsize=4096)
def _part_reading(part: str) -> tuple[str, PlacePhrase | None]:
    """How the walk of ``place_before`` takes one comma part, with the place of a whole part.

    "relative" ("south of Baghdad", "near X"), "clause" ("where ..."), "whole" ("Iran",
    "Calif."), or "" for anything else. Cached: the short parts of place phrases come again
    in caption after caption.
    """
    if _RELATIVE_PART.match(part):
        return "relative", None
    if _SKIPPABLE_PART.match(part):
        return "clause", None
    whole = _whole_place(part)
    return ("whole", whole) if whole is not None else ("", None)


def _spaced_dash(part: str) -> str:
    """The spaced dash of ``part`` (a hyphen, an en or an em dash), or ""."""
    for dash in (" - ", " — ", " – "):
        if dash in part:
            return dash
    return ""


def place_before(chunk: str, whole_chunk_ok: bool = False) -> PlacePhrase | None:
    """The place phrase that ends ``chunk``, walking back over its comma-separated parts.

    The walk collects whole place parts ("Iran"), drops relative parts ("south of Baghdad")
    and clauses ("where ..."), and ends at the part whose closing preposition phrase names the
    place ("... in Tehran"). ``whole_chunk_ok`` accepts a chunk made only of place parts
    (a dateline) when its last part is a known place.
    """
    collected: list[str] = []
    whole_starts: list[int] = []  # where each whole place part of ``collected`` starts
    start: int | None = None
    removable = True
    finished = False
    walked_all = True
    # The parts from the last; each starts where the one after it starts, less its length and
    # a comma.
    part_end = len(chunk)
    for raw in reversed(_split_parts(chunk)):
        offset = part_end - len(raw)
        part_end = offset - 1
        part = raw.strip()
        lead = offset + (len(raw) - len(raw.lstrip()))
        if not part:
            walked_all = False
            break
        kind, whole = _part_reading(part)
        if kind == "relative":
            inner = trailing_place(part) if " in " in part else None
            if inner is not None and inner.region_like:
                collected.insert(0, inner.location)
            elif part.split()[-1][:1].islower():
                collected.clear()  # "some 450km east of the capital, Ankara": Ankara is not it
            start = lead
            continue
        if kind == "clause":
            if collected == [] and start is None:
                start = lead
            continue
        if whole is not None:
            collected.insert(0, whole.location)
            whole_starts.insert(0, lead)
            start = lead
            continue
        dash = _spaced_dash(part)
        if dash:
            # Reuters sports slugs: "Quarter Final - France v United States - Parc des Princes";
            # a place after a dash closing the description: "... a destroyed building — Kyiv,
            # Ukraine, June 18, 2022".
            slug_place = _whole_place(part.rsplit(dash, 1)[1])
            if (
                slug_place is not None
                and dash != " - "
                and not is_known_place(slug_place.location.split(",")[0])
            ):
                # after a dash that is no slug's, only a place the index knows ("Jo Roe —
                # Staff" names none)
                slug_place = None
            if slug_place is not None:
                collected.insert(0, slug_place.location)
                start = lead + part.rfind(dash) + len(dash)
                finished = True
                walked_all = False
                break
        found = trailing_place(part)
        if found is None and collected and is_known_place(collected[-1]):
            found = trailing_place(part, topic_ok=True)
        if found is None and collected and part.rsplit(None, 1)[-1].casefold() in _CAPITAL_WORDS:
            # "in the Ukrainian capital, Kyiv, on ...": the city named after its descriptor;
            # the descriptor's phrase stays in the description.
            removable = False
            finished = True
            walked_all = False
            break
        if found is None:
            walked_all = False
            break
        collected.insert(0, found.location)
        start = lead + found.start
        removable = removable and found.removable
        finished = True
        if (
            found.start == 0
            and part.split(None, 1)[0].casefold() in in_words()
            and (
                len(collected) == 1
                or (len(collected) == 1 + len(whole_starts) and _names_a_region(part))
            )
        ):
            # "in Jenin, in the Israeli-occupied West Bank", "à Kiev, en Ukraine": a part that
            # is only "in <place>" widens the place named by the part before it; so does "in
            # the southern state of Kerala" before its country ("in Wayanad, in the southern
            # state of Kerala, India").
            continue
        if not found.region_like:
            walked_all = False
            break
    if not finished and whole_chunk_ok and collected:
        # A dateline ("Kathmandu, Nepal, Sept. 15"), or "City, Country" after a verb's object
        # ("leaves Downing Street, London, Britain, July 7"): known places only.
        known = [is_known_place(part) for part in collected]
        finished = known[-1] and (walked_all or (len(known) >= 2 and all(known)))
        tail = 0
        while tail < len(known) and known[-1 - tail]:
            tail += 1
        if not finished and len(collected) >= 3 and tail >= 1:
            tail = len(collected)  # three or more place parts closing with a known one
        if not finished and tail >= 2 and len(whole_starts) == len(collected):
            # "... in the Mixed Ability Tournament, Buccaneers RFC, Co. Westmeath, Ireland on
            # June 10": a venue of no known name, then known places; the known ones name it.
            collected = collected[-tail:]
            start = whole_starts[-tail]
            finished = True
    if not finished or not collected or start is None:
        return None
    return _new_place(PlacePhrase, (", ".join(collected), start, removable, False))


def _names_a_region(part: str) -> bool:
    """Whether ``part`` names a region by its noun and "of": "in the southern state of
    Kerala", "in the province of Sichuan" (``data/languages``: region_nouns)."""
    head, sep, _ = part.partition(" of ")
    return bool(sep) and head.rsplit(None, 1)[-1].casefold() in region_nouns()


_AFTER = pattern_cache.compile(r"^,?\s*(?:in|at)\s+")


def keep_abbreviation_period(text: str) -> str:
    """Drop a sentence's closing period, but not the period of "Del.", "D.C." or "Calif."."""
    text = text.rstrip()
    if not text.endswith("."):
        return text
    last = text.rsplit(None, 1)[-1]
    if is_abbreviation(last) or "." in last[:-1]:
        return text
    return text.rstrip(".")


def place_after(text: str) -> PlacePhrase | None:
    """ "..., on March 15, 2022 in Wellington, New Zealand." -> the phrase after the date."""
    if len(text) > 140:
        return None
    return _place_after(text)


@lru_cache(maxsize=4096)
def _place_after(text: str) -> PlacePhrase | None:
    """``place_after`` for a short text; cached: the words after a date repeat (".", "in X.")."""
    match = _AFTER.match(text)
    if not match:
        return None
    place = keep_abbreviation_period(text[match.end() :])
    parts = [p.strip() for p in place.split(",")]
    cores = [place_core(p) for p in parts]
    if not parts or any(c is None or not c.removable for c in cores):
        return None
    location = ", ".join(c.location for c in cores if c)
    return PlacePhrase(location, match.start())


# The known place after a place and its comma: "Tegucigalpa, Honduras".
_MORE_PLACE = pattern_cache.compile(r",\s([A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3})")
# "in", "near" or "outside" as a word, then a capitalised name. The pattern opens with the
# words' first letters as a class, so that a search skips to them (one that opens with "\b" is
# tried at every character); the look-behind after it is the "\b" before the word.
_MID_SENTENCE = pattern_cache.compile(
    r"[ino](?<!\w[ino])(?:(?<=i)n|(?<=n)ear|(?<=o)utside)\s+(?:the\s+)?"
    r"(?P<place>[A-Z][\w'’.-]*(?:\s(?:[A-Z][\w'’.-]*|de|del|la)){0,4})"
)


def place_mid_sentence(sentence: str) -> PlacePhrase | None:
    """A known place named inside the first sentence: "Protesters in Yemen have been ..."."""
    for match in _MID_SENTENCE.finditer(sentence[:600]):
        place = match.group("place")
        if not is_abbreviation(place.rsplit(" ", 1)[-1]):
            place = place.rstrip(".")
        if place.endswith(("'s", "’s")) and not is_known_place(place):
            place = place[:-2]  # "in Tokyo's Shinagawa district"; "in St. John's" is a name
        if not place or place.split()[0].casefold() in _not_places():
            continue  # "in March" is a month, although GeoNames has a town called March
        rest = sentence[match.end("place") :]
        abbreviation = re.match(r",\s([A-Z][a-z]{1,4}\.)", rest)
        if abbreviation is not None and is_abbreviation(abbreviation.group(1)):
            # "The ski resort in Vail, Colo. has ...": a town of no fame and its state.
            return PlacePhrase(f"{place}, {abbreviation.group(1)}", match.start(), removable=False)
        if is_known_place(place):
            more = _MORE_PLACE.match(rest)
            if more and is_known_place(more.group(1).rstrip(".")):
                place = f"{place}, {more.group(1)}"
            return PlacePhrase(place, match.start(), removable=False)
    return _place_phrase_mid_sentence(sentence)


# A mark that ends a phrase, then white space or the end: one class first, so that a search
# skips to the marks (an alternation is tried at every character).
_PHRASE_END = pattern_cache.compile(r"[,.;:!?](?:\s|$)")


def _place_phrase_mid_sentence(sentence: str) -> PlacePhrase | None:
    """A place phrase inside a sentence, in any language of the data, that ends in a known
    place: "a eu lieu, dans le 18e arrondissement de Paris, la marche", "prévue à Barbès
    (Paris) a été interdite". The phrase runs from its preposition to the longest run of
    words that names a place, never past a comma or a full stop."""
    head = sentence[:600]
    # "the city of Ordos was designed ...": a described place opens a phrase like a preposition
    openers = list(_preposition().finditer(head))
    if " of " in head:
        openers.extend(described_places(head))
    if len(openers) > 1:
        openers.sort(key=lambda opener: opener.start())
    for match in openers:
        rest = sentence[match.end() : match.end() + 120]
        end = _PHRASE_END.search(rest)
        phrase = rest[: end.start()] if end else rest
        if phrase.islower() and ")" not in phrase:
            continue  # the usual case: "in line to vote", "at a mosque": no name in it
        words = phrase.split()[:8]
        described = match.re is _described_place() or match.re is _KIND_OF
        preposition = "in" if described else match.group(0).strip().casefold()
        if _says_of(preposition, sentence, match.start()):
            continue
        if preposition in from_prepositions() and not _from_the_place(sentence, match.start()):
            continue  # "a visitor from Bel Air": where someone comes from
        if preposition in between_words():
            # "a stage between Tarija and Potosi": two towns; "between France and Germany": none
            between = _between_places(" ".join(words))
            if between is not None:
                return PlacePhrase(between.location, match.start(), removable=False)
            continue
        for count in range(len(words), 0, -1):
            last = words[count - 1]
            if not (last[:1].isupper() or last.endswith(")")):
                continue
            core = place_core(" ".join(words[:count]), preposition)
            if core is not None and _versus(preposition, sentence, match.start(), core.location):
                break  # "the match Wales v Scotland": the other side
            if core is not None and core.removable:
                place = core.location.rsplit(", ", 1)[-1]
                # "в Москве прошла акция": a name inflected after its preposition is known too
                if is_known_place(place) or base_of(place, sentence) is not None:
                    location = core.location
                    if end is not None and count == len(words):
                        # "on the outskirts of Tegucigalpa, Honduras to ...": its country
                        more = _MORE_PLACE.match(rest, end.start())
                        if more and is_known_place(more.group(1).rstrip(".")):
                            location = f"{location}, {more.group(1)}"
                    return PlacePhrase(location, match.start(), removable=False)
                break
    return None


# A sentence that opens with its place: "In Jerusalem's Old City, priests carried ...".
_OPENING = pattern_cache.compile(r"(?:In|At|Near|Outside|On)\s+(?P<phrase>[^,.;:]{2,60}?),\s")


def place_opening(sentence: str) -> PlacePhrase | None:
    """The place phrase opening ``sentence`` before a comma; it stays in the description."""
    match = _OPENING.match(sentence)
    if match is None:
        return _opening_name(sentence)
    preposition = match.group(0).split(None, 1)[0].casefold()
    core = place_core(match.group("phrase"), preposition)
    if core is None or not core.removable:
        return None
    return PlacePhrase(core.location, 0, removable=False, region_like=core.region_like)


def _opening_name(sentence: str) -> PlacePhrase | None:
    """A sentence that opens with a preposition and a known place, with no comma after it:
    "In Berlin demonstrierten ...", "В Москве прошла акция" (the name read back to Москва
    later), "W Warszawie odbył się marsz". The phrase stays in the description."""
    words = sentence[:80].split(None, 4)[:4]
    if len(words) < 3 or not words[0][:1].isupper() or not words[1][:1].isupper():
        return None
    if words[0].casefold() not in place_prepositions():
        return None
    capitalised = 1
    while capitalised < len(words) - 1 and words[capitalised + 1][:1].isupper():
        capitalised += 1
    for size in range(capitalised, 0, -1):
        name = " ".join(words[1 : 1 + size]).rstrip(",.;:")
        if is_known_place(name) or base_of(name, sentence) is not None:
            return PlacePhrase(name, 0, removable=False)
    return None


@cache
def _suffixed_place() -> re.Pattern[str]:
    endings = "|".join(lexicon.longest_first(map(re.escape, case_suffixes())))
    return pattern_cache.compile(
        rf"(?<![\w'’])([^\W\d_][\w.-]*)['’](?:{endings})(?!\w)", re.IGNORECASE
    )


def suffixed_place(text: str) -> PlacePhrase | None:
    """The first known place written with a locative ending after its apostrophe, as Turkish
    writes "in" ("İstanbul'da düzenlenen yürüyüş"): where the photo was taken; the phrase
    belongs to the sentence and stays in the description."""
    if "'" not in text and "’" not in text:
        return None  # the usual case
    for match in _suffixed_place().finditer(text):
        name = match.group(1)
        before = text[max(0, match.start() - 30) : match.start()].split()
        if before and before[-1][:1].isupper() and not before[-1].endswith((".", ":")):
            # "Ayşe Kaya'da": the last word of a longer name (a person's), not the town Kaya
            name = f"{before[-1]} {name}"
        if name[:1].isupper() and is_known_place(name):
            return PlacePhrase(name, match.start(), removable=False)
    return None
