"""What the parser keeps between runs (``start_cache``: its parsed data files, its largest
compiled patterns) gives exactly what building them afresh gives, and a stale, corrupt or
unwritable cache costs only time."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from catalog.parsing import credit_spans, credits, data_files, dates, names, pattern_cache
from catalog.parsing.start_cache import CacheFile, save_caches, use_cache_folder
from tests.parsing.source_calls import calls_of

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "samples" / "000_b5319b385a107b68.txt"
CAPTION = "Firefighters clear debris in Lyon, France, on March 3, 2021. (Ana Weiss/AFP)"


def kept_patterns() -> list[re.Pattern[str]]:
    """The patterns ``pattern_cache`` keeps, as the parser builds them."""
    return [
        credits._prefix(),
        credit_spans._furniture(),
        credit_spans._glued_label(),
        credit_spans._leading_label(),
        *credit_spans._leading_person()[:2],
        credit_spans._cjk_label(),
        credit_spans._note_opener(),
        dates._patterns().at_word,
        dates._patterns().at_number,
        names._cjk_name(),
        names._cjk_letter(),
    ]


def restart(folder: Path) -> None:
    """As a new process would: every cache file read again from ``folder``."""
    use_cache_folder(None)
    use_cache_folder(folder)


@pytest.fixture
def folder(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "kept"
    use_cache_folder(folder)
    yield folder
    use_cache_folder(None)


def test_a_kept_pattern_is_the_pattern_re_compiles(folder: Path) -> None:
    for built in kept_patterns():
        made = pattern_cache.compile(built.pattern, built.flags)
        assert made == re.compile(built.pattern, built.flags)  # compiled code compared too
    save_caches()
    assert (folder / "patterns.marshal").exists()
    restart(folder)
    for built in kept_patterns():
        kept = pattern_cache._compiled.get((built.pattern, built.flags))
        assert kept is not None, built.pattern[:60]
        again = pattern_cache.compile(built.pattern, built.flags)
        assert again == re.compile(built.pattern, built.flags)
        assert again.groupindex == built.groupindex
        assert again.groups == built.groups


def test_kept_patterns_are_the_same_text_in_every_process(tmp_path: Path) -> None:
    # Built from sets of words: joined in a set's order, each process would build (and keep)
    # another text, and never find the one kept.
    code = (
        "import json\n"
        "from tests.parsing.test_start_cache import kept_patterns\n"
        "print(json.dumps([pattern.pattern for pattern in kept_patterns()]))\n"
    )
    texts = []
    for seed in ("1", "2"):
        result = subprocess.run(
            [sys.executable, "-c", code],
            env=os.environ | {"PYTHONHASHSEED": seed},
            cwd=REPO,
            capture_output=True,
            text=True,
            check=True,
            timeout=120,
        )
        texts.append(json.loads(result.stdout))
    assert texts[0] == texts[1]


def test_the_parser_compiles_its_patterns_only_through_the_cache() -> None:
    # A start compiles about 190 of the parser's patterns; each kept compiled is one fewer
    # for re's compiler, which is written in Python.
    found = calls_of("compile", "re", allowed_in="pattern_cache.py")
    assert found == {}, "use catalog.parsing.pattern_cache.compile() in place of re.compile()"


def test_every_pattern_an_ingest_keeps_is_the_same_text_in_every_process(tmp_path: Path) -> None:
    # Every pattern a first ingest keeps, not only the largest: one joined in a set's order
    # would be kept under a new text by each process (whose hash seed differs) and never found.
    kept = []
    for seed in ("1", "2"):
        folder = tmp_path / f"cache-{seed}"
        database = f"sqlite:///{tmp_path / seed}.db"
        subprocess.run(
            [sys.executable, "-m", "catalog", "--db", database, "ingest", str(SEED)],
            env=os.environ | {"PYTHONHASHSEED": seed, "CATALOG_CACHE_DIR": str(folder)},
            cwd=REPO,
            capture_output=True,
            check=True,
            timeout=120,
        )
        use_cache_folder(folder)
        pattern_cache._compiled.get(None)  # read the file the process wrote
        kept.append(set(pattern_cache._compiled._entries))
        use_cache_folder(None)
    assert len(kept[0]) > 100
    assert kept[0] == kept[1]


def test_a_changed_data_file_is_parsed_again(folder: Path) -> None:
    assert data_files.parse_toml("data/x.toml", b'words = ["a", "b"]\n') == {"words": ["a", "b"]}
    save_caches()
    restart(folder)
    assert data_files._parsed.get(("data/x.toml", b'words = ["a", "b"]\n')) is not None
    assert data_files.parse_toml("data/x.toml", b'words = ["a", "c"]\n') == {"words": ["a", "c"]}
    assert data_files.parse_toml("data/x.toml", b'words = ["a", "b"]\n') == {"words": ["a", "b"]}


def test_a_kept_data_file_reads_as_tomllib_reads_it(folder: Path) -> None:
    import tomllib

    for path in ("data/agencies.toml", "data/names.toml", "data/languages/de.toml"):
        fresh = data_files.read_toml(path)
        save_caches()
        restart(folder)
        assert data_files._parsed.get((path, _package_bytes(path))) is not None
        kept = data_files.read_toml(path)
        assert kept == fresh == tomllib.loads(_package_bytes(path).decode("utf-8"))
        kept["changed by a caller"] = True  # each call has a dict of its own
        assert "changed by a caller" not in data_files.read_toml(path)


def test_a_corrupt_cache_file_is_ignored_and_replaced(folder: Path) -> None:
    folder.mkdir()
    raw = b"answer = 42\n"
    for garbage in (b"", b"\x00\x01", b"not marshal at all" * 100):
        (folder / "data-files.marshal").write_bytes(garbage)
        restart(folder)
        assert data_files.parse_toml("data/y.toml", raw) == {"answer": 42}
        save_caches()
        restart(folder)
        assert data_files._parsed.get(("data/y.toml", raw)) is not None


def test_a_damaged_entry_fails_the_checksum(folder: Path) -> None:
    data_files.parse_toml("data/z.toml", b"answer = 42\n")
    save_caches()
    path = folder / "data-files.marshal"
    damaged = bytearray(path.read_bytes())
    damaged[damaged.index(b"42") + 1] ^= 0x01  # "43": well-formed, and wrong
    path.write_bytes(bytes(damaged))
    restart(folder)
    assert data_files._parsed.get(("data/z.toml", b"answer = 42\n")) is None
    assert data_files.parse_toml("data/z.toml", b"answer = 42\n") == {"answer": 42}


def test_another_pythons_file_is_ignored(folder: Path) -> None:
    mine = CacheFile("stamped.marshal", ("this python",), max_entries=10)
    mine.put("key", "value")
    save_caches()
    theirs = CacheFile("stamped.marshal", ("another python",), max_entries=10)
    restart(folder)
    assert mine.get("key") == "value"
    assert theirs.get("key") is None


def test_old_entries_go_when_the_file_is_full(folder: Path) -> None:
    kept = CacheFile("full.marshal", (), max_entries=3)
    for key in "abc":
        kept.put(key, key.upper())
    save_caches()
    restart(folder)
    assert kept.get("a") == "A"
    kept.put("d", "D")  # four: only what this run used and made stays
    save_caches()
    restart(folder)
    assert [kept.get(key) for key in "abcd"] == ["A", None, None, "D"]


def test_an_unwritable_folder_costs_only_time(tmp_path: Path) -> None:
    blocked = tmp_path / "a file"
    blocked.write_text("not a folder")
    use_cache_folder(blocked / "cache")
    try:
        assert data_files.parse_toml("data/w.toml", b"answer = 42\n") == {"answer": 42}
        built = credits._prefix()
        assert pattern_cache.compile(built.pattern, built.flags) == built
        save_caches()  # cannot write: says nothing, raises nothing
    finally:
        use_cache_folder(None)
    assert list(tmp_path.iterdir()) == [blocked]


def test_no_folder_named_reads_and_writes_nothing(tmp_path: Path) -> None:
    use_cache_folder(None)
    assert data_files.parse_toml("data/v.toml", b"answer = 42\n") == {"answer": 42}
    assert data_files._parsed.get(("data/v.toml", b"answer = 42\n")) is None
    save_caches()
    assert list(tmp_path.iterdir()) == []


def test_commands_answer_alike_with_no_cache_a_new_one_and_a_broken_one(tmp_path: Path) -> None:
    cache = tmp_path / "cache"

    def run(*argv: str) -> str:
        result = subprocess.run(
            [sys.executable, "-m", "catalog", *argv],
            env=os.environ | {"CATALOG_CACHE_DIR": str(cache)},
            capture_output=True,
            text=True,
            check=True,
            timeout=120,
        )
        return result.stdout

    first = run("parse", "--json", CAPTION)
    assert sorted(path.name for path in cache.iterdir()) == [
        "data-files.marshal",
        "patterns.marshal",
    ]
    assert run("parse", "--json", CAPTION) == first
    for path in cache.iterdir():
        path.write_bytes(path.read_bytes()[:1000])  # cut short, as by a full disk
    assert run("parse", "--json", CAPTION) == first
    # An ingest with the cache this made, against one that makes a new cache.
    run("--db", str(tmp_path / "kept.db"), "ingest", str(SEED))
    for path in cache.iterdir():
        path.unlink()
    run("--db", str(tmp_path / "new.db"), "ingest", str(SEED))
    exported = [
        run("--db", str(tmp_path / name), "export", "--format", "jsonl")
        for name in ("kept.db", "new.db")
    ]
    assert exported[0] == exported[1]
    assert exported[0].count("\n") == 5  # the seed's captions


def _package_bytes(path: str) -> bytes:
    from importlib import resources

    return resources.files("catalog.parsing").joinpath(path).read_bytes()
