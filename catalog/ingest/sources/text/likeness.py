"""How much a block of text without a credit reads like a photo caption rather than body text,
a headline or a teaser: a score the layout rules use to decide where a credit belongs and
which uncredited lines of a gallery are captions.

A caption describes one picture: a sentence or three, of a caption's length, naming what is
seen, often where and when. Body text runs longer, quotes people ("she said"), speaks in the
first person; headlines are short and capitalised; teasers end with a question or a colon.
Only plain string tests over a bounded prefix: the score costs no more than the text's length.
"""

from __future__ import annotations

import re
from functools import lru_cache

from catalog.parsing import lexicon

# Words of body text, not of a caption (case-folded, whole words): speech and first person.
BODY_WORDS = frozenset(
    {
        "i",
        "i'm",
        "i’m",
        "i've",
        "i’ve",
        "we",
        "my",
        "our",
        "you",
        "your",
        "said",
        "says",
        "told",
        "writes",
        "wrote",
        "je",
        "nous",
        "ich",
        "wir",
        "yo",
        "nosotros",
        "eu",
        "nós",
        "dijo",
        "disse",
        "sagte",
        "a déclaré",
        "я",
        "мы",
    }
)
# Words that name the picture itself: a gallery caption often says what the photo shows.
PHOTO_WORDS = (
    "photo",
    "picture",
    "image",
    "captured",
    "pictured",
    "foto",
    "bild",
    "imagen",
    "imagem",
    "immagine",
    "aufnahme",
    "cliché",
    "фото",
    "снимок",
    "снимке",
    "fotoğraf",
    "صورة",
    "照片",
    "图片",
    "摄",
    "写真",
)
_DIGIT = re.compile(r"\d")
_MIN_CAPTION = 12
_MAX_CAPTION = 600
_SCAN = 800


def _sentences(text: str) -> int:
    count = 0
    for mark in (". ", "! ", "? ", "。"):
        count += text.count(mark)
    return count + (1 if text.rstrip()[-1:] in ".!?。" else 0)


def is_headline(text: str) -> bool:
    """A title or section heading: no sentence mark at the end, and most words capitalised
    ("Flames Engulf Buildings In Hong Kong", "MILITARY RECOGNITION")."""
    if text.rstrip()[-1:] in '.!?。"”»)':
        return False
    words = [word for word in text.split() if word[:1].isalpha()]
    if not words:
        return True
    if text.isupper():
        return True
    capitalised = sum(1 for word in words if word[:1].isupper())
    return len(words) >= 2 and capitalised / len(words) > 0.7


# The body words of more than one word ("a déclaré"), looked for as phrases.
_BODY_PHRASES = tuple(f" {words} " for words in BODY_WORDS if " " in words)


def speaks(text: str) -> bool:
    """Words of body text in its first part: speech or the first person ("said", "we",
    "a déclaré")."""
    words = [word.strip('.,;:!?"“”‘’()[]«»').casefold() for word in text[:_SCAN].split()]
    if any(word in BODY_WORDS for word in words):
        return True
    joined = f" {' '.join(words)} "
    return any(phrase in joined for phrase in _BODY_PHRASES)


def mentions_photo(text: str) -> bool:
    folded = text[:_SCAN].casefold()
    return any(word in folded for word in PHOTO_WORDS)


# Paragraphs recur across the articles of a batch (boilerplate body text, wire captions): each
# is scored once. 8,192 texts hold about 4 MB.
@lru_cache(maxsize=8192)
def caption_score(text: str) -> float:
    """0 (not a caption: body text, a headline, furniture) .. about 1.5 (reads as one)."""
    length = len(text)
    if length < _MIN_CAPTION and not any(ord(ch) > 0x2E80 for ch in text[:_MIN_CAPTION]):
        return 0.0
    head = text[:_SCAN]
    score = 1.0
    if length > _MAX_CAPTION:
        score -= 0.6
    elif length > 400:
        score -= 0.2
    sentences = _sentences(head)
    if sentences > 3:
        score -= 0.4
    words = [word.strip('.,;:!?"“”‘’()[]«»').casefold() for word in head.split()]
    if any(word in BODY_WORDS for word in words):
        score -= 0.5
    if head[:1] in '"“«„' or head.rstrip()[-1:] in '"”»':
        score -= 0.3  # a quotation
    ending = text.rstrip()[-1:]
    if ending in ":?":
        score -= 0.6
    if is_headline(head):
        score -= 0.6
    if mentions_photo(head):
        score += 0.2
    if _DIGIT.search(head) is not None:
        score += 0.1  # a date or a number of people, as captions often hold
    return max(score, 0.0)


CAPTION_LIKE = 0.6


def is_caption_like(text: str) -> bool:
    return caption_score(text) >= CAPTION_LIKE


# A label is the words before a colon this close to the start: "Installation video:".
_LABEL_SCAN = 32


def _names_video(words: str) -> bool:
    videos = lexicon.video_words()
    return any(word.strip(".,()[]").casefold() in videos for word in words.split())


def is_video(text: str, credit: str = "") -> bool:
    """An item of a video, not of a photo: labelled as one ("Video: ...", "Installation
    video: ...") or credited as one ("Video by Name", "Video: Reuters"). A caption that
    only mentions a video ("A still image from a video shows ...") is a photo's."""
    colon = text.find(":", 0, _LABEL_SCAN)
    if colon > 0 and _names_video(text[:colon]):
        return True
    return bool(credit) and _video_credit(credit)


# Credits repeat across the articles of a batch (the wire's photographers).
@lru_cache(maxsize=4096)
def _video_credit(credit: str) -> bool:
    """A credit labelled as a video's: its first two words name one ("Video by", "Video:")."""
    head = credit.lstrip("([").split(None, 2)[:2]
    return _names_video(" ".join(head).split(":")[0])
