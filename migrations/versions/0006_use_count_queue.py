"""use statistics queue: captions whose use_count/first_use/last_use await a recount

Revision ID: 0006
Revises: 0005

Ingest used to recount every touched caption in every batch, rewriting the popular wire
captions (and their wide report index entries) once per batch: about half of a 1M-use run.
Now each batch queues the touched ids (a narrow table) in its own transaction, and the queue is
recounted once at the end of the run, or by whoever reads the statistics first after a killed
run.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "use_count_check",
        sa.Column("caption_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["caption_id"], ["caption.id"], name=op.f("fk_use_count_check_caption_id_caption")
        ),
        sa.PrimaryKeyConstraint("caption_id", name=op.f("pk_use_count_check")),
    )


def downgrade() -> None:
    op.drop_table("use_count_check")
