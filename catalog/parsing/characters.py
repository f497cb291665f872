"""Characters a caption may hold that show nothing, and accents a name may be printed with or
without: one home for removing them, used by the parser (a caption, a credit field, the
registry's keys, the given names) and by the text reader (a scraped text's lines)."""

from __future__ import annotations

import unicodedata

# Characters a page puts inside words that show nothing: a soft hyphen (a place the word may
# break), a zero-width space, a word joiner, a byte-order mark, and the left-to-right and
# right-to-left marks of bidirectional text. Text copied from a page keeps them where the page
# had them ("REU\u00adTERS", "Photo\u200b: Jo Roe", "AFP\u200e"): they go, or they split the
# words the credit reader and the furniture words look for.
_INVISIBLE = ("\u00ad", "\u200b", "\u2060", "\ufeff", "\u200e", "\u200f")
_NOTHING = dict.fromkeys(map(ord, _INVISIBLE))


def visible(text: str) -> str:
    """``text`` without the characters that show nothing inside words (``_INVISIBLE``)."""
    if text.isascii() or not any(mark in text for mark in _INVISIBLE):
        return text
    return text.translate(_NOTHING)


def without_accents(text: str) -> str:
    """``text`` with its letters' accents taken off: "Télam" -> "Telam", "siobhán" -> "siobhan"."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", bare)
