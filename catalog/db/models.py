"""The catalog's tables. Alembic migrations (migrations/) create them; never ``create_all``.

Parsed values and corrections are kept apart: ``Caption.parsed`` holds what the parser (or the
embedded metadata) said, ``Correction`` rows hold what people changed, and the plain columns of
``Caption`` hold the *effective* value (parsed, overlaid by active corrections), so that search,
facets and reports read indexed columns without joins.

Full-text search is dialect specific and lives only in migrations: an FTS5 table
``caption_fts`` on SQLite, a generated ``tsv`` column with a GIN index on PostgreSQL.

SQLAlchemy Core tables, not ORM classes: every query here is Core, and the ORM's import cost
0.1 s of each command's start. Each table's columns go by the name the ORM classes had
(``Caption.licensor`` is ``caption_table.c.licensor``); statements on a whole table name it
(``insert(caption_table)``).
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy import (
    text as sql_text,
)

# Named constraints: Alembic's SQLite batch mode needs names to drop or alter them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

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

metadata = MetaData(naming_convention=NAMING_CONVENTION)

# PostgreSQL's predicate of each partial index, by index name. An Index given
# ``postgresql_where`` loads SQLAlchemy's PostgreSQL dialect to check the option (0.02 s of
# every command's start, SQLite or not), so the predicates wait here until a PostgreSQL
# engine is made (``use_postgresql_predicates``). The migrations create the indexes with
# their predicates; these keep the tables equal to them for anything that reads the tables.
_POSTGRESQL_WHERE: dict[str, str] = {}


def _postgresql_where(index: Index, predicate: str) -> Index:
    """``index``, with ``WHERE predicate`` on PostgreSQL (see ``_POSTGRESQL_WHERE``)."""
    _POSTGRESQL_WHERE[str(index.name)] = predicate
    return index


def use_postgresql_predicates() -> None:
    """Give the partial indexes their PostgreSQL predicates (again is harmless)."""
    for table in metadata.tables.values():
        for index in table.indexes:
            predicate = _POSTGRESQL_WHERE.get(str(index.name))
            if predicate is not None:
                index.dialect_kwargs["postgresql_where"] = sql_text(predicate)


# A page, text file, JSON object or image that carried captions.
#
# ``identity`` is ``ingest.identity``'s: the normalised canonical URL's hash, else the hash of
# the extracted text. ``fingerprint`` hashes the extracted text, so a recrawl that changed
# updates the article instead of adding one; it is null for an article stored before
# identities (migration 0007), which the next ingest of it fills in.
article_table = Table(
    "article",
    metadata,
    Column("id", Integer, primary_key=True),
    # The unique constraint keeps the name it was created with on ``content_hash`` (0007).
    Column("identity", String(64), nullable=False),
    Column("fingerprint", String(64)),
    Column("source", Text, nullable=False),  # the path, or the URL when there is one
    Column("format", String(16), nullable=False),
    Column("title", Text),
    Column("byline", Text),
    Column("published", Date, index=True),
    Column("url", Text),
    Column("path", Text),
    # When a crawler fetched the page (a web archive record's WARC-Date): a page with no
    # publication date is dated by it in reports by month.
    Column("crawled", Date),
    Column("ingested_at", DateTime, nullable=False, server_default=func.now()),
    UniqueConstraint("identity", name="uq_article_content_hash"),
    # An article stored before identities has no fingerprint: ingest finds it by source (its
    # path) to adopt it. Only those rows are indexed, so the index empties as they go.
    _postgresql_where(
        Index("ix_article_legacy_source", "source", sqlite_where=sql_text("fingerprint IS NULL")),
        "fingerprint IS NULL",
    ),
)
Article = article_table.c

# One distinct caption (by normalised key), with its effective field values.
caption_table = Table(
    "caption",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("key", String(40), nullable=False, unique=True),  # dedupe.caption_key()
    Column("text", Text, nullable=False),  # the caption as first found
    Column("description", Text),
    Column("location", Text),
    Column("city", String(200), index=True),
    Column("region", String(200)),
    Column("country", String(200), index=True),
    Column("country_code", String(2), index=True),
    Column("date", String(10), index=True),  # ISO, at its precision
    Column("date_precision", String(5)),
    Column("year", Integer, index=True),
    Column("credit", Text),
    Column("photographer", String(300), index=True),
    Column("agency", String(300), index=True),
    Column("via", String(300), index=True),
    # No index of its own: ix_caption_licensor_date leads with it (migration 0009).
    Column("licensor", String(300)),
    Column("roles", String(100), nullable=False, default=""),  # space-separated flags
    # False when the credit names an organisation the agency registry does not know.
    Column("agency_known", Boolean, index=True),
    Column("edited", Boolean, nullable=False, default=False, index=True),
    # Confirmed duplicate of another caption: counted as that photo in reports.
    Column("merged_into_id", ForeignKey("caption.id"), index=True),
    # Use statistics, recounted from the uses (``use_stats.flush_use_counts``) at the end of
    # each ingest run and before a report reads them (see ``use_count_check_table``): the
    # number of ``caption_use`` rows and the first and last publication date among their
    # articles (None when none is dated). Reports without a period read these, not the uses.
    Column("use_count", Integer, nullable=False, default=0, server_default=sql_text("0")),
    Column("first_use", Date),
    Column("last_use", Date),
    # What the parser / embedded metadata said, per field, and where each effective value
    # came from ("parsed", "embedded" or "manual"): only what the columns do not say
    # (``db.fields``).
    Column("parsed", JSON, nullable=False, default=dict),
    Column("origins", JSON, nullable=False, default=dict),
    Column("created_at", DateTime, nullable=False, server_default=func.now()),
    # Near-duplicate blocking reads every caption with one licensor and one date.
    Index("ix_caption_licensor_date", "licensor", "date"),
    # The credit report without a period aggregates captions by their use statistics. These
    # covering indexes let SQLite walk each grouping in order instead of sorting a million
    # rows. PostgreSQL hashes its groups, so there they stay empty (WHERE false): no write
    # cost, and no B-tree row size limit on a long credit.
    _postgresql_where(Index("ix_caption_report_licensor", *REPORT_LICENSOR_INDEX), "false"),
    _postgresql_where(Index("ix_caption_report_credit", *REPORT_CREDIT_INDEX), "false"),
    # The browser sorts by these columns (migration 0004). Empty on PostgreSQL, where a B-tree
    # entry cannot hold a long text: there a sort by them sorts.
    _postgresql_where(Index("ix_caption_location", "location"), "false"),
    _postgresql_where(Index("ix_caption_description", "description"), "false"),
    # Facet counts of a filtered view read the five facet columns of each matching caption
    # from this narrow index (seeked by id, migration 0005) instead of one wide table page per
    # caption. Empty on PostgreSQL, which reads the rows it selects.
    _postgresql_where(
        Index("ix_caption_facets", "id", "licensor", "agency", "photographer", "country", "year"),
        "false",
    ),
)
Caption = caption_table.c

# One appearance of a caption in an article: licensing counts these.
use_table = Table(
    "caption_use",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("caption_id", ForeignKey("caption.id"), nullable=False, index=True),
    # Indexed by the unique pair, which leads with it (migration 0009).
    Column("article_id", ForeignKey("article.id"), nullable=False),
    Column("position", Integer, nullable=False),
    # Set when a recrawl of the article no longer holds the caption. The use still counts:
    # the photo was published.
    Column("removed_at", DateTime),
    # A caption printed twice in one article is one use; a recrawl that moved it is still it.
    UniqueConstraint("article_id", "caption_id", name="uq_caption_use_article_caption"),
)
Use = use_table.c

# Two captions that differ by a word or a typo: a person confirms or rejects the link.
possible_duplicate_table = Table(
    "possible_duplicate",
    metadata,
    Column("id", Integer, primary_key=True),
    # The newer; indexed by the unique pair, which leads with it (migration 0009).
    Column("caption_id", ForeignKey("caption.id"), nullable=False),
    Column("other_id", ForeignKey("caption.id"), nullable=False, index=True),  # the older
    Column("score", Float, nullable=False),
    Column("status", String(10), nullable=False, default="open", index=True),
    Column("decided_at", DateTime),
    UniqueConstraint("caption_id", "other_id", name="uq_possible_duplicate_pair"),
)
PossibleDuplicate = possible_duplicate_table.c

# A caption waiting for the near-duplicate search (see ``db.duplicates``). Ingest queues each
# new caption in the transaction that stores it and runs the search once at the end of the
# run, so a killed run leaves its captions queued for the next one.
duplicate_check_table = Table(
    "duplicate_check",
    metadata,
    Column("caption_id", ForeignKey("caption.id"), primary_key=True),
)
DuplicateCheck = duplicate_check_table.c

# A caption whose use statistics await a recount (see ``db.use_stats.flush_use_counts``).
# Each ingest batch queues the captions it added uses to, in its own transaction; the queue
# is recounted once at the end of the run, so a popular caption is rewritten once per run
# rather than once per batch, and a killed run leaves its captions queued.
use_count_check_table = Table(
    "use_count_check",
    metadata,
    Column("caption_id", ForeignKey("caption.id"), primary_key=True),
)
UseCountCheck = use_count_check_table.c

# A person's change to one field of a caption. Never overwritten by ingest or reparse. The
# newest active (not reverted) correction of a field wins. Undo marks it reverted. A confirmed
# duplicate is the correction ``field="merged_into"``.
correction_table = Table(
    "correction",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("caption_id", ForeignKey("caption.id"), nullable=False),
    Column("field", String(32), nullable=False),
    Column("value", Text),
    Column("previous", Text),
    Column("author", String(100)),
    Column("created_at", DateTime, nullable=False, server_default=func.now()),
    Column("reverted_at", DateTime),
    Index("ix_correction_caption_field", "caption_id", "field"),
)
Correction = correction_table.c
