"""Text reader speed: MB of text and captions read per second, on one core, over a generated
corpus of articles in the shapes real scraped text takes.

    .venv/bin/python benchmarks/text_reader_speed.py                 # about 50 MB
    .venv/bin/python benchmarks/text_reader_speed.py --mb 200
    .venv/bin/python benchmarks/text_reader_speed.py --seed-shaped   # ingest_speed's text

Each article mixes body paragraphs (datelines, sign-offs, quotes) with captions in one of the
layouts the reader handles: credit at the end, credit alone below or above, credit before the
caption on its line, captions run together in one paragraph, a gallery with counters and
"...more" copies, a gallery without credits, markup left in the text. The corpus is built in
memory first (not timed); the figures are for ``article_from_text`` alone (no database), by
the wall clock and by CPU time (which moves less with the machine's load). ``--seed-shaped``
reads the articles ``ingest_speed.py`` writes instead (the seed's layout, wire captions
reused across articles), the text behind the ingest figures.
"""

from __future__ import annotations

import argparse
import os
import random
import time
from collections.abc import Callable

from catalog.ingest.sources.text import article_from_text

NAMES = ["Ana Lima", "Jo Roe", "Li Wei", "Omar Said", "Maria Costa", "Ivan Petrov", "Kim Ryu"]
AGENCIES = ["REUTERS/{p}", "AP Photo/{p}", "{p}/AFP via Getty Images", "EPA-EFE/{p}", "Xinhua/{p}"]
SUBJECTS = ["Residents", "Firefighters", "Protesters", "Children", "Rescue workers", "Fans"]
ACTIONS = [
    "clear debris from a road",
    "gather outside the parliament",
    "wait in line for water",
    "march through the old town",
    "watch a parade",
]
PLACES = ["in Kyiv, Ukraine", "in Lyon, France", "near Gaza City", "in Tehran, Iran", "in Quito"]
BODY = (
    "Officials said on {day} that the situation remained tense, with crowds gathering in "
    "several districts, a spokesman told AFP, declining to give details."
)


def _credit(rng: random.Random) -> str:
    return rng.choice(AGENCIES).format(p=rng.choice(NAMES))


def _description(rng: random.Random, serial: int) -> str:
    return (
        f"{rng.choice(SUBJECTS)} {rng.choice(ACTIONS)} {rng.choice(PLACES)} "
        f"(frame {serial}), May {rng.randint(1, 28)}, 2023."
    )


def _end(rng: random.Random, n: int) -> str:
    return f"{_description(rng, n)} ({_credit(rng)})\n\n{BODY.format(day='Monday')}\n"


def _below(rng: random.Random, n: int) -> str:
    return f"{_description(rng, n)}\n© {_credit(rng)}\n"


def _above(rng: random.Random, n: int) -> str:
    return f"{BODY.format(day='Tuesday')}\n\nPool photo by {rng.choice(NAMES)}\n\n{_description(rng, n)}\n\n"


def _leading(rng: random.Random, n: int) -> str:
    return f"Фото: {rng.choice(NAMES)} / ТАСС {_description(rng, n)}\n"


def _run(rng: random.Random, n: int) -> str:
    return " ".join(f"{_description(rng, n + i)} ({_credit(rng)})" for i in range(3)) + "\n\n"


def _gallery(rng: random.Random, n: int) -> str:
    parts = []
    for i in range(3):
        text = _description(rng, n + i)
        parts += [f"{i + 1} / 3", f"{text} {_credit(rng)}", f"{text[:40]}...more", "Close"]
    return "\n".join(parts) + "\n"


def _uncredited(rng: random.Random, n: int) -> str:
    return "\n".join(f"{i + 1} / 4\n{_description(rng, n + i)}" for i in range(4)) + "\n"


def _markup(rng: random.Random, n: int) -> str:
    text = _description(rng, n)
    return (
        f'<figure><img alt="{text}" src="a.jpg"><figcaption>{text} '
        f"<cite>{_credit(rng)}</cite></figcaption></figure>\n<p>{BODY.format(day='Friday')}</p>\n"
    )


SHAPES: list[Callable[[random.Random, int], str]] = [
    _end,
    _below,
    _above,
    _leading,
    _run,
    _gallery,
    _uncredited,
    _markup,
]


def article(rng: random.Random, number: int) -> str:
    parts = [f"Story {number}: the week in pictures", "", "Jane Doe", "5/3/2023", ""]
    for block in range(rng.randint(2, 5)):
        parts.append(rng.choice(SHAPES)(rng, number * 100 + block * 10))
        parts.append(BODY.format(day="Wednesday") + "\n")
    parts.append("– Reuters")
    return "\n".join(parts)


def shapes_corpus(mb: float) -> list[str]:
    rng = random.Random(42)
    corpus: list[str] = []
    size = 0
    while size < mb * 1_000_000:
        text = article(rng, len(corpus))
        corpus.append(text)
        size += len(text.encode("utf-8"))
    return corpus


def seed_shaped_corpus(mb: float) -> list[str]:
    # The script's own folder is on the path when it runs: ingest_speed.py sits beside it.
    from ingest_speed import Corpus, seed_shaped_text

    corpus: list[str] = []
    size = 0
    for item in Corpus(10_000_000, 10, 60_000, 0.85).articles():
        if size >= mb * 1_000_000:
            break
        text = seed_shaped_text(item)
        corpus.append(text)
        size += len(text.encode("utf-8"))
    return corpus


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=50.0, help="corpus size in MB")
    parser.add_argument(
        "--seed-shaped", action="store_true", help="the seed-shaped articles of ingest_speed.py"
    )
    args = parser.parse_args()
    corpus = seed_shaped_corpus(args.mb) if args.seed_shaped else shapes_corpus(args.mb)
    size = sum(len(text.encode("utf-8")) for text in corpus)
    started, cpu_started = time.perf_counter(), time.process_time()
    captions = 0
    for number, text in enumerate(corpus):
        captions += len(article_from_text(text, source=f"a{number}").captions)
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    print(f"corpus: {len(corpus):,} articles, {size / 1e6:.1f} MB, {captions:,} captions found")
    for what, seconds in (("wall", elapsed), ("CPU", cpu)):
        print(
            f"text reader ({what}): {seconds:.1f} s, {size / 1e6 / seconds:.2f} MB/s, "
            f"{captions / seconds:,.0f} captions/s, {len(corpus) / seconds:,.0f} articles/s"
        )
    print(f"load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
