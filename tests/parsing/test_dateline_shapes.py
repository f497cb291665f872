"""Datelines that open a caption: a place, or a place and a date, then a mark, then the caption.

The dash and colon forms ("KYIV, Ukraine — ...") were read before; these tables hold the forms
that end in a spaced hyphen or a full stop ("Kyiv, Ukraine - ...", "Kyiv, Ukraine. ...",
"Roma, 3 marzo 2021. ..."), where a sentence or a name may stand in the same place: only
two or more known places or a place and a whole date make a dateline. The dateline
gives the location (and date) and leaves the description. Captions written for this test.
"""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption

# The caption, the location, the date, the description.
DATELINES: list[tuple[str, str | None, str | None, str]] = [
    (
        "Tehran, Iran. Protesters chant slogans. Photo: ISNA",
        "Tehran, Iran",
        None,
        "Protesters chant slogans",
    ),
    (
        "Nairobi, Kenya - Traders open their stalls at dawn. Photo: Ann Mwangi/Reuters",
        "Nairobi, Kenya",
        None,
        "Traders open their stalls at dawn",
    ),
    (
        "St. Louis, Missouri. Fans cheer the team home. (AP Photo/Jeff Roe)",
        "St. Louis, Missouri",
        None,
        "Fans cheer the team home",
    ),
    (
        "Lima, Perú. Vecinos limpian las calles tras las lluvias. Foto: EFE",
        "Lima, Perú",
        None,
        "Vecinos limpian las calles tras las lluvias",
    ),
    (
        "Paris, 14 juillet 2020. Des soldats défilent sur les Champs. Photo AFP",
        "Paris",
        "2020-07-14",
        "Des soldats défilent sur les Champs",
    ),
    (
        "Roma, 3 marzo 2021. Manifestanti davanti al Senato. ANSA/Mario Bianchi",
        "Roma",
        "2021-03-03",
        "Manifestanti davanti al Senato",
    ),
    (
        "Berlin, 3. März 2023. Menschen warten auf den Bus. Foto: Lena Kraus/dpa",
        "Berlin",
        "2023-03-03",
        "Menschen warten auf den Bus",
    ),
    (
        "Kyiv, Feb. 24, 2023. People lay flowers at a memorial. (AP Photo/Efrem Roe)",
        "Kyiv",
        "2023-02-24",
        "People lay flowers at a memorial",
    ),
]

# Words before a hyphen or a stop that are not all places: the caption is left whole.
NOT_DATELINES: list[str] = [
    "Jordan Smith. The forward poses before the final. AP",
    "Smith, Jones. Two friends pose at the gate. Photo: Reuters",
    "Georgia, Armenia and Azerbaijan. Their leaders meet in Brussels. AFP",
    "Police - They say the road is closed. Photo: Jane Roe",
    "Nice. The promenade fills with walkers. Photo: Jean Roy/AFP",
]


@pytest.mark.parametrize(("caption", "location", "date", "description"), DATELINES)
def test_a_dateline_gives_place_and_date(
    caption: str, location: str | None, date: str | None, description: str
) -> None:
    parsed = parse_caption(caption)
    assert (parsed.location, parsed.date, parsed.description) == (location, date, description)


@pytest.mark.parametrize("caption", NOT_DATELINES)
def test_words_that_are_not_all_places_are_no_dateline(caption: str) -> None:
    parsed = parse_caption(caption)
    first_sentence = caption.split(". ", 1)[0].split(" - ", 1)[0]
    assert (parsed.description or "").startswith(first_sentence)
