"""Credit labels of other languages in the shapes that lost them: a label written with its own
period before a bare agency ("Fot. PAP", "Ph. AFP"), and a label word with no colon before a
name whose capital carries a diacritic ("Foto ČTK/Name", "foto Łukasz Nowak/PAP"). Captions
written for these tests."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption

# (caption, credit, agency, photographer, description)
LABELLED = [
    ("Marsz Niepodległości. Fot. PAP", "Fot. PAP", "PAP", None, "Marsz Niepodległości"),
    ("Uczestnicy marszu w Warszawie. fot. Reuters", "fot. Reuters", "Reuters", None, None),
    ("Sesja Sejmu. Fot. East News", "Fot. East News", "East News", None, "Sesja Sejmu"),
    ("Le port du Havre. Ph. AFP", "Ph. AFP", "AFP", None, "Le port du Havre"),
    ("Το λιμάνι του Πειραιά. Φωτ. Eurokinissi", "Φωτ. Eurokinissi", "Eurokinissi", None, None),
    ("Pochod Prahou. Foto ČTK", "Foto ČTK", "ČTK", None, "Pochod Prahou"),
    (
        "Pochod Prahou. Foto ČTK/Šimon Novák",
        "Foto ČTK/Šimon Novák",
        "ČTK",
        "Šimon Novák",
        "Pochod Prahou",
    ),
    (
        "Sesja Sejmu. foto Łukasz Gągulski/PAP",
        "foto Łukasz Gągulski/PAP",
        "PAP",
        "Łukasz Gągulski",
        "Sesja Sejmu",
    ),
]


@pytest.mark.parametrize(("caption", "credit", "agency", "photographer", "description"), LABELLED)
def test_the_label_stays_with_its_credit(
    caption: str, credit: str, agency: str, photographer: str | None, description: str | None
) -> None:
    parsed = parse_caption(caption)
    assert (parsed.credit, parsed.agency, parsed.photographer) == (credit, agency, photographer)
    if description is not None:
        assert parsed.description == description
    # the label left behind was read as a town ("Fot", Hungary)
    assert parsed.location in (None, "Warszawa")


# Near misses: a period that ends a sentence or an abbreviation that is no label.
NOT_LABELS = [
    ("Jan Kowalski, Ph.D. candidate, at the lab. PAP", "PAP", "PAP"),
    ("Strajk w fabryce ul. Długiej. PAP", "PAP", "PAP"),
    ("Fans cheer the Rep. (AP Photo/Kim Soto)", "AP Photo/Kim Soto", "AP"),
]


@pytest.mark.parametrize(("caption", "credit", "agency"), NOT_LABELS)
def test_other_periods_before_a_credit_are_no_label(caption: str, credit: str, agency: str) -> None:
    parsed = parse_caption(caption)
    assert (parsed.credit, parsed.agency) == (credit, agency)
