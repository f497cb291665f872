"""Labels of a still taken from a broadcast or a screen ("Screengrab:", "Frame grab:", "Video
screenshot:") open a credit as "Photo:" does: the organisation or person after them is the
credit's. Alone, such a word names no one ("Photo: Screengrab"). Captions written for the test."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption


@pytest.mark.parametrize(
    "caption, credit, agency, photographer",
    [
        pytest.param(
            "Fans wave flags. Screengrab: KXTV-TV / Jane Holloway",
            "Screengrab: KXTV-TV / Jane Holloway",
            "KXTV-TV",
            "Jane Holloway",
            id="screengrab-station-person",
        ),
        pytest.param(
            "Smoke over the hills. Frame grab: Lumbre News",
            "Frame grab: Lumbre News",
            "Lumbre News",
            None,
            id="frame-grab",
        ),
        pytest.param(
            "Smoke over the hills. Video screenshot: Kestrel TV",
            "Video screenshot: Kestrel TV",
            "Kestrel TV",
            None,
            id="video-screenshot",
        ),
        pytest.param(
            "Water floods the tunnel. (Screenshot: Jo Roe/Twitter)",
            "Screenshot: Jo Roe/Twitter",
            "Twitter",
            "Jo Roe",
            id="bracketed-person-platform",
        ),
        pytest.param(
            "Smoke over the hills. Photo: Screengrab",
            "Photo: Screengrab",
            None,
            None,
            id="alone-names-no-one",
        ),
    ],
)
def test_still_labels(
    caption: str, credit: str, agency: str | None, photographer: str | None
) -> None:
    parsed = parse_caption(caption)
    assert (parsed.credit, parsed.agency, parsed.photographer) == (credit, agency, photographer)
