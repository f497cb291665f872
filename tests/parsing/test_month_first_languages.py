"""Languages that write a date month first, as English does (data: ``writes_month_first``):
Tagalog "Oktubre 31, 2022" is 31 October 2022; it had given the year alone. Tagalog's "sa"
opens a place phrase and "noong" joins it to its date. Captions written for the test."""

from __future__ import annotations

import pytest

from catalog.parsing import lexicon
from tests.parsing.field_match import mismatches


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "Mga residente sa Davao, Pilipinas, Oktubre 31, 2022. Larawan: Jo Roe/AFP",
            {"date": "2022-10-31", "location": "Davao, Pilipinas", "description": "Mga residente"},
        ),
        (
            "Mga deboto sa Quiapo noong Enero 9, 2024. Kuha ni Ana Ruiz/Rappler",
            {"date": "2024-01-09", "location": "Quiapo", "photographer": "Ana Ruiz"},
        ),
        (
            "Mga tao sa Cebu, Mayo 5, 2023. REUTERS/Li Wei",
            {"date": "2023-05-05", "location": "Cebu", "agency": "Reuters"},
        ),
    ],
    ids=["month-day-year-country", "noong-date", "shared-month-word"],
)
def test_tagalog_dates_and_places(caption: str, expected: dict[str, str]) -> None:
    assert mismatches(caption, expected) == []


def test_the_flag_is_data() -> None:
    by_code = {language.code: language for language in lexicon.languages()}
    assert by_code["tl"].writes_month_first
    assert not by_code["de"].writes_month_first
    assert "Oktubre" in lexicon.month_first_forms()
