"""A stored article read again with other content: it is updated, never stored twice.

Ingest writes new articles in bulk; an article whose identity the catalog already holds with
another fingerprint (a recrawl that changed, or one stored before identities) comes here, one
by one, inside the batch's transaction: such updates are few next to new articles.

- A caption the recrawl holds and the article did not is a new use.
- A caption the article held and the recrawl does not is kept, marked removed (``removed_at``):
  it was published, so licensing still counts it.
- A capture older than the stored one (a web archive's earlier record read later) changes no
  metadata and removes nothing; its captions that are not stored go in as removed uses.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from catalog.db.connection import (
    DriverConnection,
    driver_connection,
    in_list,
    list_parameter,
    placeholder,
)

# Sources per statement when looking up articles stored before identities.
_CHUNK = 500


@dataclass(frozen=True, slots=True)
class StoredArticle:
    id: int
    fingerprint: str | None
    crawled: date | None


@dataclass(slots=True)
class RecrawlResult:
    uses_added: list[int]  # caption ids
    uses_removed: int
    changed: bool  # more than a fingerprint filled in
    older: bool = False  # an earlier capture than the stored one: the article is unchanged


def adopt_legacy(
    connection: DriverConnection, wanted: Mapping[str, str]
) -> dict[str, StoredArticle]:
    """Articles stored before identities (no fingerprint), found by source and given their
    new identity: ``wanted`` maps a source to the identity an article read from it has.
    Returns them by their new identity. One stored article is adopted once."""
    driver = driver_connection(connection)
    mark = placeholder(connection)
    found: dict[str, StoredArticle] = {}
    sources = sorted(wanted)
    for start in range(0, len(sources), _CHUNK):
        rows = driver.execute(
            "SELECT source, min(id) FROM article "
            f"WHERE fingerprint IS NULL AND source {in_list(connection)} GROUP BY source",
            (list_parameter(connection, sources[start : start + _CHUNK]),),
        ).fetchall()
        for source, article_id in rows:
            identity = wanted[source]
            if identity in found:
                continue
            driver.execute(
                f"UPDATE article SET identity = {mark} WHERE id = {mark}", (identity, article_id)
            )
            found[identity] = StoredArticle(int(article_id), None, None)
    return found


def apply_recrawl(
    connection: DriverConnection,
    stored: StoredArticle,
    values: Mapping[str, Any],
    uses: Sequence[tuple[int, int]],
) -> RecrawlResult:
    """Update ``stored`` from a recrawl: ``values`` are its article columns, ``uses`` its
    (caption id, position) pairs."""
    driver = driver_connection(connection)
    mark = placeholder(connection)
    current = {
        int(caption_id): (int(use_id), removed_at)
        for caption_id, use_id, removed_at in driver.execute(
            f"SELECT caption_id, id, removed_at FROM caption_use WHERE article_id = {mark}",
            (stored.id,),
        ).fetchall()
    }
    crawled = values.get("crawled")
    older = crawled is not None and stored.crawled is not None and crawled < stored.crawled
    added = [caption_id for caption_id, _ in uses if caption_id not in current]
    removed_at = "CURRENT_TIMESTAMP" if older else "NULL"
    for caption_id, position in uses:
        if caption_id in current:
            continue
        driver.execute(
            "INSERT INTO caption_use (caption_id, article_id, position, removed_at) "
            f"VALUES ({mark}, {mark}, {mark}, {removed_at})",
            (caption_id, stored.id, position),
        )
    if older:
        return RecrawlResult(added, 0, bool(added), older=True)
    held = {caption_id for caption_id, _ in uses}
    restored = [current[c][0] for c in held if c in current and current[c][1] is not None]
    gone = [use_id for c, (use_id, removed) in current.items() if c not in held and removed is None]
    for use_ids, removed_at in ((restored, "NULL"), (gone, "CURRENT_TIMESTAMP")):
        if use_ids:
            driver.execute(
                f"UPDATE caption_use SET removed_at = {removed_at} WHERE id {in_list(connection)}",
                (list_parameter(connection, use_ids),),
            )
    # A capture with no crawl date (a saved file) does not erase the archive's.
    kept = {k: v for k, v in values.items() if not (k == "crawled" and v is None)}
    assignments = ", ".join(f"{column} = {mark}" for column in kept)
    driver.execute(
        f"UPDATE article SET {assignments} WHERE id = {mark}", (*kept.values(), stored.id)
    )
    # An article stored before identities, read again unchanged, only gains its fingerprint.
    changed = bool(added or restored or gone) or stored.fingerprint is not None
    return RecrawlResult(added, len(gone), changed)
