"""Captions parsed per second on one core, over a large synthetic set of wire captions.

usage: python benchmarks/parse_speed.py [--count N] [--seed S] [--dump FILE]

--dump writes the captions as JSON lines {"id", "caption"} (for `catalog parse --json --jsonl`,
to prove that a speed change leaves every output as it was) and exits without parsing.

The captions mix the styles the parser reads (AP, Reuters, Getty, AFP, EPA, Xinhua, NPR,
ZUMA datelines, handouts, pool photos, credit-only lines, no credit) with varied names, places
and dates, so that nearly every caption is distinct: the credit cache helps only as much as
real archives, where a few thousand credit lines repeat, let it.
"""

from __future__ import annotations

import argparse
import json
import random
import time

from caption_words import MONTHS, MONTHS_AP

PEOPLE = [
    "Maria Lopez", "Tom Hale", "Ana Weiss", "Karim Saab", "Lena Ortiz", "Jin Liwang", "Omar Diaz",
    "Sara Amini", "Peter McDonald", "Rina Das", "Kim Soto", "Ali Sen", "Nina Borg", "Leo Grech",
    "Hasan Aydin", "Mark J. Terrill", "Chen Shuo", "Ivan Bondar", "Dana Holt", "Emre Kaya",
]  # fmt: skip
PLACES = [
    ("Tehran", "Iran"), ("Kyiv", "Ukraine"), ("Lyon", "France"), ("Basra", "Iraq"),
    ("Seattle, Washington", "U.S."), ("Gaza City", "Gaza"), ("Coventry", "Britain"),
    ("Sao Paulo", "Brazil"), ("Nairobi", "Kenya"), ("Manila", "Philippines"), ("Lenexa", "Kan."),
    ("Wilmington", "Del."), ("Seoul", "South Korea"), ("Oswiecim", "Poland"), ("Srinagar", "India"),
]  # fmt: skip
SUBJECTS = [
    "A man", "Protesters", "Firefighters", "Students", "A woman", "Rescue workers", "Fans",
    "Farmers", "Soldiers", "Children", "Voters", "Pilgrims", "Doctors", "Fishermen",
]  # fmt: skip
ACTIONS = [
    "gather outside the parliament", "clear debris after an airstrike", "march during a rally",
    "wait in line to vote", "celebrate a victory", "inspect a damaged building",
    "pray at a mosque", "repair nets at the harbour", "attend a funeral procession",
    "carry sandbags along the river", "watch fireworks over the bay",
]  # fmt: skip
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _caption(rng: random.Random, number: int) -> str:
    person = rng.choice(PEOPLE)
    city, country = rng.choice(PLACES)
    subject = f"{rng.choice(SUBJECTS)} {rng.choice(ACTIONS)}"
    year = rng.randint(2000, 2025)
    month = rng.randrange(12)
    day = rng.randint(1, 28)
    extra = f" Officials said {number} people took part."
    style = number % 12
    if style == 0:
        return f"{subject} in {city}, {country}, {WEEKDAYS[day % 7]}, {MONTHS_AP[month]} {day}, {year}.{extra} (AP Photo/{person})"
    if style == 1:
        return f"{subject} in {city}, {country} {MONTHS[month]} {day}, {year}. REUTERS/{person}"
    if style == 2:
        return f"{subject} on {MONTHS[month]} {day:02d}, {year} in {city}, {country}. (Photo by {person}/Getty Images)"
    if style == 3:
        return f"{subject} in {city}, {country}, on {MONTHS[month]} {day}, {year}. ({person}/AFP via Getty Images)"
    if style == 4:
        return f"{subject} in {city}, {country}, {day:02d} {MONTHS[month]} {year}. EPA-EFE/{person.upper()}"
    if style == 5:
        return (
            f"{subject} in {city}, {country}, {MONTHS_AP[month]} {day}, {year}. (Xinhua/{person})"
        )
    if style == 6:
        return f"{subject} in {city} on {MONTHS[month]} {day}, {year}.{extra} {person}/AP"
    if style == 7:
        return f"{MONTHS[month]} {day}, {year}, {city}, {country}: {subject}. (Credit Image: © {person}/ZUMA Press Wire)"
    if style == 8:
        return f"{subject} in {city}, {country}, {MONTHS_AP[month]} {day}, {year}. (Office of the Governor via AP)"
    if style == 9:
        return f"{subject} in {city}, {country}, {MONTHS[month]} {day}, {year}. {person}/Pool via REUTERS"
    if style == 10:
        return f"{subject} in {city}, {country}, in {MONTHS[month]} {year}.{extra}"
    return f"{subject} near the border, {WEEKDAYS[day % 7]}. [{rng.choice(['AFP', 'Reuters', 'Xinhua'])}]"


def _dump(captions: list[str], path: str) -> None:
    with open(path, "w", encoding="utf-8") as out:
        for number, caption in enumerate(captions):
            out.write(json.dumps({"id": number, "caption": caption}, ensure_ascii=False) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200_000)
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--dump", metavar="FILE", help="write the captions as JSON lines and exit")
    args = parser.parse_args()

    import catalog.parsing
    from catalog.parsing import parse_caption
    from catalog.parsing.places import warm_up

    rng = random.Random(args.seed)
    captions = [_caption(rng, number) for number in range(args.count)]
    if args.dump:
        _dump(captions, args.dump)
        return
    # Older trees measured by PYTHONPATH (c66d180) have no is_compiled: they are interpreted.
    compiled = getattr(catalog.parsing, "is_compiled", lambda: False)()
    print("parser: " + ("compiled by mypyc" if compiled else "interpreted"))
    started = time.perf_counter()
    warm_up()
    parse_caption(captions[0])
    print(f"warm-up (place index, registry): {time.perf_counter() - started:.2f} s")

    started = time.perf_counter()
    cpu_started = time.process_time()
    with_credit = 0
    for caption in captions:
        if parse_caption(caption).credit:
            with_credit += 1
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    print(
        f"{args.count:,} captions ({len(set(captions)):,} distinct, {with_credit:,} with a credit)"
    )
    print(f"parse: {elapsed:.2f} s wall = {args.count / elapsed:,.0f} captions/s")
    # CPU time is the one-core figure even when other processes share the machine.
    print(f"parse: {cpu:.2f} s CPU = {args.count / cpu:,.0f} captions/s on one core")


if __name__ == "__main__":
    main()
