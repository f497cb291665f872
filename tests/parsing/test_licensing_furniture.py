"""A licensing link printed after the credit ("REUTERS/Name Purchase Licensing Rights, opens
new tab", "Photo: Name/AFP License this photo") is page furniture, no word of the credit.
Captions written for the test."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption


@pytest.mark.parametrize(
    "caption, credit, agency, photographer",
    [
        pytest.param(
            "Crowds gather. REUTERS/Jo Roe Purchase Licensing Rights",
            "REUTERS/Jo Roe",
            "Reuters",
            "Jo Roe",
            id="licensing-rights",
        ),
        pytest.param(
            "Crowds gather. REUTERS/Jo Roe Purchase Licensing Rights, opens new tab",
            "REUTERS/Jo Roe",
            "Reuters",
            "Jo Roe",
            id="opens-new-tab",
        ),
        pytest.param(
            "Crowds gather. REUTERS/Jo Roe/File Photo Purchase Licensing Rights",
            "REUTERS/Jo Roe/File Photo",
            "Reuters",
            "Jo Roe",
            id="file-photo",
        ),
        pytest.param(
            "Crowds gather. Photo: Kim Soto/AFP License this photo",
            "Photo: Kim Soto/AFP",
            "AFP",
            "Kim Soto",
            id="license-this-photo",
        ),
    ],
)
def test_licensing_link_after_credit(
    caption: str, credit: str, agency: str, photographer: str
) -> None:
    parsed = parse_caption(caption)
    assert (parsed.credit, parsed.agency, parsed.photographer) == (credit, agency, photographer)
    assert parsed.description == "Crowds gather"
