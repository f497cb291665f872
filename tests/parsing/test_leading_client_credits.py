"""A "Name for Publication" credit printed before the caption, in capitals or with another
language's word for "for" ("SAMUEL ROE FOR THE NEW YORK TIMES The World ...", "Jana Vogel für
Kestrel Zeitung Menschen ..."), after a label or not: the words for "for" come from the
language data, in any case. Captions written for the test."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption


@pytest.mark.parametrize(
    "caption, credit, photographer, agency",
    [
        pytest.param(
            "SAMUEL ROE FOR THE NEW YORK TIMES Pilgrims gather at the shrine. Sana, Yemen, Oct. 15, 2011.",
            "SAMUEL ROE FOR THE NEW YORK TIMES",
            "Samuel Roe",
            "The New York Times",
            id="capitals",
        ),
        pytest.param(
            "Photo: NORA BLACK FOR THE WASHINGTON POST Firefighters work at the port.",
            "Photo: NORA BLACK FOR THE WASHINGTON POST",
            "Nora Black",
            "The Washington Post",
            id="label-then-capitals",
        ),
        pytest.param(
            "Jana Vogel für Kestrel Zeitung Menschen feiern auf dem Marktplatz in Köln.",
            "Jana Vogel für Kestrel Zeitung",
            "Jana Vogel",
            "Kestrel Zeitung",
            id="german-fur",
        ),
        pytest.param(
            "Léa Martin pour Kestrel Presse Des manifestants défilent à Lyon.",
            "Léa Martin pour Kestrel Presse",
            "Léa Martin",
            "Kestrel Presse",
            id="french-pour",
        ),
    ],
)
def test_client_credit_before_the_caption(
    caption: str, credit: str, photographer: str, agency: str
) -> None:
    parsed = parse_caption(caption)
    assert (parsed.credit, parsed.photographer, parsed.agency) == (credit, photographer, agency)
    assert parsed.description is not None and parsed.description[:1].isupper()


def test_labelled_name_alone_stays() -> None:
    parsed = parse_caption("Foto: Ana Lopes Manifestantes marcham em Lisboa.")
    assert (parsed.credit, parsed.photographer) == ("Foto: Ana Lopes", "Ana Lopes")
