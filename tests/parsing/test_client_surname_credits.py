""" "Name for Publication" where the photographer's last name is also an organisation word
("Seth Herald for The New York Times", "Bill Press for NPR"): a known given name first makes
it a person made the photo for the client. Captions written for the test, with neighbours
that stay organisations ("Miami Herald", a name with no known given name)."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption


@pytest.mark.parametrize(
    "caption, photographer, agency",
    [
        pytest.param(
            "Crowds gather. Seth Herald for The New York Times",
            "Seth Herald",
            "The New York Times",
            id="herald",
        ),
        pytest.param(
            "Crowds gather. Bill Press for The Washington Post",
            "Bill Press",
            "The Washington Post",
            id="press",
        ),
        pytest.param("Crowds gather. Mark Post for NPR", "Mark Post", "NPR", id="post-npr"),
        pytest.param(
            "Crowds gather. Jo Roe for The New York Times",
            "Jo Roe",
            "The New York Times",
            id="neighbour-plain-name",
        ),
    ],
)
def test_surname_like_org_word_before_client(caption: str, photographer: str, agency: str) -> None:
    parsed = parse_caption(caption)
    assert (parsed.photographer, parsed.agency) == (photographer, agency)


def test_paper_before_client_is_no_person() -> None:
    parsed = parse_caption("Crowds gather. Miami Herald for The New York Times")
    assert parsed.photographer is None
