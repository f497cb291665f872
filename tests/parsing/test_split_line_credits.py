"""Class 5 of the unseen shapes: a credit split over two lines.

Pages that lay the credit out in two parts leave a line break inside it when their text is
scraped: the label on one line and the name on the next, the name on one and the agency on
the next, a chain broken after its slash. The credit is the two parts together, and neither
part is description. Captions written for this test."""

from __future__ import annotations

import pytest

from tests.parsing.field_match import Expected, mismatches

CAPTION = "Volunteers fill sandbags as the river rises"

CASES = [
    pytest.param(
        f"{CAPTION}.\nPhoto:\nAna Lima/Reuters",
        {
            "credit": "Photo: Ana Lima/Reuters",
            "photographer": "Ana Lima",
            "agency": "Reuters",
            "description": CAPTION,
        },
        id="label-line-then-chain",
    ),
    pytest.param(
        f"{CAPTION}.\nPhotograph:\nTomasz Wierzba",
        {
            "credit": "Photograph: Tomasz Wierzba",
            "photographer": "Tomasz Wierzba",
            "description": CAPTION,
        },
        id="label-line-then-name",
    ),
    pytest.param(
        f"{CAPTION}.\nPhoto by\nKarim Haddad",
        {"credit": "Photo by Karim Haddad", "photographer": "Karim Haddad", "description": CAPTION},
        id="photo-by-line-then-name",
    ),
    pytest.param(
        f"{CAPTION}.\nFoto:\nLena Vogel/dpa",
        {"credit": "Foto: Lena Vogel/dpa", "agency": "dpa", "description": CAPTION},
        id="german-label-line",
    ),
    pytest.param(
        f"{CAPTION}. Photo:\nAna Lima/Reuters",
        {"credit": "Photo: Ana Lima/Reuters", "photographer": "Ana Lima", "description": CAPTION},
        id="label-ends-the-caption-line",
    ),
    pytest.param(
        f"{CAPTION}.\nAna Lima/\nAFP via Getty Images",
        {
            "photographer": "Ana Lima",
            "agency": "AFP",
            "via": "Getty Images",
            "description": CAPTION,
        },
        id="chain-broken-after-slash",
    ),
    pytest.param(
        f"{CAPTION}.\nAna Lima /\nReuters",
        {"photographer": "Ana Lima", "agency": "Reuters", "description": CAPTION},
        id="chain-broken-after-spaced-slash",
    ),
    pytest.param(
        f"{CAPTION}.\nAna Lima\nThe Kestrel Courier",
        {"photographer": "Ana Lima", "agency": "The Kestrel Courier", "description": CAPTION},
        id="name-line-then-unknown-paper",
    ),
    pytest.param(
        f"{CAPTION}.\nAna Lima\nAFP via Getty Images",
        {
            "photographer": "Ana Lima",
            "agency": "AFP",
            "via": "Getty Images",
            "description": CAPTION,
        },
        id="name-line-then-distributed-agency",
    ),
]


@pytest.mark.parametrize("caption, expected", CASES)
def test_credit_split_over_two_lines(caption: str, expected: Expected) -> None:
    assert mismatches(caption, expected) == []


# Lines that only look like a split credit: a name line then a sentence, a slash inside a
# sentence that the line break follows.
NOT_SPLIT = [
    pytest.param(
        f"{CAPTION}.\nAna Lima\nleads the volunteers on the bank.",
        {"photographer": None, "agency": None},
        id="name-line-then-sentence",
    ),
    pytest.param(
        f"{CAPTION}.\nAna Lima\nKestrel Avenue",
        {"agency": None},
        id="name-line-then-street",
    ),
]


@pytest.mark.parametrize("caption, expected", NOT_SPLIT)
def test_lines_that_are_no_split_credit(caption: str, expected: Expected) -> None:
    assert mismatches(caption, expected) == []
