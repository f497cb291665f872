"""near-duplicate search: caption (licensor, date) index and the duplicate_check queue

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A plain CREATE INDEX: batch mode could rebuild the table and lose the FTS5 triggers.
    op.create_index("ix_caption_licensor_date", "caption", ["licensor", "date"], unique=False)
    op.create_table(
        "duplicate_check",
        sa.Column("caption_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["caption_id"], ["caption.id"], name=op.f("fk_duplicate_check_caption_id_caption")
        ),
        sa.PrimaryKeyConstraint("caption_id", name=op.f("pk_duplicate_check")),
    )


def downgrade() -> None:
    op.drop_table("duplicate_check")
    op.drop_index("ix_caption_licensor_date", table_name="caption")
