"""Resolve a written location ("Tehran, Iran", "Lenexa, Kan.", "Basra") into its parts.

Real place data, indexed ahead of time by ``catalog.parsing.gazetteer`` into the shipped
``data/gazetteer.json.gz``: GeoNames cities and their alternate names, ISO country names and
codes, US states, and ``data/places.toml`` for the newsroom names those lack ("U.S.",
"Britain", "Gaza City", "Calif."). Unresolved parts stay as written in ``location``; only the
parts found here fill city, region, country and code.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import NamedTuple

# Bumped when the layout of gazetteer.json.gz changes.
GAZETTEER_FORMAT = 1


@dataclass(frozen=True, slots=True)
class PlaceParts:
    city: str | None = None
    region: str | None = None
    country: str | None = None
    country_code: str | None = None


class _City(NamedTuple):
    name: str
    country_code: str


@dataclass
class _Gazetteer:
    countries: dict[str, str]  # folded name -> ISO code
    country_names: dict[str, str]  # ISO code -> display name
    regions: dict[str, tuple[str, str]]  # folded name -> (region, ISO code)
    cities: dict[str, _City]  # folded name -> most populous city of that name
    # "name\0CC" -> most populous city of that name in that country, only where that is not
    # the one in ``cities`` (string keys, and few of them: most names are in one country).
    cities_elsewhere: dict[str, _City]
    abbreviations: frozenset[str]  # names written with a closing period: "Calif.", "D.C."


def fold(name: str) -> str:
    return " ".join(name.replace("’", "'").strip(" .,").casefold().split())


@cache
def _gazetteer() -> _Gazetteer:
    raw = resources.files("catalog.parsing").joinpath("data/gazetteer.json.gz").read_bytes()
    index = json.loads(gzip.decompress(raw))
    if index.get("format") != GAZETTEER_FORMAT:
        raise RuntimeError("data/gazetteer.json.gz is stale: python -m catalog.parsing.gazetteer")
    cities: dict[str, _City] = {}
    for name, code, keys in index["cities"]:
        city = _City(name, code)  # one object for all its names
        for key in keys:
            cities[key] = city
    elsewhere: dict[str, _City] = {}
    for name, code, keys in index["cities_elsewhere"]:
        city = _City(name, code)
        for key in keys:
            elsewhere[f"{key}\0{code}"] = city
    return _Gazetteer(
        countries=index["countries"],
        country_names=index["country_names"],
        regions={key: (region, code) for key, (region, code) in index["regions"].items()},
        cities=cities,
        cities_elsewhere=elsewhere,
        abbreviations=frozenset(index["abbreviations"]),
    )


def is_abbreviation(word: str) -> bool:
    """Whether ``word`` ("Calif.", "D.C.", "Mo.") is a place abbreviation whose period stays."""
    return word.casefold() in _gazetteer().abbreviations


def warm_up() -> None:
    """Build the index now (it takes a fraction of a second) rather than on the first caption."""
    _gazetteer()


def country_code(name: str) -> str | None:
    return _gazetteer().countries.get(fold(name))


def is_known_place(name: str) -> bool:
    """Whether ``name`` is a country, a region or a city that the gazetteer knows."""
    gazetteer = _gazetteer()
    key = fold(name)
    return key in gazetteer.countries or key in gazetteer.regions or key in gazetteer.cities


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
