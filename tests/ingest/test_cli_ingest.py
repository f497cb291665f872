"""``catalog ingest`` through its entry point: what it reads, what it lists, how it exits."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli import catalog
from tests.conftest import REPO

SAMPLES = REPO / "samples"
SEED = SAMPLES / "000_b5319b385a107b68.txt"


def info(db: Path) -> dict[str, object]:
    done = catalog("--db", str(db), "info", "--json")
    assert done.returncode == 0, done.stderr
    data: dict[str, object] = json.loads(done.stdout)
    return data


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    """The seed, a damaged image, and files no reader takes."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "seed.txt").write_bytes(SEED.read_bytes())
    (folder / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really a photo")
    (folder / "notes.md").write_text("# what to ingest next\n")
    (folder / "fetch.py").write_text("print('scraper')\n")
    return folder


def test_skipped_and_unread_files_are_counted_and_listed(tmp_path: Path, inbox: Path) -> None:
    db = tmp_path / "c.db"
    done = catalog("--db", str(db), "ingest", str(inbox))
    assert done.returncode == 0, done.stderr  # the run completed
    assert "broken.jpg" in done.stderr and "broken.jpg" in done.stdout
    assert "files no reader takes" in done.stdout
    assert "notes.md" in done.stdout and "fetch.py" in done.stdout
    # Each file is listed under its own count.
    lines = done.stdout.splitlines()
    at = {
        name: next(i for i, line in enumerate(lines) if name in line)
        for name in ("files skipped", "broken.jpg", "files no reader takes", "notes.md")
    }
    assert at["files skipped"] < at["broken.jpg"] < at["files no reader takes"] < at["notes.md"]
    # Words, never a Python object's repr.
    assert " at 0x" not in done.stdout + done.stderr
    again = json.loads(catalog("--db", str(db), "ingest", "--json", str(inbox)).stdout)
    assert sorted(Path(p).name for p in again["files_not_read"]) == ["fetch.py", "notes.md"]
    assert [Path(s["path"]).name for s in again["files_skipped"]] == ["broken.jpg"]


def test_strict_exits_1_when_a_file_was_skipped(tmp_path: Path, inbox: Path) -> None:
    db = tmp_path / "c.db"
    done = catalog("--db", str(db), "ingest", "--strict", str(inbox))
    assert done.returncode == 1
    assert "skipped" in done.stderr
    assert info(db)["captions"] == 5  # the rest went in all the same
    clean = catalog("--db", str(db), "ingest", "--strict", str(inbox / "seed.txt"))
    assert clean.returncode == 0, clean.stderr


def test_exit_statuses_are_in_the_help() -> None:
    text = catalog("ingest", "--help").stdout
    assert "Exit status" in text and "--strict" in text and "--encoding" in text
    for status in ("0 ", "1 ", "2 "):
        assert status in text


def test_encoding_forces_how_text_is_read(tmp_path: Path) -> None:
    page = tmp_path / "zurich.txt"
    page.write_bytes(
        SEED.read_text(encoding="utf-8")
        .replace("Tehran", "Zürich")
        .encode("cp1252", errors="replace")
    )
    db = tmp_path / "c.db"
    refused = catalog("--db", str(db), "ingest", str(page))
    assert refused.returncode == 0
    assert "--encoding" in refused.stderr  # the hint, with the file skipped
    done = catalog("--db", str(db), "ingest", "--encoding", "cp1252", str(page))
    assert done.returncode == 0, done.stderr
    hits = catalog("--db", str(db), "search", "--json", "Zürich").stdout.splitlines()
    assert hits and all("Zürich" in json.loads(hit)["text"] for hit in hits)
    bad = catalog("--db", str(db), "ingest", "--encoding", "klingon", str(page))
    assert bad.returncode == 2 and "klingon" in bad.stderr and "Traceback" not in bad.stderr


def test_json_lines_of_captions(tmp_path: Path) -> None:
    lines = [
        {
            "caption": "Soldiers patrol in Kyiv, Ukraine, March 3, 2022. REUTERS/Jane Doe",
            "url": "https://news.example/kyiv",
            "title": "Kyiv",
        },
        {
            "caption": "A dog runs on the beach in Nice, France. AP Photo/John Smith",
            "url": "https://news.example/kyiv",
            "title": "Kyiv",
        },
        {"headline": "nothing to read here"},
    ]
    source = tmp_path / "captions.jsonl"
    source.write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    db = tmp_path / "c.db"
    done = catalog("--db", str(db), "ingest", str(source))
    assert done.returncode == 0, done.stderr
    assert "line 3" in done.stderr
    held = info(db)
    assert (held["articles"], held["captions"], held["uses"]) == (1, 2, 2)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs a named pipe")
def test_ctrl_c_says_what_is_in_the_catalog_and_a_rerun_finishes(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "seed.txt").write_bytes(SEED.read_bytes())
    # A named pipe as the last input: the run blocks on it, after it wrote the seed (batches of
    # one article), until the test has interrupted it. No timing involved.
    pipe = tmp_path / "zz-pending.txt"
    os.mkfifo(pipe)
    db = tmp_path / "c.db"
    command = ["--db", str(db), "ingest", "--batch-size", "1", str(folder), str(pipe)]
    # As a terminal starts it: with Ctrl-C's default handling. A process that starts with SIGINT
    # ignored keeps it ignored (Python's rule, and nohup's), and the test runner may be one.
    start = (
        "import runpy, signal, sys; signal.signal(signal.SIGINT, signal.default_int_handler); "
        "sys.argv = ['catalog', *sys.argv[1:]]; runpy.run_module('catalog', run_name='__main__')"
    )
    run = subprocess.Popen(
        [sys.executable, "-c", start, *command],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "COLUMNS": "200"},
    )
    with pipe.open("wb"):  # returns once the ingest has opened the pipe to read it
        run.send_signal(signal.SIGINT)
    # Closing the pipe ends the read it is blocked in: the kernel may hand the signal to
    # another of its threads (the progress bar's), and then only the read's end lets the main
    # thread see it.
    _out, err = run.communicate(timeout=120)
    assert run.returncode == 130
    assert "Traceback" not in err
    assert "The catalog now holds 1 articles, 5 captions and 5 uses." in err
    assert err.rstrip().endswith(
        "Run the same command again to finish; nothing will be counted twice."
    )
    # The re-run, with the pipe's article now a real file, finishes the job.
    pipe.unlink()
    (folder / "more.jsonl").write_text(
        json.dumps({"caption": "Ice covers the harbour in Lucerne. EPA-EFE/Urs Flueeler"}) + "\n"
    )
    done = catalog("--db", str(db), "ingest", "--json", str(folder))
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert (summary["articles_known"], summary["uses"]) == (1, 1)
    held = info(db)
    assert (held["articles"], held["captions"], held["uses"]) == (2, 6, 6)
