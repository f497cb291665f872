"""The catalog's tables. Alembic migrations (migrations/) create them; never ``create_all``.

Parsed values and corrections are kept apart: ``Caption.parsed`` holds what the parser (or the
embedded metadata) said, ``Correction`` rows hold what people changed, and the plain columns of
``Caption`` hold the *effective* value (parsed, overlaid by active corrections), so that search,
facets and reports read indexed columns without joins.

Full-text search is dialect specific and lives only in migrations: an FTS5 table
``caption_fts`` on SQLite, a generated ``tsv`` column with a GIN index on PostgreSQL.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy import (
    text as sql_text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Named constraints: Alembic's SQLite batch mode needs names to drop or alter them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


Day = date  # inside Caption, ``date`` is the column

# Columns of the credit report's covering indexes.
REPORT_LICENSOR_INDEX = ("licensor", "use_count", "merged_into_id", "first_use", "last_use")
REPORT_CREDIT_INDEX = (
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
)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Article(Base):
    """A page, text file, JSON object or image that carried captions.

    ``identity`` is ``ingest.identity``'s: the normalised canonical URL's hash, else the hash
    of the extracted text. ``fingerprint`` hashes the extracted text, so a recrawl that changed
    updates the article instead of adding one; it is null for an article stored before
    identities (migration 0007), which the next ingest of it fills in.
    """

    __tablename__ = "article"
    __table_args__ = (
        UniqueConstraint("identity", name="uq_article_content_hash"),
        # An article stored before identities has no fingerprint: ingest finds it by source
        # (its path) to adopt it. Only those rows are indexed, so the index empties as they go.
        Index(
            "ix_article_legacy_source",
            "source",
            sqlite_where=sql_text("fingerprint IS NULL"),
            postgresql_where=sql_text("fingerprint IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # The unique constraint keeps the name it was created with on ``content_hash`` (0007).
    identity: Mapped[str] = mapped_column(String(64))
    fingerprint: Mapped[str | None] = mapped_column(String(64))
    source: Mapped[str] = mapped_column(Text)  # the path, or the URL when there is one
    format: Mapped[str] = mapped_column(String(16))
    title: Mapped[str | None] = mapped_column(Text)
    byline: Mapped[str | None] = mapped_column(Text)
    published: Mapped[date | None] = mapped_column(Date, index=True)
    url: Mapped[str | None] = mapped_column(Text)
    path: Mapped[str | None] = mapped_column(Text)
    # When a crawler fetched the page (a web archive record's WARC-Date): a page with no
    # publication date is dated by it in reports by month.
    crawled: Mapped[date | None] = mapped_column(Date)
    ingested_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())


class Caption(Base):
    """One distinct caption (by normalised key), with its effective field values."""

    __tablename__ = "caption"
    __table_args__ = (
        # Near-duplicate blocking reads every caption with one licensor and one date.
        Index("ix_caption_licensor_date", "licensor", "date"),
        # The credit report without a period aggregates captions by their use statistics.
        # These covering indexes let SQLite walk each grouping in order instead of sorting a
        # million rows. PostgreSQL hashes its groups, so there they stay empty (WHERE false):
        # no write cost, and no B-tree row size limit on a long credit.
        Index(
            "ix_caption_report_licensor",
            *REPORT_LICENSOR_INDEX,
            postgresql_where=sql_text("false"),
        ),
        Index("ix_caption_report_credit", *REPORT_CREDIT_INDEX, postgresql_where=sql_text("false")),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(40), unique=True)  # dedupe.caption_key()
    text: Mapped[str] = mapped_column(Text)  # the caption as first found
    description: Mapped[str | None] = mapped_column(Text)
    location: Mapped[str | None] = mapped_column(Text)
    city: Mapped[str | None] = mapped_column(String(200), index=True)
    region: Mapped[str | None] = mapped_column(String(200))
    country: Mapped[str | None] = mapped_column(String(200), index=True)
    country_code: Mapped[str | None] = mapped_column(String(2), index=True)
    date: Mapped[str | None] = mapped_column(String(10), index=True)  # ISO, at its precision
    date_precision: Mapped[str | None] = mapped_column(String(5))
    year: Mapped[int | None] = mapped_column(Integer, index=True)
    credit: Mapped[str | None] = mapped_column(Text)
    photographer: Mapped[str | None] = mapped_column(String(300), index=True)
    agency: Mapped[str | None] = mapped_column(String(300), index=True)
    via: Mapped[str | None] = mapped_column(String(300), index=True)
    # No index of its own: ix_caption_licensor_date leads with it (migration 0009).
    licensor: Mapped[str | None] = mapped_column(String(300))
    roles: Mapped[str] = mapped_column(String(100), default="")  # space-separated flags
    # False when the credit names an organisation the agency registry does not know.
    agency_known: Mapped[bool | None] = mapped_column(Boolean, index=True)
    edited: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    # Confirmed duplicate of another caption: counted as that photo in reports.
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("caption.id"), index=True)
    # Use statistics, recounted from the uses (``use_stats.flush_use_counts``) at the end of each
    # ingest run and before a report reads them (see ``UseCountCheck``): the number of ``caption_use`` rows and the first and last publication date among their
    # articles (None when none is dated). Reports without a period read these, not the uses.
    use_count: Mapped[int] = mapped_column(Integer, default=0, server_default=sql_text("0"))
    first_use: Mapped[Day | None] = mapped_column(Date)
    last_use: Mapped[Day | None] = mapped_column(Date)
    # What the parser / embedded metadata said, per field; and where each effective value came
    # from ("parsed", "embedded" or "manual").
    parsed: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    origins: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())


# The browser sorts by these columns (migration 0004). Empty on PostgreSQL, where a B-tree
# entry cannot hold a long text: there a sort by them sorts.
Index("ix_caption_location", Caption.location, postgresql_where=sql_text("false"))
Index("ix_caption_description", Caption.description, postgresql_where=sql_text("false"))
# Facet counts of a filtered view read the five facet columns of each matching caption from
# this narrow index (seeked by id, migration 0005) instead of one wide table page per caption.
# Empty on PostgreSQL, which reads the rows it selects.
Index(
    "ix_caption_facets",
    Caption.id,
    Caption.licensor,
    Caption.agency,
    Caption.photographer,
    Caption.country,
    Caption.year,
    postgresql_where=sql_text("false"),
)


class Use(Base):
    """One appearance of a caption in an article: licensing counts these."""

    __tablename__ = "caption_use"
    # A caption printed twice in one article is one use; a recrawl that moved it is still it.
    __table_args__ = (
        UniqueConstraint("article_id", "caption_id", name="uq_caption_use_article_caption"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    caption_id: Mapped[int] = mapped_column(ForeignKey("caption.id"), index=True)
    # Indexed by the unique pair, which leads with it (migration 0009).
    article_id: Mapped[int] = mapped_column(ForeignKey("article.id"))
    position: Mapped[int] = mapped_column(Integer)
    # Set when a recrawl of the article no longer holds the caption. The use still counts:
    # the photo was published.
    removed_at: Mapped[datetime | None] = mapped_column(DateTime)


class PossibleDuplicate(Base):
    """Two captions that differ by a word or a typo: a person confirms or rejects the link."""

    __tablename__ = "possible_duplicate"
    __table_args__ = (
        UniqueConstraint("caption_id", "other_id", name="uq_possible_duplicate_pair"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # The newer; indexed by the unique pair, which leads with it (migration 0009).
    caption_id: Mapped[int] = mapped_column(ForeignKey("caption.id"))
    other_id: Mapped[int] = mapped_column(ForeignKey("caption.id"), index=True)  # the older
    score: Mapped[float] = mapped_column(Float)
    status: Mapped[str] = mapped_column(String(10), default="open", index=True)
    decided_at: Mapped[datetime | None] = mapped_column(DateTime)


class DuplicateCheck(Base):
    """A caption waiting for the near-duplicate search (see ``db.duplicates``).

    Ingest queues each new caption in the transaction that stores it and runs the search once
    at the end of the run, so a killed run leaves its captions queued for the next one.
    """

    __tablename__ = "duplicate_check"

    caption_id: Mapped[int] = mapped_column(ForeignKey("caption.id"), primary_key=True)


class UseCountCheck(Base):
    """A caption whose use statistics await a recount (see ``db.use_stats.flush_use_counts``).

    Each ingest batch queues the captions it added uses to, in its own transaction; the queue
    is recounted once at the end of the run, so a popular caption is rewritten once per run
    rather than once per batch, and a killed run leaves its captions queued.
    """

    __tablename__ = "use_count_check"

    caption_id: Mapped[int] = mapped_column(ForeignKey("caption.id"), primary_key=True)


class Correction(Base):
    """A person's change to one field of a caption. Never overwritten by ingest or reparse.

    The newest active (not reverted) correction of a field wins. Undo marks it reverted.
    A confirmed duplicate is the correction ``field="merged_into"``.
    """

    __tablename__ = "correction"
    __table_args__ = (Index("ix_correction_caption_field", "caption_id", "field"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    caption_id: Mapped[int] = mapped_column(ForeignKey("caption.id"))
    field: Mapped[str] = mapped_column(String(32))
    value: Mapped[str | None] = mapped_column(Text)
    previous: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())
    reverted_at: Mapped[datetime | None] = mapped_column(DateTime)
