"""IPTC IIM records (the "IPTC-NAA" block of JPEG APP13 / TIFF tag 33723), decoded with the
character set that record 1:90 declares."""

from __future__ import annotations

from collections import defaultdict

from .image_fields import ImageFields, clean_field

_MARKER = 0x1C
# 1:90 "Coded Character Set": ESC % G announces UTF-8; without it IIM text is Latin-1.
_UTF8_MARKERS = (b"\x1b%G", b"\x1b%/G", b"\x1b%/I")
_DATASETS = {
    "caption": (2, 120),
    "headline": (2, 105),
    "photographer": (2, 80),
    "credit": (2, 110),
    "agency": (2, 115),
    "date": (2, 55),
    "city": (2, 90),
    "country": (2, 101),
}
_OBJECT_NAME = (2, 5)


def parse_records(data: bytes) -> dict[tuple[int, int], list[bytes]]:
    """Datasets by (record, number); a repeated dataset (several by-lines) keeps each value.

    Parsing stops at the first byte that is not a dataset marker (padding, or damage).
    """
    records: dict[tuple[int, int], list[bytes]] = defaultdict(list)
    index = 0
    while index + 5 <= len(data) and data[index] == _MARKER:
        record, number = data[index + 1], data[index + 2]
        size = int.from_bytes(data[index + 3 : index + 5], "big")
        index += 5
        if size & 0x8000:  # extended dataset: the length is in the next (size & 0x7FFF) bytes
            width = size & 0x7FFF
            size = int.from_bytes(data[index : index + width], "big")
            index += width
        records[(record, number)].append(data[index : index + size])
        index += size
    return dict(records)


def charset(records: dict[tuple[int, int], list[bytes]]) -> str:
    declared = records.get((1, 90), [b""])[0]
    return "utf-8" if declared.strip() in _UTF8_MARKERS else "latin-1"


def fields_from_iim(data: bytes) -> ImageFields:
    records = parse_records(data)
    encoding = charset(records)

    def text(key: tuple[int, int]) -> str | None:
        values = [v.decode(encoding, "replace") for v in records.get(key, [])]
        return clean_field(values)

    values = {name: text(key) for name, key in _DATASETS.items()}
    values["headline"] = values["headline"] or text(_OBJECT_NAME)
    return ImageFields(**values)
