"""The names the library accepts: report groupings, report formats, export formats, and the
formats the ingest readers take.

The library checks its arguments against them and the CLI offers them as choices. They live in
this leaf module, which imports nothing, because the CLI needs them when its commands are
declared: importing ``catalog.reports`` for them would load SQLAlchemy on every
``catalog --help``, and ``catalog.ingest.model`` hashlib and urllib on every command.
"""

from __future__ import annotations

GROUPINGS = ("licensor", "agency", "photographer", "month", "article")
REPORT_FORMATS = ("table", "csv", "json", "markdown", "html")
EXPORT_FORMATS = ("csv", "jsonl", "exiftool")
# What ``catalog ingest --format`` reads (``ingest.model.SourceFormat``).
SOURCE_FORMATS = ("text", "html", "jsonl", "csv", "image", "exiftool", "warc")
# The tables of a credit report besides the main one, for a CSV of one of them.
REPORT_SECTIONS = ("uncredited", "unknown", "variants", "handout", "contracts")
