"""A photo's source after "from" in its label ("Handout photo from Radio Kestrel", "Photo from
the Ministry of Culture", "Images from Kestrel Museum"), closing the caption or in brackets: the
source is the agency, a handout's when the label says so, for a source the registry does not
know as for one it knows ("Handout photo from Reuters"). "from" in a sentence ("A photo from
1950 shows ...", "a photo from the roof") labels nothing, nor before places ("Photos from Egypt,
Syria and Jordan": where they were taken). Captions written for the test (names,
organisations and places invented)."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption
from tests.parsing.field_match import mismatches


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "A convoy crosses the border. Handout photo from Radio Kestrel",
            {
                "credit": "Handout photo from Radio Kestrel",
                "agency": "Radio Kestrel",
                "photographer": None,
            },
        ),
        (
            "A convoy crosses the border, May 3, 2022. (Handout photo from Ministry of Culture)",
            {"agency": "Ministry of Culture", "date": "2022-05-03"},
        ),
        (
            "The restored fresco in the chapel. Photo from Kestrel Museum",
            {"agency": "Kestrel Museum", "photographer": None},
        ),
        (
            "Skaters on the frozen canal. Images from Dagblad Noorderlicht",
            {"agency": "Dagblad Noorderlicht"},
        ),
        (
            "A convoy crosses the border. Handout photo from Reuters",
            {"agency": "Reuters"},
        ),
        (
            "A photo from 1950 shows the square before the war.",
            {"credit": None, "agency": None},
        ),
        (
            "Crowds at the border. Photos from Egypt, Syria and Jordan",
            {"agency": None},
        ),
        (
            "He took a photo from the roof of the station. (Jo Roe/AP)",
            {"credit": "Jo Roe/AP", "agency": "AP"},
        ),
    ],
    ids=[
        "handout-photo-from-unknown-radio",
        "bracketed-handout-from-ministry-after-date",
        "photo-from-museum",
        "images-from-dutch-paper",
        "handout-from-known-agency",
        "a-photo-from-a-year-in-a-sentence",
        "photos-from-places-name-no-source",
        "a-photo-from-the-roof-in-a-sentence",
    ],
)
def test_source_after_from(caption: str, expected: dict[str, str | None]) -> None:
    assert mismatches(caption, expected) == []


def test_handout_label_from_sets_the_role() -> None:
    assert "handout" in parse_caption("A convoy. Handout photo from Radio Kestrel").roles
