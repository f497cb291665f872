"""A licensing link or a share button printed after the credit ("REUTERS/Name Purchase
Licensing Rights, opens new tab", "Photo: Name/AFP License this photo", "... Name/AFP Share") is
page furniture, no word of the credit. Captions written for the test."""

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


@pytest.mark.parametrize(
    "caption, credit",
    [
        pytest.param("Crowds gather. Photo: Kim Soto/AFP Share", "Photo: Kim Soto/AFP", id="chain"),
        pytest.param("Crowds gather. (Kim Soto/AP) Share", "Kim Soto/AP", id="bracket"),
    ],
)
def test_share_button_after_credit(caption: str, credit: str) -> None:
    assert parse_caption(caption).credit == credit


def test_share_as_a_word_of_the_caption_stays() -> None:
    assert parse_caption("Investors sell their share").description == "Investors sell their share"
