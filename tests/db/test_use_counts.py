"""Caption use statistics (use_count, first_use, last_use): kept exact by ingest, on both dialects.

Each test compares the columns with the truth counted from ``caption_use`` and ``article``,
and the credit report read from them with the same report counted from the uses.
"""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from sqlalchemy import Engine, func, select

from catalog.db import open_catalog, use_stats
from catalog.db import report_queries as q
from catalog.db.corrections import correct
from catalog.db.engine import make_engine
from catalog.db.filters import CaptionFilter
from catalog.db.migrate import upgrade
from catalog.db.models import Article, Caption, Use, article_table
from catalog.ingest.model import FoundCaption, SourceArticle
from catalog.ingest.pipeline import Ingest
from catalog.reports import credit_report

WIRE = [
    f"People gather in square number {n} in Baghdad, Iraq, on Jan. {n}, 2020. (Ari Jalal/Reuters)"
    for n in range(1, 9)
]
OTHER = [
    f"A market stall number {n} in Mosul. (Ayman Henna/AFP via Getty Images)" for n in range(1, 9)
]
UNCREDITED = ["A burning vehicle at the airport."]


def _article(number: int, captions: list[str], published: date | None) -> SourceArticle:
    return SourceArticle(
        source=f"article-{number}",
        format="jsonl",
        title=f"Article {number}",
        published=published,
        content=f"body of article {number}",
        captions=tuple(FoundCaption(text=text, position=i) for i, text in enumerate(captions)),
    )


def _corpus(first: int, last: int) -> list[SourceArticle]:
    """Articles ``first..last``: wire captions reused across many of them, some undated."""
    articles = []
    for number in range(first, last + 1):
        captions = [WIRE[number % 8], WIRE[(number * 3) % 8], OTHER[number % 5]]
        if number % 4 == 0:
            captions += [*UNCREDITED, WIRE[number % 8]]  # one caption twice in one article
        published = None if number % 7 == 0 else date(2020, 1 + number % 12, 1 + number % 28)
        articles.append(_article(number, captions, published))
    return articles


def _ingest(engine: Engine, articles: list[SourceArticle], batch_size: int = 2) -> None:
    Ingest(engine, batch_size=batch_size, find_duplicates=False).run_articles(articles)


def _stored(engine: Engine) -> dict[int, tuple[int, Any, Any]]:
    with engine.connect() as connection:
        rows = connection.execute(
            select(Caption.id, Caption.use_count, Caption.first_use, Caption.last_use)
        )
        return {row[0]: (row[1], row[2], row[3]) for row in rows}


def _truth(engine: Engine) -> dict[int, tuple[int, Any, Any]]:
    counted = (
        select(
            Use.caption_id,
            func.count(),
            func.min(Article.published),
            func.max(Article.published),
        )
        .join(article_table, Article.id == Use.article_id)
        .group_by(Use.caption_id)
    )
    with engine.connect() as connection:
        truth: dict[int, tuple[int, Any, Any]] = {
            caption_id: (0, None, None)
            for caption_id in connection.execute(select(Caption.id)).scalars()
        }
        for caption_id, uses, first, last in connection.execute(counted):
            truth[caption_id] = (uses, first, last)
    return truth


def _assert_exact(engine: Engine) -> None:
    stored = _stored(engine)
    assert stored == _truth(engine)
    assert sum(uses for uses, _, _ in stored.values()) > 0


def _queued(engine: Engine) -> int:
    """Captions queued for the end-of-run recount."""
    with engine.connect() as connection:
        return int(connection.exec_driver_sql("SELECT count(*) FROM use_count_check").scalar_one())


def _skip_recount(monkeypatch: pytest.MonkeyPatch) -> None:
    """Runs that die after their batches committed, before their end-of-run recount."""
    from catalog.ingest import pipeline

    monkeypatch.setattr(pipeline, "flush_use_counts", lambda engine: 0)


def _assert_grown_in_batch(engine: Engine) -> None:
    """On SQLite, whose writer holds the catalog alone, a batch grows the figures of the
    captions it adds uses to; on PostgreSQL, where other ingests may add uses at once, they
    are queued for a recount under row locks."""
    if engine.dialect.name == "sqlite":
        assert _queued(engine) == 0
        _assert_exact(engine)
    else:
        assert _queued(engine) and _stored(engine) != _truth(engine)


def _reports(engine: Engine, monkeypatch: pytest.MonkeyPatch, **options: Any) -> tuple[Any, Any]:
    """The report from the use statistics, and the same report counted from the uses."""
    from_statistics = credit_report(engine, **options)
    with monkeypatch.context() as patch:
        patch.setattr(q, "from_captions", lambda flt, by=None: False)
        from_uses = credit_report(engine, **options)
    return from_statistics, from_uses


