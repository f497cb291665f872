"""Resolve a written location ("Tehran, Iran", "Lenexa, Kan.", "Basra") into its parts.

Real place data, indexed ahead of time by ``catalog.parsing.gazetteer`` into the shipped
``data/gazetteer.bin``: GeoNames cities and their alternate names, ISO country names and
codes, US states, and ``data/places.toml`` for the newsroom names those lack ("U.S.",
"Britain", "Gaza City", "Calif."). Unresolved parts stay as written in ``location``; only the
parts found here fill city, region, country and code.

The index is read on the first question about a place, and its 200,000 city names are not
made into a dictionary then: they are one sorted text, cut by the first two letters of a name,
and only the slices that a lookup reaches become dictionaries. A ``catalog parse`` of one
caption so reads the file and a few slices (milliseconds), not the whole index (a tenth of a
second); a parser worker ends up with the same dictionaries as before, built bit by bit.
"""

from __future__ import annotations

import json
import sys
from array import array
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from importlib import resources
from typing import Any, NamedTuple

# Bumped when the layout of gazetteer.bin changes.
GAZETTEER_FORMAT = 2
# A city's row number in the index: 4-byte unsigned, little-endian in the file.
ROW_TYPE = "I"


@dataclass(frozen=True, slots=True)
class PlaceParts:
    city: str | None = None
    region: str | None = None
    country: str | None = None
    country_code: str | None = None


class _City(NamedTuple):
    name: str
    country_code: str


def bucket_of(key: str) -> str:
    """The slice of the sorted names a folded name is in: its first two characters."""
    return key[:2]


class _Cities:
    """Folded city name -> the most populous city of that name, read slice by slice.

    ``keys`` is every name, sorted, one per line (UTF-8); ``rows`` the city of each line;
    ``buckets`` where each slice (see ``bucket_of``) starts and ends in ``keys`` (bytes) and
    its first line. A slice becomes a dictionary when a lookup first reaches it.
    """

    __slots__ = ("_buckets", "_built", "_cities", "_codes", "_keys", "_names", "_rows")

    def __init__(
        self,
        names: bytes,
        codes: bytes,
        keys: bytes,
        rows: array[int],
        buckets: dict[str, list[int]],
    ) -> None:
        self._names: bytes | list[str] = names  # split on the first city asked for
        self._codes = codes  # two ASCII letters per city
        self._keys = keys
        self._rows = rows
        self._buckets = buckets
        self._cities: dict[int, _City] = {}
        # folded name -> row, per bucket: a city is made when it is asked for (a caption asks
        # for a few; a bucket holds thousands).
        self._built: dict[str, dict[str, int]] = {}

    def city(self, row: int) -> _City:
        """City ``row``: one object for all its names."""
        found = self._cities.get(row)
        if found is None:
            if isinstance(self._names, bytes):
                self._names = self._names.decode("utf-8").split("\n")
            code = self._codes[2 * row : 2 * row + 2].decode("ascii")
            found = self._cities[row] = _City(self._names[row], code)
        return found

    def _bucket(self, prefix: str) -> dict[str, int]:
        built = self._built.get(prefix)
        if built is None:
            span = self._buckets.get(prefix)
            if span is None:
                built = {}
            else:
                start, end, first = span
                names = self._keys[start:end].decode("utf-8").split("\n")
                rows = self._rows[first : first + len(names)]
                built = dict(zip(names, rows, strict=True))
            self._built[prefix] = built
        return built

    def get(self, key: str) -> _City | None:
        row = self._bucket(bucket_of(key)).get(key)
        return None if row is None else self.city(row)

    def __getitem__(self, key: str) -> _City:
        found = self.get(key)
        if found is None:
            raise KeyError(key)
        return found

    def __contains__(self, key: str) -> bool:
        return self.get(key) is not None

    def build_all(self) -> None:
        for prefix in self._buckets:
            self._bucket(prefix)


@dataclass
class _Gazetteer:
    countries: dict[str, str]  # folded name -> ISO code
    country_names: dict[str, str]  # ISO code -> display name
    regions: dict[str, tuple[str, str]]  # folded name -> (region, ISO code)
    cities: _Cities  # folded name -> most populous city of that name
    abbreviations: frozenset[str]  # names written with a closing period: "Calif.", "D.C."
    # JSON [[name, code, folded names]] of the most populous city of a name in a country,
    # only where that is not the one in ``cities`` (few: most names are in one country).
    elsewhere_json: bytes = field(repr=False)

    @cached_property
    def cities_elsewhere(self) -> dict[str, _City]:
        """ "name\0CC" -> that city, built on the first lookup that needs it."""
        elsewhere: dict[str, _City] = {}
        for name, code, keys in json.loads(self.elsewhere_json):
            city = _City(name, code)
            for key in keys:
                elsewhere[f"{key}\0{code}"] = city
        return elsewhere


def fold(name: str) -> str:
    return " ".join(name.replace("’", "'").strip(" .,").casefold().split())


