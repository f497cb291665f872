"""A numeric date with slashes ("5/1/2020") in a caption not in English is day first, whatever
its source; an English caption's stays month first unless its agency writes day first. And
the national wires that write day first say so in the registry. Captions written for these
tests."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption
from catalog.parsing.caption_language import in_another_language

# (caption, date)
DATES = [
    ("Manifestantes en Lima, 05/01/2020. Foto: Prefectura de Lima", "2020-01-05"),
    ("Manifestantes em São Paulo (6/1/2020). Foto: Prefeitura de São Paulo", "2020-01-06"),
    ("Des manifestants à Paris, le 5/1/2020. Photo : Mairie de Paris", "2020-01-05"),
    ("Die Feuerwehr im Einsatz am 5/1/2020. Foto: Stadt Wien", "2020-01-05"),
    ("Warga di Jakarta, Jumat (3/4/2023). Foto: Pemprov DKI", "2023-04-03"),
    ("Người dân tại Hà Nội ngày 5/1/2023. Ảnh: TTXVN", "2023-01-05"),
    ("Η συγκέντρωση στο Σύνταγμα, 5/1/2023. Φωτ.: Eurokinissi", "2023-01-05"),
    # national wires of the registry that write day first
    ("Protesta a Roma, 5/1/2020. Foto: LaPresse", "2020-01-05"),
    ("Manifestação em Lisboa, 5/1/2020. Foto: Lusa", "2020-01-05"),
    # English captions: month first, as before
    ("Protesters in Lima, 05/01/2020. Photo: City of Lima", "2020-05-01"),
    ("Fans in Rio de Janeiro, 05/01/2020. Photo: City of Rio", "2020-05-01"),
    ("Voters line up in Reno, Nev., on 1/8/2020. (AP Photo/Kim Soto)", "2020-01-08"),
]


@pytest.mark.parametrize(("caption", "date"), DATES)
def test_a_numeric_date_reads_as_the_captions_language_writes_it(caption: str, date: str) -> None:
    assert parse_caption(caption).date == date


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("Manifestantes en Lima", True),
        ("Des manifestants dans les rues de Paris", True),
        ("Fans in Rio de Janeiro", False),  # "de" once, "in" once: English holds its own
        ("A man walks in the rain", False),
        ("Protesta a Roma", False),  # "a" is English's too: no word tells
    ],
)
def test_small_words_tell_a_caption_in_another_language(text: str, other: bool) -> None:
    assert in_another_language(text) is other