def test_ingest_counts_uses_with_first_and_last_dates(db_url: str) -> None:
    engine = open_catalog(db_url)
    _ingest(engine, _corpus(1, 30))
    _assert_exact(engine)
    with engine.connect() as connection:
        uses, first, last = connection.execute(
            select(Caption.use_count, Caption.first_use, Caption.last_use).where(
                Caption.text == UNCREDITED[0]
            )
        ).one()
    # Articles 4, 8, ..., 28; 28 is undated (a multiple of 7): it counts, without a date.
    assert uses == 7
    dates = [date(2020, 1 + n % 12, 1 + n % 28) for n in (4, 8, 12, 16, 20, 24)]
    assert (first, last) == (min(dates), max(dates))
    engine.dispose()


def test_reingest_and_overlapping_runs_stay_exact(db_url: str) -> None:
    engine = open_catalog(db_url)
    _ingest(engine, _corpus(1, 20), batch_size=3)
    _assert_exact(engine)
    before = _stored(engine)
    _ingest(engine, _corpus(1, 20), batch_size=5)  # nothing new
    assert _stored(engine) == before
    _ingest(engine, _corpus(10, 40), batch_size=4)  # half known, half new, same captions
    _assert_exact(engine)
    assert _stored(engine) != before
    engine.dispose()


def test_concurrent_ingests_of_overlapping_articles_stay_exact(db_url: str) -> None:
    engine = open_catalog(db_url)
    corpora = [_corpus(1, 40), list(reversed(_corpus(20, 60)))]
    errors: list[BaseException] = []

    def run(articles: list[SourceArticle]) -> None:
        try:
            _ingest(engine, articles, batch_size=2)
        except BaseException as exc:  # reported below, not lost in the thread
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(corpus,)) for corpus in corpora]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    _assert_exact(engine)
    with engine.connect() as connection:
        assert (
            connection.execute(select(func.count()).select_from(article_table)).scalar_one() == 60
        )
    engine.dispose()


