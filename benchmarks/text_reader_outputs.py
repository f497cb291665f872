"""The text reader's output on the speed benchmark's corpora, as JSON lines to diff: speed work
on the reader must leave every title, byline, date and caption as it was.

    .venv/bin/python benchmarks/text_reader_outputs.py before.jsonl ../shared/eval/articles
    (change the reader)
    .venv/bin/python benchmarks/text_reader_outputs.py after.jsonl ../shared/eval/articles
    cmp before.jsonl after.jsonl

Each line is one article: [its name, title, byline, date, url, [captions]]. The articles are
those ``text_reader_speed.py`` reads (the mixed shapes and ``--seed-shaped``, a few MB of
each, built the same way every run), then every ``*.txt`` file of the folders given.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from pathlib import Path

from catalog.ingest.sources.text import article_from_text


def _articles(mb: float, folders: list[Path]) -> Iterator[tuple[str, str]]:
    # The script's own folder is on the path when it runs: text_reader_speed.py sits beside it.
    from text_reader_speed import seed_shaped_corpus, shapes_corpus

    for number, text in enumerate(shapes_corpus(mb)):
        yield f"shapes {number}", text
    for number, text in enumerate(seed_shaped_corpus(mb)):
        yield f"seed-shaped {number}", text
    for folder in folders:
        for path in sorted(folder.glob("*.txt")):
            yield str(path), path.read_text(encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="JSON lines file to write")
    parser.add_argument("folders", type=Path, nargs="*", help="folders of .txt articles")
    parser.add_argument("--mb", type=float, default=3.0, help="MB of each generated corpus")
    args = parser.parse_args()
    count = 0
    with args.out.open("w", encoding="utf-8") as out:
        for name, text in _articles(args.mb, args.folders):
            article = article_from_text(text, source=name)
            published = article.published.isoformat() if article.published else None
            fields = [name, article.title, article.byline, published, article.url]
            captions = [caption.text for caption in article.captions]
            out.write(json.dumps([*fields, captions], ensure_ascii=False) + "\n")
            count += 1
    print(f"{count:,} articles written to {args.out}")


if __name__ == "__main__":
    main()
