"""Which stored article an article read from a source is, and whether it changed.

An article is identified by its canonical URL when it has one, normalised so that a recrawl
reached through a tracking link or with another host case is the same page; else by the text
the reader extracted (title, captions, body). Never by raw bytes: a recrawl that differs by an
HTML comment or an ad slot must not become a second article and double every use.

The *fingerprint* hashes what the reader extracted; two captures of one URL with different
fingerprints are a changed article, which updates the stored one.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from datetime import date
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Query parameters that say how a reader arrived, not which page it is.
_TRACKING_PREFIXES = ("utm_", "mc_", "pk_", "hsa_")
_TRACKING = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "gclsrc",
        "msclkid",
        "yclid",
        "igshid",
        "twclid",
        "_ga",
        "_gl",
        "cmpid",
        "ocid",
        "smid",
        "sr_share",
        "at_medium",
        "at_campaign",
    }
)
_DEFAULT_PORTS = {"http": 80, "https": 443}


# An address that is already its own identity but for the scheme and a trailing slash: a
# lower-case host of ASCII labels (no port, no user, no trailing dot), then a path of URL
# characters with no query, fragment, white space or escape. Most articles' URLs are so.
_PLAIN_URL = re.compile(
    r"https?://([a-z0-9-]+(?:\.[a-z0-9-]+)*)(/[A-Za-z0-9._~!$&'()*+,;=:@%/-]*)?"
)


def normalise_url(url: str) -> str | None:
    """The URL as an identity, or None when it is not an absolute web address.

    http and https name one page (sites move to https; archives hold both), the host's case
    and a default port do not matter, nor does a trailing slash, a fragment, or a tracking
    parameter; the remaining parameters are sorted (their order never selects a page).
    """
    url = url.strip()
    plain = _PLAIN_URL.fullmatch(url)
    if plain is not None:
        # What the parse below gives such an address, built directly: splitting it, its query
        # and joining it again cost about 10 µs an article (a tenth of the text reader's work
        # for a JSON lines article); a test holds the two equal.
        return f"https://{plain[1]}{(plain[2] or '').rstrip('/') or '/'}"
    return _parsed_url(url)


def _parsed_url(url: str) -> str | None:
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").rstrip(".")
    if scheme not in _DEFAULT_PORTS or not host:
        return None
    netloc = host if port in (None, *_DEFAULT_PORTS.values()) else f"{host}:{port}"
    path = parts.path.rstrip("/") or "/"
    query = sorted(
        (name, value)
        for name, value in parse_qsl(parts.query, keep_blank_values=True)
        if name.lower() not in _TRACKING and not name.lower().startswith(_TRACKING_PREFIXES)
    )
    return urlunsplit(("https", netloc, path, urlencode(query), ""))


def _digest(kind: str, parts: Iterable[str]) -> str:
    digest = hashlib.sha256(kind.encode())
    for part in parts:
        digest.update(b"\x00")
        digest.update(part.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def url_identity(url: str | None) -> str | None:
    """The identity of an article with this URL, or None when it has no usable one."""
    normal = normalise_url(url) if url else None
    return _digest("url", (normal,)) if normal else None


# The white space ``str.split`` breaks an ASCII text at, besides the space itself.
_ASCII_BREAKS = tuple(char for char in map(chr, range(128)) if char.isspace() and char != " ")


# Below this length ``str.isprintable`` (one pass that turns away every control character,
# the ASCII breaks among them) is cheaper than a scan for each break: a caption, a title.
_SHORT = 400


def collapse_space(text: str) -> str:
    """``text`` with every run of white space one space, trimmed (what ``" ".join(text.split())``
    gives). A text already so (the text reader's body and captions) is returned as it stands:
    the test is a few C-level scans, where splitting and joining a 4 kB body costs some 20 µs
    (a caption 1.3 µs, its test 0.7)."""
    if (
        text.isascii()
        and "  " not in text
        and text[:1] != " "
        and text[-1:] != " "
        and (
            text.isprintable()
            if len(text) < _SHORT
            else not any(char in text for char in _ASCII_BREAKS)
        )
    ):
        return text
    return " ".join(text.split())


def fingerprint(
    *,
    title: str | None,
    byline: str | None,
    published: date | None,
    captions: Iterable[str],
    body: str,
) -> str:
    """A hash of what the reader extracted, blind to white space."""
    fields = (title or "", byline or "", published.isoformat() if published else "")
    return _digest(
        "text",
        (*map(collapse_space, fields), *map(collapse_space, captions), collapse_space(body)),
    )
