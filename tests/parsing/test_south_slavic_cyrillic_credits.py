"""Credits of Bulgarian, Serbian and Macedonian papers in Cyrillic: "Снимка: БТА" (picture),
"Фото: Танјуг", a name then the agency. The labels are a language file (data/languages/bg.toml,
whose country names the place index now holds too), the agencies registry data. Captions
written for these tests (names invented)."""

from __future__ import annotations

from tests.parsing.test_credit_shapes import Expected, _check, _table

SOUTH_SLAVIC: list[tuple[str, str, Expected]] = [
    (
        "bg-picture-label-wire",
        "Протестиращи в центъра на града. Снимка: БТА",
        {
            "agency": "BTA",
            "credit": "Снимка: БТА",
            "description": "Протестиращи в центъра на града",
        },
    ),
    (
        "bg-picture-label-name-slash-wire",
        "Протестиращи в центъра. Снимка: Иван Петров / БТА",
        {"agency": "BTA", "photographer": "Иван Петров"},
    ),
    (
        "bg-pictures-label-person",
        "Концерт на площада. Снимки: Мария Иванова",
        {"agency": None, "photographer": "Мария Иванова"},
    ),
    (
        "sr-cyrillic-wire",
        "Протест у центру града. Фото: Танјуг",
        {"agency": "Tanjug", "photographer": None},
    ),
    (
        "sr-source-label",
        "Протест у центру града. Извор: Танјуг",
        {"agency": "Tanjug"},
    ),
    # Neighbours: a Bulgarian sentence with no label has no credit; a Russian credit unchanged.
    (
        "bg-no-label",
        "Протестиращи в центъра на града",
        {"credit": None, "agency": None},
    ),
    (
        "ru-label-unchanged",
        "Митинг на площади. Фото: Иван Петров / ТАСС",
        {"agency": "TASS", "photographer": "Иван Петров"},
    ),
]


@_table(SOUTH_SLAVIC)
def test_south_slavic_cyrillic_credits(caption: str, expected: Expected) -> None:
    _check(caption, expected)
