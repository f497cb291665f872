"""The normalised key folds copies of one caption; near-duplicates are scored, never folded."""

from __future__ import annotations

import random
from collections.abc import Iterable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from catalog import dedupe
from catalog.dedupe import (
    MAX_BLOCK,
    PAIRS_PER_CAPTION,
    Candidate,
    NearDuplicate,
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


def _frames(count: int, source: tuple[str, str] = ("Ari Jalal", "Reuters")) -> list[Candidate]:
    """Captions of one gallery: near-duplicates of each other, a frame number apart."""
    return [
        Candidate(i, normalise(BASE.replace("a crater", f"crater {i}")), source)
        for i in range(1, count + 1)
    ]


def test_a_caption_is_paired_with_its_nearest_few_only() -> None:
    block = _frames(40)
    pairs = list(find_near_duplicates(block, block))
    assert len(pairs) <= PAIRS_PER_CAPTION * len(block)
    assert {c for p in pairs for c in (p.caption_id, p.other_id)} == {c.id for c in block}
    # A new caption compared with the whole block adds at most its nearest few.
    new = Candidate(41, normalise(BASE.replace("a crater", "crater 41")), block[0].source)
    added = list(find_near_duplicates([new], [*block, new]))
    assert 0 < len(added) <= PAIRS_PER_CAPTION
    assert all(p.caption_id == 41 for p in added)


def test_the_nearest_are_the_most_alike() -> None:
    query = Candidate(100, normalise(BASE), ("Ari Jalal", "Reuters"))
    one_typo = [
        Candidate(i, normalise(BASE.replace("Duhok", word)), query.source)
        for i, word in enumerate(("Dohuk", "Duhuk", "Dahok"), start=1)
    ]
    two_words = [
        Candidate(i, normalise(BASE.replace("Residents look", f"People {word}")), query.source)
        for i, word in enumerate(("stare", "gaze", "peer"), start=4)
    ]
    pairs = find_near_duplicates([query], [*two_words, query, *one_typo])
    assert sorted(p.other_id for p in pairs) == [1, 2, 3]


def test_another_photographers_frames_do_not_take_the_places() -> None:
    theirs = _frames(PAIRS_PER_CAPTION + 2, ("Safin Hamed", "Reuters"))
    # Two words apart from the new caption, where the other photographer's frames are a few
    # characters apart: theirs are nearer, but they are other photos.
    ours = BASE.replace("Residents look at a crater", "People look at the crater 1")
    older = Candidate(50, normalise(ours), ("Ari Jalal", None))
    mine = Candidate(51, normalise(BASE.replace("a crater", "a crater 1")), ("Ari Jalal", None))
    pairs = list(find_near_duplicates([mine], [*theirs, older, mine]))
    assert [(p.caption_id, p.other_id) for p in pairs] == [(51, 50)]


@given(st.permutations(list(range(1, 31))))
def test_the_pairs_do_not_depend_on_the_ids(ids: list[int]) -> None:
    """A parallel ingest numbers captions in another order than a serial one."""
    block = _frames(30)
    renumbered = [Candidate(new, c.text, c.source) for new, c in zip(ids, block, strict=True)]
    text_of = {c.id: c.text for c in renumbered}

    def by_text(pairs: Iterable[NearDuplicate], text: dict[int, str]) -> set[frozenset[str]]:
        return {frozenset((text[p.caption_id], text[p.other_id])) for p in pairs}

    assert by_text(find_near_duplicates(renumbered, renumbered), text_of) == by_text(
        find_near_duplicates(block, block), {c.id: c.text for c in block}
    )


@pytest.mark.parametrize("seed", range(12))
def test_the_word_pair_index_finds_what_scoring_the_whole_block_finds(seed: int) -> None:
    """Captions a word or two apart (edits anywhere, ends included) among unrelated ones of
    the same day and credit: looking up a caption's rarest word pairs finds the same nearest
    as scoring every caption of the block."""
    rng = random.Random(seed)
    words = BASE.split()
    vocabulary = ["smoke", "rises", "over", "the", "harbour", "crowd", "gathers", "near", "port"]
    texts = {BASE}
    while len(texts) < 40:
        variant = list(words)
        for _ in range(rng.choice((1, 2))):
            at = rng.randrange(len(variant) + 1)
            edit = rng.choice(("insert", "delete", "replace"))
            if edit == "insert":
                variant.insert(at, rng.choice(vocabulary))
            elif at < len(variant):
                variant[at : at + 1] = [] if edit == "delete" else [rng.choice(vocabulary)]
        texts.add(" ".join(variant))
    day_and_credit = words[-5:]  # "on Jan. 8, 2020. (Ari Jalal/Reuters)"
    while len(texts) < 100:
        made_up = ["".join(rng.choices("aeiklmnorst", k=rng.randint(2, 8))) for _ in range(12)]
        texts.add(" ".join([*made_up, *day_and_credit]))
    block = [Candidate(i, normalise(text)) for i, text in enumerate(sorted(texts), start=1)]
    assert len(block) >= dedupe._INDEXED
    indexed = sorted(find_near_duplicates(block, block), key=lambda p: (p.caption_id, p.other_id))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(dedupe, "_INDEXED", len(block) + 1)
        whole = sorted(find_near_duplicates(block, block), key=lambda p: (p.caption_id, p.other_id))
    assert indexed == whole
    assert len(whole) > len(block) // 2  # the variants do pair


def test_an_older_caption_without_a_pair_is_searched_among_the_new() -> None:
    """Its near-duplicates came later and are nearer to each other than to it: none takes it
    among its nearest, so it is searched among them."""
    first = Candidate(1, normalise(BASE.replace("a crater", "crater 123456789")))
    later = _frames(PAIRS_PER_CAPTION + 3)
    later = [Candidate(c.id + 1, c.text) for c in later]
    block = [first, *later]
    assert all(p.other_id != 1 for p in find_near_duplicates(later, block))
    pairs = list(find_near_duplicates(later, block, lone=[first]))
    assert [p for p in pairs if p.other_id == 1]
    assert len([p for p in pairs if p.other_id == 1]) <= PAIRS_PER_CAPTION
