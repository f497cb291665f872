"""The parse contract (DESIGN.md, "The parse contract"): frozen results, plain values only."""

from __future__ import annotations

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


class _ParsedCaptionLayout:
    """A plain class with ParsedCaption's slots, in the same order: the parser fills one and
    makes it a ParsedCaption (an object's class may change between classes of one layout)."""

    __slots__ = tuple(item.name for item in fields(ParsedCaption))


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
    """The same object as ``ParsedCaption(...)``, built in a third of the time for the parser,
    which builds one per caption: a frozen dataclass's ``__init__`` sets each field through
    ``object.__setattr__``, and a slot's descriptor called for each costs twice what the rest
    of this does. Here the fields are set as plain attributes of a twin layout (the fastest
    store there is), then the object becomes a ParsedCaption, frozen to its users."""
    parsed: Any = _new(_ParsedCaptionLayout)
    parsed.caption = caption
    parsed.description = description
    parsed.location = location
    parsed.city = city
    parsed.region = region
    parsed.country = country
    parsed.country_code = country_code
    parsed.date = date
    parsed.date_precision = date_precision
    parsed.credit = credit
    parsed.photographer = photographer
    parsed.agency = agency
    parsed.via = via
    parsed.roles = roles
    parsed.unknown_organisations = unknown_organisations
    parsed.__class__ = ParsedCaption
    built: ParsedCaption = parsed
    return built


# What a caption's text says beside its credit, and what its credit says, in DESIGN.md order.
TEXT_FIELDS = ("description", "location", "city", "region", "country", "country_code", "date")
CREDIT_FIELDS = ("credit", "photographer", "agency", "via")
# Fields a person may correct, and that ingest may take from embedded metadata.
EDITABLE_FIELDS = (*TEXT_FIELDS, *CREDIT_FIELDS)
