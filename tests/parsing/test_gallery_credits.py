"""Museum and gallery credits: "Courtesy the artist and <gallery>" names the gallery whatever
its name looks like ("White Cube" is no person, though "White" is a surname), and a later
"Photo: Name" fills the photographer. Captions written for the test in the museum shape."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption

ARTWORK = "Jo Painter, Harbour at Night, 1961. Acrylic on board."


@pytest.mark.parametrize(
    "caption, agency, photographer",
    [
        pytest.param(
            f"{ARTWORK} Courtesy the artist and Grey Box. Photo: Ana Lima",
            "Grey Box",
            "Ana Lima",
            id="gallery-named-like-a-person-then-photo",
        ),
        pytest.param(
            f"{ARTWORK} Courtesy of the artist and Mark Stone",
            "Mark Stone",
            None,
            id="gallery-named-for-its-owner",
        ),
        pytest.param(
            f"{ARTWORK} Courtesy the artist and Kestrel Gallery",
            "Kestrel Gallery",
            None,
            id="neighbour-gallery-word",
        ),
        pytest.param(
            f"{ARTWORK} Courtesy Kestrel Gallery. Photo: Ana Lima",
            "Kestrel Gallery",
            "Ana Lima",
            id="neighbour-courtesy-then-photo",
        ),
    ],
)
def test_courtesy_of_artist_and_gallery(
    caption: str, agency: str, photographer: str | None
) -> None:
    parsed = parse_caption(caption)
    assert (parsed.agency, parsed.photographer) == (agency, photographer)
