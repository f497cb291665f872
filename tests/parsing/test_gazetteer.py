"""The shipped place index: current with its sources, and read back as built."""

from __future__ import annotations

import gzip
import json

from catalog.parsing import gazetteer, places


def test_the_shipped_index_is_a_fresh_build_of_its_sources() -> None:
    # Fails after places.toml is edited without `python -m catalog.parsing.gazetteer`.
    shipped = json.loads(gzip.decompress(gazetteer.GAZETTEER_FILE.read_bytes()))
    assert shipped == gazetteer.build()


def test_encoding_is_deterministic() -> None:
    index = {"format": 1, "cities": [["Duhok", "IQ", ["dahuk", "duhok"]]]}
    assert gazetteer.encode(index) == gazetteer.encode(json.loads(json.dumps(index)))


def test_loaded_index_answers_for_cities_regions_countries_and_aliases() -> None:
    index = places._gazetteer()
    assert index.cities["duhok"] == ("Dihok", "IQ")  # GeoNames spells it so
    # Alternate names share one city object instead of a copy each.
    assert index.cities["kiev"] is index.cities["kyiv"]
    assert index.regions["kan"] == ("Kansas", "US")
    assert index.countries["britain"] == "GB"
    # A name whose most populous city is elsewhere is still found within a named country.
    assert places.resolve("Paris, Texas").city == "Paris"
    assert places.resolve("Paris, Texas").country_code == "US"
    assert places.resolve("Paris").country_code == "FR"
    assert places.is_abbreviation("Calif.")
