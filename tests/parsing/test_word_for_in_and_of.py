"""Indonesian and Malay open a place phrase with "di" ("di Surabaya, 17 Agustus 2023"), the
word Italian writes for "of". After a capitalised word the "di" continues a name ("Castello di
Kestrel", "Banca di Lucca") and opens no place phrase; after a lower-case word it does. The
captions are written for these tests."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption
from tests.parsing.field_match import mismatches


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "Warga berjalan di Surabaya, 17 Agustus 2023. Foto: Jo Roe/Antara",
            {"location": "Surabaya", "date": "2023-08-17", "agency": "Antara"},
        ),
        (
            "Relawan membersihkan puing di Cianjur, Jawa Barat, pada 22 November 2022. "
            "ANTARA FOTO/Adi Wibowo",
            {"location": "Cianjur, Jawa Barat", "date": "2022-11-22", "photographer": "Adi Wibowo"},
        ),
        (
            "Nelayan menarik perahu di Kuala Terengganu, Malaysia, 3 Mac 2023. Foto: Ana Ruiz/Bernama",
            {"location": "Kuala Terengganu, Malaysia", "photographer": "Ana Ruiz"},
        ),
        (
            "Pengunjung di Yogyakarta pada 1 Januari 2023. REUTERS/Jo Roe",
            {"location": "Yogyakarta", "date": "2023-01-01", "agency": "Reuters"},
        ),
    ],
    ids=["id-di-city-date", "id-di-city-region-pada", "ms-di-city-country", "id-di-pada"],
)
def test_indonesian_place_phrases(caption: str, expected: dict[str, str]) -> None:
    assert mismatches(caption, expected) == []


@pytest.mark.parametrize(
    "caption",
    [
        "Lucciole nel giardino del Castello di Kestrel, Lucca, 2 luglio 2022. Foto Jo Roe/ANSA",
        "Turisti al Palazzo di Kestrel, Siena, 3 agosto 2023. Foto: Jo Roe/LaPresse",
    ],
    ids=["it-castle-of", "it-palace-of"],
)
def test_italian_of_inside_a_name_opens_no_place(caption: str) -> None:
    location = parse_caption(caption).location or ""
    assert not location.startswith("Kestrel")


@pytest.mark.parametrize(
    "caption",
    [
        "La sonda sulla superficie di Marte. Foto: Jo Roe/ESA",
        "Il presidente della regione di Kestrel parla ai giornalisti. Foto: Jo Roe/ANSA",
        "Le vetrine dei negozi di Bologna. Foto: Jo Roe/LaPresse",
    ],
    ids=["it-surface-of", "it-region-of-mid-sentence", "it-shops-of"],
)
def test_italian_of_after_a_noun_opens_no_place(caption: str) -> None:
    # Italian's small words say "di" is "of" here, as the text holds none of Indonesian's
    location = parse_caption(caption).location or ""
    assert not location.startswith(("Marte", "Kestrel", "Bologna"))


def test_the_language_is_read_near_the_word() -> None:
    # a long text costs no more per "di" than a short one: the window is bounded
    from catalog.parsing import parse_caption

    parse_caption("Il sindaco di Roma " * 20000 + "parla. Foto: ANSA")
