"""browser indexes: caption city, country_code (the in: filter), location and description (sorts)

Revision ID: 0004
Revises: 0003

``in:`` reads the captions of a place from the country, city and country-code indexes and the
full-text index (``filters.place_ids``); sorting the browser's table by location or by
description walks their index instead of sorting a million rows. PostgreSQL keeps the
location and description indexes empty (WHERE false): a B-tree entry cannot hold a long text.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain CREATE INDEX: batch mode would rebuild the SQLite table and lose the FTS5 triggers.
    op.create_index("ix_caption_city", "caption", ["city"], unique=False)
    op.create_index("ix_caption_country_code", "caption", ["country_code"], unique=False)
    op.create_index(
        "ix_caption_location",
        "caption",
        ["location"],
        unique=False,
        postgresql_where=sa.text("false"),
    )
    op.create_index(
        "ix_caption_description",
        "caption",
        ["description"],
        unique=False,
        postgresql_where=sa.text("false"),
    )


def downgrade() -> None:
    op.drop_index("ix_caption_description", table_name="caption")
    op.drop_index("ix_caption_location", table_name="caption")
    op.drop_index("ix_caption_country_code", table_name="caption")
    op.drop_index("ix_caption_city", table_name="caption")
