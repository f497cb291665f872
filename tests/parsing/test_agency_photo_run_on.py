"""An agency's "AFP PHOTO"/"AP Photo" credit run on from the caption's last words with no stop
("... in Soma, western Turkey AFP PHOTO/Jo Roe"): the capitalised words before the known
agency are the caption's, not a longer organisation's name. Captions written for the test,
with the neighbours whose whole name the registry knows."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption


@pytest.mark.parametrize(
    "caption, credit, photographer, agency",
    [
        pytest.param(
            "Rescuers carry a miner after an explosion on May 13, 2014 in Soma, western Turkey AFP PHOTO /KEMAL ROE",
            "AFP PHOTO /KEMAL ROE",
            "Kemal Roe",
            "AFP",
            id="country-then-afp-photo",
        ),
        pytest.param(
            "Soldiers patrol near Gao during the anti-terrorist Operation Kestrel AFP PHOTO / JO ROE",
            "AFP PHOTO / JO ROE",
            "Jo Roe",
            "AFP",
            id="operation-name-then-afp-photo",
        ),
        pytest.param(
            "Voters queue at a school in Lagos Nigeria AP Photo/Ada Obi",
            "AP Photo/Ada Obi",
            "Ada Obi",
            "AP",
            id="ap-photo",
        ),
    ],
)
def test_agency_photo_after_caption_words(
    caption: str, credit: str, photographer: str, agency: str
) -> None:
    parsed = parse_caption(caption)
    assert (parsed.credit, parsed.photographer, parsed.agency) == (credit, photographer, agency)


@pytest.mark.parametrize(
    "caption, agency",
    [
        pytest.param(
            "A sailor works on deck. U.S. Navy Photo/Jo Roe", "U.S. Navy", id="known-service"
        ),
        pytest.param(
            "Guests arrive for the dinner. White House Photo/Jo Roe",
            "The White House",
            id="known-whole-name",
        ),
    ],
)
def test_known_whole_name_stays(caption: str, agency: str) -> None:
    assert parse_caption(caption).agency == agency
