"""A broadcaster named with its channel's number ("Channel 7", "Canal 13", "Radio 1", "TV2",
"WLMB 7") in a credit chain: the number is part of the organisation's name, and the credit
stands, as it does for any other organisation. Captions written for the test, across
languages, orders and labels; neighbours keep archive numbers out of a name."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption
from catalog.parsing.names import is_numbered_channel


@pytest.mark.parametrize(
    "caption, credit, agency, photographer",
    [
        pytest.param(
            "A crowd gathers in the square. Nguyen Van Minh/Canal 7",
            "Nguyen Van Minh/Canal 7",
            "Canal 7",
            "Nguyen Van Minh",
            id="es-canal-after-name",
        ),
        pytest.param(
            "Firefighters reach the flats. Jo Roe/Channel 9",
            "Jo Roe/Channel 9",
            "Channel 9",
            "Jo Roe",
            id="en-channel",
        ),
        pytest.param(
            "Fans wait outside the arena. Lars Berg/TV2",
            "Lars Berg/TV2",
            "TV2",
            "Lars Berg",
            id="glued-number",
        ),
        pytest.param(
            "Police close the bridge. (Radio 1/Anna Weber)",
            "Radio 1/Anna Weber",
            "Radio 1",
            "Anna Weber",
            id="station-first-bracketed",
        ),
        pytest.param(
            "The river floods the road. Kemal Arslan, Kanal 5",
            "Kemal Arslan, Kanal 5",
            "Kanal 5",
            "Kemal Arslan",
            id="tr-comma",
        ),
        pytest.param(
            "The river floods the road. Kemal Arslan, Kanal D",
            "Kemal Arslan, Kanal D",
            "Kanal D",
            "Kemal Arslan",
            id="channel-word-of-another-language",
        ),
        pytest.param(
            "Voters queue at a school. Foto: Canal 13",
            "Foto: Canal 13",
            "Canal 13",
            None,
            id="labelled-alone",
        ),
        pytest.param(
            "A tornado crosses the field. Mia Park/WLMB 7",
            "Mia Park/WLMB 7",
            "WLMB 7",
            "Mia Park",
            id="call-letters-number",
        ),
        pytest.param(
            "Pilgrims walk to the shrine. Giulia Neri/Antena 3",
            "Giulia Neri/Antena 3",
            "Antena 3",
            "Giulia Neri",
            id="ro-antena",
        ),
    ],
)
def test_numbered_channel_in_chain(
    caption: str, credit: str, agency: str, photographer: str | None
) -> None:
    parsed = parse_caption(caption)
    assert (parsed.credit, parsed.agency, parsed.photographer) == (credit, agency, photographer)


@pytest.mark.parametrize(
    "text, numbered",
    [
        ("Channel 7", True),
        ("Canal 13", True),
        ("TV2", True),
        ("Kestrel TV 5", True),
        ("WLMB 7", True),
        ("Radio 1", True),
        ("Record Unit 371", False),  # an archive's number, no channel
        ("Box 12", False),
        ("Channel 2023 Archive 4", False),  # a year is no channel's number
        ("channel 7", False),  # a name opens with a capital
        ("Jo Roe", False),  # no number at all
    ],
)
def test_is_numbered_channel(text: str, numbered: bool) -> None:
    assert is_numbered_channel(text) is numbered
