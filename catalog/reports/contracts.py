"""Licensing contracts: a user's TOML file of quotas and prices per licensor.

    currency = "EUR"                  # optional default for every contract

    [licensors.Reuters]
    monthly_quota = 100               # uses included per month
    price_per_use = 0                 # charged for every use
    over_quota_price_per_use = 25     # charged for each use beyond the quota

    [licensors."Getty Images"]
    price_per_photo = 40              # charged once per distinct photo in a month
    currency = "USD"

A month's amount owed is ``price_per_use * uses + price_per_photo * photos +
over_quota_price_per_use * max(0, uses - monthly_quota)``; every key is optional. Licensor names
match the catalog's licensor case-insensitively.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from catalog.errors import CatalogError

_KEYS = {
    "monthly_quota",
    "price_per_use",
    "price_per_photo",
    "over_quota_price_per_use",
    "currency",
}


@dataclass(frozen=True)
class Contract:
    licensor: str
    monthly_quota: int | None = None
    price_per_use: Decimal | None = None
    price_per_photo: Decimal | None = None
    over_quota_price_per_use: Decimal | None = None
    currency: str | None = None

    def over_quota(self, uses: int) -> int:
        if self.monthly_quota is None:
            return 0
        return max(0, uses - self.monthly_quota)

    def owed(self, uses: int, photos: int, over_quota: int) -> Decimal | None:
        """The amount for one month, or None when the contract sets no price."""
        prices = (self.price_per_use, self.price_per_photo, self.over_quota_price_per_use)
        if all(price is None for price in prices):
            return None
        amount = Decimal(0)
        if self.price_per_use is not None:
            amount += self.price_per_use * uses
        if self.price_per_photo is not None:
            amount += self.price_per_photo * photos
        if self.over_quota_price_per_use is not None:
            amount += self.over_quota_price_per_use * over_quota
        return amount.quantize(Decimal("0.01"))


@dataclass(frozen=True)
class Contracts:
    by_licensor: dict[str, Contract]  # keyed by lower-case licensor name

    def get(self, licensor: str | None) -> Contract | None:
        return self.by_licensor.get(licensor.lower()) if licensor else None

    @property
    def licensors(self) -> list[str]:
        return [contract.licensor for contract in self.by_licensor.values()]


def _price(path: Path, licensor: str, key: str, value: Any) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise CatalogError(f"{path}: {licensor}.{key} must be a number, not {value!r}")
    try:
        # str() first: Decimal(0.1) would carry the float's binary error into money.
        price = Decimal(str(value))
    except InvalidOperation:
        raise CatalogError(f"{path}: {licensor}.{key} must be a number, not {value!r}") from None
    if price < 0:
        raise CatalogError(f"{path}: {licensor}.{key} cannot be negative")
    return price


def _contract(path: Path, licensor: str, table: Any, currency: str | None) -> Contract:
    if not isinstance(table, dict):
        raise CatalogError(f"{path}: [licensors.{licensor}] must be a table of settings")
    unknown = sorted(set(table) - _KEYS)
    if unknown:
        raise CatalogError(
            f"{path}: unknown setting {', '.join(unknown)} for {licensor} "
            f"(use {', '.join(sorted(_KEYS))})"
        )
    quota = table.get("monthly_quota")
    if quota is not None and (isinstance(quota, bool) or not isinstance(quota, int) or quota < 0):
        raise CatalogError(f"{path}: {licensor}.monthly_quota must be a whole number >= 0")
    prices = {
        key: _price(path, licensor, key, table[key])
        for key in ("price_per_use", "price_per_photo", "over_quota_price_per_use")
        if key in table
    }
    return Contract(
        licensor=licensor,
        monthly_quota=quota,
        currency=str(table.get("currency") or currency or "") or None,
        **prices,
    )


def parse_contracts(text: str, path: Path | str = "<contracts>") -> Contracts:
    path = Path(path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise CatalogError(f"{path}: not valid TOML: {exc}") from None
    unknown = sorted(set(data) - {"currency", "licensors"})
    if unknown:
        raise CatalogError(f"{path}: unknown setting {', '.join(unknown)} (use [licensors.NAME])")
    currency = data.get("currency")
    licensors = data.get("licensors", {})
    if not isinstance(licensors, dict):
        raise CatalogError(f"{path}: 'licensors' must be tables like [licensors.Reuters]")
    contracts = {
        name.lower(): _contract(path, name, table, currency) for name, table in licensors.items()
    }
    return Contracts(contracts)


def load_contracts(path: Path | str) -> Contracts:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise CatalogError(f"cannot read contracts file {path}: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise CatalogError(f"contracts file {path} is not UTF-8 text") from None
    return parse_contracts(text, path)
