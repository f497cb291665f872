"""Credit shapes of Chinese, Japanese and Korean captions: a chain with a full-width slash
("写真：ロイター／アフロ"), Japanese "撮影・Name" and "撮影：Name", a name without spaces before
the agency ("長谷川健太／アフロ"), the agency then its reporter without a word for "reporter"
("뉴스1 김민수 기자", "新华社 王明 摄"), a source and "provided" ("뉴스1 제공"), and a wire's
dateline in square or lenticular brackets opening the caption ("[서울=뉴시스] 김민수 기자 = ...").
Captions written for these tests (names and events invented)."""

from __future__ import annotations

from tests.parsing.test_credit_shapes import Expected, _check, _table

CJK_SHAPES: list[tuple[str, str, Expected]] = [
    (
        "ja-full-width-slash-wire-then-distributor",
        "試合に臨む選手（写真：ロイター／アフロ）",
        {"agency": "Reuters", "photographer": None, "credit": "写真：ロイター／アフロ"},
    ),
    (
        "ja-full-width-slash-latin-wire",
        "祭りの様子（写真：AP／アフロ）",
        {"agency": "AP", "photographer": None},
    ),
    (
        "ja-name-then-distributor",
        "港の朝（写真：長谷川健太／アフロ）",
        {"agency": "Aflo", "photographer": "長谷川健太"},
    ),
    (
        "ja-pool-then-wire",
        "首相が会見（写真：代表撮影／ロイター／アフロ）",
        {"agency": "Reuters", "photographer": None},
    ),
    (
        "zh-name-full-width-slash-agency",
        "市民在公园。（图片来源：王鹏／视觉中国）",
        {"agency": "VCG", "photographer": "王鹏"},
    ),
    (
        "ja-shot-by-dot",
        "花火大会の様子（撮影・山田太郎）",
        {"agency": None, "photographer": "山田太郎", "credit": "撮影・山田太郎"},
    ),
    (
        "ja-shot-by-colon",
        "桜の名所（撮影：佐藤花子）",
        {"agency": None, "photographer": "佐藤花子"},
    ),
    (
        "ko-copyright-agency-reporter",
        "시민들이 광장에 모여 있다. ⓒ 뉴스1 김민수 기자",
        {"agency": "News1", "photographer": "김민수"},
    ),
    (
        "ko-agency-reporter",
        "시민들이 광장에 모여 있다. 연합뉴스 이지은 기자",
        {"agency": "Yonhap", "photographer": "이지은"},
    ),
    (
        "zh-agency-name-mark",
        "运动员在比赛中。新华社 王明 摄",
        {"agency": "Xinhua", "photographer": "王明"},
    ),
    (
        "ko-square-bracket-dateline-leading",
        "[서울=뉴시스] 김민수 기자 = 시민들이 출근하고 있다.",
        {"agency": "Newsis", "photographer": "김민수", "description": "시민들이 출근하고 있다"},
    ),
    (
        "ko-lenticular-bracket-dateline-leading",
        "【부산=뉴시스】박지훈 기자 = 시민들이 해변을 걷고 있다.",
        {"agency": "Newsis", "photographer": "박지훈"},
    ),
    (
        "ko-source-provided",
        "행사 모습. 뉴스1 제공",
        {"agency": "News1", "photographer": None, "credit": "뉴스1 제공"},
    ),
    # Neighbours: a reporter alone, a bracketed English credit first, a Latin chain.
    (
        "ko-reporter-alone",
        "시민들이 광장에 모여 있다. 김민수 기자",
        {"agency": None, "photographer": "김민수"},
    ),
    (
        "en-leading-square-bracket-chain",
        "[Jo Roe/AFP] A crowd gathers in the square.",
        {"agency": "AFP", "photographer": "Jo Roe"},
    ),
    (
        "en-slash-chain-unchanged",
        "A smiling team. Photo: Mia Park/Yonhap",
        {"agency": "Yonhap", "photographer": "Mia Park"},
    ),
]


@_table(CJK_SHAPES)
def test_cjk_credit_shapes(caption: str, expected: Expected) -> None:
    _check(caption, expected)


# A credit closing a caption with no stop before it (after a space, or the whole caption), and
# an agency that released the photo before its photographer's full-width brackets.
UNSTOPPED_AND_RELEASED: list[tuple[str, str, Expected]] = [
    (
        "zh-credit-alone",
        "新华社记者 李贺 摄",
        {"agency": "Xinhua", "photographer": "李贺", "credit": "新华社记者 李贺 摄"},
    ),
    (
        "zh-credit-after-space",
        "图为市民在公园赏花 新华社记者 李贺 摄",
        {"agency": "Xinhua", "photographer": "李贺", "credit": "新华社记者 李贺 摄"},
    ),
    (
        "zh-credit-after-spaced-caption",
        "市民 在公园赏花 中新社记者 张伟 摄",
        {"agency": "China News Service", "photographer": "张伟"},
    ),
    (
        "ko-agency-reporter-after-space",
        "시민들이 광장에 모여 있다 뉴스1 김민수 기자",
        {"agency": "News1", "photographer": "김민수", "credit": "뉴스1 김민수 기자"},
    ),
    (
        "ja-known-agency-after-space",
        "首相官邸に入る首相 時事通信フォト",
        {"agency": "Jiji", "credit": "時事通信フォト", "description": "首相官邸に入る首相"},
    ),
    (
        "zh-known-agency-after-space",
        "市民在公园赏花 视觉中国",
        {"agency": "VCG", "credit": "视觉中国"},
    ),
    (
        "zh-released-by-then-bracketed-name",
        "市民在公园赏花。新华社发（张伟 摄）",
        {"agency": "Xinhua", "photographer": "张伟", "credit": "新华社发（张伟 摄）"},
    ),
    (
        "zh-reporter-then-bracketed-name",
        "港口的船只。新华社记者（李强 摄）",
        {"agency": "Xinhua", "photographer": "李强"},
    ),
    # Neighbours: a sentence about a reporter is no credit, nor is a byline alone; a bracketed
    # name after caption words keeps them as description.
    (
        "ko-byline-alone-is-no-credit",
        "김민수 기자",
        {"credit": None, "photographer": None},
    ),
    (
        "ko-sentence-about-a-reporter",
        "그는 경력 10년의 베테랑 기자",
        {"credit": None, "photographer": None},
    ),
    (
        "zh-place-after-space-is-no-credit",
        "市民在公园赏花 北京",
        {"credit": None, "agency": None},
    ),
    (
        "zh-bracketed-name-after-caption-words",
        "市民在公园赏花。图为游客（张伟 摄）",
        {"agency": None, "photographer": "张伟", "credit": "张伟 摄"},
    ),
]


@_table(UNSTOPPED_AND_RELEASED)
def test_unstopped_and_released_cjk_credits(caption: str, expected: Expected) -> None:
    _check(caption, expected)
