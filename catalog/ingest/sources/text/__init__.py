"""Plain-text articles as scrapers and web archives store them: the captions among body text,
headlines, page furniture and leftover markup, and the title, byline and date at the top.

The reader works in steps, each a small module of pure functions:

- ``markup``: text that holds markup (``<p>``, ``<img alt=...>``, ``data-caption``,
  ``[caption]``) is read through the HTML reader's DOM code into lines first;
- ``reflow``: a hard-wrapped text (every paragraph broken at 72 or 80 columns) has its
  paragraphs joined back into lines;
- ``markdown``: a text stored as Markdown loses its marks (emphasis, quotes, list items),
  its links read as their words and its images as their alt text; any text loses the
  quotation marks of mail ("> ") and bullet glyphs opening its lines;
- ``header``: title, byline and date lines at the top (never captions);
- ``blocks`` and ``furniture``: the lines cut into pieces, page furniture dropped and noted
  (a slide counter, a caption label, a cut mark), captions run together split apart;
- ``attach``: credits recognised with the shared credit reader, each joined to its description
  in the direction the layout says, uncredited captions kept where the layout and ``likeness``
  say so;
- ``copies``: the copies of one caption folded into one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import lru_cache, partial
from pathlib import Path

from catalog.folding import clean
from catalog.ingest.model import FoundCaption, SourceArticle
from catalog.parsing import Registry, is_credit, leading_credit, read_credit, split_credit
from catalog.parsing.characters import visible
from catalog.parsing.credits import starts_with_label, strip_prefixes

from ..decoding import decode, read_bytes
from . import attach, copies
from .blocks import segment
from .header import TextHeader, read_header
from .markdown import has_line_marks, is_markdown, plain_lines, unmarked_lines
from .markup import has_markup, markup_lines, read_markup
from .reflow import unwrap

__all__ = ["article_from_text", "find_captions", "read_text", "split_lines"]

_MAX_CAPTION = 2000


def split_lines(text: str) -> list[str]:
    """The lines of ``text``, white space collapsed; a text holding markup is read through
    the DOM first, one line per block and per caption attribute."""
    if has_markup(text):
        return list(map(clean, _visible_lines(markup_lines(text))))
    return _plain_lines(text)


def _visible_lines(lines: list[str]) -> list[str]:
    return list(map(visible, lines))


def _plain_lines(text: str) -> list[str]:
    text = visible(text)
    # Most texts: "\n" the only line break and " " the only space, never doubled. Then
    # cleaning a line is trimming it, and ``clean`` per line costs twice as much.
    fast = text.isascii() and not any(mark in text for mark in _UNCLEAN)
    if fast:
        lines = text.split("\n")
        if not lines[-1]:
            lines.pop()  # splitlines gives no line after the last break
    else:
        lines = text.splitlines()
    # Quotation marks come off before the wrap is read: "> " opens every line of a quote.
    if has_line_marks(text):
        lines = unmarked_lines(lines)
    lines = unwrap(lines)
    if is_markdown(text):
        # Marks taken out of a line may leave its spaces doubled.
        return list(map(clean, plain_lines(lines)))
    if fast:
        return [line.strip(" ") for line in lines]
    return list(map(clean, lines))


# What an ASCII text holds that ``str.splitlines`` breaks at or ``str.split`` collapses,
# besides "\n" and single spaces.
_UNCLEAN = ("\t", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x1f", "  ")


def find_captions(
    lines: list[str],
    skip: frozenset[int] = frozenset(),
    registry: Registry | None = None,
    heading: int = -1,
    marked: frozenset[int] = frozenset(),
    blocks: frozenset[int] = frozenset(),
) -> tuple[FoundCaption, ...]:
    """Captions among cleaned ``lines`` (header lines in ``skip`` left out, the title's line
    ``heading`` taken only with a credit, the lines in ``marked`` captions by their markup,
    those in ``blocks`` opening a block of it), copies folded."""
    credit, split, leading, name, same = _credit_reader(registry)
    pieces = segment(lines, skip, credit, heading, _is_label, marked, blocks)
    reads = attach.read_pieces(pieces, split, leading, name)
    texts = copies.fold(attach.find(reads), same)
    return tuple(
        FoundCaption(text if len(text) <= _MAX_CAPTION else text[:_MAX_CAPTION].rstrip(), index)
        for index, text in enumerate(texts)
    )


@lru_cache(maxsize=16)
def _credit_reader(
    registry: Registry | None,
) -> tuple[
    Callable[[str], bool],
    Callable[[str], tuple[str, str] | None],
    Callable[[str], tuple[str, str] | None],
    Callable[[str], bool],
    Callable[[str, str], bool],
]:
    """The shared credit reader's questions bound to one registry (the same callables for
    every article, so that the results cached per line hold across articles)."""
    return (
        partial(is_credit, registry=registry),
        partial(split_credit, registry=registry),
        partial(leading_credit, registry=registry),
        partial(_is_name, registry=registry),
        partial(_same_credit, registry=registry),
    )


_MAX_NAME_WORDS = 4
_MAX_LABEL = 30


def _is_label(line: str) -> bool:
    """A credit label with nothing after it: "Photo:", "تصوير :"."""
    return len(line) <= _MAX_LABEL and starts_with_label(line) and not strip_prefixes(line)


def _is_name(text: str, registry: Registry | None) -> bool:
    """A photographer's name alone: "Roie Galitz"."""
    if len(text.split()) > _MAX_NAME_WORDS:
        return False
    parsed = read_credit(text, registry).parsed
    return parsed.photographer is not None and parsed.photographer == text


def _same_credit(a: str, b: str, registry: Registry | None) -> bool:
    """Two credits that name the same photographer, agency and distributor (and name one)."""
    first, second = read_credit(a, registry).parsed, read_credit(b, registry).parsed
    people = [
        tuple((value or "").casefold() for value in (p.photographer, p.agency, p.via))
        for p in (first, second)
    ]
    return people[0] == people[1] and any(people[0])


def _header(lines: list[str], registry: Registry | None) -> TextHeader:
    return read_header(lines, lambda line: split_credit(line, registry) is not None)


def article_from_text(
    text: str,
    *,
    source: str,
    path: str | None = None,
    fmt: str = "text",
    registry: Registry | None = None,
) -> SourceArticle:
    markup = has_markup(text)
    marked: frozenset[int] = frozenset()
    blocks: frozenset[int] = frozenset()
    if markup:
        raw, marked, blocks = read_markup(text)
        lines = list(map(clean, _visible_lines(raw)))
    else:
        lines = _plain_lines(text)
    header = _header(lines, registry)
    return SourceArticle(
        source=header.url or source,
        format=fmt,
        captions=find_captions(lines, header.lines, registry, header.title_line, marked, blocks),
        title=header.title,
        byline=header.byline,
        published=header.published,
        url=header.url,
        path=path,
        # What identifies the article: its text with the white space collapsed, which for
        # plain text is its cleaned lines joined (a tenth of the cost of collapsing the text).
        # A text holding markup is kept as it stands: its lines are the DOM's.
        content=text if markup else " ".join(filter(None, lines)),
    )


def read_text(path: Path, registry: Registry | None = None) -> Iterator[SourceArticle]:
    """One article per text file."""
    text = decode(read_bytes(path), path)
    yield article_from_text(text, source=str(path), path=str(path), registry=registry)
