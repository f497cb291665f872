"""Credits of languages whose labels, names and agencies the parser did not know: Hebrew
("צילום: Name", "צילום: פלאש 90"), Thai ("ภาพ: รอยเตอร์"), Bengali ("ছবি: Name"), Chinese
"图源：", names written with vowel signs (Devanagari, Thai, Bengali), and
national agencies and papers under the names their own script prints. Labels are language data
(data/languages/*.toml), agencies registry data. Captions written for these tests (names and
events invented)."""

from __future__ import annotations

from tests.parsing.test_credit_shapes import Expected, _check, _table

SCRIPT_LABELS: list[tuple[str, str, Expected]] = [
    (
        "he-label-person",
        "הפגנה מול הכנסת. צילום: נועה ברק",
        {"credit": "צילום: נועה ברק", "photographer": "נועה ברק", "agency": None},
    ),
    (
        "he-label-agency-in-hebrew",
        "הטקס בירושלים. צילום: פלאש 90",
        {"agency": "Flash90", "photographer": None},
    ),
    (
        "he-label-army-spokesperson",
        'חיילים בגבול הצפון. צילום: דובר צה"ל',
        {"agency": "IDF", "photographer": None},
    ),
    (
        "he-person-comma-press-office",
        'ראש הממשלה בישיבה. צילום: עמית שגב, לע"מ',
        {"agency": "GPO", "photographer": "עמית שגב"},
    ),
    (
        "he-wire-in-hebrew",
        "הנמל בחיפה. צילום: רויטרס",
        {"agency": "Reuters", "photographer": None},
    ),
    (
        "th-label-wire",
        "ตลาดน้ำยามเช้า ภาพ: รอยเตอร์",
        {"agency": "Reuters", "photographer": None},
    ),
    (
        "th-bracketed-label-wire",
        "นายกรัฐมนตรีที่ทำเนียบ (ภาพ: เอเอฟพี)",
        {"agency": "AFP", "credit": "ภาพ: เอเอฟพี"},
    ),
    (
        "th-label-person-with-vowel-signs",
        "ตลาดน้ำ ภาพ: สมชาย ใจดี",
        {"agency": None, "photographer": "สมชาย ใจดี"},
    ),
    (
        "hi-label-person-with-vowel-signs",
        "मुंबई में बारिश। फोटो: राहुल वर्मा",
        {"agency": None, "photographer": "राहुल वर्मा"},
    ),
    (
        "hi-label-agency-stays-agency",
        "दिल्ली में प्रदर्शन। फोटो: पीटीआई",
        {"agency": "PTI", "photographer": None},
    ),
    (
        "bn-label-person",
        "কলকাতায় বৃষ্টি। ছবি: অমিত দাস",
        {"agency": None, "photographer": "অমিত দাস"},
    ),
    (
        "bn-label-wire",
        "ঢাকায় মিছিল। ছবি: এএফপি",
        {"agency": "AFP", "photographer": None},
    ),
    (
        "zh-picture-source-label",
        "市民在公园里赏花。（图源：视觉中国）",
        {"agency": "VCG", "credit": "图源：视觉中国"},
    ),
    (
        "zh-people-visual",
        "游客在景区拍照。图片来源：人民视觉",
        {"agency": "People Visual"},
    ),
    (
        "ko-paper-in-hangul",
        "옛 시청 건물. (사진=한국일보)",
        {"agency": "Hankook Ilbo", "photographer": None},
    ),
    (
        "ru-interfax-cyrillic",
        "Сцена фестиваля. Фото: Сергей Иванов / Интерфакс",
        {"agency": "Interfax", "photographer": "Сергей Иванов"},
    ),
    (
        "uk-interfax-ukraine",
        "Мітинг у Києві. Фото: Інтерфакс-Україна",
        {"agency": "Interfax", "photographer": None},
    ),
    # Neighbours: a Hebrew sentence without a label, a Thai one without, English unchanged.
    (
        "he-no-label-no-credit",
        "הפגנה מול הכנסת בירושלים",
        {"credit": None, "agency": None, "photographer": None},
    ),
    (
        "th-no-label-no-credit",
        "ตลาดน้ำยามเช้าที่ราชบุรี",
        {"credit": None, "agency": None, "photographer": None},
    ),
    (
        "en-photo-label-unchanged",
        "Boats in the harbour at dawn. Photo: Noa Barak/Flash90",
        {"agency": "Flash90", "photographer": "Noa Barak"},
    ),
]


@_table(SCRIPT_LABELS)
def test_script_credit_labels(caption: str, expected: Expected) -> None:
    _check(caption, expected)
