"""The agency registry: canonical names, aliases and kinds, loaded from data files.

The shipped file is ``data/agencies.toml``; a user adds or overrides agencies in a file of the
same shape without touching code. Parsing never looks for that file itself (it reads no settings
and touches nothing but its own package data): the application loads it with ``load_registry``
where it starts (CLI, ingest and its workers, TUI) and installs it with ``use_registry``; every
parse then uses it unless a registry is passed in explicitly.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from catalog.errors import CatalogError
from catalog.parsing import pattern_cache
from catalog.parsing.characters import without_accents
from catalog.parsing.data_files import read_toml

KINDS = ("wire", "distributor", "publication", "handout")
# How an agency writes numeric dates: "day-first" ("05/03/2024" is 5 March: European, Latin
# American, Middle Eastern and Asian wires) or "month-first" (the default: US style).
DATE_ORDERS = ("month-first", "day-first")

# Words that make an unknown organisation look like a government or institutional source that
# hands photos out (so its photos carry the "handout" role).
_HANDOUT_WORDS = pattern_cache.compile(
    r"\b(?:office|ministry|army|navy|air force|military|government|presidency|presidential|"
    r"supreme leader|website|press service|department|embassy|police|handout|forces|"
    r"marine corps|coast guard|national guard|kremlin|white house)\b",
    re.IGNORECASE,
)


_NOT_WORD = pattern_cache.compile(r"[^\w&]+")


def fold(name: str) -> str:
    """The matching key of a name: case, accents, punctuation, spacing and a leading "The"
    ignored (newsrooms print "Agência Brasil" and "Agencia Brasil", "Télam" and "Telam")."""
    key = name.casefold()
    if not key.isascii():
        key = without_accents(key)
    key = _NOT_WORD.sub(" ", key).strip()
    if key.startswith("the "):
        key = key[4:]
    return key


def _without_web_domain(name: str, domains: frozenset[str]) -> str | None:
    """``name`` without the web domain it is printed with ("Shutterstock.com",
    "CUARTOSCURO.COM", "www.kestrelphoto.com.mx" give the site's own name), or None when it is
    not written as a domain: one word of dot-separated labels whose last ones are domain
    suffixes."""
    written = name.strip()
    if not written or any(ch.isspace() for ch in written):
        return None
    labels = written.split(".")
    if labels[0].casefold() == "www":
        labels = labels[1:]
    end = len(labels)
    while end > 1 and labels[end - 1].casefold() in domains:
        end -= 1
    if end == len(labels) or not all(labels[:end]):
        return None
    return ".".join(labels[:end])


@dataclass(frozen=True)
class Agency:
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    day_first: bool = False

    def __reduce__(self) -> tuple[type[Agency], tuple[str, str, tuple[str, ...], bool]]:
        # Pickled by its fields: compiled by mypyc (setup.py), a frozen dataclass has no
        # __dict__ for pickle to fill, and its fields refuse to be set after __init__.
        return (Agency, (self.name, self.kind, self.aliases, self.day_first))


class Registry:
    """Lookups over a set of agencies: alias or canonical name -> canonical name -> kind."""

    def __init__(self, agencies: list[Agency], web_domains: frozenset[str] = frozenset()) -> None:
        self._web_domains = web_domains
        self._squeezed: dict[str, Agency] | None = None
        self._by_key: dict[str, Agency] = {}
        self._by_name: dict[str, Agency] = {}
        self._memo: dict[str, str | None] = {}
        for agency in agencies:
            self._by_name[agency.name] = agency
            for written in (agency.name, *agency.aliases):
                self._by_key[fold(written)] = agency
                # An alias printed as a site ("Kompas.com") is also known by the site's name;
                # a name the registry holds already keeps its own entry.
                bare = _without_web_domain(written, web_domains)
                if bare is not None:
                    self._by_key.setdefault(fold(bare), agency)
        # The last word of every key: a quick "no" for text that cannot end a known name.
        self._last_words = frozenset(key.rpartition(" ")[2] for key in self._by_key)
        self._may_end_memo: dict[str, bool] = {}

    def __len__(self) -> int:
        return len(self._by_name)

    def __reduce__(self) -> tuple[type[Registry], tuple[list[Agency], frozenset[str]]]:
        # Sent to each ingest worker once: pickled as what it was built from, and built again
        # there (compiled by mypyc, a class has no __dict__ for pickle to fill).
        return (Registry, (list(self._by_name.values()), self._web_domains))

    def canonical(self, name: str) -> str | None:
        """The canonical name of a known organisation, or None when the registry lacks it."""
        # Memoised: the same few hundred names are looked up for every caption.
        try:
            return self._memo[name]
        except KeyError:
            pass
        agency = self._lookup(name)
        result = agency.name if agency else None
        if len(self._memo) < 100_000:
            self._memo[name] = result
        return result

    def _lookup(self, name: str) -> Agency | None:
        """The entry of ``name`` as written, else of the site's name when it is printed as a
        web domain ("Shutterstock.com" is Shutterstock): a rule over the registry, so every
        agency's site resolves without an alias of its own."""
        agency = self._by_key.get(fold(name))
        if agency is None and "." in name:
            bare = _without_web_domain(name, self._web_domains)
            if bare is not None:
                key = fold(bare)
                # a site writes its name without spaces: "lemonde.fr" is Le Monde
                agency = self._by_key.get(key) or self._by_squeezed_key().get(key)
        return agency

    def _by_squeezed_key(self) -> dict[str, Agency]:
        """Every key without its spaces ("lemonde" for "le monde"), built when first needed."""
        if self._squeezed is None:
            self._squeezed = {}
            for key, agency in self._by_key.items():
                self._squeezed.setdefault(key.replace(" ", ""), agency)
        return self._squeezed

    @property
    def keys(self) -> frozenset[str]:
        """The matching key (``fold``) of every name and alias."""
        return frozenset(self._by_key)

    def may_end_name(self, word: str) -> bool:
        """False when no known name can end with ``word`` (a last word of caption text).

        Folding is word by word, so the key of any text ending in ``word`` ends with the last
        word of ``word``'s key (when it has one: "—" folds to nothing and proves nothing).
        """
        try:
            return self._may_end_memo[word]
        except KeyError:
            pass
        key = fold(word)
        result = not key or key.rpartition(" ")[2] in self._last_words
        if not result and "." in word:
            result = self._lookup(word) is not None
        if len(self._may_end_memo) < 100_000:
            self._may_end_memo[word] = result
        return result

    def kind(self, canonical: str) -> str:
        """The kind of an organisation; for unknown ones, a guess from the words of its name."""
        agency = self._by_name.get(canonical) or self._lookup(canonical)
        if agency is not None:
            return agency.kind
        return "handout" if _HANDOUT_WORDS.search(canonical) else "publication"

    def is_known(self, name: str) -> bool:
        return self._lookup(name) is not None

    def writes_day_first(self, canonical: str | None) -> bool:
        """Whether the organisation writes numeric dates day first ("05/03/2024" is 5 March)."""
        if not canonical:
            return False
        agency = self._by_name.get(canonical) or self._lookup(canonical)
        return agency is not None and agency.day_first


def _parse_agencies(data: dict[str, Any], origin: str) -> list[Agency]:
    entries = data.get("agency", [])
    if not isinstance(entries, list):
        raise CatalogError(f"{origin}: expected [[agency]] tables", title="Bad agencies file")
    agencies = []
    for number, entry in enumerate(entries, start=1):
        name = entry.get("name") if isinstance(entry, dict) else None
        if not isinstance(name, str) or not name.strip():
            raise CatalogError(f"{origin}: agency #{number} has no name", title="Bad agencies file")
        kind = entry.get("kind", "wire")
        if kind not in KINDS:
            raise CatalogError(
                f"{origin}: agency {name!r} has kind {kind!r}; use one of {', '.join(KINDS)}",
                title="Bad agencies file",
            )
        aliases = entry.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise CatalogError(
                f"{origin}: aliases of {name!r} must be strings", title="Bad agencies file"
            )
        dates = entry.get("dates", "month-first")
        if dates not in DATE_ORDERS:
            raise CatalogError(
                f"{origin}: agency {name!r} has dates {dates!r}; use one of {', '.join(DATE_ORDERS)}",
                title="Bad agencies file",
            )
        agencies.append(
            Agency(
                name.strip(),
                kind,
                tuple(a.strip() for a in aliases),
                day_first=dates == "day-first",
            )
        )
    return agencies


def load_registry(extra_file: Path | None = None) -> Registry:
    """The shipped registry, plus (overriding it) the agencies of ``extra_file`` if given."""
    shipped = read_toml("data/agencies.toml")
    agencies = _parse_agencies(shipped, "agencies.toml")
    if extra_file is not None:
        try:
            data = tomllib.loads(extra_file.read_text("utf-8"))
        except OSError as exc:
            raise CatalogError(
                f"cannot read {extra_file}: {exc.strerror}", title="Bad agencies file"
            ) from exc
        except tomllib.TOMLDecodeError as exc:
            raise CatalogError(f"{extra_file}: {exc}", title="Bad agencies file") from exc
        agencies.extend(_parse_agencies(data, str(extra_file)))
    return Registry(agencies, frozenset(d.casefold() for d in shipped.get("web_domains", [])))


@cache
def shipped_registry() -> Registry:
    """The agencies shipped with the package (read from its own data, once)."""
    return load_registry(None)


_installed: Registry | None = None


def use_registry(registry: Registry | None) -> None:
    """Make ``registry`` the one every parse uses when none is passed in.

    The application calls this where it starts, with the shipped agencies merged with the
    user's file; ``None`` goes back to the shipped registry.
    """
    global _installed
    _installed = registry


def current_registry() -> Registry:
    """The installed registry, else the shipped one."""
    return _installed if _installed is not None else shipped_registry()
