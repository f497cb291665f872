"""Where things live: database URL and data directory, each overridable by the environment.

Precedence for the database: ``--db`` > ``CATALOG_DB`` > a SQLite file in the user data dir.
``CATALOG_DATA_DIR`` moves the data directory (tests point it at a temporary folder).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "caption-catalog"


def data_dir() -> Path:
    override = os.environ.get("CATALOG_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME))
    path.mkdir(parents=True, exist_ok=True)
    return path


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
        candidate = data_dir() / default_name
        return candidate if candidate.exists() else None

    return UserFiles(
        agencies=pick("CATALOG_AGENCIES", "agencies.toml"),
        contracts=pick("CATALOG_CONTRACTS", "contracts.toml"),
    )
