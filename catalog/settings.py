"""Where things live: database URL and data directory, each overridable by the environment.

Precedence for the database: ``--db`` > ``CATALOG_DB`` > a SQLite file in the user data dir.
``CATALOG_DATA_DIR`` moves the data directory (tests point it at a temporary folder), and
``CATALOG_CACHE_DIR`` the folder of what the parser keeps between runs to start faster.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

if TYPE_CHECKING:
    from catalog.parsing.registry import Registry

APP_NAME = "caption-catalog"


def data_dir_path() -> Path:
    """The data directory, without creating it (for looking up optional files)."""
    override = os.environ.get("CATALOG_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME))


def data_dir() -> Path:
    """The data directory, created if missing (the default database lives there)."""
    path = data_dir_path()
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_dir_path() -> Path:
    """Where the parser keeps its parsed data files and compiled patterns between runs
    (``catalog.parsing.start_cache``): deleting it costs the next start the time it saves."""
    override = os.environ.get("CATALOG_CACHE_DIR")
    return Path(override) if override else Path(platformdirs.user_cache_dir(APP_NAME))


def default_database_url() -> str:
    return f"sqlite:///{data_dir() / 'catalog.db'}"


def database_url(cli_value: str | None = None) -> str:
    url = cli_value or os.environ.get("CATALOG_DB") or default_database_url()
    if "://" not in url:
        # A bare path is the friendliest way to name a SQLite file.
        url = f"sqlite:///{Path(url).expanduser().resolve()}"
    return url


@dataclass(frozen=True)
class UserFiles:
    """Optional user files: extra agencies for the registry, and licensing contracts."""

    agencies: Path | None
    contracts: Path | None


def user_files() -> UserFiles:
    def pick(env: str, default_name: str) -> Path | None:
        value = os.environ.get(env)
        if value:
            return Path(value).expanduser()
        candidate = data_dir_path() / default_name
        return candidate if candidate.exists() else None

    return UserFiles(
        agencies=pick("CATALOG_AGENCIES", "agencies.toml"),
        contracts=pick("CATALOG_CONTRACTS", "contracts.toml"),
    )


def install_user_registry() -> Registry:
    """Load the shipped agencies merged with the user's file (``CATALOG_AGENCIES``, else
    ``agencies.toml`` in the data directory) and make it the registry every parse and every
    source reader uses. Called where the application starts: the CLI commands that read
    captions, the browser, and each ingest worker (which gets the loaded registry).

    First, the parser is given its cache folder, which its data files are read through and
    its patterns compiled from; before the parser's modules are imported, since they compile
    most of their patterns as they load (importing ``catalog.parsing`` imports none of them)."""
    from catalog.parsing.start_cache import use_cache_folder

    use_cache_folder(cache_dir_path())
    from catalog.parsing.registry import load_registry, use_registry

    registry = load_registry(user_files().agencies)
    use_registry(registry)
    return registry
