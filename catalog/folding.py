"""Text folding, in one place: when two caption texts are one.

Two questions, one set of rules:

- Within one article, the readers fold the copies of a caption (alt text and figure caption,
  a copy without its credit, a cut copy, one in other case or quotes): ``fold_key`` and
  ``same_caption`` (used by the readers' ``CaptionCollector``), ``similar`` for edited copies.
- Across the catalog, a caption is stored once under ``normalise`` (``dedupe.caption_key``
  hashes it): white space, Unicode form, quote and dash style, case and a "FILE PHOTO:" prefix
  or "/File Photo" suffix fold, words and punctuation otherwise stay.

Both start from ``unify``: the Unicode form and the one punctuation map. Pure: no I/O.
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher

# Quote and dash variants that NFKC leaves alone but copies of one caption mix freely.
PUNCT_MAP = str.maketrans(
    {
        **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u0060\u00b4", "'"),
        **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
    }
)
_ASCII_MAPPED = tuple(chr(code) for code in PUNCT_MAP if code < 128)  # the backtick


def clean(text: str) -> str:
    """Collapse white space (including no-break spaces) and trim: the caption "as found"."""
    # str.split() knows every Unicode space and is several times faster than a regex.
    return " ".join(text.split())


def unify(text: str) -> str:
    """NFKC and the punctuation map: the characters two copies of one caption share."""
    # ASCII text is NFKC already, and the map changes none of it but its ASCII keys.
    if text.isascii() and not any(char in text for char in _ASCII_MAPPED):
        return text
    return unicodedata.normalize("NFKC", text).translate(PUNCT_MAP)


# --- one article: copies of a caption -----------------------------------------------------------

_NON_WORD = re.compile(r"[\W_]+")
# ASCII bytes: letters to lower case, digits kept, everything else (as [\W_]) a space.
_ASCII_FOLD = bytes(
    c + 32 if 65 <= c <= 90 else c if 48 <= c <= 57 or 97 <= c <= 122 else 32 for c in range(256)
)


def fold_key(text: str) -> str:
    """Case, punctuation and white space folded: copies of one caption get one key.

    Not cached: the ASCII path is cheap, and a 65,536-entry cache held ~20 MB of a reader
    worker for a 4% gain in its read time."""
    if text.isascii():
        # The same result for ASCII text (NFKC, the quote map and casefold change nothing
        # there but case), five times faster: one byte table, no regex.
        return b" ".join(text.encode("ascii").translate(_ASCII_FOLD).split()).decode("ascii")
    return _NON_WORD.sub(" ", unify(text).casefold()).strip()


# ASCII bytes for ``tight_key``: letters to lower case, digits kept, every other byte deleted.
_ASCII_LOWER = bytes(c + 32 if 65 <= c <= 90 else c for c in range(256))
_ASCII_NOT_WORD = bytes(
    c for c in range(128) if not (48 <= c <= 57 or 97 <= c <= 122 or 65 <= c <= 90)
)


def tight_key(text: str) -> str:
    """``fold_key`` without its spaces: copies that differ in spacing ("a blaze" and "ablaze"
    where markup was lost, "10 000" and "10000", "U. S." and "U.S.") get one key."""
    if text.isascii():
        return text.encode("ascii").translate(_ASCII_LOWER, _ASCII_NOT_WORD).decode("ascii")
    return _NON_WORD.sub("", unify(text).casefold())


def same_caption(a: str, b: str, min_part: int = 20) -> bool:
    """True when two fold keys are one caption: equal, or one is the other without its tail
    (a copy without the credit, a cut alt text) or without its head (a copy without a credit
    printed first, or the last lines of a caption printed again over several lines). A short
    part is not trusted (``min_part``)."""
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= min_part and (long_.startswith(short) or long_.endswith(short))


_FUZZY_RATIO = 0.8
_FUZZY_SPAN = 300


def similar(a: str, b: str) -> bool:
    """Mostly the same text (an edited copy): a ratio of matching characters over 0.8."""
    a, b = a[:_FUZZY_SPAN], b[:_FUZZY_SPAN]
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    return matcher.real_quick_ratio() >= _FUZZY_RATIO and matcher.ratio() >= _FUZZY_RATIO


# --- the catalog: one stored caption ------------------------------------------------------------

# Applied after case folding and dash mapping. "FILE - " is AP's spelling of the same prefix;
# the bare form needs spaces around the dash so that "File-sharing ..." is left alone.
_FILE_PREFIX = re.compile(r"^(?:file photo\s*[:-]|file\s+-\s|file:)\s*")
# "/File Photo" at the end of the credit, before any closing bracket or full stop.
_FILE_SUFFIX = re.compile(r"\s*/\s*file photo(?=[)\].\s]*$)")


def normalise(text: str) -> str:
    """The text two copies of one caption have in common (see the module docstring)."""
    text = clean(unify(text)).casefold()
    if "file" in text:
        text = _FILE_PREFIX.sub("", text)
        text = _FILE_SUFFIX.sub("", text)
    return text
