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
from dataclasses import dataclass

from catalog.parsing.places import is_known_place

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
_NOT_PLACES = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "today",
        "yesterday",
        "tonight",
        "president",
        "prime",
        "minister",
    ]
)
_RELATIVE_PART = re.compile(
    r"^(?:(?:some|about|around|roughly|nearly|approximately|just)\s+)?"
    r"(?:[\d,.]+\s*(?:km|kms|kilometres|kilometers|miles|mi|metres|meters)\s+)?"
    r"(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+of\b"
    r"|^(?:near|outside|close to|not far from)\s",
    re.IGNORECASE,
)
_TRAILING_RELATIVE = re.compile(
    r"\s+(?:(?:some|about|around|roughly|nearly|approximately)\s+)?"
    r"(?:[\d,.]+\s*(?:km|kms|kilometres|kilometers|miles|mi)\s+)?"
    r"(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of\s+[^,]{1,60}$",
    re.IGNORECASE,
)
_APPOSITIVE = re.compile(
    r"^an?\s+(?:[a-z-]+\s+){0,2}(?:city|town|village|district|suburb|area|region|county)\s+(?:in|of|near)\s+",
)
_PREPOSITION = re.compile(r"\b(?:in|at|near|outside|off|on|inside|toward|towards)\s+")
_POSSESSIVE = re.compile(r"^(?P<owner>[A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,3})['’]s\s+(?P<rest>.+)$")
_NESTED = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?")


@dataclass(frozen=True, slots=True)
class PlacePhrase:
    """A place as written ("Tehran, Iran") and where its phrase starts in the examined text."""

    location: str
    start: int
    # False when the place is named inside a larger phrase that must stay in the description
    # ("in Baghdad's Ghazil pet market" gives Baghdad).
    removable: bool = True
    region_like: bool = False


def _valid_tokens(text: str) -> bool:
    tokens = text.split()
    if not tokens or len(tokens) > 9:
        return False
    first = tokens[0]
    if not (first[:1].isupper() or first[:3] in ("al-", "el-")):
        return False
    if first.strip(".,").casefold() in _NOT_PLACES:
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


def place_core(phrase: str, preposition: str = "in") -> PlacePhrase | None:
    """The place named by a phrase such as "the southern city of Basra"; None if it names none."""
    text = phrase.strip().rstrip(",;:")
    if text.casefold().startswith("the "):
        text = text[4:]
    # "the outskirts of Duhok", "the Greek island of Kos": a descriptor ending in a lower-case
    # noun, then "of" and the place.
    for _ in range(3):
        head, sep, tail = text.partition(" of ")
        if not sep or len(head.split()) > 5:
            break
        last_word = head.split()[-1] if head.split() else ""
        if last_word[:1].islower() or head.casefold() in ("the", ""):
            text = tail[4:] if tail.casefold().startswith("the ") else tail
        else:
            break
    words = text.split()
    while words and words[0].casefold() in _RELATIVE_ADJECTIVES and words[0][:1].islower():
        words = words[1:]
    text = " ".join(words)
    if not text:
        return None

    possessive = _POSSESSIVE.match(text)
    if possessive:
        owner, rest = possessive.group("owner"), possessive.group("rest")
        rest_words = rest.split()
        if any(w.casefold() in GEO_NOUNS for w in rest_words) and _valid_tokens(owner):
            return PlacePhrase(text, 0, region_like=True)
        if all(w[:1].isupper() for w in rest_words) and _valid_tokens(rest):
            return PlacePhrase(f"{rest}, {owner}", 0)
        if preposition != "on" and is_known_place(owner):
            return PlacePhrase(owner, 0, removable=False)
        return None

    # "St Thomas in the U.S. Virgin Islands": nested places, most specific first.
    pieces = [p for p in _NESTED.split(text) if p]
    if len(pieces) > 1:
        cores = [place_core(p) for p in pieces]
        if all(c is not None and c.removable for c in cores):
            return PlacePhrase(", ".join(c.location for c in cores if c), 0)
        return None
    if not _valid_tokens(text):
        return None
    region_like = any(w.casefold() in GEO_NOUNS for w in words[1:])
    return PlacePhrase(text, 0, region_like=region_like)


