"""Chinese credits of a reporter with no agency named ("记者 王芳 摄", "本报记者 王芳 摄": the
paper's own), of a correspondent ("通讯员 李强 摄"), and of two reporters joined by the
enumeration comma ("新华社记者 王芳、李强 摄"); Korean credits of two agencies parted by "=" or
a space ("로이터=뉴스1", "사진=로이터 연합뉴스"): the first is the agency. Reporter words and
the paper's own words are data (zh.toml, organisations.toml). Captions written for the test."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption


@pytest.mark.parametrize(
    "caption, agency, photographer",
    [
        pytest.param("市民在公园晨练。（记者 王芳 摄）", None, "王芳", id="zh-reporter-alone"),
        pytest.param("市民在公园晨练。记者王芳摄", None, "王芳", id="zh-reporter-glued"),
        pytest.param("市民在公园晨练。（本报记者 王芳 摄）", None, "王芳", id="zh-own-paper"),
        pytest.param("市民在公园晨练。（通讯员 李强 摄）", None, "李强", id="zh-correspondent"),
        pytest.param(
            "市民在公园晨练。（新华社记者 王芳、李强 摄）",
            "Xinhua",
            "王芳; 李强",
            id="zh-two-reporters",
        ),
        pytest.param(
            "선수들이 훈련하고 있다. ⓒ 로이터=뉴스1", "Reuters", None, id="ko-equals-pair"
        ),
        pytest.param(
            "선수들이 훈련하고 있다. 사진=로이터 연합뉴스", "Reuters", None, id="ko-spaced-pair"
        ),
        pytest.param("선수들이 훈련하고 있다. (사진=AP/연합뉴스)", "AP", None, id="ko-slash-pair"),
        # neighbours: a dateline's "=" names the place, one agency
        pytest.param(
            "(서울=연합뉴스) 김민수 기자 = 시민들이 광화문광장에서 행진하고 있다.",
            "Yonhap",
            "김민수",
            id="ko-dateline",
        ),
        pytest.param(
            "桜の下で花見を楽しむ人々（東京都内で、田中太郎撮影）",
            None,
            "田中太郎",
            id="ja-place-before-name",
        ),
    ],
)
def test_cjk_reporter_and_paired_agencies(
    caption: str, agency: str | None, photographer: str | None
) -> None:
    parsed = parse_caption(caption)
    assert (parsed.agency, parsed.photographer) == (agency, photographer)
