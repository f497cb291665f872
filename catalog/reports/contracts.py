"""Licensing contracts: a user's TOML file of quotas and prices per licensor.

    currency = "EUR"                  # optional default for every contract

    [licensors.Reuters]
    monthly_quota = 100               # uses per month at price_per_use
    price_per_use = 0                 # each use within the quota (every use without one)
    over_quota_price = 25             # each use beyond the quota (default: price_per_use)

    [licensors."Getty Images"]
    price_per_photo = 40              # charged once per distinct photo in a month
    currency = "USD"

A month's amount owed is ``price_per_use * (uses - over) + over_quota_price * over +
price_per_photo * photos``, where ``over = max(0, uses - monthly_quota)``; every key is
optional. Without ``over_quota_price`` a use beyond the quota costs what any use costs: the
quota is then only flagged. The older key ``over_quota_price_per_use`` was a surcharge on top
of ``price_per_use``, and is read so (``over_quota_price = price_per_use + surcharge``).
Licensor names match the catalog's licensor case-insensitively; a name the catalog never saw
is warned about with the nearest one it knows (``unseen_licensors``).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from catalog.errors import CatalogError

_PRICES = ("price_per_use", "price_per_photo", "over_quota_price", "over_quota_price_per_use")
_KEYS = {"monthly_quota", "currency", *_PRICES}
# How alike a contract's licensor and a catalog licensor must be to be offered as a fix (0-100).
_NEAREST_SCORE = 60


@dataclass(frozen=True)
class Contract:
    licensor: str
    monthly_quota: int | None = None
    price_per_use: Decimal | None = None
    price_per_photo: Decimal | None = None
    over_quota_price: Decimal | None = None  # None: price_per_use
    currency: str | None = None

    def over_quota(self, uses: int) -> int:
        if self.monthly_quota is None:
            return 0
        return max(0, uses - self.monthly_quota)

    def owed(self, uses: int, photos: int, over_quota: int) -> Decimal | None:
        """The amount for one month, or None when the contract sets no price."""
        prices = (self.price_per_use, self.price_per_photo, self.over_quota_price)
        if all(price is None for price in prices):
            return None
        per_use = self.price_per_use or Decimal(0)
        over_price = per_use if self.over_quota_price is None else self.over_quota_price
        amount = per_use * (uses - over_quota) + over_price * over_quota
        if self.price_per_photo is not None:
            amount += self.price_per_photo * photos
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
    prices = {key: _price(path, licensor, key, table[key]) for key in _PRICES if key in table}
    surcharge = prices.pop("over_quota_price_per_use", None)
    if surcharge is not None:
        if "over_quota_price" in prices:
            raise CatalogError(
                f"{path}: {licensor} sets over_quota_price and over_quota_price_per_use: "
                "keep over_quota_price (the whole price of a use beyond the quota)"
            )
        prices["over_quota_price"] = prices.get("price_per_use", Decimal(0)) + surcharge
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


@dataclass(frozen=True)
class UnseenLicensor:
    """A licensor the contracts file names and the catalog never saw (a typo, or a name the
    registry spells otherwise), with the closest licensor the catalog does hold."""

    licensor: str
    nearest: str | None

    @property
    def warning(self) -> str:
        nearest = f"; did you mean {self.nearest}?" if self.nearest else ""
        return f"the contracts file names {self.licensor}, which the catalog never saw{nearest}"


def unseen_licensors(contracts: Contracts, known: list[str]) -> tuple[UnseenLicensor, ...]:
    from rapidfuzz import fuzz, process, utils

    held = {name.lower() for name in known}
    unseen = []
    for name in contracts.licensors:
        if name.lower() in held:
            continue
        match = process.extractOne(
            name, known, scorer=fuzz.WRatio, processor=utils.default_process,
            score_cutoff=_NEAREST_SCORE,
        )  # fmt: skip
        unseen.append(UnseenLicensor(name, match[0] if match else None))
    return tuple(unseen)


def load_contracts(path: Path | str) -> Contracts:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise CatalogError(f"cannot read contracts file {path}: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise CatalogError(f"contracts file {path} is not UTF-8 text") from None
    return parse_contracts(text, path)