def trailing_place(part: str) -> PlacePhrase | None:
    """The place phrase that ends ``part`` after its preposition ("... fire in Kings Canyon")."""
    text = _TRAILING_RELATIVE.sub("", part)
    best: PlacePhrase | None = None
    matches = list(_PREPOSITION.finditer(text[-160:]))
    offset = max(0, len(text) - 160)
    for match in reversed(matches):
        preposition = match.group(0).strip().casefold()
        core = place_core(text[offset + match.end() :], preposition)
        if core is None:
            if best is not None:
                break
            continue
        best = PlacePhrase(core.location, offset + match.start(), core.removable, core.region_like)
    return best


def _split_parts(text: str) -> list[tuple[int, str]]:
    """Comma-separated parts with their offsets, not splitting inside brackets."""
    parts: list[tuple[int, str]] = []
    depth = 0
    start = 0
    for index, char in enumerate(text):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        elif char == "," and depth == 0:
            parts.append((start, text[start:index]))
            start = index + 1
    parts.append((start, text[start:]))
    return parts


def place_before(chunk: str, whole_chunk_ok: bool = False) -> PlacePhrase | None:
    """The place phrase that ends ``chunk``, walking back over its comma-separated parts."""
    collected: list[str] = []
    start: int | None = None
    removable = True
    finished = False
    for offset, raw in reversed(_split_parts(chunk)):
        part = raw.strip()
        lead = offset + (len(raw) - len(raw.lstrip()))
        if not part:
            break
        if _RELATIVE_PART.match(part):
            inner = trailing_place(part) if " in " in part else None
            if inner is not None and inner.region_like:
                collected.insert(0, inner.location)
            elif part.split()[-1][:1].islower():
                collected.clear()  # "some 450km east of the capital, Ankara": Ankara is not it
            start = lead
            continue
        appositive = _APPOSITIVE.match(part)
        whole = place_core(part[appositive.end() :] if appositive else part)
        if whole is not None and whole.removable and not _PREPOSITION.match(part):
            collected.insert(0, whole.location)
            start = lead
            continue
        found = trailing_place(part)
        if found is None:
            break
        collected.insert(0, found.location)
        start = lead + found.start
        removable = removable and found.removable
        if found.region_like:
            continue
        finished = True
        break
    else:
        finished = whole_chunk_ok and bool(collected)
    if not finished or not collected or start is None:
        return None
    return PlacePhrase(", ".join(collected), start, removable)


_AFTER = re.compile(r"^,?\s*(?:in|at)\s+")


def keep_abbreviation_period(text: str) -> str:
    """Drop a sentence's closing period, but not the period of "Del.", "D.C." or "Calif."."""
    text = text.rstrip()
    if not text.endswith("."):
        return text
    last = text.rsplit(None, 1)[-1][:-1]
    if last[:1].isupper() and (len(last) <= 5 or "." in last):
        return text
    return text.rstrip(".")


def place_after(text: str) -> PlacePhrase | None:
    """ "..., on March 15, 2022 in Wellington, New Zealand." -> the phrase after the date."""
    if len(text) > 140:
        return None
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


_MID_SENTENCE = re.compile(
    r"\b(?:in|near|outside)\s+(?:the\s+)?(?P<place>[A-Z][\w'’.-]*(?:\s(?:[A-Z][\w'’.-]*|de|del|la)){0,4})"
)


def place_mid_sentence(sentence: str) -> PlacePhrase | None:
    """A known place named inside the first sentence: "Protesters in Yemen have been ..."."""
    for match in _MID_SENTENCE.finditer(sentence[:600]):
        place = match.group("place").rstrip(".")
        if place.endswith(("'s", "’s")):
            place = place[:-2]
        if not place:
            continue
        if is_known_place(place):
            rest = sentence[match.end("place") :]
            more = re.match(r",\s([A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3})", rest)
            if more and is_known_place(more.group(1).rstrip(".")):
                place = f"{place}, {more.group(1)}"
            return PlacePhrase(place, match.start(), removable=False)
    return None
