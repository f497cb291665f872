"""A person and the organisation they work for, one of them in brackets, with no slash
between them: "Jo Roe (Kestrel Times)", "Kestrel Gazette (Photo: Ana Gil)", as a credit
field or after a label in a caption (test_bracketed_organisation.py keeps the caption without
a label unread: the name may be the subject's). An
organisation the registry does not know counts when its name says it is one (a cue word);
an organisation's name spelt out in brackets ("WANA (West Asia News Agency)") and where a
person stands ("Jo Roe (left)") stay as they were. Credits written for the test."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption, parse_credit


@pytest.mark.parametrize(
    ("credit", "photographer", "agency"),
    [
        ("Jo Roe (Kestrel Times)", "Jo Roe", "Kestrel Times"),
        ("Ana Gil (The Lumbre Gazette)", "Ana Gil", "The Lumbre Gazette"),
        ("Karim Saab (Kestrel Rovers FC)", "Karim Saab", "Kestrel Rovers FC"),
        ("Tomasz Wierzba (Lumbre University)", "Tomasz Wierzba", "Lumbre University"),
        ("Lena Ortiz (Radio Kestrel)", "Lena Ortiz", "Radio Kestrel"),
        ("Kestrel Times (Jo Roe)", "Jo Roe", "Kestrel Times"),
        ("Kestrel Gazette (Photo: Ana Gil)", "Ana Gil", "Kestrel Gazette"),
        ("Jo Roe (Reuters)", "Jo Roe", "Reuters"),
    ],
)
def test_a_name_and_its_organisation_in_brackets(
    credit: str, photographer: str, agency: str
) -> None:
    parsed = parse_credit(credit)
    assert (parsed.photographer, parsed.agency) == (photographer, agency)
    if ":" not in credit:
        # In a caption, after a label (without one, the name may be the subject's)
        labelled = f"Fans cheer as the team arrives at the stadium. Photo: {credit}"
        caption = parse_caption(labelled)
        assert (caption.photographer, caption.agency) == (photographer, agency)


@pytest.mark.parametrize(
    ("credit", "photographer", "agency"),
    [
        ("WANA (West Asia News Agency)", None, "WANA (West Asia News Agency)"),
        ("Jo Roe (left)", "Jo Roe", None),
    ],
)
def test_brackets_that_name_no_employer(
    credit: str, photographer: str | None, agency: str | None
) -> None:
    parsed = parse_credit(credit)
    assert (parsed.photographer, parsed.agency) == (photographer, agency)
