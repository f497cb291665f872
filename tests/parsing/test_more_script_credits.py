"""Credits of Urdu ("فوٹو: Name"), Tamil ("படம்: Name") and Georgian ("ფოტო: Name") captions,
whose labels the parser did not know; Georgian names kept as written (Unicode files Georgian's
letters as lower case, but Georgian writes no capitals, so its names are neither "typed in
lower case" nor to be capitalised); and sources naming no one in Hindi, Urdu and Chinese
("सोशल मीडिया", "فائل", "网络"): the credit stays, the agency is null. Captions written for these
tests (names invented)."""

from __future__ import annotations

from tests.parsing.test_credit_shapes import Expected, _check, _table

MORE_SCRIPTS: list[tuple[str, str, Expected]] = [
    (
        "ur-label-wire",
        "لاہور میں بارش۔ فوٹو: اے ایف پی",
        {"agency": "AFP", "credit": "فوٹو: اے ایف پی"},
    ),
    (
        "ur-label-person",
        "لاہور میں بارش۔ فوٹو: علی احمد",
        {"agency": None, "photographer": "علی احمد"},
    ),
    (
        "ta-label-person",
        "சென்னையில் மழை. படம்: ராஜ் குமார்",
        {"agency": None, "photographer": "ராஜ் குமார்"},
    ),
    (
        "ta-label-wire",
        "சென்னையில் மழை. படம்: ராய்ட்டர்ஸ்",
        {"agency": "Reuters"},
    ),
    (
        "ka-label-person-as-written",
        "თბილისი ზამთარში. ფოტო: გიორგი ბერიძე",
        {"agency": None, "photographer": "გიორგი ბერიძე"},
    ),
    (
        "ka-label-person-slash-wire",
        "თბილისი ზამთარში. ფოტო: გიორგი ბერიძე / რეიტერი",
        {"agency": "Reuters", "photographer": "გიორგი ბერიძე"},
    ),
    (
        "hi-social-media-generic",
        "लखनऊ में बारिश। फोटो: सोशल मीडिया",
        {"agency": None, "photographer": None, "credit": "फोटो: सोशल मीडिया"},
    ),
    (
        "ur-file-generic",
        "لاہور میں بارش۔ فوٹو: فائل",
        {"agency": None, "photographer": None},
    ),
    (
        "zh-internet-generic",
        "市民在公园赏花。图片来源：网络",
        {"agency": None, "photographer": None, "credit": "图片来源：网络"},
    ),
    # Neighbours: a Devanagari police force stays an organisation, Latin lower-case credits
    # are still read in capitals.
    (
        "hi-police-organisation",
        "लखनऊ में बारिश। फोटो: दिल्ली पुलिस",
        {"agency": "दिल्ली पुलिस", "photographer": None},
    ),
    (
        "en-lower-case-chain",
        "Crowds gather in the square. reuters/jo roe",
        {"agency": "Reuters", "photographer": "Jo Roe"},
    ),
]


@_table(MORE_SCRIPTS)
def test_more_script_credits(caption: str, expected: Expected) -> None:
    _check(caption, expected)
