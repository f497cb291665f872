"""Last names that are also organisation words ("Ian Mayor", "Heath Ledger", "Anna Stock",
"Tom Sheriff", "Joe Garden", "Talia Shire", "Ben Cross"): after a known given name, in a person's slot, they
name a person, while the same word after a place's or a company's name keeps an organisation
("Kestrel County Sheriff", "Lakeland Ledger"). Captions written for the test."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption


@pytest.mark.parametrize(
    "caption, agency, photographer",
    [
        pytest.param(
            "A swimmer trains. Ian Mayor/Globex GmbH", "Globex GmbH", "Ian Mayor", id="mayor"
        ),
        pytest.param(
            "Fans cheer. Heath Ledger/Reuters", "Reuters", "Heath Ledger", id="ledger-known"
        ),
        pytest.param(
            "A tram passes. Anna Stock/Lumbre Times", "Lumbre Times", "Anna Stock", id="stock"
        ),
        pytest.param("Rain on the pitch. Photo: Joe Garden", None, "Joe Garden", id="garden-label"),
        pytest.param(
            "The dam at dawn. Foto: Tom Sheriff / Radio Kestrel",
            "Radio Kestrel",
            "Tom Sheriff",
            id="sheriff-before-station",
        ),
        pytest.param("The premiere. Talia Shire/AP", "AP", "Talia Shire", id="shire"),
        pytest.param(
            "Aid arrives. Ben Cross/Kestrel Gazette", "Kestrel Gazette", "Ben Cross", id="cross"
        ),
        # neighbours: the word after a place's or an organisation's name
        pytest.param(
            "Deputies search the woods. Photo: Kestrel County Sheriff",
            "Kestrel County Sheriff",
            None,
            id="county-sheriff",
        ),
        pytest.param(
            "The storm moves in. Jo Roe/Lakeland Ledger",
            "Lakeland Ledger",
            "Jo Roe",
            id="paper-ledger",
        ),
        pytest.param(
            "Tulips in bloom. Photo: Botanic Garden", "Botanic Garden", None, id="botanic-garden"
        ),
    ],
)
def test_org_word_surname(caption: str, agency: str | None, photographer: str | None) -> None:
    parsed = parse_caption(caption)
    assert (parsed.agency, parsed.photographer) == (agency, photographer)
