"""Russian and Ukrainian credits of stills and archives: "Кадр:" (a still from a video) and
"Скриншот:" label their source as "Фото:" does; "архив", "личный архив", "видео" name no
organisation (agency null, the credit kept); Russian broadcasters in the registry. Captions
written for these tests (names invented)."""

from __future__ import annotations

from tests.parsing.test_credit_shapes import Expected, _check, _table

RUSSIAN_SOURCES: list[tuple[str, str, Expected]] = [
    (
        "ru-archive-generic",
        "Митинг на площади. Фото: архив",
        {"agency": None, "photographer": None, "credit": "Фото: архив"},
    ),
    (
        "ru-still-of-video-generic",
        "Митинг на площади. Кадр: видео",
        {"agency": None, "credit": "Кадр: видео", "description": "Митинг на площади"},
    ),
    (
        "ru-still-of-broadcaster",
        "Митинг на площади. Кадр: Первый канал",
        {"agency": "Channel One Russia", "photographer": None},
    ),
    (
        "uk-archive-generic",
        "Мітинг на площі. Фото: архів",
        {"agency": None, "photographer": None},
    ),
    (
        "ru-screenshot-platform",
        "Митинг на площади. Скриншот: YouTube",
        {"credit": "Скриншот: YouTube", "photographer": None},
    ),
    # Neighbour: a person after the same label stays a person.
    (
        "ru-still-person",
        "Митинг на площади. Кадр: Иван Петров",
        {"agency": None, "photographer": "Иван Петров"},
    ),
]


@_table(RUSSIAN_SOURCES)
def test_russian_sources(caption: str, expected: Expected) -> None:
    _check(caption, expected)
