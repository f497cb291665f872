"""Write the sample JPEGs with embedded captions: IPTC IIM (APP13) and XMP (APP1).

Run from the repository root: ``python samples/make_images.py`` (needs Pillow). The tests
import the builders below to make images of their own. Pillow writes the pixels; the
metadata segments are built here byte by byte, as cameras and photo desks write them.
"""

from __future__ import annotations

import io
import struct
import sys
from pathlib import Path
from xml.sax.saxutils import escape

from PIL import Image

HERE = Path(__file__).resolve().parent
UTF8_MARKER = b"\x1b%G"  # IIM 1:90: the record's text is UTF-8


def iim_dataset(record: int, number: int, value: bytes) -> bytes:
    """One IIM dataset: tag marker, record, number, length, value."""
    if len(value) < 0x8000:
        return struct.pack(">BBBH", 0x1C, record, number, len(value)) + value
    # Extended dataset: the length goes in the 4 bytes that follow.
    return struct.pack(">BBBHI", 0x1C, record, number, 0x8004, len(value)) + value


def iim_block(fields: dict[tuple[int, int], str | list[str]], utf8: bool = True) -> bytes:
    """An IIM record; ``utf8=False`` writes Latin-1 and no 1:90 character-set dataset."""
    encoding = "utf-8" if utf8 else "latin-1"
    block = iim_dataset(1, 90, UTF8_MARKER) if utf8 else b""
    block += iim_dataset(2, 0, b"\x00\x04")  # record version 4
    for (record, number), value in fields.items():
        for item in value if isinstance(value, list) else [value]:
            block += iim_dataset(record, number, item.encode(encoding))
    return block


def app13_segment(iim: bytes) -> bytes:
    """A Photoshop APP13 segment holding the IIM record as 8BIM resource 0x0404."""
    resource = b"8BIM" + struct.pack(">H", 0x0404) + b"\x00\x00" + struct.pack(">I", len(iim))
    resource += iim + (b"\x00" if len(iim) % 2 else b"")
    payload = b"Photoshop 3.0\x00" + resource
    return b"\xff\xed" + struct.pack(">H", len(payload) + 2) + payload


def xmp_packet(fields: dict[str, str | list[str]]) -> bytes:
    """An XMP packet with dc:description (language alternative), dc:creator (sequence)
    and photoshop:* simple properties given by local name ("Credit", "City", ...)."""
    parts = []
    description = fields.get("description")
    if isinstance(description, str):
        parts.append(
            '<dc:description><rdf:Alt><rdf:li xml:lang="x-default">'
            f"{escape(description)}</rdf:li></rdf:Alt></dc:description>"
        )
    creators = fields.get("creator")
    if creators:
        items = "".join(
            f"<rdf:li>{escape(c)}</rdf:li>"
            for c in (creators if isinstance(creators, list) else [creators])
        )
        parts.append(f"<dc:creator><rdf:Seq>{items}</rdf:Seq></dc:creator>")
    for name, value in fields.items():
        if name not in ("description", "creator") and isinstance(value, str):
            parts.append(f"<photoshop:{name}>{escape(value)}</photoshop:{name}>")
    body = "".join(parts)
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/">'
        f"{body}</rdf:Description></rdf:RDF></x:xmpmeta>"
        '<?xpacket end="w"?>'
    ).encode()


def app1_xmp_segment(packet: bytes) -> bytes:
    payload = b"http://ns.adobe.com/xap/1.0/\x00" + packet
    return b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload


def jpeg_bytes(
    *segments: bytes, size: tuple[int, int] = (64, 48), color: tuple[int, int, int] = (40, 90, 160)
) -> bytes:
    """A small JPEG with the given metadata segments placed right after its SOI marker."""
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, "JPEG", quality=80)
    data = buffer.getvalue()
    return data[:2] + b"".join(segments) + data[2:]


SAMPLES = {
    "iptc_kyiv.jpg": jpeg_bytes(
        app13_segment(
            iim_block(
                {
                    (2, 120): "A woman walks past a building damaged by shelling in Kyiv, "
                    "Ukraine, March 3, 2022. REUTERS/Jane Doe",
                    (2, 80): "Jane Doe",
                    (2, 110): "REUTERS",
                    (2, 115): "Reuters",
                    (2, 55): "20220303",
                    (2, 90): "Kyiv",
                    (2, 101): "Ukraine",
                    (2, 105): "Ukraine crisis",
                }
            )
        ),
        color=(120, 110, 100),
    ),
    "xmp_sao_paulo.jpg": jpeg_bytes(
        app1_xmp_segment(
            xmp_packet(
                {
                    "description": "Fans celebrate in São Paulo, Brazil, December 18, 2022, "
                    "after Argentina won the World Cup final. Ana Souza/AFP via Getty Images",
                    "creator": "Ana Souza",
                    "Credit": "AFP via Getty Images",
                    "Source": "AFP",
                    "City": "São Paulo",
                    "Country": "Brazil",
                    "DateCreated": "2022-12-18T21:15:00-03:00",
                }
            )
        ),
        color=(30, 140, 60),
    ),
    "iptc_latin1_zurich.jpg": jpeg_bytes(
        app13_segment(
            iim_block(
                {
                    (2, 120): "Skaters on the frozen lake at Zürich, Switzerland, "
                    "January 12, 2024. (AP Photo/Jürg Müller)",
                    (2, 80): "Jürg Müller",
                    (2, 110): "AP",
                    (2, 55): "20240112",
                    (2, 90): "Zürich",
                    (2, 101): "Switzerland",
                },
                utf8=False,
            )
        ),
        color=(200, 210, 230),
    ),
}


def main(folder: Path = HERE) -> int:
    for name, data in SAMPLES.items():
        (folder / name).write_bytes(data)
        print(f"wrote {folder / name} ({len(data)} bytes)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
