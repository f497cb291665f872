"""The seed article's five captions (samples/), with every field of DESIGN.md."""

from __future__ import annotations

from pathlib import Path

import pytest

from catalog.parsing import parse_caption

SEED = Path(__file__).resolve().parents[2] / "samples" / "000_b5319b385a107b68.txt"

EXPECTED: dict[str, dict[str, object]] = {
    "Iran's Supreme Leader Ayatollah Ali Khamenei in a meeting": {
        "description": "Iran's Supreme Leader Ayatollah Ali Khamenei in a meeting with Foreign Minister Mohammad Javad Zarif and the country's diplomats",
        "location": "Tehran",
        "city": "Tehran",
        "region": None,
        "country": "Iran",
        "country_code": "IR",
        "date": "2015-11-01",
        "date_precision": "day",
        "credit": "Office of the Iranian Supreme Leader via AP",
        "photographer": None,
        "agency": "Office of the Iranian Supreme Leader",
        "via": "AP",
        "licensor": "AP",
        "roles": ["handout"],
    },
    "A man holds a picture": {
        "description": "A man holds a picture of late Iranian General Qassem Soleimani, as people celebrate in the street after Iran launched missiles at U.S.-led forces in Iraq",
        "location": "Tehran, Iran",
        "city": "Tehran",
        "region": None,
        "country": "Iran",
        "country_code": "IR",
        "date": "2020-01-08",
        "date_precision": "day",
        "credit": "Nazanin Tabatabaee/WANA (West Asia News Agency) via Reuters",
        "photographer": "Nazanin Tabatabaee",
        "agency": "WANA (West Asia News Agency)",
        "via": "Reuters",
        "licensor": "Reuters",
        "roles": [],
    },
    "Residents look at a crater": {
        "description": "Residents look at a crater caused by a missile launched by Iran on U.S.-led coalition forces",
        "location": "Duhok, Iraq",
        "city": "Duhok",
        "region": None,
        "country": "Iraq",
        "country_code": "IQ",
        "date": "2020-01-08",
        "date_precision": "day",
        "credit": "Ari Jalal/Reuters",
        "photographer": "Ari Jalal",
        "agency": "Reuters",
        "via": None,
        "licensor": "Reuters",
        "roles": [],
    },
    "Iraqi students march": {
        "description": "Iraqi students march during ongoing anti-government demonstrations",
        "location": "Basra",
        "city": "Basra",
        "region": None,
        "country": "Iraq",
        "country_code": "IQ",
        "date": "2020-01-08",
        "date_precision": "day",
        "credit": "Hussein Faleh/AFP via Getty Images",
        "photographer": "Hussein Faleh",
        "agency": "AFP",
        "via": "Getty Images",
        "licensor": "Getty Images",
        "roles": [],
    },
    "A burning vehicle": {
        "description": "A burning vehicle at the Baghdad International Airport following an airstrike",
        "location": "Baghdad, Iraq",
        "city": "Baghdad",
        "region": None,
        "country": "Iraq",
        "country_code": "IQ",
        "date": "2020-01-02",
        "date_precision": "day",
        "credit": "Iraqi Prime Minister's Press Office, via AP",
        "photographer": None,
        "agency": "Iraqi Prime Minister's Press Office",
        "via": "AP",
        "licensor": "AP",
        "roles": ["handout"],
    },
}


def _seed_caption(opening: str) -> str:
    for line in SEED.read_text(encoding="utf-8").splitlines():
        if line.startswith(opening):
            return line
    raise AssertionError(f"no caption starting {opening!r} in the seed article")


@pytest.mark.parametrize(
    "opening",
    list(EXPECTED),
    ids=["khamenei", "soleimani-picture", "duhok-crater", "basra-march", "baghdad-airport"],
)
def test_seed_caption(opening: str) -> None:
    parsed = parse_caption(_seed_caption(opening), article_date="2020-01-08").to_dict()
    for field, value in EXPECTED[opening].items():
        assert parsed[field] == value, field


def test_body_line_naming_an_agency_is_not_a_credit() -> None:
    parsed = parse_caption("Reuters contributed to this report.")
    assert parsed.agency is None
    assert parsed.credit is None
