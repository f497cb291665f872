"""The agency registry is data: shipped names and aliases, plus a user's own file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from catalog.errors import CatalogError
from catalog.parsing import get_registry, parse_credit
from catalog.parsing.credits import read_credit
from catalog.parsing.registry import load_registry


@pytest.fixture
def fresh_registry() -> Iterator[None]:
    """Each test sees the registry its environment defines, then the default comes back."""
    get_registry.cache_clear()
    read_credit.cache_clear()
    yield
    get_registry.cache_clear()
    read_credit.cache_clear()


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
    registry = get_registry()
    assert registry.canonical(written) == canonical
    assert registry.kind(canonical) == kind


def test_unknown_organisation_is_not_canonicalised() -> None:
    registry = get_registry()
    assert registry.canonical("Kestrel Pictures") is None
    assert registry.kind("Ministry of Culture") == "handout"


def test_user_file_adds_agencies(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_registry: None
) -> None:
    extra = tmp_path / "agencies.toml"
    extra.write_text(
        '[[agency]]\nname = "Kestrel Pictures"\nkind = "wire"\naliases = ["KP", "Kestrel"]\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("CATALOG_AGENCIES", str(extra))
    credit = parse_credit("Ana Ruiz/Kestrel")
    assert credit.agency == "Kestrel Pictures"
    assert credit.unknown_organisations == ()
    assert get_registry().kind("Kestrel Pictures") == "wire"


def test_user_file_in_data_dir_is_found(isolated_environment: Path, fresh_registry: None) -> None:
    isolated_environment.mkdir(parents=True, exist_ok=True)
    (isolated_environment / "agencies.toml").write_text(
        '[[agency]]\nname = "Harbor Daily"\nkind = "publication"\n', encoding="utf-8"
    )
    assert get_registry().canonical("harbor daily") == "Harbor Daily"


@pytest.mark.parametrize(
    "content",
    ["[[agency]]\nkind = 'wire'\n", "[[agency]]\nname = 'X'\nkind = 'spy'\n", "not toml ="],
    ids=["no-name", "bad-kind", "bad-toml"],
)
def test_bad_user_file_is_a_clear_error(tmp_path: Path, content: str) -> None:
    extra = tmp_path / "agencies.toml"
    extra.write_text(content, encoding="utf-8")
    with pytest.raises(CatalogError):
        load_registry(extra)


def test_missing_user_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(CatalogError):
        load_registry(tmp_path / "absent.toml")
