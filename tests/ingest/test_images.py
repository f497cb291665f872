"""The image reader: IPTC IIM and XMP captions in real JPEG files, charsets, bad images."""

from __future__ import annotations

import io
from pathlib import Path
from types import ModuleType

import pytest
from PIL import Image

from catalog.errors import SourceError
from catalog.ingest.sources import read_path
from catalog.ingest.sources.iptc import fields_from_iim

CAPTION = (
    "A woman walks past a damaged building in Kharkiv, Ukraine, May 2, 2022. REUTERS/Ivan Petrenko"
)


def _save(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_iptc_caption_and_fields(tmp_path: Path, images: ModuleType) -> None:
    block = images.iim_block(
        {
            (2, 120): CAPTION,
            (2, 80): ["Ivan Petrenko", "Olena Shevchenko"],
            (2, 110): "REUTERS",
            (2, 115): "Reuters",
            (2, 55): "20220502",
            (2, 90): "Kharkiv",
            (2, 101): "Ukraine",
        }
    )
    path = _save(tmp_path, "kharkiv.jpg", images.jpeg_bytes(images.app13_segment(block)))
    (article,) = read_path(path)
    assert article.format == "image"
    assert article.source == article.path == str(path)
    (caption,) = article.captions
    assert caption.text == CAPTION
    assert dict(caption.embedded) == {
        "credit": "REUTERS",
        "photographer": "Ivan Petrenko; Olena Shevchenko",
        "agency": "Reuters",
        "date": "2022-05-02",
        "city": "Kharkiv",
        "country": "Ukraine",
    }


def test_xmp_caption_and_fields(tmp_path: Path, images: ModuleType) -> None:
    packet = images.xmp_packet(
        {
            "description": "Fans cheer in Buenos Aires, Argentina, December 18, 2022. "
            "Juan Mabromata/AFP via Getty Images",
            "creator": ["Juan Mabromata"],
            "Credit": "AFP via Getty Images",
            "Source": "AFP",
            "City": "Buenos Aires",
            "Country": "Argentina",
            "DateCreated": "2022-12-18T18:30:00-03:00",
        }
    )
    path = _save(tmp_path, "fans.jpg", images.jpeg_bytes(images.app1_xmp_segment(packet)))
    (article,) = read_path(path)
    (caption,) = article.captions
    assert caption.text.startswith("Fans cheer in Buenos Aires")
    assert dict(caption.embedded) == {
        "credit": "AFP via Getty Images",
        "photographer": "Juan Mabromata",
        "agency": "AFP",
        "date": "2022-12-18",
        "city": "Buenos Aires",
        "country": "Argentina",
    }


def test_iptc_wins_and_xmp_fills_the_gaps(tmp_path: Path, images: ModuleType) -> None:
    iim = images.iim_block({(2, 120): CAPTION, (2, 110): "REUTERS"})
    xmp = images.xmp_packet({"description": "Another text", "City": "Kharkiv", "Credit": "X"})
    data = images.jpeg_bytes(images.app13_segment(iim), images.app1_xmp_segment(xmp))
    (article,) = read_path(_save(tmp_path, "both.jpg", data))
    (caption,) = article.captions
    assert caption.text == CAPTION
    assert caption.embedded["credit"] == "REUTERS"
    assert caption.embedded["city"] == "Kharkiv"


@pytest.mark.parametrize(
    "utf8, expected",
    [(True, "Zürich, Jürg Müller"), (False, "Zürich, Jürg Müller")],
    ids=["utf8-declared", "latin1-default"],
)
def test_iim_charset(images: ModuleType, utf8: bool, expected: str) -> None:
    block = images.iim_block({(2, 120): expected}, utf8=utf8)
    assert fields_from_iim(block).caption == expected


def test_undeclared_iim_is_latin1_even_when_bytes_are_utf8(images: ModuleType) -> None:
    """Without 1:90 the IIM standard says Latin-1: UTF-8 bytes read as two characters."""
    block = images.iim_dataset(2, 120, "Zürich".encode())
    assert fields_from_iim(block).caption == "ZÃ¼rich"


def test_two_images_with_one_caption_are_two_articles(tmp_path: Path, images: ModuleType) -> None:
    segment = images.app13_segment(images.iim_block({(2, 120): CAPTION}))
    first = _save(tmp_path, "a.jpg", images.jpeg_bytes(segment, color=(10, 20, 30)))
    second = _save(tmp_path, "b.jpg", images.jpeg_bytes(segment, color=(200, 20, 30)))
    (one,) = read_path(first)
    (two,) = read_path(second)
    assert one.captions[0].text == two.captions[0].text
    assert one.identity != two.identity


def test_image_without_metadata_has_no_caption(tmp_path: Path, images: ModuleType) -> None:
    (article,) = read_path(_save(tmp_path, "plain.jpg", images.jpeg_bytes()))
    assert article.captions == ()


def test_png_with_xmp(tmp_path: Path, images: ModuleType) -> None:
    from PIL import PngImagePlugin

    info = PngImagePlugin.PngInfo()
    packet = images.xmp_packet({"description": CAPTION, "Credit": "REUTERS"})
    info.add_itxt("XML:com.adobe.xmp", packet.decode("utf-8"))
    buffer = io.BytesIO()
    Image.new("RGB", (32, 32)).save(buffer, "PNG", pnginfo=info)
    (article,) = read_path(_save(tmp_path, "chart.png", buffer.getvalue()))
    assert article.captions[0].text == CAPTION


def test_tiff_with_iptc(tmp_path: Path, images: ModuleType) -> None:
    from PIL import TiffImagePlugin, TiffTags

    block = images.iim_block({(2, 120): CAPTION, (2, 80): "Ivan Petrenko"})
    info = TiffImagePlugin.ImageFileDirectory_v2()
    info[33723] = block
    info.tagtype[33723] = TiffTags.UNDEFINED
    buffer = io.BytesIO()
    Image.new("RGB", (32, 32)).save(buffer, "TIFF", tiffinfo=info)
    (article,) = read_path(_save(tmp_path, "scan.tif", buffer.getvalue()))
    (caption,) = article.captions
    assert caption.text == CAPTION
    assert caption.embedded["photographer"] == "Ivan Petrenko"


@pytest.mark.parametrize("cut", [0.5, 0.8])
def test_a_truncated_jpeg_still_gives_its_caption(
    tmp_path: Path, images: ModuleType, cut: float
) -> None:
    segment = images.app13_segment(images.iim_block({(2, 120): CAPTION, (2, 80): "Ivan Petrenko"}))
    data = images.jpeg_bytes(segment, size=(400, 300))
    path = _save(tmp_path, "cut.jpg", data[: int(len(data) * cut)])
    (article,) = read_path(path)
    (caption,) = article.captions
    assert caption.text == CAPTION
    assert caption.embedded["photographer"] == "Ivan Petrenko"


def test_a_jpeg_cut_off_before_its_image_data(tmp_path: Path, images: ModuleType) -> None:
    # Pillow will not open it at all: the caption is read from the header segments.
    segment = images.app13_segment(images.iim_block({(2, 120): CAPTION}))
    data = images.jpeg_bytes(segment, size=(400, 300))
    end = data.index(segment) + len(segment)
    (article,) = read_path(_save(tmp_path, "cut.jpg", data[: end + 6]))
    assert [caption.text for caption in article.captions] == [CAPTION]


def test_a_truncated_jpeg_without_metadata(tmp_path: Path, images: ModuleType) -> None:
    data = images.jpeg_bytes(b"", size=(400, 300))
    path = _save(tmp_path, "cut.jpg", data[: len(data) // 2])
    with pytest.raises(SourceError, match="truncated"):
        list(read_path(path))


@pytest.mark.parametrize(
    "data",
    [b"", b"\xff\xd8\xff\xe0garbage", b"plain text, not an image"],
    ids=["empty", "broken", "text"],
)
def test_bad_image_files(tmp_path: Path, data: bytes) -> None:
    path = _save(tmp_path, "bad.jpg", data)
    with pytest.raises(SourceError) as error:
        list(read_path(path))
    assert str(path) in str(error.value)
    # Words, not a Python object's repr such as <_io.BytesIO object at 0x7f...>.
    assert " at 0x" not in str(error.value) and "<" not in str(error.value)


def test_webp_with_xmp(tmp_path: Path, images: ModuleType) -> None:
    packet = images.xmp_packet({"description": CAPTION, "creator": "Ivan Petrenko"})
    buffer = io.BytesIO()
    Image.new("RGB", (32, 32)).save(buffer, "WEBP", xmp=packet)
    (article,) = read_path(_save(tmp_path, "photo.webp", buffer.getvalue()))
    (caption,) = article.captions
    assert caption.text == CAPTION
    assert caption.embedded["photographer"] == "Ivan Petrenko"


def test_credit_without_caption_stands_in(tmp_path: Path, images: ModuleType) -> None:
    block = images.iim_block({(2, 110): "REUTERS", (2, 80): "Jane Doe"})
    (article,) = read_path(_save(tmp_path, "c.jpg", images.jpeg_bytes(images.app13_segment(block))))
    (caption,) = article.captions
    assert caption.text == "REUTERS"
    assert caption.embedded["photographer"] == "Jane Doe"
