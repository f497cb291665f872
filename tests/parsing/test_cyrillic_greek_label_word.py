"""A label word without a colon before a name or an agency in Cyrillic or Greek capitals
("Фото ТАСС", "Фото Ивана Петрова", "Φωτο ΑΠΕ-ΜΠΕ"): the label was read only before Latin
capitals ("Foto LaPresse", "Photo AFP"), so the label word became part of a photographer's
name. Captions written for these tests (names invented)."""

from __future__ import annotations

from tests.parsing.test_credit_shapes import Expected, _check, _table

LABEL_WORD: list[tuple[str, str, Expected]] = [
    (
        "ru-photo-word-wire-caps",
        "Митинг на площади. Фото ТАСС",
        {"agency": "TASS", "photographer": None, "credit": "Фото ТАСС"},
    ),
    (
        "ru-photo-word-genitive-name",
        "Митинг на площади. Фото Ивана Петрова",
        {"agency": None, "photographer": "Ивана Петрова"},
    ),
    (
        "el-photo-word-wire-caps",
        "Η διαδήλωση στο κέντρο. Φωτο ΑΠΕ-ΜΠΕ",
        {"agency": "ANA-MPA", "photographer": None},
    ),
    (
        "el-photo-word-latin-agency",
        "Η διαδήλωση στο κέντρο. Φωτο Eurokinissi",
        {"agency": "Eurokinissi", "photographer": None},
    ),
    (
        "el-photograph-word-genitive-name",
        "Το πλήθος στην πλατεία. Φωτογραφία Γιώργου Κοντού",
        {"agency": None, "photographer": "Γιώργου Κοντού"},
    ),
    # Neighbours: Latin forms unchanged; with a colon unchanged.
    (
        "ru-photo-word-latin-wire",
        "Митинг на площади. Фото Reuters",
        {"agency": "Reuters"},
    ),
    (
        "ru-colon-name-slash-wire",
        "Митинг на площади. Фото: Иван Петров / ТАСС",
        {"agency": "TASS", "photographer": "Иван Петров"},
    ),
    (
        "it-photo-word-agency",
        "Corteo a Roma. (foto LaPresse)",
        {"agency": "LaPresse"},
    ),
]


@_table(LABEL_WORD)
def test_cyrillic_greek_label_word(caption: str, expected: Expected) -> None:
    _check(caption, expected)
