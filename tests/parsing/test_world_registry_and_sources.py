"""National agencies and papers printed in their own script (post-Soviet wires and papers,
Sputnik's national bureaus, Indonesian and Vietnamese sources), generic "file photo" words of
Greek and Vietnamese (agency null), and Indonesian government bodies (organisations, not
people). All registry or organisation data. Captions written for these tests (names invented)."""

from __future__ import annotations

from tests.parsing.test_credit_shapes import Expected, _check, _table

WORLD_SOURCES: list[tuple[str, str, Expected]] = [
    ("by-belta", "Парад на площади. Фото: БелТА", {"agency": "BelTA"}),
    ("am-armenpress", "Митинг на площади. Фото: Арменпресс", {"agency": "Armenpress"}),
    ("az-azertac", "Вид на набережную. Фото: АзерТАдж", {"agency": "AZERTAC"}),
    ("ge-sputnik-bureau", "Выборы в городе. Фото: Sputnik Грузия", {"agency": "Sputnik"}),
    (
        "ru-person-slash-paper",
        "Уличная сцена. Фото: Евгений Орлов / Ведомости",
        {"agency": "Vedomosti", "photographer": "Евгений Орлов"},
    ),
    (
        "id-paper-caps-slash-person",
        "Banjir di kota. (TEMPO/Budi Santoso)",
        {"agency": "Tempo", "photographer": "Budi Santoso"},
    ),
    (
        "id-city-government",
        "Pasar di kota. Foto: Dok. Pemkot Kestrel",
        {"agency": "Pemkot Kestrel", "photographer": None},
    ),
    (
        "id-police-public-relations",
        "Patroli malam. Foto: Humas Polda Kestrel",
        {"agency": "Humas Polda Kestrel", "photographer": None},
    ),
    (
        "el-file-photo-generic",
        "Ο υπουργός στη Βουλή. (φωτ. αρχείου)",
        {"agency": None, "photographer": None},
    ),
    ("vi-file-photo-generic", "Lễ hội ở Huế. Ảnh: Tư liệu", {"agency": None, "photographer": None}),
    # Neighbours: people after the same labels stay people.
    (
        "id-person-unchanged",
        "Pasar di kota. Foto: Budi Santoso",
        {"agency": None, "photographer": "Budi Santoso"},
    ),
    (
        "vi-person-unchanged",
        "Lễ hội ở Huế. Ảnh: Minh Anh",
        {"agency": None, "photographer": "Minh Anh"},
    ),
]


@_table(WORLD_SOURCES)
def test_world_registry_and_sources(caption: str, expected: Expected) -> None:
    _check(caption, expected)
