"""A credit closed by a period whose organisation the registry does not know but whose name
says it is one ("... the square. Jo Roe/Kestrel Gazette.", "... Photo courtesy of Kestrel
Zoo."): the period closes the caption, and the credit stands, as it does for a known agency.
Captions written for the test, across orders, separators and languages; neighbours keep a
sentence with a slash in the description."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption


@pytest.mark.parametrize(
    "caption, description, credit, agency, photographer",
    [
        pytest.param(
            "Boats wait out the storm. Jo Roe/Kestrel Gazette.",
            "Boats wait out the storm",
            "Jo Roe/Kestrel Gazette",
            "Kestrel Gazette",
            "Jo Roe",
            id="name-then-paper",
        ),
        pytest.param(
            "Boats wait out the storm. Kestrel Gazette / Mia Holm.",
            "Boats wait out the storm",
            "Kestrel Gazette / Mia Holm",
            "Kestrel Gazette",
            "Mia Holm",
            id="paper-then-name",
        ),
        pytest.param(
            "Des bateaux au port. Camille Girard/Radio Kestrel.",
            "Des bateaux au port",
            "Camille Girard/Radio Kestrel",
            "Radio Kestrel",
            "Camille Girard",
            id="fr-station",
        ),
        pytest.param(
            "Cubs play in the enclosure. Photo courtesy of Kestrel Zoo.",
            "Cubs play in the enclosure",
            "Photo courtesy of Kestrel Zoo",
            "Kestrel Zoo",
            None,
            id="courtesy-of-zoo",
        ),
        pytest.param(
            "The chapel after restoration. Image courtesy of Lumbre Museum.",
            "The chapel after restoration",
            "Image courtesy of Lumbre Museum",
            "Lumbre Museum",
            None,
            id="image-courtesy",
        ),
        pytest.param(
            "Herders cross the river. Photo: Kestrel Habari News.",
            "Herders cross the river",
            "Photo: Kestrel Habari News",
            "Kestrel Habari News",
            None,
            id="labelled-org-alone",
        ),
        # neighbours: a sentence of the caption that holds a slash stays the caption's
        pytest.param(
            "He met Jo Roe/Kestrel News staff.",
            "He met Jo Roe/Kestrel News staff",
            None,
            None,
            None,
            id="slash-inside-sentence",
        ),
        pytest.param(
            "The duo Jo Roe/Kim Soto.",
            "The duo Jo Roe/Kim Soto",
            None,
            None,
            None,
            id="two-people-no-org",
        ),
    ],
)
def test_period_after_unknown_organisation(
    caption: str,
    description: str,
    credit: str | None,
    agency: str | None,
    photographer: str | None,
) -> None:
    parsed = parse_caption(caption)
    assert (parsed.description, parsed.credit, parsed.agency, parsed.photographer) == (
        description,
        credit,
        agency,
        photographer,
    )
