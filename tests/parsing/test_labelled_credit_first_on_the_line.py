"""A labelled credit opening the caption's line and set apart from the caption by a spaced
dash or a bar ("Photo: Jo Roe/AFP — Crowds gather ...", "Foto: Anna Berg/dpa | Menschen
...", "Foto: Rui Lima/Agência Brasil - Manifestantes ..."): the label's own colon ends no
head, and the credit is read before the readers of a credit closing the caption, which had
taken the caption's words into it (or left the dash in it). Captions written for the test."""

from __future__ import annotations

import pytest

from tests.parsing.field_match import mismatches


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "Photo: Sam Hale/AFP — Crowds gather in Nantes, France, on May 1, 2023.",
            {
                "credit": "Photo: Sam Hale/AFP",
                "location": "Nantes, France",
                "description": "Crowds gather",
            },
        ),
        (
            "Foto: Anna Berg/dpa | Menschen demonstrieren in Bremen am 3. März 2023",
            {"credit": "Foto: Anna Berg/dpa", "location": "Bremen", "date": "2023-03-03"},
        ),
        (
            "Foto: Rui Lima/Agência Brasil - Manifestantes em Recife, em 6 de janeiro de 2023",
            {
                "credit": "Foto: Rui Lima/Agência Brasil",
                "location": "Recife",
                "description": "Manifestantes",
            },
        ),
        (
            "Photo by Li Wei | A crowd in Leeds, England, May 1, 2023",
            {"credit": "Photo by Li Wei", "photographer": "Li Wei", "description": "A crowd"},
        ),
        (
            "Photo : Jean Martin/AFP – Des manifestants à Rennes, le 1er mai 2023",
            {"credit": "Photo : Jean Martin/AFP", "location": "Rennes", "date": "2023-05-01"},
        ),
        (
            "Credit: Li Wei/Xinhua - Tourists visit the Great Wall in Beijing, China, Oct. 2, 2023",
            {"credit": "Credit: Li Wei/Xinhua", "agency": "Xinhua", "date": "2023-10-02"},
        ),
        (
            "Photo: Jo Roe - IRNA - AFP Crowds gather in Tehran.",
            {"photographer": "Jo Roe", "agency": "IRNA"},
        ),
    ],
    ids=[
        "em-dash-english",
        "bar-german",
        "hyphen-portuguese",
        "bar-by-label",
        "french-spaced-colon-en-dash",
        "credit-label-hyphen",
        "hyphens-part-a-chain",
    ],
)
def test_labelled_credit_first(caption: str, expected: dict[str, str]) -> None:
    assert mismatches(caption, expected) == []
