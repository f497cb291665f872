"""Article identity: a page saved twice is one article, a changed recrawl updates it."""

from __future__ import annotations

import itertools
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from catalog.db import open_catalog
from catalog.db.use_stats import flush_use_counts
from catalog.ingest.identity import normalise_url, url_identity
from catalog.ingest.model import FoundCaption, SourceArticle
from catalog.ingest.pipeline import Ingest, IngestReport

from .warc_builder import page, write_warc

FIRST = (
    "Rescuers search the rubble of a collapsed building in Antakya, Turkey, February 8, 2023. "
    "REUTERS/Umit Bektas"
)
SECOND = (
    "A woman mourns beside the body of a relative in Kahramanmaras, Turkey, February 7, 2023. "
    "(AP Photo/Emrah Gurel)"
)
THIRD = (
    "Aid trucks wait at the Cilvegozu border crossing near Reyhanli, Turkey, February 9, 2023. "
    "Bulent Kilic/AFP via Getty Images"
)


def news_page(
    *,
    canonical: str | None = "https://www.example-news.com/world/quake-rescue",
    comment: str = "cache: 2023-02-08T10:00:00Z node=web-3",
    ad: str = '<div class="ad-slot" data-slot="top-728x90" data-rnd="81723"></div>',
    buster: str = "v=1675850400",
    captions: tuple[str, ...] = (FIRST, SECOND),
) -> str:
    """A news page as a crawler saves it: the parts that change between two captures of an
    unchanged story (comment, ad slot, script cache-buster) are parameters."""
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    figures = "".join(
        f'<figure><img src="/img/{n}.jpg" alt=""><figcaption>{caption}</figcaption></figure>'
        for n, caption in enumerate(captions)
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Rescuers race to find survivors | Example News</title>
{link}
<meta property="og:title" content="Rescuers race to find survivors">
<meta property="article:published_time" content="2023-02-08T09:30:00Z">
<script src="/static/app.js?{buster}"></script>
<!-- {comment} -->
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
{ad}
<article><h1>Rescuers race to find survivors</h1>
<p class="byline">By Selin Kaya</p>
<p>Rescue teams worked through the night in southern Turkey as the death toll rose.</p>
{figures}
<p>Officials said more than 6,000 buildings had collapsed across ten provinces.</p>
</article>
<script>window.dataLayer=[{{"pageview":"{buster}"}}]</script>
</body></html>
"""


@pytest.mark.parametrize(
    "url, expected",
    [
        ("HTTPS://WWW.Example-News.com/world/quake/", "https://www.example-news.com/world/quake"),
        ("http://example.com:80/a?utm_source=x&utm_medium=y", "https://example.com/a"),
        ("https://example.com/a?fbclid=1&id=7&gclid=2#comments", "https://example.com/a?id=7"),
        ("https://example.com/a?b=2&a=1", "https://example.com/a?a=1&b=2"),
        ("https://example.com:8443/a", "https://example.com:8443/a"),
        ("https://example.com", "https://example.com/"),
        ("/world/quake", None),
        ("mailto:desk@example.com", None),
        ("https://example.com:notaport/a", None),
    ],
    ids=[
        "host-case-slash",
        "scheme-port-utm",
        "click-ids-fragment",
        "parameter-order",
        "other-port-kept",
        "bare-host",
        "relative",
        "not-web",
        "bad-port",
    ],
)
def test_url_normalisation(url: str, expected: str | None) -> None:
    assert normalise_url(url) == expected


_SCHEMES = ("https://", "http://", "HTTP://", "https:///", "ftp://")
_HOSTS = (
    "example.com",
    "www.example-news.com",
    "Example.com",
    "example.com.",
    "a..b",
    "ex_ample.com",
    "example.com:443",
    "example.com:8443",
    "user@example.com",
    "[::1]",
    "bücher.example",
)
_PATHS = (
    "",
    "/",
    "/a/",
    "//a",
    "/world/quake-rescue",
    "/a%20b",
    "/a b",
    "/a;b=c,d",
    "/@x:y",
    "/~u/(1)",
    "/a?id=7&utm_source=x",
    "/a?",
    "/a#comments",
    "/a\tb",
    "/ä",
    " ",
)


def test_plain_urls_read_without_parsing_as_parsed() -> None:
    """The fast path for an address that is its own identity gives what the parse gives,
    and addresses of any other shape (ports, users, queries, escapes) are parsed."""
    from catalog.ingest.identity import _parsed_url

    for scheme, host, path in itertools.product(_SCHEMES, _HOSTS, _PATHS):
        url = f"{scheme}{host}{path}"
        assert normalise_url(url) == _parsed_url(url.strip()), url


@pytest.mark.parametrize("url", [None, "https://www.example-news.com/world/quake-rescue"])
def test_identity_and_fingerprint_together_are_each_alone(url: str | None) -> None:
    article = SourceArticle(
        source="page.txt",
        format="text",
        captions=(FoundCaption(FIRST, 0), FoundCaption(SECOND, 1)),
        title="Quake rescue",
        url=url,
        content="Rescuers worked through the night.",
    )
    assert article.identity_and_fingerprint() == (article.identity, article.fingerprint)
    assert (article.identity == article.fingerprint) == (url is None)


def test_a_page_parameter_that_selects_content_is_kept() -> None:
    assert url_identity("https://example.com/story?id=1") != url_identity(
        "https://example.com/story?id=2"
    )


def _ingest(engine: Engine, *paths: Path) -> IngestReport:
    return Ingest(engine).run(paths)


def _counts(engine: Engine) -> tuple[int, int, int]:
    with engine.connect() as connection:
        return (
            connection.execute(text("SELECT count(*) FROM article")).scalar_one(),
            connection.execute(text("SELECT count(*) FROM caption")).scalar_one(),
            connection.execute(text("SELECT count(*) FROM caption_use")).scalar_one(),
        )


def _removed(engine: Engine) -> list[str]:
    """The captions whose use is marked removed from its article."""
    with engine.connect() as connection:
        return list(
            connection.execute(
                text(
                    "SELECT c.text FROM caption_use u JOIN caption c ON c.id = u.caption_id "
                    "WHERE u.removed_at IS NOT NULL ORDER BY c.id"
                )
            ).scalars()
        )


def _write(folder: Path, name: str, content: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(content, encoding="utf-8")
    return path


@pytest.mark.parametrize("canonical", ["https://www.example-news.com/world/quake-rescue", None])
def test_a_page_saved_twice_is_one_article(
    db_url: str, tmp_path: Path, canonical: str | None
) -> None:
    engine = open_catalog(db_url)
    first = _write(tmp_path / "monday", "quake.html", news_page(canonical=canonical))
    recrawl = news_page(
        canonical=canonical and "http://WWW.Example-News.com/world/quake-rescue/?utm_source=tw",
        comment="cache: 2023-02-09T06:12:44Z node=web-7",
        ad='<div class="ad-slot" data-slot="top-970x250" data-rnd="5521"><p>Advertisement</p></div>'
        if canonical
        else '<div class="ad-slot" data-slot="top-970x250" data-rnd="5521"></div>',
        buster="v=1675922000",
    )
    second = _write(tmp_path / "tuesday", "quake.html", recrawl)
    report = _ingest(engine, first, second)
    assert (report.articles, report.articles_new, report.articles_known) == (2, 1, 1)
    assert _counts(engine) == (1, 2, 2)
    # Again, in a later run: nothing added.
    report = _ingest(engine, second)
    assert (report.articles_known, report.uses_new) == (1, 0)
    flush_use_counts(engine)
    with engine.connect() as connection:
        uses = connection.execute(text("SELECT use_count FROM caption ORDER BY id")).scalars()
        assert list(uses) == [1, 1]
    engine.dispose()


def test_a_changed_recrawl_updates_the_article(db_url: str, tmp_path: Path) -> None:
    engine = open_catalog(db_url)
    _ingest(engine, _write(tmp_path / "a", "quake.html", news_page()))
    changed = news_page(captions=(FIRST, THIRD), comment="updated 14:00")
    report = _ingest(engine, _write(tmp_path / "b", "quake.html", changed))
    assert (report.articles_new, report.articles_updated, report.uses_new) == (0, 1, 1)
    assert report.uses_removed == 1
    assert _counts(engine) == (1, 3, 3)
    # No longer on the page, still a use: it was published.
    assert _removed(engine) == [SECOND]
    # The caption that came back on a third capture is no longer marked removed.
    report = _ingest(engine, _write(tmp_path / "c", "quake.html", news_page()))
    assert (report.articles_updated, report.uses_new, report.uses_removed) == (1, 0, 1)
    assert _removed(engine) == [THIRD]
    engine.dispose()


def test_repeated_captures_in_a_web_archive_are_one_article(db_url: str, tmp_path: Path) -> None:
    engine = open_catalog(db_url)
    url = "https://www.example-news.com/world/quake-rescue"
    later = news_page(canonical=None, captions=(FIRST, SECOND, THIRD), comment="later")
    records = [
        replace(page(url, news_page(canonical=None)), date="2023-02-08T10:00:00Z"),
        replace(
            page(f"{url}?utm_campaign=x", news_page(canonical=None, comment="b")),
            date="2023-02-08T11:00:00Z",
        ),
        replace(page(url, later), date="2023-02-10T08:00:00Z"),
    ]
    archive = tmp_path / "crawl.warc.gz"
    write_warc(archive, list(records))
    report = _ingest(engine, archive)
    assert (report.articles, report.articles_new, report.articles_known) == (3, 1, 1)
    assert report.articles_updated == 1
    assert _counts(engine) == (1, 3, 3)
    # An earlier capture read after the later one changes nothing.
    early = tmp_path / "early.warc.gz"
    write_warc(early, [replace(page(url, news_page(canonical=None)), date="2023-02-01T00:00:00Z")])
    _ingest(engine, early)
    with engine.connect() as connection:
        crawled = connection.execute(text("SELECT crawled FROM article")).scalar_one()
    assert str(crawled) == "2023-02-10"
    assert _removed(engine) == []
    engine.dispose()
