"""Where the text reader's time goes: CPU per article in each of its steps, on one core.

    .venv/bin/python benchmarks/text_reader_stages.py --seed-shaped   # ingest_speed's text
    .venv/bin/python benchmarks/text_reader_stages.py --mb 20          # the mixed shapes

The corpus is the one ``text_reader_speed.py`` builds. Each article runs through
``article_from_text`` and ``prepare_article`` (what a reader worker does with it) as ingest
runs them; the steps are timed by wrapping the functions they call through their modules'
names, so the reader is measured as it stands, not a copy of it. The shared credit reader
(``split_credit``, ``leading_credit``: the parser's) is timed apart from the step that asks,
so each step's own figure is the reader's own work. The first fifth of the articles warms
the caches (wire captions recur, as in ingest) and is not counted.

Shares move with the machine's load less than the wall clock does; the per-article figures
do move: compare runs made back to back.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from typing import Any

_clock = time.process_time_ns
_spent: Counter[str] = Counter()
# The step running now; the credit reader's time is charged to "credits in <step>".
_step: list[str] = ["other"]


def _timed(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    @wraps(function)
    def timed(*args: Any, **kwargs: Any) -> Any:
        _step.append(name)
        started = _clock()
        try:
            return function(*args, **kwargs)
        finally:
            spent = _clock() - started
            _step.pop()
            _spent[name] += spent
            # A step inside another is not the outer step's own work.
            _spent[_step[-1]] -= spent

    return timed


def _credit(function: Callable[..., Any]) -> Callable[..., Any]:
    @wraps(function)
    def timed(*args: Any, **kwargs: Any) -> Any:
        started = _clock()
        try:
            return function(*args, **kwargs)
        finally:
            spent = _clock() - started
            _spent[f"credit reader, in {_step[-1]}"] += spent
            _spent[_step[-1]] -= spent

    return timed


# The shared credit reader's questions, as the text reader's module names them.
_CREDIT_READER = (
    "split_credit",
    "leading_credit",
    "is_credit",
    "read_credit",
    "starts_with_label",
    "strip_prefixes",
)


@contextmanager
def _instrumented() -> Iterator[None]:
    """The reader's steps wrapped where the reader looks them up."""
    import catalog.ingest.prepare as prepare
    import catalog.ingest.sources.text as text
    from catalog.ingest.sources.text import attach, copies

    steps = [
        (text, "_plain_lines", "lines"),
        (text, "_header", "header"),
        (text, "segment", "segment (lines to pieces)"),
        (attach, "read_pieces", "read pieces (credit per piece)"),
        (attach, "find", "attach (credits to captions)"),
        (copies, "fold", "fold copies"),
        (prepare, "key_of", "caption keys"),
    ]
    saved = [(module, name) for module, name, _ in steps]
    saved += [(text, name) for name in _CREDIT_READER]
    originals = [(module, name, getattr(module, name)) for module, name in saved]
    for module, name, step in steps:
        setattr(module, name, _timed(step, getattr(module, name)))
    # Bound into the reader's partials on first use: wrapped before any article is read.
    for name in _CREDIT_READER:
        setattr(text, name, _credit(getattr(text, name)))
    text._credit_reader.cache_clear()
    try:
        yield
    finally:
        for module, name, original in originals:
            setattr(module, name, original)
        text._credit_reader.cache_clear()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=10.0, help="MB of text to read")
    parser.add_argument(
        "--seed-shaped", action="store_true", help="the seed-shaped articles of ingest_speed.py"
    )
    args = parser.parse_args()
    # The script's own folder is on the path when it runs: text_reader_speed.py sits beside it.
    from text_reader_speed import seed_shaped_corpus, shapes_corpus

    from catalog.ingest.collector import tune_for_bulk_work
    from catalog.ingest.prepare import prepare_article
    from catalog.ingest.sources.text import article_from_text

    corpus = seed_shaped_corpus(args.mb) if args.seed_shaped else shapes_corpus(args.mb)
    warm = len(corpus) // 5
    tune_for_bulk_work()  # as a reader worker runs
    with _instrumented():
        for number, text in enumerate(corpus):
            if number == warm:
                _spent.clear()
            _step[:] = ["other"]
            started = _clock()
            article = article_from_text(text, source=f"article {number}")
            _spent["other"] += _clock() - started
            _step[:] = ["prepare (keys, identity)"]
            started = _clock()
            prepare_article(article)
            _spent["prepare (keys, identity)"] += _clock() - started
    counted = len(corpus) - warm
    total = sum(_spent.values())
    print(f"{counted:,} articles counted after {warm:,} to warm the caches")
    width = max(map(len, _spent))
    print(f"{'step':{width}} {'µs/article':>10} {'share':>6}")
    for name, spent in sorted(_spent.items(), key=lambda item: -item[1]):
        print(f"{name:{width}} {spent / counted / 1000:10.1f} {spent / total:6.1%}")
    print(f"{'all':{width}} {total / counted / 1000:10.1f}")


if __name__ == "__main__":
    main()
