"""Copies of one caption in one text, folded to one: each article below, written for these
tests, prints one caption two or three times in a way real scraped text does (alt text and
figure caption, a copy without the credit, cut short, in other case, spacing or quotes, with
the credit glued, moved or written another way, with furniture or entities left in), and the
reader must give it once, as the copy that tells most (the first of copies that tell as much)."""

from __future__ import annotations

import pytest

from catalog.folding import tight_key
from catalog.ingest.sources.text import article_from_text
from catalog.ingest.sources.text.copies import Found, fold

CAPTION = "Volunteers fill sandbags along the river bank in Dresden, Germany, June 4, 2013"
FULL = f"{CAPTION}. REUTERS/Ann Weber"
DESCRIPTION = "Volunteers fill sandbags along the river bank in Dresden, Germany"
BODY = (
    "The river rose by two metres overnight, and the city opened three shelters for people "
    "leaving the old town, a spokeswoman for the city said on Tuesday."
)
LATER = "Schools stayed closed on Wednesday while engineers checked the bridges, officials said."


def _article(*blocks: str) -> str:
    return "Floods in Saxony\n\n" + "\n\n".join(blocks) + "\n"


COPIES: dict[str, tuple[str, str]] = {
    "alt-text-then-figure-caption": (_article(f"{CAPTION}\n{FULL}", BODY), FULL),
    "alt-text-credit-below-both": (
        _article(f"{CAPTION}\n{CAPTION}\nREUTERS/Ann Weber", BODY),
        f"{CAPTION} REUTERS/Ann Weber",
    ),
    "copy-without-credit-further-down": (_article(FULL, BODY, f"{CAPTION}.", LATER), FULL),
    "copy-cut-mid-word": (_article(f"{CAPTION[:48]}\n{FULL}", BODY), FULL),
    "copy-cut-with-ellipsis": (_article(f"{CAPTION[:50]}…", BODY, FULL, LATER), FULL),
    "copy-cut-with-ellipsis-and-credit": (
        _article(f"{CAPTION[:50]}... REUTERS/Ann Weber", BODY, FULL, LATER),
        FULL,
    ),
    "copy-cut-with-more": (
        _article(f"{FULL}\n{CAPTION[:50]}...more\nReuters / Tuesday, June 04, 2013", BODY),
        FULL,
    ),
    "copy-in-capitals": (_article(CAPTION.upper(), BODY, FULL, LATER), FULL),
    "copy-lower-case-first-letter": (
        _article(f"{FULL} {FULL[0].lower()}{FULL[1:]}", BODY),
        FULL,
    ),
    "copy-with-space-lost": (
        _article(FULL.replace("sandbags along", "sandbagsalong"), BODY, FULL, LATER),
        FULL.replace("sandbags along", "sandbagsalong"),
    ),
    "copy-with-extra-spaces": (
        _article(FULL.replace(", ", " , "), BODY, FULL, LATER),
        FULL.replace(", ", " , "),
    ),
    "copy-with-curly-quotes": (
        _article(
            "“Stay dry” reads a sign on the river bank in Dresden, Germany. REUTERS/Ann Weber",
            BODY,
            '"Stay dry" reads a sign on the river bank in Dresden, Germany.',
            LATER,
        ),
        "“Stay dry” reads a sign on the river bank in Dresden, Germany. REUTERS/Ann Weber",
    ),
    "copy-with-entities-left-in": (
        _article(
            "Soldiers &amp; volunteers fill sandbags in Dresden, Germany. REUTERS/Ann Weber",
            BODY,
            "Soldiers & volunteers fill sandbags in Dresden, Germany. REUTERS/Ann Weber",
            LATER,
        ),
        "Soldiers &amp; volunteers fill sandbags in Dresden, Germany. REUTERS/Ann Weber",
    ),
    "credit-glued-to-the-last-word": (
        _article(f"{DESCRIPTION}.Foto: Ann Weber/dpa", BODY, f"{DESCRIPTION}. Foto: Ann Weber/dpa"),
        f"{DESCRIPTION}.Foto: Ann Weber/dpa",
    ),
    "credit-first-in-one-copy-last-in-the-other": (
        # both copies are read with their credit and are as long: the first is kept
        _article(f"© REUTERS/Ann Weber {CAPTION}.", BODY, f"{CAPTION}. © REUTERS/Ann Weber", LATER),
        f"© REUTERS/Ann Weber {CAPTION}.",
    ),
    "credit-written-two-ways": (
        _article(f"{CAPTION}. (Photo: Ann Weber/Reuters)", BODY, FULL, LATER),
        f"{CAPTION}. (Photo: Ann Weber/Reuters)",
    ),
    "credit-alone-below-in-one-copy": (
        _article(f"{CAPTION}.\nREUTERS/Ann Weber", BODY, FULL, LATER),
        f"{CAPTION}. REUTERS/Ann Weber",
    ),
    "file-photo-kicker-and-suffix": (
        _article(f"FILE PHOTO: {FULL}/File Photo", BODY, FULL, LATER),
        f"FILE PHOTO: {FULL}/File Photo",
    ),
    "copy-with-caption-label": (_article(f"Image caption {CAPTION}", BODY, FULL, LATER), FULL),
    "copy-with-hide-caption": (
        _article(f"{FULL} hide caption", "toggle caption", "REUTERS/Ann Weber", BODY),
        FULL,
    ),
    "copy-after-a-slide-counter": (
        _article(f"1 / 3\n{FULL}\n{CAPTION[:50]}...more\nClose", BODY),
        FULL,
    ),
    "three-copies-in-markup": (
        f'<img alt="{CAPTION}" title="{CAPTION}" src="a.jpg">\n'
        f"<figure><figcaption>{FULL}</figcaption></figure>\n<p>{BODY}</p>",
        FULL,
    ),
}


