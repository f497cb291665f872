"""WARC ingest speed: a generated web archive of news pages, ingested by `catalog ingest`.

    .venv/bin/python benchmarks/warc_speed.py               # a 1 GB archive (gzipped)
    .venv/bin/python benchmarks/warc_speed.py --mb 200      # smaller, for a quick look

The archive is written first (not timed) with FastWARC, one gzip member per record as crawlers
write them: news pages with figures and captions (wire captions reused across pages, local
ones once), and between them what a crawl also holds: request records, redirects, 404 pages,
PDFs and revisits. Then one `catalog ingest` process reads it into a blank SQLite catalog; the
figures are MB of archive per second (compressed, as on disk, and the HTML inside), pages and
captions per second, and the peak memory of the ingest process and its workers.
"""

from __future__ import annotations

import argparse
import gzip
import random
import sys
import tempfile
import uuid
from io import BytesIO
from pathlib import Path

from fastwarc.warc import WarcRecord, WarcRecordType

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ingest_speed import PHOTOGRAPHERS, _load, run_ingest

PLACES = ["Lagos, Nigeria", "Lima, Peru", "Hanoi, Vietnam", "Tbilisi, Georgia", "Quito, Ecuador"]
SCENES = ["Commuters cross a flooded street", "Vendors set up a market", "Fans cheer a parade"]
AGENCIES = ["REUTERS/{}", "{}/AFP via Getty Images", "(AP Photo/{})", "{}/EPA-EFE"]
WORDS = [
    "the",
    "city",
    "council",
    "said",
    "on",
    "monday",
    "that",
    "work",
    "on",
    "the",
    "new",
    "bridge",
    "would",
    "start",
    "soon",
]


def record(kind: WarcRecordType, uri: str, http: bytes) -> bytes:
    warc = WarcRecord()
    warc.init_headers(record_type=kind, record_urn=uuid.uuid4().urn[4:].encode("ascii"))
    warc.headers["WARC-Target-URI"] = uri
    warc.headers["WARC-Date"] = "2024-05-06T10:00:00Z"
    if kind in (WarcRecordType.response, WarcRecordType.revisit):
        warc.headers["Content-Type"] = "application/http; msgtype=response"
    warc.set_bytes_content(http)
    out = BytesIO()
    warc.write(out)
    return gzip.compress(out.getvalue(), compresslevel=6)


def response(status: str, content_type: str, body: bytes) -> bytes:
    head = f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n\r\n".encode("ascii")
    return head + body


def caption(rng: random.Random, wire: list[str]) -> str:
    if wire and rng.random() < 0.6:
        return rng.choice(wire)
    credit = rng.choice(AGENCIES).format(rng.choice(PHOTOGRAPHERS))
    day = rng.randint(1, 28)
    return f"{rng.choice(SCENES)} in {rng.choice(PLACES)}, May {day}, 2024. {credit}"


def page(rng: random.Random, number: int, wire: list[str]) -> bytes:
    body = " ".join(rng.choice(WORDS) for _ in range(rng.randint(600, 1500)))
    figures = "".join(
        f'<figure><img src="/img/{number}-{k}.jpg" alt="{text}"><figcaption>{text}'
        "</figcaption></figure>"
        for k, text in enumerate(caption(rng, wire) for _ in range(rng.randint(1, 4)))
    )
    html = (
        f"<!doctype html><html><head><title>Story {number}</title>"
        f'<meta property="article:published_time" content="2024-05-0{number % 9 + 1}">'
        f'</head><body><nav><a href="/">Home</a></nav><article><h1>Story {number}</h1>'
        f"<p>{body}</p>{figures}<p>{body[:400]}</p></article></body></html>"
    )
    return html.encode("utf-8")


def write_archive(path: Path, megabytes: int) -> tuple[int, int]:
    rng = random.Random(7)
    wire = [caption(rng, []) for _ in range(2000)]
    pages = records = 0
    with path.open("wb") as out:
        while out.tell() < megabytes * 1_000_000:
            uri = f"https://news.example/story/{pages}"
            out.write(record(WarcRecordType.request, uri, b"GET / HTTP/1.1\r\n\r\n"))
            html = page(rng, pages, wire)
            out.write(record(WarcRecordType.response, uri, response("200 OK", "text/html", html)))
            pages += 1
            records += 2
            roll = rng.random()
            if roll < 0.05:
                out.write(
                    record(WarcRecordType.response, uri + "x", response("404", "text/html", b""))
                )
            elif roll < 0.10:
                out.write(
                    record(
                        WarcRecordType.response,
                        uri + ".pdf",
                        response("200 OK", "application/pdf", b"%PDF" * 500),
                    )
                )
            elif roll < 0.15:
                out.write(record(WarcRecordType.revisit, uri, b"HTTP/1.1 200 OK\r\n\r\n"))
            records += roll < 0.15
    return pages, records


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=int, default=1000, help="archive size in MB (compressed)")
    parser.add_argument("--workers", default=None, help="passed to catalog ingest --workers")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        archive = Path(folder) / "crawl.warc.gz"
        pages, records = write_archive(archive, args.mb)
        size = archive.stat().st_size / 1e6
        print(f"archive: {size:,.0f} MB gzipped, {records:,} records, {pages:,} pages")
        extra = ["--workers", args.workers] if args.workers else []
        url = f"sqlite:///{Path(folder) / 'catalog.db'}"
        seconds, summary, peak, together, cpu = run_ingest(url, archive, extra)
        found = summary["captions_found"]
        articles = summary["articles"]
        assert isinstance(found, int) and isinstance(articles, int)
        print(
            f"ingest: {seconds:.1f} s = {size / seconds:,.1f} MB/s of archive, "
            f"{articles / seconds:,.0f} pages/s, {found / seconds:,.0f} captions/s "
            f"({found:,} captions, {summary['uses']:,} uses)"
        )
        print(
            f"memory: {peak:,.0f} MB ingest process, {together:,.0f} MB with workers; "
            f"CPU {cpu:.1f} s (load {_load()})"
        )
        print(f"records skipped: {summary['records_skipped']}")


if __name__ == "__main__":
    main()
