"""Bad text never crashes the text reader and costs work in proportion to its size: binary
and invalid UTF-8 are skipped with a reason, a huge single line and a million blank lines are
read without a caption, and arbitrary text (Hypothesis) always gives an article."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from catalog.errors import SourceError
from catalog.folding import clean
from catalog.ingest.sources import read_path
from catalog.ingest.sources.text import article_from_text, split_lines
from catalog.ingest.sources.text.blocks import MAX_LINE, segment


def _never_credit(text: str) -> bool:
    return False


def test_binary_file_is_skipped_with_a_reason(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x00\x01\x02PNG" * 100)
    with pytest.raises(SourceError, match="binary"):
        list(read_path(path))


def test_invalid_utf8_is_skipped_with_a_reason(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Caf\u00e9 in Paris. REUTERS/Jo Roe".encode("latin-1"))
    with pytest.raises(SourceError, match="UTF-8"):
        list(read_path(path))


def test_a_huge_single_line_is_no_caption_and_is_not_split() -> None:
    line = "A man walks. (AP Photo/Jo Roe) " * (MAX_LINE // 10)
    assert len(line) > MAX_LINE
    # The line is skipped whole: segmentation looks at it once and makes no piece of it.
    assert segment([line], frozenset(), _never_credit) == []
    assert article_from_text(line, source="huge").captions == ()


def test_a_million_blank_lines_make_no_piece() -> None:
    text = "\n" * 1_000_000 + "Crowds gather in Paris, May 1, 2023. REUTERS/Jo Roe\n"
    lines = split_lines(text)
    pieces = segment(lines, frozenset(), _never_credit)
    assert [piece.text for piece in pieces] == [
        "Crowds gather in Paris, May 1, 2023. REUTERS/Jo Roe"
    ]
    assert len(article_from_text(text, source="blank").captions) == 1


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(max_size=200),
            st.sampled_from(
                [
                    "",
                    "1 / 8",
                    "(AP Photo/Jo Roe)",
                    "© REUTERS/Jo Roe",
                    "Foto: Ana Lopes",
                    "hide caption",
                    "<p>",
                    "</figure>",
                    '<img alt="x',
                    "[caption id=1]",
                    "Legende:",
                    "...more",
                    "Crowds gather in Paris. REUTERS/Jo Roe",
                ]
            ),
        ),
        max_size=30,
    )
)
def test_arbitrary_text_never_crashes(parts: list[str]) -> None:
    text = "\n".join(parts)
    article = article_from_text(text, source="fuzz")
    assert all(caption.text.strip() for caption in article.captions)


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("ab .\n\t\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0é")), max_size=60
    )
)
def test_lines_are_cleaned_as_clean_cleans_them(text: str) -> None:
    # split_lines trims plain lines without calling clean: it must break and collapse alike.
    assert split_lines(text) == [clean(line) for line in text.splitlines()]


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("", []),
        ("\n", [""]),
        ("Crowds gather.  \nREUTERS/Jo Roe\n\n", ["Crowds gather.", "REUTERS/Jo Roe", ""]),
        ("a\tb\rc", ["a b", "c"]),
        (" Fans wait. \n(AP Photo/Jo Roe) ", ["Fans wait.", "(AP Photo/Jo Roe)"]),
    ],
)
def test_lines_trimmed_and_broken_once(text: str, lines: list[str]) -> None:
    assert split_lines(text) == lines
