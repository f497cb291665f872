"""article identity: canonical URL or extracted text; fingerprint, crawl date, removed uses

Revision ID: 0007
Revises: 0006

An article was identified by a hash of its URL, title and raw content, so a recrawl that
differed by an HTML comment or a tracking parameter was a second article, and every caption
on it a second use. Now ``article.identity`` (the renamed ``content_hash``) is the hash of the
normalised canonical URL, else of the extracted text; ``fingerprint`` tells a changed recrawl,
which updates the article; ``caption_use.removed_at`` records a caption a recrawl no longer
holds; ``article.crawled`` keeps a web archive record's date.

Existing catalogs: articles with a URL get its identity here, and the articles that shared one
are merged into the oldest (their uses moved, a caption used twice kept once, the captions'
use counts queued for a recount). Articles without a URL keep their old hash and no
fingerprint: the next ingest of them finds them by source (``ix_article_legacy_source``) and
adopts them. The unique constraint keeps the name it was created with (``uq_article_
content_hash``): renaming it would rebuild the SQLite table, which other tables reference.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from catalog.ingest.identity import url_identity

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute("ALTER TABLE article RENAME COLUMN content_hash TO identity")
    op.add_column("article", sa.Column("fingerprint", sa.String(length=64), nullable=True))
    op.add_column("article", sa.Column("crawled", sa.Date(), nullable=True))
    op.add_column("caption_use", sa.Column("removed_at", sa.DateTime(), nullable=True))
    # A use is one caption in one article (ingest always folded a caption printed twice).
    op.execute(
        "DELETE FROM caption_use WHERE id NOT IN "
        "(SELECT min(id) FROM caption_use GROUP BY article_id, caption_id)"
    )
    with op.batch_alter_table("caption_use") as batch:
        batch.drop_constraint("uq_caption_use_article_position", type_="unique")
        batch.create_unique_constraint(
            "uq_caption_use_article_caption", ["article_id", "caption_id"]
        )
    _identify_by_url(op.get_bind())
    op.create_index(
        "ix_article_legacy_source",
        "article",
        ["source"],
        unique=False,
        sqlite_where=sa.text("fingerprint IS NULL"),
        postgresql_where=sa.text("fingerprint IS NULL"),
    )


def _identify_by_url(connection: sa.Connection) -> None:
    rows = connection.execute(
        sa.text("SELECT id, url FROM article WHERE url IS NOT NULL ORDER BY id")
    ).all()
    keepers: dict[str, int] = {}
    merged: list[tuple[int, int]] = []  # (article merged away, the article it joins)
    for article_id, url in rows:
        identity = url_identity(url)
        if identity is None:
            continue
        keeper = keepers.setdefault(identity, article_id)
        if keeper != article_id:
            merged.append((article_id, keeper))
    for gone, keeper in merged:
        params = {"gone": gone, "keeper": keeper}
        connection.execute(
            sa.text(
                "INSERT INTO use_count_check (caption_id) SELECT DISTINCT caption_id "
                "FROM caption_use WHERE article_id = :gone ON CONFLICT DO NOTHING"
            ),
            params,
        )
        connection.execute(
            sa.text(
                "DELETE FROM caption_use WHERE article_id = :gone AND caption_id IN "
                "(SELECT caption_id FROM caption_use WHERE article_id = :keeper)"
            ),
            params,
        )
        connection.execute(
            sa.text("UPDATE caption_use SET article_id = :keeper WHERE article_id = :gone"),
            params,
        )
        connection.execute(sa.text("DELETE FROM article WHERE id = :gone"), params)
    if keepers:
        connection.execute(
            sa.text("UPDATE article SET identity = :identity WHERE id = :id"),
            [{"identity": identity, "id": article_id} for identity, article_id in keepers.items()],
        )


def downgrade() -> None:
    op.drop_index("ix_article_legacy_source", table_name="article")
    # Positions were unique per article; a recrawl may have given two uses one position.
    op.execute(
        "UPDATE caption_use SET position = (SELECT count(*) FROM caption_use AS earlier "
        "WHERE earlier.article_id = caption_use.article_id AND earlier.id < caption_use.id) "
        "WHERE article_id IN (SELECT article_id FROM caption_use "
        "GROUP BY article_id, position HAVING count(*) > 1)"
    )
    with op.batch_alter_table("caption_use") as batch:
        batch.drop_constraint("uq_caption_use_article_caption", type_="unique")
        batch.create_unique_constraint(
            "uq_caption_use_article_position", ["article_id", "position"]
        )
        batch.drop_column("removed_at")
    op.execute("ALTER TABLE article DROP COLUMN crawled")
    op.execute("ALTER TABLE article DROP COLUMN fingerprint")
    op.execute("ALTER TABLE article RENAME COLUMN identity TO content_hash")
