"""An account and the network that hosts it, printed bare after the caption ("...
Twitter/@user", "... @user/Instagram"): the account is the source, as it is after a label.
Captions written for the test, with neighbours (an address with "@", a person on a network)."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption


@pytest.mark.parametrize(
    "caption, credit, agency",
    [
        pytest.param(
            "The video shows the flood. Twitter/@floodwatch",
            "Twitter/@floodwatch",
            "@floodwatch",
            id="network-then-handle",
        ),
        pytest.param(
            "The video shows the flood. @floodwatch/Twitter",
            "@floodwatch/Twitter",
            "@floodwatch",
            id="handle-then-network",
        ),
        pytest.param(
            "Smoke over the port. Instagram/@jane.roe",
            "Instagram/@jane.roe",
            "@jane.roe",
            id="instagram-dotted-handle",
        ),
        pytest.param(
            "Smoke over the port. X/@kestrel_news", "X/@kestrel_news", "@kestrel_news", id="x"
        ),
        pytest.param(
            "The president at a rally. Image: @partyhq / Twitter",
            "Image: @partyhq / Twitter",
            "@partyhq",
            id="neighbour-labelled",
        ),
    ],
)
def test_handle_on_network(caption: str, credit: str, agency: str) -> None:
    parsed = parse_caption(caption)
    assert (parsed.credit, parsed.agency, parsed.photographer) == (credit, agency, None)


def test_address_is_no_handle() -> None:
    parsed = parse_caption("Write to us at news@kestrel.example/letters")
    assert parsed.credit is None
