"""Images (JPEG, TIFF; PNG and WebP where they carry metadata) read with Pillow: one image
is one article with one caption from its IPTC IIM and XMP metadata (IPTC first)."""

from __future__ import annotations

import hashlib
import io
import json
import warnings
from collections.abc import Iterator
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from catalog.errors import SourceError
from catalog.ingest.model import SourceArticle

from .decoding import read_bytes
from .image_fields import ImageFields, image_article
from .iptc import fields_from_iim
from .jpeg_segments import jpeg_metadata
from .xmp import fields_from_xmp

_IPTC_RESOURCE = 0x0404  # Photoshop image resource holding the IPTC-NAA record
_TIFF_IPTC = 33723
_TIFF_XMP = 700
_TIFF_PHOTOSHOP = 34377


def _as_bytes(value: object) -> bytes | None:
    if isinstance(value, bytes):
        return value
    if isinstance(value, tuple | list) and value:
        if all(isinstance(v, int) for v in value):
            return bytes(value)
        if isinstance(value[0], bytes):
            return b"".join(value)
    if isinstance(value, str):
        return value.encode("utf-8")
    return None


def _photoshop_iptc(resources: object) -> bytes | None:
    if isinstance(resources, dict):
        return _as_bytes(resources.get(_IPTC_RESOURCE))
    return None


def _metadata_blocks(image: Image.Image) -> tuple[bytes | None, bytes | None]:
    """The raw IPTC IIM and XMP bytes, wherever this image format keeps them."""
    info = image.info
    iptc = _photoshop_iptc(info.get("photoshop"))
    xmp = _as_bytes(info.get("xmp") or info.get("XML:com.adobe.xmp"))
    tags = getattr(image, "tag_v2", None)
    if tags is not None:  # TIFF
        iptc = iptc or _as_bytes(tags.get(_TIFF_IPTC))
        xmp = xmp or _as_bytes(tags.get(_TIFF_XMP))
    return iptc, xmp


def _is_complete(image: Image.Image) -> bool:
    """Decode the pixels (at reduced size where the format allows) to catch a truncated
    file: Pillow reads headers lazily, and a cut-off JPEG opens without complaint."""
    try:
        image.draft(image.mode, (max(1, image.width // 8), max(1, image.height // 8)))
        image.load()
    except (OSError, SyntaxError, ValueError):
        return False
    return True


def _open_metadata(data: bytes, path: Path) -> tuple[bytes | None, bytes | None]:
    """(IPTC, XMP) of an image, read by Pillow, or from the header segments of a JPEG that
    Pillow will not open; a cut-off image still gives the caption in its header."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
    except Image.DecompressionBombWarning as exc:
        raise SourceError(f"{path}: image too large to open safely") from exc
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        iptc, xmp = jpeg_metadata(data)
        if iptc or xmp:
            return iptc, xmp
        # Pillow's own message names its BytesIO object: of no use to the user.
        if isinstance(exc, UnidentifiedImageError):
            raise SourceError(f"{path}: not an image format Pillow can read") from exc
        raise SourceError(f"{path}: truncated or damaged image, with no caption metadata") from exc
    with image:
        iptc, xmp = _metadata_blocks(image)
        if not _is_complete(image) and not (iptc or xmp):
            raise SourceError(f"{path}: truncated or damaged image, with no caption metadata")
    return iptc, xmp


def read_image_bytes(data: bytes, path: Path) -> SourceArticle:
    iptc, xmp = _open_metadata(data, path)
    found = ImageFields()
    if iptc:
        found = fields_from_iim(iptc)
    if xmp:
        found = found.merged(fields_from_xmp(xmp))
    digest = hashlib.sha256(data).hexdigest()
    content = json.dumps(
        {
            "sha256": digest,
            "iptc": iptc.hex() if iptc else None,
            "xmp": xmp.decode("utf-8", "replace") if xmp else None,
        },
        sort_keys=True,
    )
    # The absolute path: ``catalog export --format exiftool`` writes it as SourceFile, and
    # ``exiftool -csv=`` must find the file from whatever folder it runs in.
    return image_article(
        found, source=str(path), path=str(path.absolute()), fmt="image", content=content
    )


def read_image(path: Path) -> Iterator[SourceArticle]:
    """One article per image file."""
    yield read_image_bytes(read_bytes(path), path)