def split_sections(payload: bytes) -> tuple[dict[str, Any], dict[str, bytes]]:
    """The header and the named byte sections of the index file: a line of JSON, then the
    sections back to back, their lengths in ``header["sections"]``."""
    end = payload.index(b"\n")
    header = json.loads(payload[:end])
    sections: dict[str, bytes] = {}
    offset = end + 1
    for name, length in header["sections"]:
        sections[name] = payload[offset : offset + length]
        offset += length
    return header, sections


def read_index() -> tuple[dict[str, Any], dict[str, bytes]]:
    """The shipped index file's header and sections."""
    raw = resources.files("catalog.parsing").joinpath("data/gazetteer.bin").read_bytes()
    header, sections = split_sections(raw)
    if header.get("format") != GAZETTEER_FORMAT:
        raise RuntimeError("data/gazetteer.bin is stale: python -m catalog.parsing.gazetteer")
    return header, sections


def cities_of(header: dict[str, Any], sections: dict[str, bytes]) -> _Cities:
    """The city names of an index, not yet made into dictionaries."""
    rows = array(ROW_TYPE)
    rows.frombytes(sections["rows"])
    if sys.byteorder == "big":
        rows.byteswap()
    return _Cities(sections["names"], sections["codes"], sections["keys"], rows, header["buckets"])


@cache
def _gazetteer() -> _Gazetteer:
    header, sections = read_index()
    return _Gazetteer(
        countries=header["countries"],
        country_names=header["country_names"],
        regions={key: (region, code) for key, (region, code) in header["regions"].items()},
        cities=cities_of(header, sections),
        abbreviations=frozenset(header["abbreviations"]),
        elsewhere_json=sections["elsewhere"],
    )


def is_abbreviation(word: str) -> bool:
    """Whether ``word`` ("Calif.", "D.C.", "Mo.") is a place abbreviation whose period stays."""
    return word.casefold() in _gazetteer().abbreviations


def warm_up() -> None:
    """Build the whole index's name maps now rather than slice by slice (its cities are made
    as they are asked for)."""
    gazetteer = _gazetteer()
    gazetteer.cities.build_all()
    _ = gazetteer.cities_elsewhere


def country_code(name: str) -> str | None:
    return _gazetteer().countries.get(fold(name))


def is_known_place(name: str) -> bool:
    """Whether ``name`` is a country, a region or a city that the gazetteer knows."""
    gazetteer = _gazetteer()
    key = fold(name)
    return key in gazetteer.countries or key in gazetteer.regions or key in gazetteer.cities


def is_country_or_region(name: str) -> bool:
    """Whether ``name`` is a country or a region the gazetteer knows ("Brazil", "Wales",
    "Texas"): the last part of a place phrase, which few people's first names are."""
    gazetteer = _gazetteer()
    key = fold(name)
    return key in gazetteer.countries or key in gazetteer.regions


def is_place_by_name(name: str) -> bool:
    """``is_known_place``, but a city counts only under its own name, not an alternate one."""
    gazetteer = _gazetteer()
    key = fold(name)
    if key in gazetteer.countries or key in gazetteer.regions:
        return True
    city = gazetteer.cities.get(key)
    return city is not None and fold(city.name) == key


@lru_cache(maxsize=16384)
def resolve(location: str) -> PlaceParts:
    """Split "City, Region, Country" (any part optional) into parts with an ISO country code."""
    gazetteer = _gazetteer()
    parts = [p.strip() for p in location.split(",") if p.strip()]
    if not parts:
        return PlaceParts()
    code: str | None = None
    region: str | None = None
    remaining = list(parts)

    last = fold(remaining[-1])
    if last in gazetteer.countries:
        code = gazetteer.countries[last]
        remaining.pop()
    elif last in gazetteer.regions and (len(remaining) > 1 or last not in gazetteer.cities):
        region, code = gazetteer.regions[last]
        remaining.pop()

    # The city is the first part GeoNames knows (parts before it are venues: "Wembley
    # Stadium, London"); parts between it and the country name regions ("Seattle, Washington").
    city: str | None = None
    city_index: int | None = None
    for index, part in enumerate(remaining):
        key = fold(part)
        found = gazetteer.cities.get(key)
        if code and found is not None and found.country_code != code:
            found = gazetteer.cities_elsewhere.get(f"{key}\0{code}")
        if found is not None and not (
            index == 0 and len(remaining) > 1 and key in gazetteer.regions
        ):
            city, city_index = part, index
            code = code or found.country_code
            break
    if city_index is not None:
        if region is None and city_index + 1 < len(remaining):
            middle = remaining[city_index + 1]
            known = gazetteer.regions.get(fold(middle))
            region = known[0] if known else middle
            code = code or (known[1] if known else None)
    elif len(remaining) == 1:
        # No known city: a lone part may still be a country or a region ("Gaza", "Tasmania").
        key = fold(remaining[0])
        if key in gazetteer.countries and code is None:
            code = gazetteer.countries[key]
        elif key in gazetteer.regions and region is None:
            region, region_code = gazetteer.regions[key]
            code = code or region_code
    elif len(remaining) > 1 and region is None:
        known = gazetteer.regions.get(fold(remaining[-1]))
        region = known[0] if known else remaining[-1]
        code = code or (known[1] if known else None)
    country = gazetteer.country_names.get(code) if code else None
    return PlaceParts(city=city, region=region, country=country, country_code=code)
