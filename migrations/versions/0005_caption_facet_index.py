"""facet index: caption (id, licensor, agency, photographer, country, year)

Revision ID: 0005
Revises: 0004

The browser counts the facets of a filtered view from the matching ids: seeking this narrow
covering index by id reads a few cached pages instead of one wide caption row (text, parsed
JSON) per match. PostgreSQL keeps it empty (WHERE false).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain CREATE INDEX: batch mode would rebuild the SQLite table and lose the FTS5 triggers.
    op.create_index(
        "ix_caption_facets",
        "caption",
        ["id", "licensor", "agency", "photographer", "country", "year"],
        unique=False,
        postgresql_where=sa.text("false"),
    )


def downgrade() -> None:
    op.drop_index("ix_caption_facets", table_name="caption")
