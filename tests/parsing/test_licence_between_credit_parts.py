"""A Creative Commons licence printed between two parts of a credit ("Jo Roe, CC BY-SA 4.0,
via Wikimedia Commons"): taken out, it leaves one separator, not two, so the name before it
stays a person's; and archives named with a number ("Photo 12") or distributing others'
collections ("Universal Images Group") are organisations of their own. Credits written for the
test."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption, parse_credit

_CAPTION = "A heron wades through the shallows at dawn."


@pytest.mark.parametrize(
    ("credit", "photographer", "agency", "via"),
    [
        ("Jo Roe, CC BY-SA 4.0, via Wikimedia Commons", "Jo Roe", None, "Wikimedia Commons"),
        ("Jo Roe, CC BY 2.0, via Flickr", "Jo Roe", None, "Flickr"),
        ("Foto: Ana Gil, CC BY-SA 3.0, Wikimedia Commons", "Ana Gil", "Wikimedia Commons", None),
        ("Photo: Karim Saab / CC BY-SA 4.0 / Flickr", "Karim Saab", "Flickr", None),
        ("Jo Roe; CC0; Kestrel Museum", "Jo Roe", "Kestrel Museum", None),
        ("Jo Roe, Public domain, via Wikimedia Commons", "Jo Roe", None, "Wikimedia Commons"),
    ],
)
def test_a_licence_between_credit_parts(
    credit: str, photographer: str, agency: str | None, via: str | None
) -> None:
    for parsed in (parse_credit(credit), parse_caption(f"{_CAPTION} {credit}")):
        assert (parsed.photographer, parsed.agency, parsed.via) == (photographer, agency, via)


@pytest.mark.parametrize(
    ("credit", "agency", "via"),
    [
        ("Photo 12/Universal Images Group via Getty Images", "Photo 12", "Getty Images"),
        ("Photo12/UIG via Getty Images", "Photo 12", "Getty Images"),
        (
            "Universal History Archive/Universal Images Group via Getty Images",
            "Universal History Archive",
            "Getty Images",
        ),
        ("Universal Images Group via Getty Images", "Universal Images Group", "Getty Images"),
    ],
)
def test_archives_distributed_by_others(credit: str, agency: str, via: str) -> None:
    parsed = parse_credit(credit)
    assert (parsed.photographer, parsed.agency, parsed.via) == (None, agency, via)
