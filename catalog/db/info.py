"""What ``catalog info`` shows: where the catalog is and what it holds.

Counted with driver SQL that reads the same on both dialects (``db.connection``), so that
``catalog info`` on a SQLite file runs on ``SqliteEngine`` without importing SQLAlchemy.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from catalog.db.connection import DriverEngine

_COUNTS = {
    "articles": "SELECT count(*) FROM article",
    "captions": "SELECT count(*) FROM caption",
    "uses": "SELECT count(*) FROM caption_use",
    "merged": "SELECT count(*) FROM caption WHERE merged_into_id IS NOT NULL",
    "corrections": "SELECT count(*) FROM correction WHERE reverted_at IS NULL",
    "edited": "SELECT count(*) FROM caption WHERE edited",
}
_PAIRS_BY_STATUS = "SELECT status, count(*) FROM possible_duplicate GROUP BY status"


@dataclass(frozen=True)
class CatalogInfo:
    database: str
    dialect: str
    revision: str | None
    articles: int
    captions: int  # distinct normalised captions
    uses: int
    possible_duplicates: int  # open: waiting for a person to confirm or reject
    duplicates_decided: int
    merged: int  # captions confirmed as duplicates of another
    corrections: int
    edited: int

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def catalog_info(engine: DriverEngine) -> CatalogInfo:
    from catalog.db.migrate import current_revision

    with engine.connect() as connection:
        counts = {
            name: int(connection.exec_driver_sql(sql).scalar()) for name, sql in _COUNTS.items()
        }
        pairs = {
            str(status): int(count)
            for status, count in connection.exec_driver_sql(_PAIRS_BY_STATUS).fetchall()
        }
    return CatalogInfo(
        database=engine.url.render_as_string(hide_password=True),
        dialect=engine.dialect.name,
        revision=current_revision(engine),
        possible_duplicates=pairs.get("open", 0),
        duplicates_decided=sum(count for status, count in pairs.items() if status != "open"),
        **counts,
    )
