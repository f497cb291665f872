"""Credit labels of more languages, as data (languages/*.toml): Arabic "تصوير" and Persian
"عکس از" before a name with no colon, Thai "ภาพโดย" (photo by), Vietnamese "Ảnh minh họa:"
(illustrative photo), Czech "Autor fotografie:". The label is no word of the photographer's
name and names no organisation. Captions written for the test."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption
from catalog.parsing.credits import parse_credit


@pytest.mark.parametrize(
    "caption, agency, photographer",
    [
        pytest.param("متظاهرون في ساحة عامة. تصوير أحمد خالد", None, "أحمد خالد", id="ar-no-colon"),
        pytest.param(
            "متظاهرون في ساحة عامة. (تصوير: سامي يوسف/رويترز)",
            "Reuters",
            "سامي يوسف",
            id="ar-colon-agency",
        ),
        pytest.param("بازار تهران. عکس از مریم رضایی", None, "مریم رضایی", id="fa-photo-by"),
        pytest.param(
            "Người dân đi chợ Tết. Ảnh minh họa: Nguyễn Văn Hùng",
            None,
            "Nguyễn Văn Hùng",
            id="vi-illustrative",
        ),
        pytest.param(
            "Turisté na mostě. Autor fotografie: Petr Novák", None, "Petr Novák", id="cs-author"
        ),
        pytest.param(
            "Turisté na mostě. Autorka snímku: Jana Dvořáková",
            None,
            "Jana Dvořáková",
            id="cs-author-feminine",
        ),
    ],
)
def test_world_credit_label(caption: str, agency: str | None, photographer: str | None) -> None:
    parsed = parse_caption(caption)
    assert (parsed.agency, parsed.photographer) == (agency, photographer)


@pytest.mark.parametrize(
    "credit, photographer",
    [
        ("ภาพโดย สมชาย ใจดี", "สมชาย ใจดี"),
        ("ถ่ายภาพโดย วิโรจน์ ศรีสุข", "วิโรจน์ ศรีสุข"),
    ],
)
def test_thai_photo_by(credit: str, photographer: str) -> None:
    # (Thai writes no sentence stops; the reader of a credit already split from its caption)
    parsed = parse_credit(credit)
    assert (parsed.agency, parsed.photographer) == (None, photographer)
