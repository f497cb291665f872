"""Chinese and Japanese labels that name a photographer, then a slash or a colon ("图/王芳",
"（摄影/王芳）", "文/图 王芳"): the name after them, written without spaces, is the
photographer's, not an organisation's; a known agency after them stays the agency ("图/新华社"),
and a source's label ("来源：") still names an organisation. A Japanese credit that opens with
where the photo was taken ("（東京都内で、田中太郎撮影）") names the photographer after its last
enumeration comma. Captions written for the test."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption


@pytest.mark.parametrize(
    "caption, agency, photographer",
    [
        pytest.param("市民在公园晨练。（图/王芳）", None, "王芳", id="zh-photo-slash"),
        pytest.param("市民在公园晨练。图/李强", None, "李强", id="zh-photo-slash-bare"),
        pytest.param("游客在西湖边拍照。（摄影/陈静）", None, "陈静", id="zh-photographer-slash"),
        pytest.param("游客在西湖边拍照。（文/图 赵磊）", None, "赵磊", id="zh-text-and-photo"),
        pytest.param("游客在西湖边拍照。圖/林志明", None, "林志明", id="zh-traditional"),
        pytest.param(
            "桜の下で花見を楽しむ人々（東京都内で、田中太郎撮影）",
            None,
            "田中太郎",
            id="ja-place-then-name",
        ),
        pytest.param(
            "雪の中を歩く観光客（2023年1月5日、札幌市中央区、佐藤花子撮影）",
            None,
            "佐藤花子",
            id="ja-date-place-then-name",
        ),
        # neighbours: an agency after the label, a source's label
        pytest.param("渔民出海捕鱼。（图/新华社）", "Xinhua", None, id="zh-known-agency"),
        pytest.param("渔民出海捕鱼。来源：新浪", "新浪", None, id="zh-source-label"),
        pytest.param(
            "学生参加考试。中新社记者 陈刚 摄",
            "China News Service",
            "陈刚",
            id="zh-reporter-mark",
        ),
    ],
)
def test_cjk_photographer_label(caption: str, agency: str | None, photographer: str | None) -> None:
    parsed = parse_caption(caption)
    assert (parsed.agency, parsed.photographer) == (agency, photographer)
