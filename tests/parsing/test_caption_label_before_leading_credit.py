"""A label naming the caption ("Image caption", "Picture caption", "Caption:"), with or without
its comma, before a credit that opens the caption on a line of its own ("Image caption Jo
Roe/Associated Press\n<caption>", "Image caption Pool photo by Jo Roe\n<caption>"): the label is
neither the credit's nor the description's words, as before a caption whose credit closes it.
Captions written for the test (names, organisations and places invented)."""

from __future__ import annotations

import pytest

from tests.parsing.field_match import mismatches


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "Image caption Sebastian Okonkwo/Associated Press\nPilgrims walk to the old church.",
            {
                "credit": "Sebastian Okonkwo/Associated Press",
                "photographer": "Sebastian Okonkwo",
                "agency": "AP",
                "description": "Pilgrims walk to the old church",
            },
        ),
        (
            "Image caption, Pool photo by Kim Hong-ji\nDelegates arrive for the summit.",
            {"credit": "Pool photo by Kim Hong-ji", "photographer": "Kim Hong-ji", "agency": None},
        ),
        (
            "Picture caption Jan de Vries for Radio Kestrel\nFloodwater covers the square.",
            {"photographer": "Jan de Vries", "agency": "Radio Kestrel"},
        ),
        (
            "Caption: © Photograph: Małgorzata Wąsowska/Reuters\nBoats in the harbour.",
            {"photographer": "Małgorzata Wąsowska", "agency": "Reuters"},
        ),
        (
            "Image caption Crowds gather in the square in Lyon. (Jo Roe/AFP)",
            {"description": "Crowds gather in the square", "location": "Lyon", "agency": "AFP"},
        ),
    ],
    ids=[
        "image-caption-no-comma-chain",
        "image-caption-comma-pool",
        "picture-caption-for-unknown-radio",
        "caption-colon-copyright-label",
        "label-before-description-credit-last",
    ],
)
def test_caption_label_before_leading_credit(caption: str, expected: dict[str, str | None]) -> None:
    assert mismatches(caption, expected) == []
