"""Agencies printed as their web address ("Photo: Shutterstock.com", "FOTO: Name /KESTREL.COM"):
the registry resolves a known name written with its site's domain endings to that name, for
every entry (shipped or a user's), so no agency needs a ".com" alias of its own. A site the
registry does not know is kept as printed. Captions written for these tests (names invented)."""

from __future__ import annotations

from pathlib import Path

import pytest

from catalog.parsing import parse_caption
from catalog.parsing.registry import load_registry, shipped_registry
from tests.parsing.test_credit_shapes import Expected, _check, _table

DOMAIN_FORM: list[tuple[str, str, Expected]] = [
    (
        "es-caps-domain-after-name",
        "Manifestantes cruzan el puente. FOTO: LUCÍA ORTEGA /CUARTOSCURO.COM",
        {"agency": "Cuartoscuro", "photographer": "Lucía Ortega"},
    ),
    (
        "en-stock-site-alone",
        "A ferry crosses the bay at dusk. Photo: Shutterstock.com",
        {"agency": "Shutterstock", "photographer": None},
    ),
    (
        "en-stock-site-bare-after-caption",
        "A ferry crosses the bay at dusk. Shutterstock.com",
        {"agency": "Shutterstock", "credit": "Shutterstock.com"},
    ),
    (
        "de-wire-country-domain",
        "Ein Güterzug fährt über die Brücke. Foto: dpa.de",
        {"agency": "dpa", "photographer": None},
    ),
    (
        "it-wire-country-domain",
        "Il porto all'alba. Foto: ANSA.it",
        {"agency": "ANSA", "photographer": None},
    ),
    (
        "fr-www-and-domain",
        "Le marché du dimanche. Photo: www.AFP.com",
        {"agency": "AFP", "photographer": None},
    ),
    (
        "es-two-domain-endings",
        "Vista del lago al amanecer. Foto: Cuartoscuro.com.mx",
        {"agency": "Cuartoscuro"},
    ),
    (
        "de-stock-site-after-name",
        "Ein Leuchtturm an der Küste. Foto: Jana Kestrel/Alamy.com",
        {"agency": "Alamy", "photographer": "Jana Kestrel"},
    ),
    # A site writes a name of several words without its spaces: "lemonde.fr" is Le Monde.
    (
        "fr-paper-site-without-spaces",
        "La plage au petit matin. Photo : lemonde.fr",
        {"agency": "Le Monde"},
    ),
    (
        "en-paper-site-without-the",
        "The harbour at dawn. Photo: washingtonpost.com",
        {"agency": "The Washington Post"},
    ),
    # Neighbours: an unknown site stays as printed, names already read stay as they were.
    (
        "unknown-site-kept-as-printed",
        "Der Hafen im Nebel. Foto: Kestrelbild.de",
        {"agency": "Kestrelbild.de"},
    ),
    (
        "dotted-service-unchanged",
        "Soldiers cross the field. Photo: U.S. Army",
        {"agency": "U.S. Army"},
    ),
    (
        "site-in-sentence-is-no-credit",
        "Volunteers built the page for the festival at kestrelfest.com",
        {"agency": None, "credit": None},
    ),
]


@_table(DOMAIN_FORM)
def test_domain_form_credits(caption: str, expected: Expected) -> None:
    _check(caption, expected)


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("Shutterstock.com", "Shutterstock"),
        ("SHUTTERSTOCK.COM", "Shutterstock"),
        ("www.shutterstock.com", "Shutterstock"),
        ("Reuters.co.uk", "Reuters"),
        ("dpa.de", "dpa"),
        ("Kyodo.jp", "Kyodo"),
        # an alias printed as a site keeps resolving, and so does its bare form
        ("Kompas.com", "Kompas"),
        ("elpais.com", "El País"),
    ],
)
def test_registry_reads_a_site_as_its_agency(written: str, canonical: str) -> None:
    assert shipped_registry().canonical(written) == canonical


@pytest.mark.parametrize(
    "written",
    # not domains: an unknown site, a dotted abbreviation, a name with a space, a bare ending
    ["Kestrelpix.com", "A.F.P.", "Reuters .com", "com", ".com", "Reuters.Kestrel"],
)
def test_registry_leaves_other_dotted_names_alone(written: str) -> None:
    assert shipped_registry().canonical(written) is None


def test_a_users_agency_is_known_by_its_site(tmp_path: Path) -> None:
    extra = tmp_path / "agencies.toml"
    extra.write_text('[[agency]]\nname = "Kestrel Pix"\nkind = "wire"\naliases = ["KestrelPix"]\n')
    registry = load_registry(extra)
    parsed = parse_caption("Boats in the harbour. Photo: KestrelPix.net", registry=registry)
    assert parsed.agency == "Kestrel Pix"
