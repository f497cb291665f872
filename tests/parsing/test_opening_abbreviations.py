"""An abbreviation that opens a name ("St.", "Mt.", "Ft.": names.toml's opening_abbreviations)
inside a credit ends no sentence: "Jo Roe/St. Louis Post-Dispatch", "Photo: St. Mary's
Hospital". After a capitalised word it is a street's and may end the caption's sentence ("...
on Main St. Jo Roe/AP"). The local bodies of a town ("Town of Lumbre", "Village of Kestrel")
are organisations too. Captions written for the test."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption


@pytest.mark.parametrize(
    "caption, description, agency, photographer",
    [
        pytest.param(
            "The arch at dusk. Jo Roe/St. Louis Post-Dispatch",
            "The arch at dusk",
            "St. Louis Post-Dispatch",
            "Jo Roe",
            id="paper-after-slash",
        ),
        pytest.param(
            "The arch at dusk. Photo by Jo Roe, St. Louis Post-Dispatch",
            "The arch at dusk",
            "St. Louis Post-Dispatch",
            "Jo Roe",
            id="paper-after-comma",
        ),
        pytest.param(
            "The arch at dusk. JO ROE/ST. LOUIS POST-DISPATCH",
            "The arch at dusk",
            "ST. LOUIS POST-DISPATCH",
            "Jo Roe",
            id="in-capitals",
        ),
        pytest.param(
            "A new ward opens. Photo: St. Mary's Hospital",
            "A new ward opens",
            "St. Mary's Hospital",
            None,
            id="labelled-hospital",
        ),
        pytest.param(
            "Doctors at work. Photo courtesy of St. Jude Children's Research Hospital",
            "Doctors at work",
            "St. Jude Children's Research Hospital",
            None,
            id="courtesy-hospital",
        ),
        pytest.param(
            "The peak in winter. Photo: Mt. Kestrel Observatory",
            "The peak in winter",
            "Mt. Kestrel Observatory",
            None,
            id="mount",
        ),
        pytest.param(
            "The fort's walls. Jo Roe/Ft. Lumbre Museum",
            "The fort's walls",
            "Ft. Lumbre Museum",
            "Jo Roe",
            id="fort",
        ),
        pytest.param(
            "The statue is unveiled. Photo: Town of Lumbre/Jo Roe",
            "The statue is unveiled",
            "Town of Lumbre",
            "Jo Roe",
            id="town-of",
        ),
        pytest.param(
            "The fair opens. Jo Roe/Village of Kestrel",
            "The fair opens",
            "Village of Kestrel",
            "Jo Roe",
            id="village-of",
        ),
        # neighbours: a street's abbreviation ends the caption's sentence
        pytest.param(
            "Traffic at the corner of Main St. Jo Roe/AP",
            "Traffic at the corner of Main St",
            "AP",
            "Jo Roe",
            id="street-then-chain",
        ),
        pytest.param(
            "TRAFFIC AT THE CORNER OF MAIN ST. JO ROE/AP",
            "TRAFFIC AT THE CORNER OF MAIN ST",
            "AP",
            "Jo Roe",
            id="street-in-capitals",
        ),
        pytest.param(
            "Traffic at the corner of Main St. Photo: Jo Roe",
            "Traffic at the corner of Main St",
            None,
            "Jo Roe",
            id="street-then-label",
        ),
    ],
)
def test_opening_abbreviation_in_credit(
    caption: str, description: str, agency: str | None, photographer: str | None
) -> None:
    parsed = parse_caption(caption)
    assert (parsed.description, parsed.agency, parsed.photographer) == (
        description,
        agency,
        photographer,
    )
