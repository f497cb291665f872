"""One error family for every surface: the CLI prints it on one line and exits 2, the TUI notifies."""

from __future__ import annotations


class CatalogError(Exception):
    """A problem the user can act on (bad input, unreachable database, ...), never a bug."""

    title = "Error"

    def __init__(self, message: str, title: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if title is not None:
            self.title = title

    def __str__(self) -> str:
        return self.message


class SourceError(CatalogError):
    """A file that cannot be read as an article source (binary, undecodable, truncated, empty)."""

    title = "Unreadable source"


class DatabaseError(CatalogError):
    """The database cannot be opened, is locked, or has a schema this version cannot use."""

    title = "Database error"
