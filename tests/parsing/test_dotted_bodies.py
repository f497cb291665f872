"""A government body written with "U.S." in a labelled credit ("Photo: U.S. Fish and Wildlife
Service", "Credit: U.S. Geological Survey"), closing the caption or with sentences after it:
"U.S." ends no sentence there, and a labelled organisation may take a few words more. Also an
initial in a labelled name before more sentences ("Photo: J. Roe. The bear ..."). Captions
written for the test."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption

BEAR = "A grizzly bear crosses a river in Montana."


@pytest.mark.parametrize(
    "caption, credit, agency, photographer",
    [
        pytest.param(
            f"{BEAR} Photo: U.S. Fish and Wildlife Service",
            "Photo: U.S. Fish and Wildlife Service",
            "U.S. Fish and Wildlife Service",
            None,
            id="closing",
        ),
        pytest.param(
            f"{BEAR} Credit: U.S. Geological Survey",
            "Credit: U.S. Geological Survey",
            "USGS",
            None,
            id="survey",
        ),
        pytest.param(
            f"{BEAR} Photo: U.S. Fish and Wildlife Service. The bear was tagged.",
            "Photo: U.S. Fish and Wildlife Service",
            "U.S. Fish and Wildlife Service",
            None,
            id="sentence-after",
        ),
        pytest.param(
            f"{BEAR} Photo: J. Roe. The bear was tagged.",
            "Photo: J. Roe",
            None,
            "J. Roe",
            id="initial-before-sentence",
        ),
        pytest.param(
            f"{BEAR} Photo: U.S. Forest Service",
            "Photo: U.S. Forest Service",
            "U.S. Forest Service",
            None,
            id="neighbour-short-body",
        ),
    ],
)
def test_dotted_body_in_labelled_credit(
    caption: str, credit: str, agency: str | None, photographer: str | None
) -> None:
    parsed = parse_caption(caption)
    assert (parsed.credit, parsed.agency, parsed.photographer) == (credit, agency, photographer)


def test_dotted_country_ending_a_sentence_stays() -> None:
    parsed = parse_caption("Exports fell in the U.S. Photo: The team celebrates with fans")
    assert parsed.agency is None
