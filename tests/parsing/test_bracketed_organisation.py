"""A person's name with the organisation in brackets after it ("Credit: Jo Roe (Kestrel
Athletics)", "Photo: Jo Roe (Kestrel Times)"): after a label, the organisation that says it
is one is the agency, as a known agency in brackets is ("Jo Roe (dpa)"). Without a label the
name and bracket may say who is seen, and stay unread. Captions written for the test, with a
position note and a role as neighbours."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption

MATCH = "Players warm up before the match."


@pytest.mark.parametrize(
    "caption, agency, photographer",
    [
        pytest.param(
            f"{MATCH} Credit: Jo Roe (Kestrel Athletics)",
            "Kestrel Athletics",
            "Jo Roe",
            id="athletics",
        ),
        pytest.param(
            f"{MATCH} Photo: Jo Roe (Kestrel Times)", "Kestrel Times", "Jo Roe", id="paper"
        ),
        pytest.param(
            f"{MATCH} Photo by Jo Roe (Kestrel University)",
            "Kestrel University",
            "Jo Roe",
            id="photo-by",
        ),
        pytest.param(f"{MATCH} Jo Roe (Kestrel University)", None, None, id="neighbour-unlabelled"),
        pytest.param(f"{MATCH} Photo: Jo Roe (Reuters)", "Reuters", "Jo Roe", id="neighbour-known"),
        pytest.param(f"{MATCH} Photo: Jo Roe (left)", None, "Jo Roe", id="neighbour-position"),
        pytest.param(f"{MATCH} Jo Roe (Staff Photographer)", None, "Jo Roe", id="neighbour-role"),
    ],
)
def test_bracketed_organisation_after_name(
    caption: str, agency: str | None, photographer: str
) -> None:
    parsed = parse_caption(caption)
    assert (parsed.agency, parsed.photographer) == (agency, photographer)
