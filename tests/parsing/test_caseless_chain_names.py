"""A photographer's name in a script without capitals (Arabic, Persian, Hebrew) before a
credit's slash: "تصوير: أحمد خالد / رويترز". The chain reader took only the name's last word
(as an agency) because it reads names back by their capitals; it now takes such words back to
a label's colon or a sentence's stop, and no further. Captions written for these tests (names
and events invented)."""

from __future__ import annotations

from tests.parsing.test_credit_shapes import Expected, _check, _table

CASELESS_NAMES: list[tuple[str, str, Expected]] = [
    (
        "ar-label-name-slash-wire",
        "متظاهرون في ساحة المدينة. تصوير: أحمد خالد / رويترز",
        {"agency": "Reuters", "photographer": "أحمد خالد", "credit": "تصوير: أحمد خالد / رويترز"},
    ),
    (
        "fa-label-name-slash-agency",
        "تظاهرات در تهران. عکس: علی رضایی / ایسنا",
        {"agency": "ISNA", "photographer": "علی رضایی"},
    ),
    (
        "he-label-name-slash-agency",
        "הפגנה בתל אביב. צילום: יוסי כהן / פלאש 90",
        {"agency": "Flash90", "photographer": "יוסי כהן"},
    ),
    (
        "ar-stop-name-slash-wire",
        "متظاهرون في ساحة المدينة. سامي علي / رويترز",
        {"agency": "Reuters", "photographer": "سامي علي"},
    ),
    # Neighbours: Latin names are read as before; a caseless name with no stop or label
    # before it is not run back into the sentence.
    (
        "en-label-name-slash-wire",
        "Protesters in the square. Photo: Ahmed Khaled/Reuters",
        {"agency": "Reuters", "photographer": "Ahmed Khaled"},
    ),
    (
        "ar-no-boundary-keeps-sentence",
        "متظاهرون يرفعون الأعلام في ساحة المدينة القديمة أحمد خالد / رويترز",
        {"photographer": None},
    ),
]


@_table(CASELESS_NAMES)
def test_caseless_chain_names(caption: str, expected: Expected) -> None:
    _check(caption, expected)
