"""open possible duplicates hold to the rule: a caption is paired with its nearest few only

Revision ID: 0011
Revises: 0010

Earlier linkers paired a caption with every near-duplicate of its block, so a gallery of
near-identical captions (a counter apart, one photographer, one day) filled the review queue
with n * (n - 1) / 2 pairs: 1,200 captions gave 719,400. Today's linker pairs each caption
with its ``dedupe.PAIRS_PER_CAPTION`` nearest (``dedupe.find_near_duplicates``), and a
confirmed pair folds whole photos (``corrections.decide_duplicate``), so the nearest few
are enough to fold a group.

Every pair is ranked from both of its captions: by score, the most alike first, and among
equals by the other caption's text; an open pair that is among the
nearest few of neither caption is deleted. So the catalog keeps at most that many pairs per
caption, and every caption that had a pair keeps one. Decided pairs take their places in the
ranking, as they do in the linker, and stay: they are a person's word. Deleted, not closed,
for the reasons of 0010: no person decided them. Downgrade restores nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from catalog.dedupe import PAIRS_PER_CAPTION

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Window functions: SQLite 3.25 and later, and PostgreSQL. Each pair appears once from each
# of its captions; a pair survives where either of them ranks it among its nearest.
_TRIM = sa.text(
    """
    DELETE FROM possible_duplicate
    WHERE status = 'open' AND id NOT IN (
        SELECT id FROM (
            SELECT id, row_number() OVER (
                PARTITION BY caption ORDER BY score DESC, other_text
            ) AS place
            FROM (
                SELECT p.id, p.caption_id AS caption, p.score, o.text AS other_text
                FROM possible_duplicate AS p JOIN caption AS o ON o.id = p.other_id
                UNION ALL
                SELECT p.id, p.other_id AS caption, p.score, n.text AS other_text
                FROM possible_duplicate AS p JOIN caption AS n ON n.id = p.caption_id
            ) AS ends
        ) AS ranked
        WHERE place <= :nearest
    )
    """
)


def upgrade() -> None:
    op.get_bind().execute(_TRIM, {"nearest": PAIRS_PER_CAPTION})


def downgrade() -> None:
    pass
