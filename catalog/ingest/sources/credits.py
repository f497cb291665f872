"""A small photo-credit detector for finding captions; the full parse is catalog.parsing's job.

It answers one question: does this line *end* with a photo credit, and which part is it?
Agency names in body sentences ("Reuters contributed to this report.", "BAGHDAD (AP) -")
must not count, so a credit is recognised by its *form* at the end of the text: a trailing
parenthetical, a labelled credit ("Photograph: ..."), or a bare chain ("REUTERS/Jane Doe").
"""

from __future__ import annotations

import re
from functools import lru_cache

# Organisations that make a bare word a credit ("(AP)", "Getty Images"); lower case.
AGENCY_WORDS = frozenset(
    {
        "ap",
        "associated press",
        "reuters",
        "afp",
        "getty",
        "getty images",
        "epa",
        "efe",
        "epa-efe",
        "xinhua",
        "anadolu",
        "anadolu agency",
        "bloomberg",
        "nurphoto",
        "sopa images",
        "zuma",
        "zuma press",
        "zuma wire",
        "sipa",
        "sipa usa",
        "shutterstock",
        "rex",
        "rex features",
        "alamy",
        "pa",
        "pa wire",
        "pa media",
        "dpa",
        "ansa",
        "kyodo",
        "yonhap",
        "kcna",
        "tass",
        "sputnik",
        "imagn",
        "usa today sports",
        "the new york times",
        "the washington post",
        "ap photo",
        "afp photo",
        "handout",
        "pool",
        "stringer",
        "file",
        "file photo",
    }
)

# Words that introduce a credit; compared case-insensitively.
LABELS = (
    "mandatory credit",
    "photo credit",
    "photograph by",
    "photographs by",
    "photograph",
    "photographs",
    "photo by",
    "photos by",
    "photo",
    "photos",
    "picture",
    "pictures",
    "pic",
    "image credit",
    "image",
    "images",
    "credit",
    "credits",
    "foto",
    "courtesy of",
    "courtesy",
    "source",
    "illustration",
)
_LABEL = re.compile(
    r"(?:^|(?<=[\s(\[.,;]))(?:" + "|".join(re.escape(x) for x in LABELS) + r")\s*(?::|\bby\b)",
    re.IGNORECASE,
)
_LEADING_LABEL = re.compile(
    r"^\s*(?:©|\(c\)|(?:" + "|".join(re.escape(x) for x in LABELS) + r")\s*(?::|\bby\b|\s))\s*",
    re.IGNORECASE,
)
# Connecting words allowed in a bare credit besides capitalised names.
_CONNECTORS = frozenset(
    {
        "via",
        "for",
        "and",
        "of",
        "the",
        "de",
        "del",
        "della",
        "da",
        "do",
        "dos",
        "van",
        "von",
        "der",
        "den",
        "la",
        "le",
        "el",
        "al",
        "y",
        "e",
        "&",
        "/",
        "-",
        "|",
        "file",
        "photo",
        "handout",
        "pool",
        "stringer",
        "staff",
        "courtesy",
        "press",
        "office",
        "news",
        "agency",
    }
)
_WORD = re.compile(r"[^\s/|]+")
_MAX_CREDIT_CHARS = 140
_MAX_CREDIT_WORDS = 16


def _has_agency(text: str) -> bool:
    words = re.findall(r"[a-z]+(?:-[a-z]+)?", text.lower())
    if any(w in AGENCY_WORDS for w in words):
        return True
    pairs = (" ".join(words[i : i + 2]) for i in range(len(words) - 1))
    return any(p in AGENCY_WORDS for p in pairs)


def _names_only(text: str) -> bool:
    """Every word a capitalised name, an initial, a number or a connector: no sentence."""
    words = _WORD.findall(text)
    if not words or len(words) > _MAX_CREDIT_WORDS:
        return False
    for raw in words:
        word = raw.strip("().,;:'\"’“”")
        if not word:
            continue
        if word.lower() in _CONNECTORS or word[0].isupper() or word[0].isdigit():
            continue
        return False
    return True


