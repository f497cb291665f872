"""Class 2 of the unseen shapes: a photographer whose names no given-name list holds.

Bangladeshi, Chinese, Vietnamese, Indonesian and Burmese names, initials and mononyms ("Bharat",
"Aung") stand where a person stands in a credit: before a known agency, after one, after
"Photo by". The credit's shape says it is a person, whatever the list says. Captions written
for this test."""

from __future__ import annotations

import pytest

from catalog.parsing import read_credit
from tests.parsing.field_match import Expected, mismatches

CASES = [
    pytest.param(
        "Workers stack bricks at a kiln outside Dhaka. Rahim Uddin/Panos",
        {"photographer": "Rahim Uddin", "agency": "Panos Pictures"},
        id="name-then-distributor",
    ),
    pytest.param(
        "Workers stack bricks at a kiln outside Dhaka. KMR Hasan/Panos",
        {"photographer": "KMR Hasan", "agency": "Panos Pictures"},
        id="initials-block-then-name",
    ),
    pytest.param(
        "Children fly kites on a beach in Qingdao. Zhou Wen/Xinhua",
        {"photographer": "Zhou Wen", "agency": "Xinhua"},
        id="chinese-two-syllables",
    ),
    pytest.param(
        "Residents clean up after a storm in Hanoi. Tran Van Lam/AP",
        {"photographer": "Tran Van Lam", "agency": "AP"},
        id="vietnamese-three-words",
    ),
    pytest.param(
        "Pilgrims bathe at dawn in Varanasi. Sanjeev/AFP",
        {"photographer": "Sanjeev", "agency": "AFP"},
        id="indian-mononym",
    ),
    pytest.param(
        "Monks walk past a pagoda in Mandalay. Thura/Reuters",
        {"photographer": "Thura", "agency": "Reuters"},
        id="burmese-single-name",
    ),
    pytest.param(
        "A volcano erupts on Java. Antara Foto/Suryanto/via Reuters",
        {"photographer": "Suryanto", "agency": "Antara", "via": "Reuters"},
        id="indonesian-single-name-after-agency",
    ),
    pytest.param(
        "Rescuers search the rubble in Kathmandu. AFP/Prakash Mathema",
        {"photographer": "Prakash Mathema", "agency": "AFP"},
        id="agency-then-name",
    ),
    pytest.param(
        "Tea pickers at work near Kandy. R.K. Perera/AFP",
        {"photographer": "R.K. Perera", "agency": "AFP"},
        id="glued-initials",
    ),
    pytest.param(
        "Tea pickers at work near Kandy. A. H. M. Rahman/Reuters",
        {"photographer": "A. H. M. Rahman", "agency": "Reuters"},
        id="spaced-initials",
    ),
    pytest.param(
        "A night market in Taipei. Photo by Lin Yu-ting",
        {"photographer": "Lin Yu-ting"},
        id="photo-by-hyphenated-given-name",
    ),
    pytest.param(
        "Farmers harvest rice in Sylhet. Photo: Abu Sufian Jewel/Getty Images",
        {"photographer": "Abu Sufian Jewel", "agency": "Getty Images"},
        id="label-name-getty",
    ),
    pytest.param(
        "Farmers harvest rice in Sylhet. ABU SUFIAN JEWEL/AFP",
        {"photographer": "Abu Sufian Jewel", "agency": "AFP"},
        id="capitals-name-afp",
    ),
]


@pytest.mark.parametrize("caption, expected", CASES)
def test_unlisted_name_in_a_person_slot(caption: str, expected: Expected) -> None:
    assert mismatches(caption, expected) == []


# Where the shape says organisation, it stays one: call letters before a city, a known
# agency's initials opening a name, a paper's title in capitals opening with its article.
NOT_A_PERSON = [
    pytest.param(
        "Snow closes the freeway in Detroit. WXYZ Detroit/AP",
        {"photographer": None, "agency": "WXYZ Detroit"},
        id="call-letters-then-city",
    ),
    pytest.param(
        "A missile launch seen in a broadcast. KCNA Watch/Reuters",
        {"photographer": None, "agency": "KCNA Watch"},
        id="known-initials-open-organisation",
    ),
    pytest.param(
        "Protesters march in Buenos Aires. LA NACION/AFP",
        {"photographer": None, "agency": "La Nación"},
        id="article-in-capitals-opens-paper",
    ),
]


@pytest.mark.parametrize("caption, expected", NOT_A_PERSON)
def test_organisation_shape_stays_organisation(caption: str, expected: Expected) -> None:
    assert mismatches(caption, expected) == []


@pytest.mark.parametrize(
    "credit, photographer",
    [
        pytest.param("GMB Akash/Panos", "GMB Akash", id="initials-kept-in-capitals"),
        pytest.param("Photo by KM Asad", "KM Asad", id="initials-after-by"),
    ],
)
def test_photographer_as_written(credit: str, photographer: str) -> None:
    assert read_credit(credit).parsed.photographer == photographer
