"""The normalised key folds copies of one caption; near-duplicates are scored, never folded."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from catalog.dedupe import (
    MAX_BLOCK,
    Candidate,
    caption_key,
    find_near_duplicates,
    is_near_duplicate,
    normalise,
)

BASE = (
    "Residents look at a crater caused by a missile launched by Iran on the outskirts of "
    "Duhok, Iraq, on Jan. 8, 2020. (Ari Jalal/Reuters)"
)


@pytest.mark.parametrize(
    "variant",
    [
        pytest.param(BASE.upper(), id="case"),
        pytest.param(BASE.replace(" ", "   ").replace("Iraq,", "Iraq,\n"), id="white-space"),
        pytest.param("  " + BASE + "\t", id="trim"),
        pytest.param(BASE.replace(" ", "\u00a0"), id="no-break-space"),
        pytest.param("FILE PHOTO: " + BASE, id="file-photo-prefix"),
        pytest.param("File Photo - " + BASE, id="file-photo-dash"),
        pytest.param("FILE - " + BASE, id="ap-file-prefix"),
        pytest.param(BASE.replace("Reuters)", "Reuters/File Photo)"), id="file-photo-suffix"),
        pytest.param("\uff32esidents" + BASE[9:], id="nfkc-fullwidth"),
    ],
)
def test_copies_of_one_caption_share_a_key(variant: str) -> None:
    assert caption_key(variant) == caption_key(BASE)


def test_quotes_and_dashes_fold() -> None:
    curly = "Iran\u2019s leader said \u201cnot sufficient\u201d \u2014 Tehran (AP)"
    straight = 'Iran\'s leader said "not sufficient" - Tehran (AP)'
    assert caption_key(curly) == caption_key(straight)


@pytest.mark.parametrize(
    "other",
    [
        pytest.param(BASE.replace("crater", "hole"), id="a-word-changed"),
        pytest.param(BASE.replace("Duhok", "Basra"), id="another-place"),
        pytest.param("File-sharing " + BASE, id="file-sharing-is-a-word"),
        pytest.param(BASE.replace("(Ari Jalal/Reuters)", "(Ari Jalal)"), id="credit-differs"),
    ],
)
def test_different_captions_keep_different_keys(other: str) -> None:
    assert caption_key(other) != caption_key(BASE)


def test_key_is_sha1_hex() -> None:
    key = caption_key(BASE)
    assert len(key) == 40 and int(key, 16) >= 0


@given(st.text(max_size=300))
def test_key_never_fails_and_ignores_surrounding_space(text: str) -> None:
    key = caption_key(text)
    assert len(key) == 40
    assert caption_key("  " + text + "\n") == key


@pytest.mark.parametrize(
    "other",
    [
        pytest.param(BASE.replace("Duhok", "Dohuk"), id="typo"),
        pytest.param(BASE.replace("a crater", "the crater"), id="word-changed"),
        pytest.param(BASE.replace("look at", "look closely at"), id="word-added"),
    ],
)
def test_near_duplicates_are_scored(other: str) -> None:
    score = is_near_duplicate(normalise(BASE), normalise(other))
    assert score is not None and 85 <= score < 100


@pytest.mark.parametrize(
    "other",
    [
        pytest.param(BASE, id="identical-is-not-near"),
        pytest.param("Smoke rises over Tehran. (AP)", id="unrelated"),
        pytest.param(
            "Children look at a crater caused by a drone launched by Turkey near Duhok. (Reuters)",
            id="several-words",
        ),
    ],
)
def test_not_near_duplicates(other: str) -> None:
    assert is_near_duplicate(normalise(BASE), normalise(other)) is None


def test_short_captions_differing_by_a_word_are_not_linked() -> None:
    assert is_near_duplicate("smoke rises (ap)", "fire rises (ap)") is None


def test_pairs_point_from_newer_to_older_once() -> None:
    a = Candidate(1, normalise(BASE))
    b = Candidate(2, normalise(BASE.replace("Duhok", "Dohuk")))
    c = Candidate(3, normalise(BASE.replace("a crater", "the crater")))
    pairs = sorted((p.caption_id, p.other_id) for p in find_near_duplicates([b, c], [a, b, c]))
    assert pairs == [(2, 1), (3, 1), (3, 2)]


def test_only_pairs_with_a_new_caption_are_reported() -> None:
    a = Candidate(1, normalise(BASE))
    b = Candidate(2, normalise(BASE.replace("Duhok", "Dohuk")))
    c = Candidate(3, normalise("An unrelated caption about a parade in Kyiv, Ukraine. (AP)"))
    assert list(find_near_duplicates([c], [a, b, c])) == []


def test_oversized_blocks_are_split_not_compared_in_full() -> None:
    # MAX_BLOCK + 1 distinct captions: the split must still find the one real pair.
    filler = [
        Candidate(i, normalise(f"caption number {i} of a long day of protests in the capital"))
        for i in range(1, MAX_BLOCK + 2)
    ]
    original = Candidate(10_000, normalise(BASE))
    retouched = Candidate(10_001, normalise(BASE.replace("Duhok", "Dohuk")))
    block = [*filler, original, retouched]
    pairs = list(find_near_duplicates([retouched], block))
    assert [(p.caption_id, p.other_id) for p in pairs] == [(10_001, 10_000)]