def test_an_interrupted_recount_leaves_the_statistics_as_they_were(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = open_catalog(db_url)
    _ingest(engine, _corpus(1, 10))
    # Figures gone stale and queued, as a run killed before its recount leaves them.
    with engine.begin() as connection:
        connection.exec_driver_sql("UPDATE caption SET use_count = 0, first_use = NULL")
        connection.exec_driver_sql(
            "INSERT INTO use_count_check (caption_id) SELECT id FROM caption"
        )
    before = _stored(engine)

    def killed(connection: Any, caption_ids: Any) -> None:
        real_recount(connection, caption_ids)
        raise RuntimeError("killed after the recount, before its commit")

    real_recount = use_stats.recount_uses
    monkeypatch.setattr(use_stats, "recount_uses", killed)
    with pytest.raises(RuntimeError, match="killed"):
        use_stats.flush_use_counts(engine)
    assert _stored(engine) == before
    monkeypatch.setattr(use_stats, "recount_uses", real_recount)
    _ingest(engine, _corpus(5, 15))  # the re-run finishes the job
    _assert_exact(engine)
    engine.dispose()


@pytest.mark.parametrize("scan_uses", [False, True], ids=["by-caption", "one-pass"])
def test_a_flush_recounts_every_queued_caption_and_only_those(db_url: str, scan_uses: bool) -> None:
    """Both ways of flushing the queue (caption by caption, or one pass over all uses, which
    the end of a SQLite bulk load uses) leave the same exact figures and an empty queue."""
    engine = open_catalog(db_url)
    _ingest(engine, _corpus(1, 12))
    with engine.begin() as connection:
        # Stale figures, queued, as a killed run leaves them; one more stale but not queued.
        connection.exec_driver_sql("UPDATE caption SET use_count = 0, first_use = NULL")
        connection.exec_driver_sql(
            "INSERT INTO use_count_check (caption_id) "
            "SELECT id FROM caption WHERE id <> (SELECT max(id) FROM caption)"
        )
    recounted = use_stats.flush_use_counts(engine, scan_uses=scan_uses)
    stored = _stored(engine)
    with engine.connect() as connection:
        unqueued = connection.exec_driver_sql("SELECT max(id) FROM caption").scalar()
        queued = connection.exec_driver_sql("SELECT count(*) FROM use_count_check").scalar()
    assert queued == 0
    assert recounted == len(stored) - 1
    assert [figures[0] for key, figures in stored.items() if key == unqueued] == [0]
    with engine.begin() as connection:
        connection.exec_driver_sql(f"INSERT INTO use_count_check VALUES ({unqueued})")
    use_stats.flush_use_counts(engine, scan_uses=scan_uses)
    _assert_exact(engine)
    engine.dispose()


def _at_urls(articles: list[SourceArticle]) -> list[SourceArticle]:
    return [replace(article, url=f"https://news.example/{article.source}") for article in articles]


def _recrawled(first: int, last: int) -> list[SourceArticle]:
    """``_at_urls(_corpus(first, last))`` captured again with one more caption each."""
    return [
        replace(
            article,
            captions=(*article.captions, FoundCaption(OTHER[6], len(article.captions))),
            content=article.content + " (updated)",
        )
        for article in _at_urls(_corpus(first, last))
    ]


def test_migration_backfills_existing_uses(db_url: str) -> None:
    engine = make_engine(db_url)
    upgrade(engine, "0002")
    with engine.begin() as connection:
        for number, published in ((1, "2020-03-01"), (2, "2020-01-05"), (3, None)):
            connection.exec_driver_sql(
                "INSERT INTO article (id, content_hash, source, format, published) "
                f"VALUES ({number}, 'h{number}', 'a{number}', 'text', "
                f"{'NULL' if published is None else repr(published)})"
            )
        for number in (1, 2, 3):
            connection.exec_driver_sql(
                "INSERT INTO caption (id, key, text, roles, edited, parsed, origins) "
                f"VALUES ({number}, 'k{number}', 'caption {number}', '', false, '{{}}', '{{}}')"
            )
        uses = [(1, 1, 0), (1, 2, 0), (1, 3, 0), (2, 3, 1)]  # caption 3 has no use
        for caption_id, article_id, position in uses:
            connection.exec_driver_sql(
                "INSERT INTO caption_use (caption_id, article_id, position) "
                f"VALUES ({caption_id}, {article_id}, {position})"
            )
    upgrade(engine)
    assert _stored(engine) == {
        1: (3, date(2020, 1, 5), date(2020, 3, 1)),
        2: (1, None, None),
        3: (0, None, None),
    }
    engine.dispose()


@pytest.mark.parametrize("by", ["licensor", "agency", "photographer", "month"])
def test_reports_from_statistics_equal_reports_from_uses(
    db_url: str, monkeypatch: pytest.MonkeyPatch, by: str
) -> None:
    engine = open_catalog(db_url)
    _ingest(engine, _corpus(1, 30))
    with engine.connect() as connection:
        ids = {
            text: caption_id
            for caption_id, text in connection.execute(select(Caption.id, Caption.text))
        }
    # A merge within a licensor, a merge across licensors and a corrected licensor.
    correct(engine, ids[WIRE[1]], {"merged_into": str(ids[WIRE[0]])})
    correct(engine, ids[OTHER[2]], {"merged_into": str(ids[WIRE[3]])})
    correct(engine, ids[WIRE[5]], {"via": "Getty Images"})
    for query in ("", "agency:Reuters", "Baghdad", "is:uncredited", "via:Getty"):
        flt = CaptionFilter.parse(query)
        from_statistics, from_uses = _reports(engine, monkeypatch, flt=flt, by=by, limit=50)
        assert from_statistics == from_uses, (by, query)
        if not query:
            assert from_statistics.total.uses == sum(u for u, _, _ in _stored(engine).values())
    engine.dispose()


def test_statistics_a_killed_run_left_queued_are_recounted_before_a_report(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = open_catalog(db_url)
    _skip_recount(monkeypatch)
    _ingest(engine, _at_urls(_corpus(1, 12)))
    _ingest(engine, _recrawled(3, 9))  # the uses they no longer hold are recounted
    assert _queued(engine) and _stored(engine) != _truth(engine)
    credit_report(engine)
    _assert_exact(engine)
    assert _queued(engine) == 0
    engine.dispose()


def test_captions_new_in_a_batch_that_went_in_whole_need_no_recount(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = open_catalog(db_url)
    _skip_recount(monkeypatch)
    # One batch: every caption is new and inserted with the figures of its uses in it.
    _ingest(engine, _corpus(1, 12), batch_size=10_000)
    assert _queued(engine) == 0
    _assert_exact(engine)
    # A later batch adding uses of those captions.
    _ingest(engine, _corpus(13, 20), batch_size=10_000)
    _assert_grown_in_batch(engine)
    # Batches of one or two articles: most captions gain uses in many later batches, some
    # of them undated, and some were stored undated first.
    _ingest(engine, [_article(100, [OTHER[6], WIRE[7]], None), _article(101, [OTHER[6]], None)])
    _ingest(engine, [*_corpus(21, 40), _article(102, [OTHER[6]], date(2019, 5, 5))])
    _assert_grown_in_batch(engine)
    engine.dispose()
