"""A source that provided the photo, in languages that write the mark after it ("教育部供图",
"교육부 제공", "文部科学省提供": languages' provider_suffixes): the source is the agency, as
"Courtesy of X" gives X, not a photographer. A courtesy or "photo from" in a script without
capitals ("באדיבות בית החולים", "صورة من جامعة القاهرة") names the source too. Captions written
for the test."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption


@pytest.mark.parametrize(
    "caption, agency, photographer",
    [
        pytest.param("学生们在学校。（教育部供图）", "教育部", None, id="zh-provided"),
        pytest.param(
            "工人在工厂作业。（某某公司提供）", "某某公司", None, id="zh-company-provided"
        ),
        pytest.param(
            "학생들이 학교에 가고 있다. [사진=교육부 제공]", "교육부", None, id="ko-provided"
        ),
        pytest.param("学校の子どもたち（文部科学省提供）", "文部科学省", None, id="ja-provided"),
        pytest.param("בית החולים בעיר. באדיבות בית החולים", "בית החולים", None, id="he-courtesy"),
        pytest.param(
            "أطفال في مخيم للاجئين. (صورة من جامعة القاهرة)",
            "جامعة القاهرة",
            None,
            id="ar-photo-from",
        ),
        pytest.param(
            "أطفال في مخيم للاجئين. بعدسة أحمد خالد", None, "أحمد خالد", id="ar-through-lens"
        ),
        # neighbours: a photographer's mark, a known agency provided
        pytest.param("工人在工厂作业。张伟 摄", None, "张伟", id="zh-photographed"),
        pytest.param("渔民出海捕鱼。视觉中国供图", "VCG", None, id="zh-known-provided"),
        pytest.param(
            "관광객들이 경복궁을 둘러보고 있다. 뉴스1 제공", "News1", None, id="ko-known-provided"
        ),
    ],
)
def test_provided_and_courtesy_in_scripts(
    caption: str, agency: str | None, photographer: str | None
) -> None:
    parsed = parse_caption(caption)
    assert (parsed.agency, parsed.photographer) == (agency, photographer)
