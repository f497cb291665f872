"""drop the indexes another index already leads with

Revision ID: 0009
Revises: 0008

Each of these is the first column of a wider index that every query using it can use as well
(tests/db/test_index_plans.py shows the plans), so it only cost writes and space:
``ix_caption_licensor`` (``ix_caption_licensor_date`` leads with licensor),
``ix_caption_use_article_id`` (the unique article and caption pair) and
``ix_possible_duplicate_caption_id`` (the unique caption pair). ``IF EXISTS``: a bulk load
killed before it rebuilt its deferred indexes has already dropped the first two.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

REDUNDANT = {
    "ix_caption_licensor": ("caption", "licensor"),
    "ix_caption_use_article_id": ("caption_use", "article_id"),
    "ix_possible_duplicate_caption_id": ("possible_duplicate", "caption_id"),
}


def upgrade() -> None:
    # Plain DROP INDEX: batch mode would rebuild the SQLite table and lose the FTS5 triggers.
    for name in REDUNDANT:
        op.execute(f"DROP INDEX IF EXISTS {name}")


def downgrade() -> None:
    for name, (table, column) in REDUNDANT.items():
        op.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table} ({column})")
