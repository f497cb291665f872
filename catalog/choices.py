"""The names the reports and exports accept: report groupings, report formats, export formats.

The library checks its arguments against them and the CLI offers them as choices. They live in
this leaf module, which imports nothing, because the CLI needs them when its commands are
declared: importing ``catalog.reports`` for them would load SQLAlchemy on every
``catalog --help``.
"""

from __future__ import annotations

GROUPINGS = ("licensor", "agency", "photographer", "month", "article")
REPORT_FORMATS = ("table", "csv", "json", "markdown", "html")
EXPORT_FORMATS = ("csv", "jsonl", "exiftool")
# The tables of a credit report besides the main one, for a CSV of one of them.
REPORT_SECTIONS = ("uncredited", "unknown", "variants", "handout", "contracts")
