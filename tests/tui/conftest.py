"""A small fixed catalog for the browser's tests and snapshots, built row by row."""

from __future__ import annotations

import hashlib
from contextlib import suppress
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine, insert
from textual.pilot import Pilot
from textual.widgets import Input
from textual.worker import WorkerCancelled

from catalog.db import open_catalog
from catalog.db.fields import caption_row
from catalog.db.models import (
    article_table,
    caption_table,
    possible_duplicate_table,
    use_table,
)
from catalog.db.use_stats import recount_uses
from catalog.parsing.model import ParsedCaption
from catalog.tui.app import CatalogApp, make_app

ARTICLES = (
    (1, "Iran fires missiles at U.S. bases", date(2020, 1, 8), "https://news.example/iran"),
    (2, "Election day in Kenya", date(2020, 3, 2), "https://news.example/kenya"),
    (3, "Floods across Europe", date(2021, 7, 16), None),
)


def _caption(text: str, **fields: object) -> ParsedCaption:
    return ParsedCaption(caption=text, **fields)  # type: ignore[arg-type]


CAPTIONS: tuple[tuple[ParsedCaption, tuple[int, ...]], ...] = (
    (
        _caption(
            "A man holds a picture of Qassem Soleimani in Tehran, Iran, Jan. 8, 2020. "
            "Nazanin Tabatabaee/WANA (West Asia News Agency) via Reuters",
            description="A man holds a picture of Qassem Soleimani",
            location="Tehran, Iran",
            city="Tehran",
            country="Iran",
            country_code="IR",
            date="2020-01-08",
            date_precision="day",
            credit="Nazanin Tabatabaee/WANA (West Asia News Agency) via Reuters",
            photographer="Nazanin Tabatabaee",
            agency="WANA (West Asia News Agency)",
            via="Reuters",
        ),
        (1,),
    ),
    (
        _caption(
            "A man holds a picture of Qassem Soleimani in Tehran, Iran, Jan. 9, 2020. "
            "Nazanin Tabatabaee/WANA (West Asia News Agency) via Reuters",
            description="A man holds a picture of Qassem Soleimani",
            location="Tehran, Iran",
            city="Tehran",
            country="Iran",
            country_code="IR",
            date="2020-01-09",
            date_precision="day",
            credit="Nazanin Tabatabaee/WANA (West Asia News Agency) via Reuters",
            photographer="Nazanin Tabatabaee",
            agency="WANA (West Asia News Agency)",
            via="Reuters",
        ),
        (1,),
    ),
    (
        _caption(
            "Iraqi security forces stand guard in Baghdad, Iraq, Jan. 8, 2020. (AP Photo/Hadi Mizban)",
            description="Iraqi security forces stand guard",
            location="Baghdad, Iraq",
            city="Baghdad",
            country="Iraq",
            country_code="IQ",
            date="2020-01-08",
            date_precision="day",
            credit="AP Photo/Hadi Mizban",
            photographer="Hadi Mizban",
            agency="AP",
        ),
        (1, 2),
    ),
    (
        _caption(
            "Voters wait in line at a polling station in Nairobi, Kenya, March 2, 2020. "
            "REUTERS/Baz Ratner",
            description="Voters wait in line at a polling station",
            location="Nairobi, Kenya",
            city="Nairobi",
            country="Kenya",
            country_code="KE",
            date="2020-03-02",
            date_precision="day",
            credit="REUTERS/Baz Ratner",
            photographer="Baz Ratner",
            agency="Reuters",
        ),
        (2,),
    ),
    (
        _caption(
            "A woman casts her ballot in Mombasa, Kenya. Hussein Malla/AFP via Getty Images",
            description="A woman casts her ballot",
            location="Mombasa, Kenya",
            city="Mombasa",
            country="Kenya",
            country_code="KE",
            credit="Hussein Malla/AFP via Getty Images",
            photographer="Hussein Malla",
            agency="AFP",
            via="Getty Images",
        ),
        (2,),
    ),
    (
        _caption(
            "Rescue workers clear debris in Schuld, Germany, July 15, 2021. Tasnim News",
            description="Rescue workers clear debris",
            location="Schuld, Germany",
            city="Schuld",
            country="Germany",
            country_code="DE",
            date="2021-07-15",
            date_precision="day",
            credit="Tasnim News",
            agency="Tasnim News",
            unknown_organisations=("Tasnim News",),
        ),
        (3,),
    ),
    (
        _caption(
            "Flood water covers a street in Liege, Belgium, July 2021.",
            description="Flood water covers a street",
            location="Liege, Belgium",
            city="Liege",
            country="Belgium",
            country_code="BE",
            date="2021-07",
            date_precision="month",
        ),
        (3,),
    ),
    (
        _caption(
            "Firefighters carry a resident to safety in Hagen, Germany, July 14, 2021. "
            "REUTERS/Wolfgang Rattay",
            description="Firefighters carry a resident to safety",
            location="Hagen, Germany",
            city="Hagen",
            country="Germany",
            country_code="DE",
            date="2021-07-14",
            date_precision="day",
            credit="REUTERS/Wolfgang Rattay",
            photographer="Wolfgang Rattay",
            agency="Reuters",
        ),
        (3,),
    ),
)
CAPTION_COUNT = len(CAPTIONS)


def build_catalog(url: str) -> Engine:
    """The fixed catalog: 8 captions, 3 articles, one open possible duplicate (2 of 1)."""
    engine = open_catalog(url)
    with engine.begin() as connection:
        for article_id, title, published, link in ARTICLES:
            connection.execute(
                insert(article_table).values(
                    id=article_id,
                    identity=f"{article_id:064x}",
                    source=link or f"/archive/article-{article_id}.txt",
                    format="html" if link else "text",
                    title=title,
                    published=published,
                    url=link,
                    path=None if link else f"/archive/article-{article_id}.txt",
                )
            )
        for caption_id, (parsed, article_ids) in enumerate(CAPTIONS, start=1):
            row = caption_row(parsed)
            row["id"] = caption_id
            row["key"] = hashlib.sha1(parsed.caption.encode()).hexdigest()
            connection.execute(insert(caption_table).values(**row))
            for article_id in article_ids:
                connection.execute(
                    insert(use_table).values(
                        caption_id=caption_id, article_id=article_id, position=caption_id
                    )
                )
        connection.execute(
            insert(possible_duplicate_table).values(id=1, caption_id=2, other_id=1, score=97.0)
        )
        # The use statistics ingest keeps (the credit report reads them).
        recount_uses(connection, range(1, len(CAPTIONS) + 1))
    return engine


@pytest.fixture
def catalog_engine(tmp_path: Path) -> Engine:
    return build_catalog(f"sqlite:///{tmp_path / 'browse.db'}")


@pytest.fixture
def app(catalog_engine: Engine) -> CatalogApp:
    return make_app(catalog_engine, search_delay=0)


async def settle(pilot: Pilot[None]) -> None:
    """Wait until workers are done and their messages handled (answers start new workers)."""
    for _ in range(4):
        # An exclusive worker superseded by a newer one ends cancelled; that is expected.
        with suppress(WorkerCancelled):
            await pilot.app.workers.wait_for_complete()
        await pilot.pause()


def no_blink(app: CatalogApp) -> None:
    for field in app.screen.query(Input):
        field.cursor_blink = False
