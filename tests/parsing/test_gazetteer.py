"""The shipped place index: current with its sources, and read back as built."""

from __future__ import annotations

import json
import tomllib

from catalog.parsing import gazetteer, places


def test_the_shipped_index_is_a_fresh_build_of_its_sources() -> None:
    # Fails after places.toml is edited without `python -m catalog.parsing.gazetteer`.
    assert gazetteer.GAZETTEER_FILE.read_bytes() == gazetteer.encode(gazetteer.build())


def test_encoding_is_deterministic() -> None:
    index = {
        "format": 2,
        "countries": {"iraq": "IQ"},
        "country_names": {"IQ": "Iraq"},
        "regions": {},
        "abbreviations": [],
        "cities": [["Duhok", "IQ", ["dahuk", "duhok"]], ["Erbil", "IQ", ["arbil", "erbil"]]],
        "cities_elsewhere": [],
    }
    assert gazetteer.encode(index) == gazetteer.encode(json.loads(json.dumps(index)))


def test_the_file_holds_its_sections_back_to_back() -> None:
    header, sections = places.read_index()
    assert [name for name, _length in header["sections"]] == list(sections)
    keys = sections["keys"].decode("utf-8").split("\n")
    assert keys == sorted(keys)
    # Each slice holds exactly the names that start with its two letters, none elsewhere.
    for prefix, (start, end, first) in header["buckets"].items():
        names = sections["keys"][start:end].decode("utf-8").split("\n")
        assert {places.bucket_of(name) for name in names} == {prefix}
        assert keys[first : first + len(names)] == names


def test_loaded_index_answers_for_cities_regions_countries_and_aliases() -> None:
    index = places._gazetteer()
    assert index.cities["duhok"] == ("Dihok", "IQ")  # GeoNames spells it so
    # Alternate names share one city object instead of a copy each.
    assert index.cities["kiev"] is index.cities["kyiv"]
    assert "reuters" not in index.cities
    assert index.cities.get("") is None
    assert index.regions["kan"] == ("Kansas", "US")
    assert index.countries["britain"] == "GB"
    # A name whose most populous city is elsewhere is still found within a named country.
    assert places.resolve("Paris, Texas").city == "Paris"
    assert places.resolve("Paris, Texas").country_code == "US"
    assert places.resolve("Paris").country_code == "FR"
    assert places.is_abbreviation("Calif.")


def test_a_lookup_builds_only_the_slice_it_reaches() -> None:
    header, sections = places.read_index()
    every = places.cities_of(header, sections)
    every.build_all()
    cities = places.cities_of(header, sections)
    assert cities.get("tehran") == ("Tehran", "IR")
    assert cities.get("tehranx") is None
    assert set(cities._built) == {"te"}
    cities.build_all()
    assert cities._built == every._built
    assert sum(map(len, every._built.values())) > 200_000


def test_countries_are_known_as_each_language_writes_them() -> None:
    # Captions in Spanish, French, German, Italian write the country in their own language;
    # the country column is its one English name whichever way it was written.
    for written, english in [
        ("Lima, Perú", "Peru"),
        ("Berlin, Allemagne", "Germany"),
        ("Madrid, Spagna", "Spain"),
        ("Wien, Österreich", "Austria"),
        ("Lisboa, Portugal", "Portugal"),
    ]:
        assert places.resolve(written).country == english, written
    assert not places.is_known_place("Allemand")


def test_cyrillic_names_are_known_for_the_cities_that_keep_them() -> None:
    # Every city of the countries that write Cyrillic, large cities elsewhere; country names
    # as Russian and Ukrainian captions write them.
    for written, code in [
        ("Москва", "RU"),
        ("Київ", "UA"),
        ("Харків, Україна", "UA"),
        ("Казань, Россия", "RU"),
        ("Варшава", "PL"),
        ("Берлин", "DE"),
    ]:
        assert places.resolve(written).country_code == code, written
    rule = tomllib.loads((gazetteer.GAZETTEER_FILE.parent / "places.toml").read_text("utf-8"))
    assert {"RU", "UA", "BY"} <= set(rule["cyrillic_names"]["countries"])


def test_vietnamese_names_are_known_with_their_letters() -> None:
    assert places.resolve("Hà Nội").country_code == "VN"
    assert places.resolve("Đà Nẵng").country_code == "VN"
