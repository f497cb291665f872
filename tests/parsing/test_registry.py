"""The agency registry is data: shipped names and aliases, plus a user's own file."""

from __future__ import annotations

import pickle
import tomllib
from importlib import resources
from pathlib import Path

import pytest

from catalog.errors import CatalogError
from catalog.parsing import parse_caption, parse_credit
from catalog.parsing.registry import (
    DATE_ORDERS,
    KINDS,
    Agency,
    current_registry,
    load_registry,
    shipped_registry,
    use_registry,
)
from catalog.settings import install_user_registry


@pytest.mark.parametrize(
    ("written", "canonical", "kind"),
    [
        ("Associated Press", "AP", "wire"),
        ("AP Photo", "AP", "wire"),
        ("REUTERS", "Reuters", "wire"),
        ("Agence France-Presse", "AFP", "wire"),
        ("Getty", "Getty Images", "distributor"),
        ("EPA/EFE", "EPA-EFE", "wire"),
        ("Anadolu Agency", "Anadolu", "wire"),
        ("ZUMA Press Wire", "ZUMA", "wire"),
        ("Sipa USA", "Sipa", "wire"),
        ("Rex Features", "Shutterstock", "distributor"),
        ("PA Wire", "PA", "wire"),
        ("New York Times", "The New York Times", "publication"),
        ("Imagn", "USA Today Sports", "distributor"),
        ("KCNA", "KCNA", "handout"),
    ],
    ids=lambda value: str(value),
)
def test_shipped_aliases(written: str, canonical: str, kind: str) -> None:
    registry = shipped_registry()
    assert registry.canonical(written) == canonical
    assert registry.kind(canonical) == kind


def test_every_shipped_entry_loads_and_resolves() -> None:
    """The data file's schema: each entry has a name, a known kind and date order, and every
    name and alias resolves to its own entry (no alias claimed by two agencies)."""
    text = resources.files("catalog.parsing").joinpath("data/agencies.toml").read_text("utf-8")
    entries = tomllib.loads(text)["agency"]
    registry = shipped_registry()
    assert len(registry) == len(entries)
    for entry in entries:
        assert set(entry) <= {"name", "kind", "aliases", "dates"}, entry["name"]
        assert entry.get("kind", "wire") in KINDS
        assert entry.get("dates", "month-first") in DATE_ORDERS
        for written in (entry["name"], *entry.get("aliases", [])):
            assert registry.canonical(written) == entry["name"], written


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("Agência Brasil", "Agencia Brasil"),
        ("AGÊNCIA BRASIL", "Agencia Brasil"),
        ("Telam", "Télam"),
        ("Hurriyet", "Hürriyet"),
        # RIA Novosti prints its own name; Sputnik is the brand it sells abroad under.
        ("РИА Новости", "RIA Novosti"),
        ("RIA Novosti", "RIA Novosti"),
        ("Sputnik Грузия", "Sputnik"),
        ("İhlas Haber Ajansı", "IHA"),
        ("ТАСС", "TASS"),
        ("연합뉴스", "Yonhap"),
        ("GETTY IMAGES EUROPE", "Getty Images"),
        ("Reportage by Getty Images", "Getty Images"),
        ("Press Association Images", "PA"),
    ],
    ids=lambda value: str(value),
)
def test_printed_variants_resolve(written: str, canonical: str) -> None:
    """Accents are folded like case (a newsroom prints "Agência" or "Agencia"); scripts without
    accents (Cyrillic, Hangul) keep their letters."""
    assert shipped_registry().canonical(written) == canonical


def test_a_registry_crosses_to_an_ingest_worker_whole() -> None:
    # The ingest pipeline pickles the installed registry into each worker process; the
    # compiled build (setup.py) pickles it by what it was built from.
    shipped = shipped_registry()
    sent = pickle.loads(pickle.dumps(shipped))
    assert len(sent) == len(shipped)
    for written in ("AP Photo", "KOMPAS.COM", "www.kompas.com", "Getty Images Europe", "Initech"):
        assert sent.canonical(written) == shipped.canonical(written)
    assert sent.kind("Kompas") == shipped.kind("Kompas") == "publication"
    credit = "Jo Roe/Kompas.com"
    assert parse_credit(credit, registry=sent) == parse_credit(credit, registry=shipped)
    agency = Agency("Kestrel Wire", "wire", ("KW", "Kestrel"), day_first=True)
    assert pickle.loads(pickle.dumps(agency)) == agency


