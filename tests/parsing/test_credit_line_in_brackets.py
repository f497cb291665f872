"""A credit printed wholly in brackets on a line of its own is the words inside, as a bracketed
credit closing the caption's line is ("without the brackets around it"). Captions written for
the test."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption


@pytest.mark.parametrize(
    ("caption", "credit", "photographer", "agency"),
    [
        (
            "Fishermen mend nets in Izmir, Turkey, May 4, 2022.\n\n(AP Photo)",
            "AP Photo",
            None,
            "AP",
        ),
        ("Fishermen mend nets at dawn.\n(AP Photo/Jo Roe)", "AP Photo/Jo Roe", "Jo Roe", "AP"),
        ("Des pêcheurs réparent leurs filets.\n(Reuters)", "Reuters", None, "Reuters"),
        ("Fischer flicken Netze.\n[Foto: Jo Roe/dpa]", "Foto: Jo Roe/dpa", "Jo Roe", "dpa"),
        (
            "(Jo Roe/AFP via Getty Images)\nFishermen mend nets at dawn.",
            "Jo Roe/AFP via Getty Images",
            "Jo Roe",
            "AFP",
        ),
        ("Fishermen mend nets at dawn. (AP Photo)", "AP Photo", None, "AP"),
    ],
    ids=["last-line-agency", "last-line-chain", "fr", "de-square", "first-line", "same-line"],
)
def test_the_credit_is_the_words_inside(
    caption: str, credit: str, photographer: str | None, agency: str
) -> None:
    parsed = parse_caption(caption)
    assert (parsed.credit, parsed.photographer, parsed.agency) == (credit, photographer, agency)
    assert "(" not in (parsed.description or "") and "[" not in (parsed.description or "")


def test_two_bracketed_parts_are_not_one_pair() -> None:
    # "(Jo Roe) (Reuters)": the first bracket closes before the end; no pair is taken off.
    parsed = parse_caption("Fishermen mend nets at dawn.\n(Jo Roe) (Reuters)")
    assert parsed.credit is not None and parsed.credit.count("(") == parsed.credit.count(")")
