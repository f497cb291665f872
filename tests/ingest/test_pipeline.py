"""The ingest pipeline against real databases (SQLite file and PostgreSQL)."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from catalog.db import open_catalog
from catalog.db.corrections import correct, decide_duplicate
from catalog.db.filters import CaptionFilter
from catalog.db.info import catalog_info
from catalog.db.models import (
    Caption,
    PossibleDuplicate,
    Use,
    article_table,
    caption_table,
    possible_duplicate_table,
)
from catalog.db.queries import search_captions
from catalog.ingest.model import FoundCaption, SourceArticle
from catalog.ingest.pipeline import Ingest, IngestReport, ingest_paths
from tests.conftest import REPO

SEED = REPO / "samples" / "000_b5319b385a107b68.txt"
CRATER = (
    "Residents look at a crater caused by a missile launched by Iran on U.S.-led coalition "
    "forces on the outskirts of Duhok, Iraq, on Jan. 8, 2020. (Ari Jalal/Reuters)"
)
WIRE = {"agency": "Reuters", "date": "2020-01-08", "credit": "Ari Jalal/Reuters"}


def _article(name: str, *captions: str, embedded: dict[str, str] | None = None) -> SourceArticle:
    return SourceArticle(
        source=name,
        format="jsonl",
        title=name,
        published=date(2020, 1, 8),
        content=f"body of {name}",
        captions=tuple(
            FoundCaption(text=text, position=i, embedded=embedded or {})
            for i, text in enumerate(captions)
        ),
    )


def _run(engine: Engine, *articles: SourceArticle, batch_size: int = 1000) -> IngestReport:
    return Ingest(engine, batch_size=batch_size).run_articles(articles)


def test_seed_gives_five_captions_five_uses_and_the_article(db_url: str) -> None:
    engine = open_catalog(db_url)
    report = ingest_paths(engine, [SEED])
    assert report.files_read == 1 and not report.skipped
    info = catalog_info(engine)
    assert (info.articles, info.captions, info.uses) == (1, 5, 5)
    with engine.connect() as connection:
        article = connection.execute(select(article_table)).one()
        texts = list(connection.execute(select(Caption.text)).scalars())
    assert article.title.startswith("Iran’s Leader: Missile Attacks")
    assert article.byline == "Zachary Stieber"
    assert article.published == date(2020, 1, 8)
    assert not [text for text in texts if "contributed to this report" in text]
    assert any(text.startswith("Residents look at a crater") for text in texts)


def test_reingesting_adds_nothing(db_url: str) -> None:
    engine = open_catalog(db_url)
    ingest_paths(engine, [SEED])
    before = catalog_info(engine)
    again = ingest_paths(engine, [SEED])
    assert (again.articles_new, again.captions_new, again.uses_new) == (0, 0, 0)
    assert again.articles_known == 1
    assert catalog_info(engine) == before


def test_every_sample_goes_in(db_url: str, tmp_path: Path) -> None:
    engine = open_catalog(db_url)
    report = ingest_paths(engine, [REPO / "samples"])
    assert report.skipped == []
    assert report.files_read >= 5
    assert report.captions_new > 5
    assert catalog_info(engine).uses == report.uses_new


def test_a_bad_file_is_reported_and_skipped(db_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED, folder / "seed.txt")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 20)
    engine = open_catalog(db_url)
    report = ingest_paths(engine, [folder])
    skipped = {Path(s.path).name: s.reason for s in report.skipped}
    assert set(skipped) == {"empty.txt", "broken.jpg"}
    assert all(reason for reason in skipped.values())
    assert report.files_read == 1
    assert catalog_info(engine).captions == 5


def test_a_missing_path_is_an_error_before_anything_is_written(db_url: str, tmp_path: Path) -> None:
    from catalog.errors import SourceError

    engine = open_catalog(db_url)
    with pytest.raises(SourceError):
        ingest_paths(engine, [SEED, tmp_path / "nowhere"])
    assert catalog_info(engine).articles == 0


def test_copies_across_articles_fold_and_every_use_counts(db_url: str) -> None:
    engine = open_catalog(db_url)
    report = _run(
        engine,
        _article("a", CRATER, embedded=WIRE),
        _article("b", CRATER.upper(), "Another picture of the day. (AP)"),
        _article("c", "FILE PHOTO: " + CRATER.replace("'", "\u2019")),
    )
    assert (report.captions_found, report.captions_new, report.uses_new) == (4, 2, 4)
    assert report.duplicates_folded == 2
    with engine.connect() as connection:
        uses = connection.execute(
            select(Use.caption_id).join(caption_table).where(Caption.text == CRATER)
        ).all()
    assert len(uses) == 3


def test_a_caption_twice_in_one_article_is_one_use(db_url: str) -> None:
    engine = open_catalog(db_url)
    report = _run(engine, _article("a", CRATER, "  " + CRATER + " "))
    assert (report.captions_new, report.uses_new) == (1, 1)


@pytest.mark.parametrize("batch_size", [1, 3, 10_000])
def test_batch_size_does_not_change_the_result(db_url: str, batch_size: int) -> None:
    engine = open_catalog(db_url)
    articles = [
        _article(f"art{i}", CRATER, f"Picture number {i % 4} of the day. (AP)") for i in range(9)
    ]
    report = _run(engine, *articles, batch_size=batch_size)
    info = catalog_info(engine)
    assert (info.articles, info.captions, info.uses) == (9, 5, 18)
    assert (report.articles_new, report.captions_new, report.uses_new) == (9, 5, 18)


def test_near_duplicates_are_linked_not_merged(db_url: str) -> None:
    engine = open_catalog(db_url)
    retouched = CRATER.replace("Duhok", "Dohuk")
    other_word = CRATER.replace("a crater", "the crater")
    report = _run(
        engine,
        _article("a", CRATER, embedded=WIRE),
        _article("b", retouched, embedded=WIRE),
        _article("c", other_word, embedded={**WIRE, "date": "2020-01-09"}),  # another day
    )
    assert report.captions_new == 3
    assert report.possible_duplicates == 1
    with engine.connect() as connection:
        link = connection.execute(select(possible_duplicate_table)).one()
        merged = connection.execute(
            select(Caption.id).where(Caption.merged_into_id.is_not(None))
        ).all()
        ids = dict(connection.execute(select(Caption.text, Caption.id)).all())
    assert (link.caption_id, link.other_id) == (ids[retouched], ids[CRATER])
    assert link.status == "open" and merged == []
    info = catalog_info(engine)
    assert (info.captions, info.possible_duplicates) == (3, 1)
    # Linking again (another ingest touching the block) adds no second link.
    _run(engine, _article("d", CRATER.replace("Residents", "People"), embedded=WIRE))
    with engine.connect() as connection:
        pairs = connection.execute(select(PossibleDuplicate.caption_id, PossibleDuplicate.other_id))
        assert len(set(pairs)) == catalog_info(engine).possible_duplicates
    # A person confirms: the merge is a correction; both captions stay stored.
    decide_duplicate(engine, link.id, confirm=True)
    assert catalog_info(engine).merged == 1
    assert catalog_info(engine).captions == 4


def test_search_finds_captions_by_words_and_fields(db_url: str) -> None:
    engine = open_catalog(db_url)
    _run(
        engine,
        _article("a", CRATER, embedded=WIRE),
        _article(
            "b", "Smoke rises over the harbour in Gdansk, Poland. (AP)", embedded={"agency": "AP"}
        ),
    )
    hits = search_captions(engine, CaptionFilter.parse("crater"))
    assert [hit.text for hit in hits] == [CRATER]
    assert hits[0].uses == 1
    assert search_captions(engine, CaptionFilter.parse("agency:AP"))[0].text.startswith("Smoke")
    assert search_captions(engine, CaptionFilter.parse("crater agency:AP")) == []
    assert len(search_captions(engine, CaptionFilter.parse("harb*"))) == 1


def test_corrections_survive_reingest(db_url: str) -> None:
    engine = open_catalog(db_url)
    _run(engine, _article("a", CRATER, embedded=WIRE))
    with engine.connect() as connection:
        caption_id = connection.execute(select(Caption.id)).scalar_one()
    correct(engine, caption_id, {"photographer": "Ari Jalal (corrected)", "via": "Getty Images"})
    _run(engine, _article("a", CRATER, embedded=WIRE), _article("b", CRATER.lower()))
    with engine.connect() as connection:
        row = connection.execute(select(caption_table).where(Caption.id == caption_id)).one()
    assert row.photographer == "Ari Jalal (corrected)"
    assert row.licensor == "Getty Images"
    assert row.edited and row.origins["photographer"] == "manual"
    assert catalog_info(engine).uses == 2


def test_files_are_read_in_bundles_bounded_by_count_and_bytes(tmp_path: Path) -> None:
    from catalog.ingest import pipeline

    small = []
    for number in range(1200):
        path = tmp_path / f"small_{number:04d}.txt"
        path.write_text("x" * 100)
        small.append(path)
    large = tmp_path / "large.jsonl"
    large.write_bytes(b"x" * pipeline._BUNDLE_BYTES)
    missing = tmp_path / "gone.txt"

    bundles = list(pipeline.bundle_files([*small, large, missing]))

    # Every file once, in order; a bundle closes at the file limit or once it holds the byte
    # limit (the large file ends one), and a file that cannot be measured counts nothing.
    assert [p for b in bundles for p in b.paths] == [*small, large, missing]
    assert [len(b.paths) for b in bundles] == [500, 500, 201, 1]
    assert bundles[2].paths[-1] == large
    assert bundles[3].paths == [missing] and bundles[3].size == 0


def _counts(engine: Engine) -> tuple[int, int, int, int]:
    """What two ways of reading one input must agree on."""
    info = catalog_info(engine)
    return info.articles, info.captions, info.uses, info.possible_duplicates


def test_files_too_large_for_one_reader_task_are_streamed_with_the_same_result(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from catalog.ingest import pipeline
    from tests.ingest.test_pipeline_processes import write_corpus

    folder = tmp_path / "corpus"
    write_corpus(folder, 40, seed=6)
    reference = open_catalog(f"sqlite:///{tmp_path / 'reference.db'}")
    Ingest(reference, workers=1, batch_size=50).run([folder])

    streamed: list[Path] = []
    read_here = pipeline.Ingest._read_here

    def spy(self: Ingest, files: list[Path]) -> object:
        streamed.extend(files)
        return read_here(self, files)

    monkeypatch.setattr(pipeline.Ingest, "_read_here", spy)
    # One file per bundle, and the larger half of the files count as too large for a worker.
    sizes = sorted(path.stat().st_size for path in folder.iterdir())
    monkeypatch.setattr(pipeline, "_BUNDLE_BYTES", 1)
    monkeypatch.setattr(pipeline, "_STREAM_BYTES", sizes[len(sizes) // 2])
    engine = open_catalog(f"sqlite:///{tmp_path / 'streamed.db'}")
    Ingest(engine, workers=2, batch_size=50).run([folder])

    assert 0 < len(streamed) < 40  # some bundles streamed here, the rest read by workers
    assert _counts(engine) == _counts(reference)
    engine.dispose()
    reference.dispose()


def test_a_large_json_lines_file_is_read_in_parts_by_the_workers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from catalog.ingest import pipeline
    from tests.ingest.test_jsonl import _lines_file

    folder = tmp_path / "corpus"
    folder.mkdir()
    _lines_file(folder / "a_good.jsonl", 200)
    _lines_file(folder / "b_bad.jsonl", 200, bad_line=150)
    shutil.copy(SEED, folder / "c_seed.txt")
    reference = open_catalog(f"sqlite:///{tmp_path / 'reference.db'}")
    expected = Ingest(reference, workers=1).run([folder])

    bundles = list(pipeline.bundle_files(sorted(folder.iterdir())))
    monkeypatch.setattr(pipeline, "_BUNDLE_BYTES", 3_000)
    parted = list(pipeline.bundle_files(sorted(folder.iterdir())))
    assert len(parted) > len(bundles) + 10  # the JSON lines files went in parts

    # Which side read each part (the real choice, recorded): the parser process reads too.
    choices: list[bool] = []
    take_next = pipeline.parsers_take_next

    def record(*counts: int) -> bool:
        choices.append(take_next(*counts))
        return choices[-1]

    monkeypatch.setattr(pipeline, "parsers_take_next", record)
    engine = open_catalog(f"sqlite:///{tmp_path / 'parts.db'}")
    report = Ingest(engine, workers=2, batch_size=100).run([folder])
    assert True in choices and False in choices

    # Files are counted and skipped as files, however many parts they were read in.
    assert (report.files_read, [s.path for s in report.skipped]) == (
        2,
        [str(folder / "b_bad.jsonl")],
    )
    assert "line 150:" in report.skipped[0].reason
    assert (report.articles, report.uses_new) == (expected.articles, expected.uses_new)
    assert _counts(engine) == _counts(reference)
    engine.dispose()
    reference.dispose()


def test_a_large_csv_file_is_read_in_parts_by_the_workers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from catalog.ingest import pipeline
    from tests.ingest.test_csv import _big_csv

    path = _big_csv(tmp_path / "captions.csv", 150)
    reference = open_catalog(f"sqlite:///{tmp_path / 'reference.db'}")
    expected = Ingest(reference, workers=1).run([path])

    monkeypatch.setattr(pipeline, "_BUNDLE_BYTES", 3_000)
    assert len(list(pipeline.bundle_files([path]))) > 10
    engine = open_catalog(f"sqlite:///{tmp_path / 'parts.db'}")
    report = Ingest(engine, workers=2, batch_size=100).run([path])

    assert (report.files_read, report.skipped) == (1, [])
    assert (report.articles, report.uses_new) == (expected.articles, expected.uses_new)
    assert report.articles == 150
    assert _counts(engine) == _counts(reference)
    engine.dispose()
    reference.dispose()


def test_caption_lines_of_one_article_read_in_parts_are_one_article_not_a_recrawl(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from catalog.ingest import pipeline

    path = tmp_path / "captions.jsonl"
    lines = [
        json.dumps(
            {
                "caption": f"Crews clear snow from street {row} in Oslo, Norway, Jan. {1 + number % 9}, "
                f"2024. NTB/Kari Berg {number}",
                "url": f"https://news.example/{number}",
            }
        )
        for number in range(100)
        for row in range(4)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setattr(pipeline, "_BUNDLE_BYTES", 3_000)
    assert len(list(pipeline.bundle_files([path]))) > 10
    engine = open_catalog(f"sqlite:///{tmp_path / 'parts.db'}")
    report = Ingest(engine, workers=2, batch_size=100).run([path])
    # A run cut in two would be the article, then a "recrawl" of it without the first half.
    assert (report.articles, report.articles_updated, report.uses_new, report.uses_removed) == (
        100,
        0,
        400,
        0,
    )
    engine.dispose()


@pytest.mark.parametrize(
    ("by_readers", "by_parsers", "readers", "parsers", "parsers_read"),
    [
        (1, 0, 1, 1, True),  # the parser idles: it reads
        (1, 1, 1, 1, False),  # a tie stays with the reader
        (2, 3, 1, 1, False),  # parse chunks count: the parser is the busier
        (2, 1, 2, 1, False),  # per process: two readers with one task each
        (3, 1, 2, 1, True),
        (0, 0, 1, 1, False),
    ],
)
def test_the_next_bundle_goes_to_the_side_with_less_to_do(
    by_readers: int, by_parsers: int, readers: int, parsers: int, parsers_read: bool
) -> None:
    from catalog.ingest.pipeline import parsers_take_next

    assert parsers_take_next(by_readers, by_parsers, readers, parsers) is parsers_read
