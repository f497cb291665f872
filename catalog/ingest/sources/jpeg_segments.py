"""IPTC and XMP read straight from a JPEG's header segments, for a file Pillow will not open.

A JPEG cut off before its image data (a download that stopped, a disk that filled up) still
holds its caption: the APP1 (XMP) and APP13 (IPTC) segments come first. Pillow refuses such a
file outright, so the segments are walked here, stopping at the first one that is cut off.
"""

from __future__ import annotations

_SOI = b"\xff\xd8"
_APP1, _APP13, _SOS, _EOI = 0xE1, 0xED, 0xDA, 0xD9
_XMP_ID = b"http://ns.adobe.com/xap/1.0/\x00"
_PHOTOSHOP_ID = b"Photoshop 3.0\x00"
_IPTC_RESOURCE = 0x0404
_STANDALONE = {0x01, 0xD8, *range(0xD0, 0xD8)}  # markers without a length


def _photoshop_iptc(data: bytes) -> bytes | None:
    """The IPTC-NAA resource of a Photoshop image resource block ("8BIM" entries)."""
    index = 0
    while index + 12 <= len(data) and data[index : index + 4] == b"8BIM":
        resource = int.from_bytes(data[index + 4 : index + 6], "big")
        name_length = data[index + 6]
        index += 6 + name_length + 1 + ((name_length + 1) % 2)  # Pascal name, padded even
        size = int.from_bytes(data[index : index + 4], "big")
        index += 4
        if resource == _IPTC_RESOURCE:
            return data[index : index + size]
        index += size + size % 2
    return None


def jpeg_metadata(data: bytes) -> tuple[bytes | None, bytes | None]:
    """(IPTC IIM, XMP) from the header segments of a JPEG, however much of it is missing."""
    iptc = xmp = None
    if not data.startswith(_SOI):
        return None, None
    index = 2
    while index + 4 <= len(data) and data[index] == 0xFF:
        marker = data[index + 1]
        if marker == 0xFF:  # fill byte
            index += 1
            continue
        if marker in _STANDALONE:
            index += 2
            continue
        if marker in (_SOS, _EOI):
            break
        length = int.from_bytes(data[index + 2 : index + 4], "big")
        body = data[index + 4 : index + 2 + length]
        if length < 2 or len(body) < length - 2:
            break  # this segment is cut off: nothing after it can be read
        if marker == _APP13 and body.startswith(_PHOTOSHOP_ID):
            iptc = iptc or _photoshop_iptc(body[len(_PHOTOSHOP_ID) :])
        elif marker == _APP1 and body.startswith(_XMP_ID):
            xmp = xmp or body[len(_XMP_ID) :]
        index += 2 + length
    return iptc, xmp
