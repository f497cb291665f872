"""Where two captions differ, word by word: what a person reviewing a possible duplicate reads.

Pure (no I/O); ``marked`` styles the pieces for a terminal, in the CLI and the browser alike.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from rich.text import Text

# (text, differs): consecutive words that the other caption shares, or does not.
Piece = tuple[str, bool]


def word_diff(a: str, b: str) -> tuple[list[Piece], list[Piece]]:
    """Each caption cut into runs of words, each run marked when the other caption lacks it."""
    words_a, words_b = a.split(), b.split()
    left: list[Piece] = []
    right: list[Piece] = []
    matcher = SequenceMatcher(None, words_a, words_b, autojunk=False)
    for tag, a_start, a_end, b_start, b_end in matcher.get_opcodes():
        differs = tag != "equal"
        if a_end > a_start:
            left.append((" ".join(words_a[a_start:a_end]), differs))
        if b_end > b_start:
            right.append((" ".join(words_b[b_start:b_end]), differs))
    return left, right


def marked(pieces: list[Piece], style: str = "bold reverse") -> Text:
    """A caption with the words the other caption lacks highlighted."""
    text = Text()
    for index, (words, differs) in enumerate(pieces):
        if index:
            text.append(" ")
        text.append(words, style=style if differs else "")
    return text
