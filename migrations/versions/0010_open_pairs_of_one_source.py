"""open possible duplicates hold to the rule: no pair of two photographers or two agencies

Revision ID: 0010
Revises: 0009

Since the duplicate review queue came in, pairs whose captions name another photographer or
another agency are not proposed (two frames of one event by two people carry captions a word
apart: they are two photos; ``catalog.dedupe.sources_differ``). Catalogs linked by earlier
versions still hold such pairs open, so the queue asked a person to merge two photos.

They are deleted, not closed: no person decided them, so marking them "rejected" would claim
a decision nobody made, and a new status would be a fourth state every reader of the queue
(``duplicates list --status``, ``is:duplicate``, ``info``) must learn. Deleting leaves the
catalog as today's linker would have built it. Confirmed and rejected pairs are a person's
word and stay, whatever their credits say. A caption's columns hold its effective values, so
a photographer a person corrected counts as corrected.

The rule is imported (a pure function of two (photographer, agency) pairs, no schema), so the
queue agrees with what the linker proposes; the tables are named here as 0010 knows them.
Downgrade restores nothing: the pairs were noise, and an older version works without them.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from catalog.dedupe import sources_differ

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_CHUNK = 1_000

pair = sa.table(
    "possible_duplicate",
    sa.column("id", sa.Integer),
    sa.column("caption_id", sa.Integer),
    sa.column("other_id", sa.Integer),
    sa.column("status", sa.String),
)
caption = sa.table(
    "caption",
    sa.column("id", sa.Integer),
    sa.column("photographer", sa.String),
    sa.column("agency", sa.String),
)


def upgrade() -> None:
    connection = op.get_bind()
    newer, older = caption.alias("newer"), caption.alias("older")
    rows = connection.execute(
        sa.select(
            pair.c.id, newer.c.photographer, newer.c.agency, older.c.photographer, older.c.agency
        )
        .join(newer, newer.c.id == pair.c.caption_id)
        .join(older, older.c.id == pair.c.other_id)
        .where(pair.c.status == "open")
    ).all()
    doomed = [row[0] for row in rows if sources_differ((row[1], row[2]), (row[3], row[4]))]
    for start in range(0, len(doomed), _CHUNK):
        connection.execute(sa.delete(pair).where(pair.c.id.in_(doomed[start : start + _CHUNK])))


def downgrade() -> None:
    pass