def test_unknown_organisation_is_not_canonicalised() -> None:
    registry = shipped_registry()
    assert registry.canonical("Kestrel Pictures") is None
    assert registry.kind("Ministry of Culture") == "handout"


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("Fans cheer in Lyon, France, 05/03/2024. AFP/Jean Roux", "2024-03-05"),
        ("Fans cheer in Boston, Mass., 05/03/2024. (AP Photo/Jane Roe)", "2024-05-03"),
    ],
    ids=["day-first-agency", "month-first-agency"],
)
def test_date_order_is_registry_data(caption: str, expected: str) -> None:
    assert parse_caption(caption).date == expected


def test_a_users_agency_can_write_dates_day_first(tmp_path: Path) -> None:
    extra = tmp_path / "agencies.toml"
    extra.write_text(
        '[[agency]]\nname = "Harbor Daily"\nkind = "publication"\ndates = "day-first"\n',
        encoding="utf-8",
    )
    registry = load_registry(extra)
    caption = "Boats in the bay of Naples, Italy, 05/03/2024. Ana Ruiz/Harbor Daily"
    assert parse_caption(caption, registry=registry).date == "2024-03-05"
    assert parse_caption(caption, registry=shipped_registry()).date == "2024-05-03"


def test_user_file_adds_agencies(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    extra = tmp_path / "agencies.toml"
    extra.write_text(
        '[[agency]]\nname = "Kestrel Pictures"\nkind = "wire"\naliases = ["KP", "Kestrel"]\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("CATALOG_AGENCIES", str(extra))
    assert parse_credit("Ana Ruiz/Kestrel").unknown_organisations == ("Kestrel",)
    install_user_registry()
    credit = parse_credit("Ana Ruiz/Kestrel")
    assert credit.agency == "Kestrel Pictures"
    assert credit.unknown_organisations == ()
    assert current_registry().kind("Kestrel Pictures") == "wire"
    use_registry(None)
    assert parse_credit("Ana Ruiz/Kestrel").unknown_organisations == ("Kestrel",)


def test_a_registry_passed_in_wins_over_the_installed_one(tmp_path: Path) -> None:
    extra = tmp_path / "agencies.toml"
    extra.write_text('[[agency]]\nname = "Owl Wire"\naliases = ["OWLW"]\n', encoding="utf-8")
    registry = load_registry(extra)
    assert parse_credit("Ana Ruiz/OWLW", registry).agency == "Owl Wire"
    assert parse_credit("Ana Ruiz/OWLW").agency == "OWLW"


def test_user_file_in_data_dir_is_found(isolated_environment: Path) -> None:
    isolated_environment.mkdir(parents=True, exist_ok=True)
    (isolated_environment / "agencies.toml").write_text(
        '[[agency]]\nname = "Harbor Daily"\nkind = "publication"\n', encoding="utf-8"
    )
    assert install_user_registry().canonical("harbor daily") == "Harbor Daily"


@pytest.mark.parametrize(
    "content",
    [
        "[[agency]]\nkind = 'wire'\n",
        "[[agency]]\nname = 'X'\nkind = 'spy'\n",
        "[[agency]]\nname = 'X'\ndates = 'sideways'\n",
        "not toml =",
    ],
    ids=["no-name", "bad-kind", "bad-date-order", "bad-toml"],
)
def test_bad_user_file_is_a_clear_error(tmp_path: Path, content: str) -> None:
    extra = tmp_path / "agencies.toml"
    extra.write_text(content, encoding="utf-8")
    with pytest.raises(CatalogError):
        load_registry(extra)


def test_missing_user_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(CatalogError):
        load_registry(tmp_path / "absent.toml")
