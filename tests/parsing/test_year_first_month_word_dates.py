"""A date written year first with a month word, the year closed by a stop, as Hungarian
writes it: "2023. március 15-én", "2022. október 23.", "2019. május". The month is read only as
its language's file writes it, so an English sentence that ends with a year and opens the next
with a month ("... in 2019. March was ...") holds no such date; a dateline cut from the
caption's opening takes its closing stop with it. Captions written for the test."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption
from catalog.parsing.dates import find_dates


@pytest.mark.parametrize(
    ("caption", "date", "description"),
    [
        (
            "Tüntetők vonulnak Szegeden 2023. március 15-én. Fotó: MTI/Kiss Anna",
            "2023-03-15",
            "Tüntetők vonulnak Szegeden",
        ),
        (
            "A Duna árad Szentendrénél 2024. szeptember 18-án. (MTI/Nagy Péter)",
            "2024-09-18",
            "A Duna árad Szentendrénél",
        ),
        (
            "Szurkolók a stadionban 2021. június 5. Fotó: Reuters/Bernadett Kovács",
            "2021-06-05",
            "Szurkolók a stadionban",
        ),
        (
            "Az új híd átadása Győrben, 2019. május. Fotó: Tóth Gábor",
            "2019-05",
            "Az új híd átadása Győrben",
        ),
        ("Debrecen, 2022. október 23. Ünneplők a téren. Fotó: Kovács Éva", "2022-10-23", None),
        ("Pécs, 2020. jan. 5. Havazás a belvárosban. Fotó: MTI/Varga Béla", "2020-01-05", None),
    ],
)
def test_year_first_month_word_dates(caption: str, date: str, description: str | None) -> None:
    parsed = parse_caption(caption)
    assert parsed.date == date
    if description is not None:
        assert parsed.description == description
    else:
        assert parsed.description is not None and parsed.description[0].isupper(), parsed


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Sales rose in 2019. March was the best month.", "2019"),
        ("Founded in 2019. May 5 people join it?", "2019"),
        ("The 2020. Mayor Jo Roe said", None),
    ],
)
def test_a_year_closing_a_sentence_is_no_year_first_date(text: str, iso: str | None) -> None:
    found = [mention.iso for mention in find_dates(text) if mention.has_year]
    assert found == ([iso] if iso else [])
