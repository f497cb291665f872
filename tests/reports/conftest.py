"""A small catalog with every case the reports and exports distinguish, on both dialects.

Articles: A1 (2020-01-08), A2 (2020-02-03, a URL), A3 (no date), A4 (an image file, 2020-01-20).

    caption                                          licensor      runs in
    1  Nazanin Tabatabaee/WANA (...) via Reuters      Reuters       A1, A3
    2  Ari Jalal/Reuters                              Reuters       A1, A2
    3  Hussein Faleh/AFP via Getty Images             Getty Images  A1
    4  Office of the Iranian Supreme Leader via AP    AP (handout)  A1
    5  (no credit)                                    -             A1, A3
    6  John Doe/Foo Press (unknown organisation)      Foo Press     A2
    7  Jane Roe/Pool via AP                           AP (pool)     A2
    8  ARI JALAL/REUTERS, merged into 2               Reuters       A2
    9  AYMAN HENNA/AFP via Getty Images               Getty Images  A4 (image)
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from sqlalchemy import Engine, insert

from catalog.db import open_catalog
from catalog.db.fields import caption_row
from catalog.db.models import article_table, caption_table, use_table
from catalog.db.use_stats import recount_uses
from catalog.parsing.model import ParsedCaption

ARTICLES: list[dict[str, Any]] = [
    dict(
        id=1,
        title="Iran strikes back",
        byline="Zachary Stieber",
        published=date(2020, 1, 8),
        source="samples/a1.txt",
        path="samples/a1.txt",
        url=None,
        format="text",
    ),
    dict(
        id=2,
        title="Airport, the day after",
        byline=None,
        published=date(2020, 2, 3),
        source="https://example.com/a2",
        path=None,
        url="https://example.com/a2",
        format="html",
    ),
    dict(
        id=3,
        title=None,
        byline=None,
        published=None,
        source="archive/a3.html",
        path="archive/a3.html",
        url=None,
        format="html",
    ),
    dict(
        id=4,
        title=None,
        byline=None,
        published=date(2020, 1, 20),
        source="photos/img1.jpg",
        path="photos/img1.jpg",
        url=None,
        format="image",
    ),
]

CAPTIONS: list[ParsedCaption] = [
    ParsedCaption(
        caption="A man holds a picture, in Tehran, Iran, on Jan. 8, 2020. "
        "(Nazanin Tabatabaee/WANA (West Asia News Agency) via Reuters)",
        description="A man holds a picture",
        location="Tehran, Iran",
        city="Tehran",
        country="Iran",
        country_code="IR",
        date="2020-01-08",
        credit="Nazanin Tabatabaee/WANA (West Asia News Agency) via Reuters",
        photographer="Nazanin Tabatabaee",
        agency="WANA (West Asia News Agency)",
        via="Reuters",
    ),
    ParsedCaption(
        caption="Residents look at a crater, Duhok, Iraq. (Ari Jalal/Reuters)",
        description="Residents look at a crater",
        location="Duhok, Iraq",
        city="Duhok",
        country="Iraq",
        country_code="IQ",
        credit="Ari Jalal/Reuters",
        photographer="Ari Jalal",
        agency="Reuters",
    ),
    ParsedCaption(
        caption="Iraqi students march in Basra. (Hussein Faleh/AFP via Getty Images)",
        description="Iraqi students march in Basra",
        location="Basra",
        city="Basra",
        country="Iraq",
        country_code="IQ",
        date="2020-01",
        credit="Hussein Faleh/AFP via Getty Images",
        photographer="Hussein Faleh",
        agency="AFP",
        via="Getty Images",
    ),
    ParsedCaption(
        caption="Khamenei in Tehran. (Office of the Iranian Supreme Leader via AP)",
        description="Khamenei in Tehran",
        credit="Office of the Iranian Supreme Leader via AP",
        agency="Office of the Iranian Supreme Leader",
        via="AP",
        roles=("handout",),
    ),
    ParsedCaption(caption="A burning vehicle at the airport.", description="A burning vehicle"),
    ParsedCaption(
        caption="Protesters in Erbil. (John Doe/Foo Press)",
        description="Protesters in Erbil",
        credit="John Doe/Foo Press",
        photographer="John Doe",
        agency="Foo Press",
        unknown_organisations=("Foo Press",),
    ),
    ParsedCaption(
        caption="Leaders meet. (Jane Roe/Pool via AP)",
        description="Leaders meet",
        credit="Jane Roe/Pool via AP",
        photographer="Jane Roe",
        via="AP",
        roles=("pool",),
    ),
    ParsedCaption(
        caption="Residents look at a crater, Duhok, Iraq (ARI JALAL/REUTERS)",
        description="Residents look at a crater",
        location="Duhok, Iraq",
        city="Duhok",
        country="Iraq",
        country_code="IQ",
        credit="ARI JALAL/REUTERS",
        photographer="Ari Jalal",
        agency="Reuters",
    ),
    ParsedCaption(
        caption="A market in Mosul. (AYMAN HENNA/AFP via Getty Images)",
        description="A market in Mosul",
        location="Mosul, Iraq",
        city="Mosul",
        country="Iraq",
        country_code="IQ",
        date="2020-01-19",
        credit="AYMAN HENNA/AFP via Getty Images",
        photographer="Ayman Henna",
        agency="AFP",
        via="Getty Images",
    ),
]
MERGED = {8: 2}  # caption id -> the caption it was confirmed a duplicate of
USES = {1: [1, 2, 3, 4, 5], 2: [2, 6, 7, 8], 3: [1, 5], 4: [9]}  # article -> captions in order


def insert_catalog(
    engine: Engine,
    articles: list[dict[str, Any]],
    captions: list[ParsedCaption],
    uses: dict[int, list[int]],
    merged: dict[int, int] | None = None,
) -> None:
    """Insert articles, captions (ids from 1, in order) and uses straight into the tables,
    then the captions' use statistics."""
    with engine.begin() as connection:
        for article in articles:
            connection.execute(
                insert(article_table).values(identity=f"hash{article['id']}", **article)
            )
        for number, parsed in enumerate(captions, start=1):
            row = caption_row(parsed)
            row["merged_into_id"] = (merged or {}).get(number)
            connection.execute(insert(caption_table).values(id=number, key=f"key{number}", **row))
        for article_id, caption_ids in uses.items():
            for position, caption_id in enumerate(caption_ids):
                connection.execute(
                    insert(use_table).values(
                        caption_id=caption_id, article_id=article_id, position=position
                    )
                )
        # As ingest does in the transaction that adds uses.
        recount_uses(connection, sorted({c for ids in uses.values() for c in ids}))


@dataclass
class Catalog:
    engine: Engine
    url: str


@pytest.fixture
def catalog(db_url: str) -> Iterator[Catalog]:
    engine = open_catalog(db_url)
    insert_catalog(engine, ARTICLES, CAPTIONS, USES, MERGED)
    yield Catalog(engine, db_url)
    engine.dispose()


@pytest.fixture
def empty_catalog(db_url: str) -> Iterator[Catalog]:
    engine = open_catalog(db_url)
    yield Catalog(engine, db_url)
    engine.dispose()
