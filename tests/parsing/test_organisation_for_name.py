"""An organisation's name that opens with its cue word and goes on with "for"/"für"
("Ministry for Culture", "Ministerium für Kultur", "Stiftung für Kunst und Kultur") is one
name: the word alone made no photo for a client called "Culture". A named organisation before
"for" still made the photo for its client ("Getty Images for MTV"). Captions written for these
tests (bodies invented)."""

from __future__ import annotations

from tests.parsing.test_credit_shapes import Expected, _check, _table

ORGANISATION_FOR: list[tuple[str, str, Expected]] = [
    (
        "de-ministry-fuer",
        "Der Minister beim Empfang. Foto: Ministerium für Kultur",
        {"agency": "Ministerium für Kultur", "photographer": None},
    ),
    (
        "de-press-office-then-ministry-fuer",
        "Der Minister. Foto: Pressestelle/Ministerium für Kultur",
        {"agency": "Ministerium für Kultur"},
    ),
    (
        "de-person-then-ministry-fuer",
        "Der Minister. Foto: Hans Müller/Ministerium für Kultur",
        {"agency": "Ministerium für Kultur", "photographer": "Hans Müller"},
    ),
    (
        "de-foundation-fuer",
        "Die Ausstellung. Foto: Stiftung für Kunst und Kultur",
        {"agency": "Stiftung für Kunst und Kultur"},
    ),
    (
        "en-ministry-for",
        "The minister opens the museum. Photo: Ministry for Culture",
        {"agency": "Ministry for Culture"},
    ),
    # Neighbours: a named organisation or a person before "for" keeps the client reading.
    (
        "en-known-agency-for-client",
        "Guests arrive at the gala. Photo: Getty Images for MTV",
        {"agency": "Getty Images"},
    ),
    (
        "en-named-studio-for-client",
        "Guests arrive at the gala. Photo: Kestrel Studios for Vogue",
        {"agency": "Kestrel Studios"},
    ),
    (
        "en-person-for-paper",
        "Guests arrive at the gala. Photo: Jo Roe for The New York Times",
        {"agency": "The New York Times", "photographer": "Jo Roe"},
    ),
]


@_table(ORGANISATION_FOR)
def test_organisation_for_name(caption: str, expected: Expected) -> None:
    _check(caption, expected)
