"""The parse contract (DESIGN.md, "The parse contract"): frozen results, plain values only."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal

DatePrecision = Literal["day", "month", "year"]

# Flags a credit can carry; a caption's ``roles`` is a sorted tuple of these.
ROLES = ("file", "pool", "handout", "courtesy", "stringer", "staff")


@dataclass(frozen=True, slots=True)
class ParsedCredit:
    """A credit line read on its own: ``Name/AFP via Getty Images`` and the like."""

    credit: str | None = None
    photographer: str | None = None
    agency: str | None = None
    via: str | None = None
    roles: tuple[str, ...] = ()
    # Organisations named in the credit that the agency registry does not know, as written.
    unknown_organisations: tuple[str, ...] = ()

    @property
    def licensor(self) -> str | None:
        return self.via or self.agency


@dataclass(frozen=True, slots=True)
class ParsedCaption:
    """Every field of DESIGN.md for one caption. Missing parts are ``None``, never invented."""

    caption: str
    description: str | None = None
    location: str | None = None
    city: str | None = None
    region: str | None = None
    country: str | None = None
    country_code: str | None = None
    date: str | None = None
    date_precision: DatePrecision | None = None
    credit: str | None = None
    photographer: str | None = None
    agency: str | None = None
    via: str | None = None
    roles: tuple[str, ...] = ()
    unknown_organisations: tuple[str, ...] = field(default=())

    @property
    def licensor(self) -> str | None:
        return self.via or self.agency

    @property
    def agency_known(self) -> bool | None:
        """None when there is no agency; False when the credit names an unknown organisation."""
        if self.agency is None and not self.unknown_organisations:
            return None
        return not self.unknown_organisations

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of ``catalog parse --json``: DESIGN.md's keys plus licensor."""
        data = asdict(self)
        data["roles"] = list(self.roles)
        data["unknown_organisations"] = list(self.unknown_organisations)
        data["licensor"] = self.licensor
        data["agency_known"] = self.agency_known
        return data


def _slot_setters(cls: type) -> tuple[Callable[[object, object], None], ...]:
    """The ``__set__`` of each field's slot descriptor, in field order."""
    return tuple(cls.__dict__[item.name].__set__ for item in fields(cls))


(
    _caption,
    _description,
    _location,
    _city,
    _region,
    _country,
    _country_code,
    _date,
    _date_precision,
    _credit,
    _photographer,
    _agency,
    _via,
    _roles,
    _unknown_organisations,
) = _slot_setters(ParsedCaption)
_new = object.__new__


def new_parsed_caption(
    caption: str,
    description: str | None = None,
    location: str | None = None,
    city: str | None = None,
    region: str | None = None,
    country: str | None = None,
    country_code: str | None = None,
    date: str | None = None,
    date_precision: DatePrecision | None = None,
    credit: str | None = None,
    photographer: str | None = None,
    agency: str | None = None,
    via: str | None = None,
    roles: tuple[str, ...] = (),
    unknown_organisations: tuple[str, ...] = (),
) -> ParsedCaption:
    """The same object as ``ParsedCaption(...)``, built in half the time for the parser, which
    builds one per caption: a frozen dataclass's ``__init__`` sets each of its fields through
    ``object.__setattr__`` (a tenth of a whole parse here); this sets the slots through their
    descriptors, where ``object.__setattr__`` ends up. The class stays frozen to its users."""
    parsed: ParsedCaption = _new(ParsedCaption)
    _caption(parsed, caption)
    _description(parsed, description)
    _location(parsed, location)
    _city(parsed, city)
    _region(parsed, region)
    _country(parsed, country)
    _country_code(parsed, country_code)
    _date(parsed, date)
    _date_precision(parsed, date_precision)
    _credit(parsed, credit)
    _photographer(parsed, photographer)
    _agency(parsed, agency)
    _via(parsed, via)
    _roles(parsed, roles)
    _unknown_organisations(parsed, unknown_organisations)
    return parsed


# What a caption's text says beside its credit, and what its credit says, in DESIGN.md order.
TEXT_FIELDS = ("description", "location", "city", "region", "country", "country_code", "date")
CREDIT_FIELDS = ("credit", "photographer", "agency", "via")
# Fields a person may correct, and that ingest may take from embedded metadata.
EDITABLE_FIELDS = (*TEXT_FIELDS, *CREDIT_FIELDS)