def is_credit(text: str) -> bool:
    """Does ``text`` on its own read as a photo credit (brackets and label allowed)?"""
    body = text.strip().strip(".").strip()
    if body.startswith(("(", "[")) and body.endswith((")", "]")):
        body = body[1:-1].strip()
    # A credit names someone: "1/8/2020" has a slash but no name.
    if not body or len(body) > _MAX_CREDIT_CHARS or not re.search(r"[^\W\d_]{2}", body):
        return False
    labelled = _LEADING_LABEL.match(body)
    if labelled:
        # After a label the credit may hold lower-case words ("Photo montage by Salon").
        rest = body[labelled.end() :]
        words = _WORD.findall(rest)
        lower = [w for w in words if w[0].islower() and w.lower() not in _CONNECTORS]
        return (
            0 < len(words) <= _MAX_CREDIT_WORDS
            and len(lower) <= 3
            and any(w[0].isupper() for w in words)
        )
    if not _names_only(body):
        return False
    if "/" in body or "©" in body:
        return True
    if re.search(r"\bvia\s+\S", body) or re.search(r"\bfor\s+The\s", body):
        return True
    return _has_agency(body)


def _trailing_parenthetical(text: str) -> tuple[int, str] | None:
    """Start and content of the bracketed group that ends ``text`` (nested brackets allowed)."""
    end = len(text.rstrip().rstrip("."))
    if end == 0 or text[end - 1] not in ")]":
        return None
    start = max(text.rfind("(", 0, end - 1), text.rfind("[", 0, end - 1))
    if start < 0:
        return None
    content = text[start + 1 : end - 1]
    if ")" not in content and "]" not in content:
        return start, content  # not nested (the common case): no scan
    depth = 0
    for index in range(end - 1, -1, -1):
        char = text[index]
        if char in ")]":
            depth += 1
        elif char in "([":
            depth -= 1
            if depth == 0:
                return index, text[index + 1 : end - 1]
    return None


# A credit ends the text with a bracket, or holds one of these near the end; a line
# without any of them is body text (the common case, so it is decided cheaply).
_HINTS = ("/", ":", "©", " by ", " via ", "By ", "(c)")


# 8,192 entries hold the hot wire captions; 65,536 held ~25 MB of a reader worker.
@lru_cache(maxsize=8192)
def split_credit(text: str) -> tuple[str, str] | None:
    """Split a caption into (text before the credit, credit) when it ends with a credit.

    The credit is returned without its brackets but with its label ("Photograph: X/Reuters").
    ``None`` when the text does not end with a credit. Cached: wire captions recur across
    thousands of articles.
    """
    text = text.strip()
    if not text:
        return None
    tail_end = text.rstrip(". ")
    if not tail_end.endswith((")", "]")):
        tail = text[-(_MAX_CREDIT_CHARS + 40) :]
        if not any(hint in tail for hint in _HINTS):
            return None
    found = _trailing_parenthetical(text)
    if found is not None:
        start, content = found
        # "BAGHDAD (AP) -" opens a story: a credit must close the text, after a sentence.
        if start > 0 and is_credit(content):
            return text[:start].rstrip(), content.strip()
        if start == 0 and is_credit(content):
            return "", content.strip()
    tail = text[-(_MAX_CREDIT_CHARS + 40) :]
    offset = len(text) - len(tail)
    labels = list(_LABEL.finditer(tail))
    for label in labels:
        candidate = tail[label.start() :].strip()
        if is_credit(candidate):
            return text[: offset + label.start()].rstrip(), candidate
    # A bare chain after the last sentence: "... March 3, 2022. REUTERS/Jane Doe".
    for match in re.finditer(r"[.!?\"”]\s+|\s[-–—|]\s", tail):
        candidate = tail[match.end() :].strip()
        if candidate and ("/" in candidate or " via " in candidate) and is_credit(candidate):
            return text[: offset + match.end()].rstrip(), candidate
    if is_credit(text) and ("/" in text or _LEADING_LABEL.match(text) or "©" in text):
        return "", text
    return None


def has_credit(text: str) -> bool:
    return split_credit(text) is not None


def strip_label(credit: str) -> str:
    """The credit without brackets and label: "(Credit: AP/Jane Doe)" gives "AP/Jane Doe"."""
    body = credit.strip()
    if body.startswith(("(", "[")) and body.endswith((")", "]")):
        body = body[1:-1].strip()
    match = _LEADING_LABEL.match(body)
    if match and match.end() < len(body):
        body = body[match.end() :]
    return body.strip()
