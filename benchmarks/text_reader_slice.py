"""A fixed slice of the text reader's work, for counting instructions with callgrind (a count
that holds whatever the machine's load, where a clock does not).

    valgrind --tool=callgrind .venv/bin/python benchmarks/text_reader_slice.py --seed-shaped
    valgrind --tool=callgrind .venv/bin/python benchmarks/text_reader_slice.py --seed-shaped --warm-only

The corpus is the one ``text_reader_speed.py`` builds (1 MB by default); the first fifth warms
the caches as ingest's wire captions do, the rest is read and prepared as a reader worker does.
The difference of the two counts (``--warm-only`` builds the corpus and warms, nothing more),
divided by the articles printed, is the instructions an article.
"""

from __future__ import annotations

import argparse


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=1.0, help="MB of text to read")
    parser.add_argument("--seed-shaped", action="store_true", help="ingest_speed.py's articles")
    parser.add_argument("--warm-only", action="store_true", help="stop after warming")
    args = parser.parse_args()
    # The script's own folder is on the path when it runs: text_reader_speed.py sits beside it.
    from text_reader_speed import seed_shaped_corpus, shapes_corpus

    from catalog.ingest.collector import tune_for_bulk_work
    from catalog.ingest.prepare import prepare_article
    from catalog.ingest.sources.text import article_from_text

    corpus = seed_shaped_corpus(args.mb) if args.seed_shaped else shapes_corpus(args.mb)
    tune_for_bulk_work()  # as a reader worker runs
    warm = len(corpus) // 5
    for number, text in enumerate(corpus[:warm]):
        prepare_article(article_from_text(text, source=f"article {number}"))
    if not args.warm_only:
        for number, text in enumerate(corpus[warm:], warm):
            prepare_article(article_from_text(text, source=f"article {number}"))
    print(f"{len(corpus) - warm:,} articles counted after {warm:,} to warm the caches")


if __name__ == "__main__":
    main()
