"""A gallery of near-identical captions in a real catalog: each caption is proposed as a
possible duplicate of its nearest few, not of every other, through ingest, a later ingest
into the same block and a reparse; and confirming pairs folds the gallery into one photo."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import Engine, delete, func, select, update

from catalog.db import open_catalog
from catalog.db.corrections import decide_duplicate, undo
from catalog.db.duplicate_review import duplicate_pairs
from catalog.db.duplicates import link_queued, queue
from catalog.db.models import Caption, PossibleDuplicate, caption_table, possible_duplicate_table
from catalog.dedupe import PAIRS_PER_CAPTION, is_near_duplicate, normalise
from catalog.ingest.pipeline import Ingest
from catalog.ingest.reparse import reparse
from tests.cli import catalog

# Two numbers apart, one photographer, one day: the shape of a wire gallery.
GALLERY = (
    "Volunteers stack sandbags along the river embankment as flood water rises in Passau, "
    "Germany, June 3, 2024. Picture {number} of the series, roll {roll}. (AP Photo/Lena Vogt)"
)


def _gallery(numbers: Iterable[int]) -> list[str]:
    return [GALLERY.format(number=n, roll=500 + 3 * n) for n in numbers]


def _write(path: Path, captions: list[str], page: str) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for caption in captions:
            row = {"caption": caption, "url": f"https://example.org/{page}", "title": page}
            out.write(json.dumps({**row, "published": "2024-06-03"}) + "\n")
    return path


def _pairs(engine: Engine) -> list[tuple[int, int]]:
    with engine.connect() as connection:
        rows = connection.execute(select(PossibleDuplicate.caption_id, PossibleDuplicate.other_id))
        return [(newer, older) for newer, older in rows]


def _texts(engine: Engine) -> dict[int, str]:
    with engine.connect() as connection:
        return dict(connection.execute(select(Caption.id, Caption.text)).all())


def _assert_nearest_only(engine: Engine, searched: int) -> None:
    """At most PAIRS_PER_CAPTION pairs per caption searched; every caption has a pair, and
    every pair is a true near-duplicate (a typo or two words apart)."""
    pairs, texts = _pairs(engine), _texts(engine)
    assert len(pairs) == len(set(pairs)) <= PAIRS_PER_CAPTION * searched
    assert {caption for pair in pairs for caption in pair} == set(texts)
    for newer, older in pairs:
        assert newer > older
        assert is_near_duplicate(normalise(texts[newer]), normalise(texts[older])) is not None


def _photos(engine: Engine) -> int:
    with engine.connect() as connection:
        photo = func.coalesce(Caption.merged_into_id, Caption.id)
        return int(connection.execute(select(func.count(photo.distinct()))).scalar_one())


def test_a_gallery_pairs_each_caption_with_its_nearest_few(db_url: str, tmp_path: Path) -> None:
    engine = open_catalog(db_url)
    folder = tmp_path / "corpus"
    folder.mkdir()
    gallery = _gallery(range(1, 301))
    _write(folder / "gallery.jsonl", gallery, "gallery")
    # Copies that fold into the gallery's captions (case, a FILE PHOTO label): uses, not pairs.
    copies = ["FILE PHOTO: " + caption.upper() for caption in gallery[:10]]
    _write(folder / "copies.jsonl", copies, "copies")
    report = Ingest(engine).run([folder])
    assert (report.captions_new, report.uses_new, report.duplicates_folded) == (300, 310, 10)
    assert report.possible_duplicates == len(_pairs(engine))
    _assert_nearest_only(engine, 300)
    # Every pair of 300 captions is a near-duplicate: all of them were 44,850 pairs.
    assert len(_pairs(engine)) <= 3 * 300

    # A later ingest into the same block: each new caption is compared with the whole block
    # and adds at most PAIRS_PER_CAPTION pairs, each with one of its own.
    before = set(_pairs(engine))
    more = _write(tmp_path / "more.jsonl", _gallery(range(301, 306)), "more")
    report = Ingest(engine).run([more])
    added = set(_pairs(engine)) - before
    new_ids = {i for i, text in _texts(engine).items() if text in _gallery(range(301, 306))}
    assert len(new_ids) == 5 and report.possible_duplicates == len(added)
    assert len(added) <= PAIRS_PER_CAPTION * 5
    assert all(newer in new_ids for newer, _older in added)
    assert {newer for newer, _older in added} == new_ids
    engine.dispose()


def test_a_reparse_that_moves_a_gallery_pairs_it_again_linearly(
    db_url: str, tmp_path: Path
) -> None:
    engine = open_catalog(db_url)
    Ingest(engine).run([_write(tmp_path / "gallery.jsonl", _gallery(range(1, 121)), "g")])
    linked = set(_pairs(engine))
    with engine.begin() as connection:
        # What an older parser stored: another day for the gallery, and no pairs.
        connection.execute(update(caption_table).values(date="2024-06-02"))
        connection.execute(delete(possible_duplicate_table))
    report = reparse(engine)
    assert report.changed == 120
    assert report.possible_duplicates == len(_pairs(engine))
    _assert_nearest_only(engine, 120)
    # The nearest do not depend on the order the captions are searched in.
    assert set(_pairs(engine)) == linked
    assert reparse(engine).possible_duplicates == 0
    engine.dispose()


def test_confirming_pairs_folds_the_gallery_into_one_photo(db_url: str, tmp_path: Path) -> None:
    engine = open_catalog(db_url)
    Ingest(engine).run([_write(tmp_path / "gallery.jsonl", _gallery(range(1, 41)), "g")])
    confirmed: list[list[int]] = []
    while open_pairs := duplicate_pairs(engine, "open", limit=1):
        confirmed.append(decide_duplicate(engine, open_pairs[0].id, confirm=True))
    # Each confirmation joined two photos: 39 of them fold 40 captions into one.
    assert (_photos(engine), len(confirmed)) == (1, 39)
    with engine.connect() as connection:
        merged_into = set(connection.execute(select(Caption.merged_into_id).distinct()).scalars())
        statuses = set(connection.execute(select(PossibleDuplicate.status)).scalars())
    # One level: every caption points at the photo itself, never at a merged caption.
    assert len(merged_into - {None}) == 1 and statuses == {"confirmed"}
    # Undoing the last confirmation splits the photo again and reopens what it answered.
    undo(engine, confirmed[-1])
    assert _photos(engine) == 2
    assert duplicate_pairs(engine, "open")
    engine.dispose()


def test_a_reparse_that_splits_a_block_drops_the_pairs_across_it(
    db_url: str, tmp_path: Path
) -> None:
    engine = open_catalog(db_url)
    first_day = _gallery(range(1, 61))
    # The same pictures filed again the next day: each caption's nearest is its twin.
    second_day = [text.replace("June 3", "June 4") for text in first_day]
    Ingest(engine).run([_write(tmp_path / "g.jsonl", first_day + second_day, "g")])
    ids = list(_texts(engine))
    with engine.begin() as connection:
        # What an older parser stored and linked: both days read as the first, one block.
        connection.execute(update(caption_table).values(date="2024-06-03"))
        connection.execute(delete(possible_duplicate_table))
        queue(connection, ids)
    link_queued(engine)
    assert _pairs_across_days(engine) > 0
    report = reparse(engine)
    assert report.changed == 60
    # The pairs across the two days left the queue; both days' captions were searched again.
    assert _pairs_across_days(engine) == 0
    _assert_nearest_only(engine, 120 + 60)
    engine.dispose()


def _pairs_across_days(engine: Engine) -> int:
    """Pairs of a caption of June 3 with one of June 4, by what their texts say."""
    texts = _texts(engine)
    return sum(
        ("June 3" in texts[newer]) != ("June 3" in texts[older]) for newer, older in _pairs(engine)
    )


def test_confirming_from_the_command_line_says_what_it_folded(db_url: str, tmp_path: Path) -> None:
    engine = open_catalog(db_url)
    Ingest(engine).run([_write(tmp_path / "g.jsonl", _gallery(range(1, 4)), "g")])
    first, second, third = sorted(_texts(engine))
    pair_id = {pair: i for i, pair in _pair_ids(engine).items()}
    engine.dispose()
    done = catalog("--db", db_url, "duplicates", "confirm", str(pair_id[third, second]), "--yes")
    assert done.stderr.strip().endswith(f"#{third} merged into #{second}.")
    # The second caption's photo now holds the third: both go into the first's.
    done = catalog("--db", db_url, "duplicates", "confirm", str(pair_id[second, first]), "--yes")
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip().endswith(
        f"#{second} merged into #{first}, with 1 caption(s) merged into it before."
    )
    assert catalog("--db", db_url, "duplicates", "list").stderr.startswith("0 open pair(s)")


def _pair_ids(engine: Engine) -> dict[int, tuple[int, int]]:
    with engine.connect() as connection:
        rows = connection.execute(
            select(PossibleDuplicate.id, PossibleDuplicate.caption_id, PossibleDuplicate.other_id)
        )
        return {pair_id: (newer, older) for pair_id, newer, older in rows}


def test_a_caption_whose_near_duplicates_came_later_keeps_a_pair(
    db_url: str, tmp_path: Path
) -> None:
    """The first caption of a gallery ingested alone; the rest come later, nearer to each
    other than to it. It is still proposed with one of them, and the later ingest adds at
    most PAIRS_PER_CAPTION pairs for each caption it searched."""
    engine = open_catalog(db_url)
    first = GALLERY.format(number=1000, roll=987654)
    Ingest(engine).run([_write(tmp_path / "first.jsonl", [first], "first")])
    assert _pairs(engine) == []
    report = Ingest(engine).run([_write(tmp_path / "more.jsonl", _gallery(range(1, 21)), "more")])
    _assert_nearest_only(engine, 20 + 1)
    assert report.possible_duplicates == len(_pairs(engine))
    engine.dispose()
