"""Hard-wrapped text: a page dumped as text by a browser or a mail tool, or kept by an archive
that breaks every paragraph at a fixed width (72 or 80 columns). The reader takes a line for
a paragraph, so the lines a wrap broke are joined back first.

A wrap leaves a mark: no line with a space in it is longer than the width, most long lines
end within a word's length of it, and many of those stop inside a sentence (the next line
goes on in lower case). A gallery of one-line captions of about one length has the first two
but not the third: each of its lines is a sentence of its own. A line the wrap broke is one
the next line's first word would not have fitted on; a line the paragraph ended has room left
(or the next line is blank). Texts without the mark are left as they are.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import pairwise

# Wrap widths seen in scraped text run from about 60 to 132 columns; a text whose longest
# lines are longer was not wrapped.
_MIN_WIDTH = 40
_MAX_WIDTH = 160
# A wrapped line ends within this many columns of the width (a long word moves to the next).
_NEAR = 15
# The mark: at least this many lines end near the width, and they are at least this share
# of the lines longer than half of it (a text of paragraphs one a line has one or two).
_MIN_NEAR = 5
_NEAR_SHARE = 0.5
# Lines longer than the width with a space in them (a URL after its label) are tolerated up
# to this share of the lines with a space.
_OVER_SHARE = 0.05
# Of the lines that end near the width with text below, at least this many and this share go
# on in lower case on the next line (German capitalises its nouns: a low share).
_MIN_INSIDE = 2
_INSIDE_SHARE = 0.15


def wrap_width(lines: list[str]) -> int:
    """The width ``lines`` were hard-wrapped at, or 0 when they were not."""
    lengths = sorted(len(line.rstrip()) for line in lines if " " in line.strip())
    if len(lengths) < _MIN_NEAR:
        return 0
    # The width is the longest line, but for a few outliers (a long word with a label). The
    # lengths are sorted: each count below is two bisections, so a text of a million lines
    # costs its sort.
    outliers = max(1, int(len(lengths) * _OVER_SHARE))
    for width in sorted(set(lengths[-outliers - 1 :]), reverse=True):
        if not _MIN_WIDTH <= width <= _MAX_WIDTH:
            continue
        top = bisect_right(lengths, width)
        long_ = top - bisect_left(lengths, (width + 1) // 2)
        near = top - bisect_right(lengths, width - _NEAR)
        if near >= _MIN_NEAR and near >= long_ * _NEAR_SHARE:
            return width if _breaks_sentences(lines, width) else 0
    return 0


def _breaks_sentences(lines: list[str], width: int) -> bool:
    """Whether enough lines that end near ``width`` stop inside a sentence: the line below
    opens with a letter in lower case (or of a script without case)."""
    near = inside = 0
    for line, below in pairwise(lines):
        if len(line.rstrip()) > width - _NEAR and below.strip():
            near += 1
            first = below.lstrip()[0]
            inside += first.isalpha() and not first.isupper()
    return inside >= _MIN_INSIDE and inside >= near * _INSIDE_SHARE


def unwrap(lines: list[str]) -> list[str]:
    """``lines`` with the paragraphs a hard wrap broke joined back; the lines of a text that
    was not wrapped come back as they are."""
    width = wrap_width(lines)
    if not width:
        return lines
    out: list[str] = []
    broken = False  # the wrap broke the line before: this one continues its paragraph
    for index, line in enumerate(lines):
        if broken:
            previous = out[-1].rstrip()
            # A word broken at its hyphen ("Jean-" / "Pierre") joins without a space.
            glue = "" if previous.endswith("-") and previous[-2:-1].isalpha() else " "
            out[-1] = f"{previous}{glue}{line.strip()}"
        else:
            out.append(line)
        following = lines[index + 1].split(None, 1) if index + 1 < len(lines) else []
        # The wrap broke this line when the next line's first word would not have fitted
        # on it; a short line ends its paragraph, whatever follows.
        length = len(line.rstrip())
        broken = bool(following) and length * 2 >= width and length + 1 + len(following[0]) > width
    return out
