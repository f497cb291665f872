"""Ranks of the police and of more services before a photographer's name are dropped from
it, as the armed forces' ranks are ("Det. Sgt. Mark Hale/West Yorkshire Police" gives Mark
Hale). The words are data (``names.toml``: ranks). The captions are written for these tests."""

from __future__ import annotations

import pytest

from tests.parsing.field_match import mismatches


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "Officers search a field near Otley, England. (Det. Sgt. Ben Hale/Leeds Police)",
            {"photographer": "Ben Hale", "agency": "Leeds Police"},
        ),
        (
            "Evidence bags at the station. Photo: Detective Inspector Ana Ruiz/Kent Police",
            {"photographer": "Ana Ruiz", "agency": "Kent Police"},
        ),
        (
            "A patrol car in Croydon. Photo: PC Sam Hale/Met Police",
            {"photographer": "Sam Hale"},
        ),
        (
            "Cadets on parade. (Supt. Lena Bauer/Police Scotland)",
            {"photographer": "Lena Bauer", "agency": "Police Scotland"},
        ),
        (
            "Troops cross a river in Lithuania. (Photo: Cpt. Jo Roe/Bundeswehr)",
            {"photographer": "Jo Roe", "agency": "Bundeswehr"},
        ),
        (
            "Marines land on a beach in Okinawa. (U.S. Marine Corps photo by Gunnery Sgt. Kim Lee)",
            {"photographer": "Kim Lee", "agency": "US Marine Corps"},
        ),
        (
            "A frigate at sea. (Royal Navy photo by Leading Photographer Jo Roe)",
            {"photographer": "Jo Roe", "agency": "Royal Navy"},
        ),
        (
            "Eine Übung in Munster. Foto: Hptm. Anna Berg/Bundeswehr",
            {"photographer": "Anna Berg", "agency": "Bundeswehr"},
        ),
    ],
    ids=[
        "det-sgt",
        "detective-inspector",
        "pc",
        "supt",
        "cpt",
        "gunnery-sgt",
        "leading-photographer",
        "german-hptm",
    ],
)
def test_rank_dropped(caption: str, expected: dict[str, str]) -> None:
    assert mismatches(caption, expected) == []
