"""Where two captions differ, word by word: what a person reviewing a possible duplicate reads.

Pure (no I/O): the CLI and the browser each style the pieces their own way.
"""

from __future__ import annotations

from difflib import SequenceMatcher

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
