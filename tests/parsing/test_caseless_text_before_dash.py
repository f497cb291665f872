"""A caption in a script without capitals (Arabic, Hebrew, Persian) that ends with a spaced
dash and a known agency ("متظاهرون في بغداد - رويترز"): with no sentence stop nor label before
it, the text before the dash is the caption's, not a photographer's name (a script without
capitals gives no sign of a name); the agency alone is the credit. A name after a stop or a
label keeps its reading. Captions written for the test."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption


@pytest.mark.parametrize(
    "caption, description, credit, agency, photographer",
    [
        pytest.param(
            "متظاهرون في بغداد - رويترز",
            "متظاهرون في بغداد",
            "رويترز",
            "Reuters",
            None,
            id="ar-reuters",
        ),
        pytest.param(
            "أطفال يلعبون في حديقة عامة - أ ف ب",
            "أطفال يلعبون في حديقة عامة",
            "أ ف ب",
            "AFP",
            None,
            id="ar-afp-spaced-initials",
        ),
        pytest.param(
            "מפגינים בכיכר העיר - רויטרס",
            "מפגינים בכיכר העיר",
            "רויטרס",
            "Reuters",
            None,
            id="he-reuters",
        ),
        # neighbours: a name after a sentence's stop or a label, a cased caption
        pytest.param(
            "متظاهرون في بغداد. أحمد خالد - رويترز",
            "متظاهرون في بغداد",
            "أحمد خالد - رويترز",
            "Reuters",
            "أحمد خالد",
            id="ar-name-after-stop",
        ),
        pytest.param(
            "متظاهرون في بغداد. تصوير: أحمد خالد - رويترز",
            "متظاهرون في بغداد",
            "تصوير: أحمد خالد - رويترز",
            "Reuters",
            "أحمد خالد",
            id="ar-labelled-name",
        ),
        pytest.param(
            "Protesters rally downtown. Ahmed Khalid - Reuters",
            "Protesters rally downtown",
            "Ahmed Khalid - Reuters",
            "Reuters",
            "Ahmed Khalid",
            id="en-name-dash-agency",
        ),
    ],
)
def test_caseless_text_before_dash(
    caption: str,
    description: str,
    credit: str,
    agency: str | None,
    photographer: str | None,
) -> None:
    parsed = parse_caption(caption)
    assert (parsed.description, parsed.credit, parsed.agency, parsed.photographer) == (
        description,
        credit,
        agency,
        photographer,
    )