@pytest.mark.parametrize("text, kept", list(COPIES.values()), ids=list(COPIES))
def test_copies_of_one_caption_fold_to_one(text: str, kept: str) -> None:
    found = [caption.text for caption in article_from_text(text, source="test").captions]
    assert found == [kept]


APART: dict[str, tuple[str, int]] = {
    "credit-spelled-otherwise-is-another-photo": (
        _article(f"{CAPTION}. REUTERS/Ann Weber", BODY, f"{CAPTION}. REUTERS/Anne Webber", LATER),
        2,
    ),
    "descriptions-that-start-alike": (
        _article(
            "Smoke rises over the old town of Dresden, Germany. REUTERS/Ann Weber",
            BODY,
            "Smoke rises over the old town of Dresden, Germany, after a fire. REUTERS/Ann Weber",
            LATER,
        ),
        2,
    ),
    "one-event-two-days": (
        _article(
            "Volunteers fill sandbags in Dresden, Germany, June 4, 2013. REUTERS/Ann Weber",
            BODY,
            "Volunteers fill sandbags in Dresden, Germany, June 5, 2013. REUTERS/Ann Weber",
            LATER,
        ),
        2,
    ),
}


@pytest.mark.parametrize("text, count", list(APART.values()), ids=list(APART))
def test_captions_that_only_look_alike_stay_apart(text: str, count: int) -> None:
    assert len(article_from_text(text, source="test").captions) == count


def _never_same(a: str, b: str) -> bool:
    return False


def _same_people(a: str, b: str) -> bool:
    return a.replace("Photo: ", "").casefold() == b.casefold()


def test_fold_keeps_the_copy_that_tells_most_in_the_first_place() -> None:
    found = [
        Found("Crowds fill the main square of Lyon before the final"),
        Found("A band plays on a stage in the old town of Lyon"),
        Found("Crowds fill the main square of Lyon before the fi", cut=True),
        Found("Crowds fill the main square of Lyon before the final. AFP/Jo Roe", "AFP/Jo Roe"),
    ]
    assert fold(found, _never_same) == [
        "Crowds fill the main square of Lyon before the final. AFP/Jo Roe",
        "A band plays on a stage in the old town of Lyon",
    ]


def test_fold_asks_whether_two_credits_name_the_same_people() -> None:
    one = Found("Crowds fill the main square of Lyon. AFP/Jo Roe", "AFP/Jo Roe")
    other = Found("Crowds fill the main square of Lyon. Photo: AFP/Jo Roe", "Photo: AFP/Jo Roe")
    assert len(fold([one, other], _never_same)) == 2
    assert len(fold([one, other], _same_people)) == 1


def test_fold_of_many_captions_compares_only_neighbours_in_the_index() -> None:
    found = [Found(f"Caption number {n} of a very long gallery page") for n in range(5000)]
    assert len(fold(found, _never_same)) == 5000


@pytest.mark.parametrize(
    "a, b",
    [
        pytest.param("a blaze in Lyon", "ablaze in Lyon", id="space-lost"),
        pytest.param("10 000 people", "10000 people", id="thousands"),
        pytest.param("U. S. troops", "U.S. troops", id="initials"),
        pytest.param("Straße in Köln", "STRASSE IN KÖLN", id="casefold"),
        pytest.param("l’été à Nice", "l'été à Nice", id="quotes"),
    ],
)
def test_tight_keys_ignore_spacing(a: str, b: str) -> None:
    assert tight_key(a) == tight_key(b)
