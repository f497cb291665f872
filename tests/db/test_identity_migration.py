"""Migration 0007 on a catalog written before article identities: the articles that were one
page are merged, and an article without a URL is adopted by the next ingest of its file."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection, text

from catalog.db import open_catalog
from catalog.db.engine import make_engine
from catalog.db.migrate import upgrade
from catalog.db.use_stats import flush_use_counts
from catalog.dedupe import caption_key
from catalog.ingest.pipeline import Ingest

CAPTION = (
    "Rescuers search the rubble of a collapsed building in Antakya, Turkey, February 8, 2023. "
    "REUTERS/Umit Bektas"
)
PAGE = f"""<html><head><title>Quake rescue</title></head><body><article>
<p>Rescue teams worked through the night.</p>
<figure><img src="a.jpg"><figcaption>{CAPTION}</figcaption></figure></article></body></html>"""


def _caption(connection: Connection, key: str, caption: str) -> int:
    connection.execute(
        text(
            "INSERT INTO caption (key, text, roles, edited, parsed, origins, use_count) "
            "VALUES (:key, :text, '', false, '{}', '{}', 0)"
        ),
        {"key": key, "text": caption},
    )
    return int(
        connection.execute(text("SELECT id FROM caption WHERE key = :k"), {"k": key}).scalar_one()
    )


def _article(connection: Connection, digest: str, source: str, url: str | None) -> int:
    connection.execute(
        text("INSERT INTO article (content_hash, source, format, url) VALUES (:h, :s, 'html', :u)"),
        {"h": digest, "s": source, "u": url},
    )
    return int(
        connection.execute(
            text("SELECT id FROM article WHERE content_hash = :h"), {"h": digest}
        ).scalar_one()
    )


def _use(connection: Connection, caption: int, article: int, position: int) -> None:
    connection.execute(
        text("INSERT INTO caption_use (caption_id, article_id, position) VALUES (:c, :a, :p)"),
        {"c": caption, "a": article, "p": position},
    )


def test_articles_of_one_url_are_merged(db_url: str) -> None:
    engine = make_engine(db_url)
    upgrade(engine, "0006")
    with engine.begin() as connection:
        wire = _caption(connection, "k1", "Wire photo. REUTERS/Jo Roe")
        other = _caption(connection, "k2", "Second photo. (AP Photo/Al Lee)")
        lone = _caption(connection, "k3", "Elsewhere. AFP")
        first = _article(connection, "h1", "https://n.example/a", "https://n.example/a")
        again = _article(connection, "h2", "x", "http://N.EXAMPLE/a/?utm_source=feed&fbclid=9")
        elsewhere = _article(connection, "h3", "https://n.example/b", "https://n.example/b")
        _use(connection, wire, first, 0)
        _use(connection, wire, again, 0)  # the same photo on the recrawl: one use, not two
        _use(connection, other, again, 1)
        _use(connection, lone, elsewhere, 0)
        connection.execute(text("UPDATE caption SET use_count = 2 WHERE id = :i"), {"i": wire})
    upgrade(engine)
    flush_use_counts(engine)
    with engine.connect() as connection:
        articles = connection.execute(text("SELECT id FROM article ORDER BY id")).scalars()
        assert list(articles) == [first, elsewhere]
        uses = connection.execute(
            text("SELECT article_id, caption_id FROM caption_use ORDER BY caption_id")
        ).all()
        assert [tuple(row) for row in uses] == [(first, wire), (first, other), (elsewhere, lone)]
        counts = connection.execute(text("SELECT use_count FROM caption ORDER BY id")).scalars()
        assert list(counts) == [1, 1, 0]  # the lone caption was never recounted: not touched
    engine.dispose()


def test_an_article_without_url_is_adopted_by_its_next_ingest(db_url: str, tmp_path: Path) -> None:
    path = tmp_path / "quake.html"
    path.write_text(PAGE, encoding="utf-8")
    engine = make_engine(db_url)
    upgrade(engine, "0006")
    with engine.begin() as connection:
        caption = _caption(connection, caption_key(CAPTION), CAPTION)
        article = _article(connection, "an-old-raw-hash", str(path), None)
        _use(connection, caption, article, 0)
    upgrade(engine)
    engine.dispose()
    engine = open_catalog(db_url)
    report = Ingest(engine).run([path])
    assert (report.articles_new, report.articles_known) == (0, 1)
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT id, fingerprint FROM article")).all()
        assert len(rows) == 1 and rows[0][0] == article and rows[0][1] is not None
        # A second ingest finds it by its new identity.
    report = Ingest(engine).run([path])
    assert (report.articles_new, report.articles_known) == (0, 1)
    engine.dispose()
