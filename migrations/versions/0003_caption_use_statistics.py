"""caption use statistics (use_count, first_use, last_use) and the credit report's indexes

Revision ID: 0003
Revises: 0002

Reports without a period aggregate captions by these columns instead of joining every use;
ingest keeps them (``catalog.db.use_stats.recount_uses``). The backfill counts the existing uses.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of models.REPORT_LICENSOR_INDEX and REPORT_CREDIT_INDEX at this revision.
_LICENSOR_INDEX = ["licensor", "use_count", "merged_into_id", "first_use", "last_use"]
_CREDIT_INDEX = [
    "credit",
    "licensor",
    "agency",
    "photographer",
    "roles",
    "agency_known",
    "use_count",
    "merged_into_id",
    "first_use",
    "last_use",
]

_BACKFILL = """
UPDATE caption SET use_count = s.uses, first_use = s.first_use, last_use = s.last_use
FROM (
    SELECT u.caption_id AS caption_id, count(*) AS uses,
           min(a.published) AS first_use, max(a.published) AS last_use
    FROM caption_use u JOIN article a ON a.id = u.article_id
    GROUP BY u.caption_id
) AS s
WHERE caption.id = s.caption_id
"""


def upgrade() -> None:
    # Plain ALTER TABLE and CREATE INDEX: batch mode would rebuild the SQLite table and lose
    # the FTS5 triggers.
    op.add_column(
        "caption",
        sa.Column("use_count", sa.Integer(), server_default=sa.text("0"), nullable=False),
    )
    op.add_column("caption", sa.Column("first_use", sa.Date(), nullable=True))
    op.add_column("caption", sa.Column("last_use", sa.Date(), nullable=True))
    op.execute(_BACKFILL)
    # Empty on PostgreSQL (see models.Caption): it hashes groups rather than walking an index.
    op.create_index(
        "ix_caption_report_licensor",
        "caption",
        _LICENSOR_INDEX,
        unique=False,
        postgresql_where=sa.text("false"),
    )
    op.create_index(
        "ix_caption_report_credit",
        "caption",
        _CREDIT_INDEX,
        unique=False,
        postgresql_where=sa.text("false"),
    )


def downgrade() -> None:
    op.drop_index("ix_caption_report_credit", table_name="caption")
    op.drop_index("ix_caption_report_licensor", table_name="caption")
    op.drop_column("caption", "last_use")
    op.drop_column("caption", "first_use")
    op.drop_column("caption", "use_count")
