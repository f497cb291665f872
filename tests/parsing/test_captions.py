"""Whole captions in the styles newsrooms print, written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from catalog.parsing import parse_caption


def _check(caption: str, expected: dict[str, Any], article_date: str | None = None) -> None:
    parsed = parse_caption(caption, article_date=article_date).to_dict()
    for field, value in expected.items():
        assert parsed[field] == value, f"{field}: {parsed[field]!r} != {value!r}"


# Where the credit sits, and how it is written.
CREDIT_POSITIONS = [
    (
        "ap-parenthesised",
        "A farmer walks through a flooded field in Dhaka, Bangladesh, Tuesday, Aug. 6, 2024. (AP Photo/Rina Das)",
        {
            "credit": "AP Photo/Rina Das",
            "photographer": "Rina Das",
            "agency": "AP",
            "description": "A farmer walks through a flooded field",
        },
    ),
    (
        "reuters-bare",
        "Fans cheer before the final in Lisbon, Portugal, May 20, 2016. REUTERS/Pedro Nunes",
        {
            "credit": "REUTERS/Pedro Nunes",
            "photographer": "Pedro Nunes",
            "agency": "Reuters",
            "description": "Fans cheer before the final",
        },
    ),
    (
        "name-slash-agency-bare",
        "A volunteer sorts donations at a warehouse in Lviv. Olga Petrenko/AP",
        {"credit": "Olga Petrenko/AP", "photographer": "Olga Petrenko", "agency": "AP"},
    ),
    (
        "initial-in-name",
        "A runner crosses the line at Hayward Field on June 2, 2022 in Eugene, Oregon. Mark J. Terrill/Getty Images",
        {
            "credit": "Mark J. Terrill/Getty Images",
            "photographer": "Mark J. Terrill",
            "agency": "Getty Images",
        },
    ),
    (
        "state-abbreviation-then-credit",
        "A crowd waits for the parade on July 4, 2019, in Boston, Mass. Kelly Marsh/AP",
        {
            "credit": "Kelly Marsh/AP",
            "photographer": "Kelly Marsh",
            "location": "Boston, Mass.",
            "date": "2019-07-04",
        },
    ),
    (
        "square-brackets",
        "Crowds gather outside parliament to protest fuel prices [AFP]",
        {
            "credit": "AFP",
            "agency": "AFP",
            "description": "Crowds gather outside parliament to protest fuel prices",
        },
    ),
    (
        "credit-on-its-own-line",
        "Boats wait out the storm in the harbour of Valletta, Malta, March 3, 2021.\nNina Borg / Reuters",
        {
            "credit": "Nina Borg / Reuters",
            "photographer": "Nina Borg",
            "agency": "Reuters",
            "location": "Valletta, Malta",
        },
    ),
    (
        "copyright-own-line",
        "A boy flies a kite on the beach in Gaza City, Gaza, June 1, 2021.\n\n© 2021 AP Photo/Adel Hana",
        {
            "credit": "© 2021 AP Photo/Adel Hana",
            "photographer": "Adel Hana",
            "agency": "AP",
            "date": "2021-06-01",
        },
    ),
    (
        "credit-first-glued",
        "© AFP 2022 / Omid VahabiHomens carregam bandeiras em Teerã, Irã. Foto tirada em 3 de maio de 2022.",
        {
            "credit": "© AFP 2022 / Omid Vahabi",
            "photographer": "Omid Vahabi",
            "agency": "AFP",
            "date": "2022-05-03",
            "location": "Teerã, Irã",
        },
    ),
    (
        "credit-first-spaced",
        "© Reza Karimi / ISNA / AFP Firefighters work at the scene of a blaze on March 2, 2021.",
        {
            "credit": "© Reza Karimi / ISNA / AFP",
            "photographer": "Reza Karimi",
            "agency": "ISNA",
            "date": "2021-03-02",
        },
    ),
    (
        "pipe-separator",
        "Tourists queue outside the museum in Florence, Italy, on April 12, 2023. (Marco Bini | AP Photo)",
        {"credit": "Marco Bini | AP Photo", "photographer": "Marco Bini", "agency": "AP"},
    ),
    (
        "dash-separator-spaced-brackets",
        "Smoke rises over the port in Beirut, Lebanon on August 4, 2020. ( Hasan Aydin – Anadolu Agency )",
        {
            "credit": "Hasan Aydin – Anadolu Agency",
            "photographer": "Hasan Aydin",
            "agency": "Anadolu",
        },
    ),
    (
        "nested-brackets",
        "Mourners gather in Qom, Iran, January 6, 2020. (Ali Rahimi/WANA (West Asia News Agency) via Reuters)",
        {
            "credit": "Ali Rahimi/WANA (West Asia News Agency) via Reuters",
            "agency": "WANA (West Asia News Agency)",
            "via": "Reuters",
        },
    ),
    (
        "bare-nested-brackets-chain",
        "Crowds fill the square in Tabriz, Iran January 5, 2020. Reza Nouri/Tasnim news agency/WANA (West Asia News Agency) via REUTERS",
        {
            "photographer": "Reza Nouri",
            "agency": "Tasnim",
            "via": "Reuters",
            "location": "Tabriz, Iran",
        },
    ),
    (
        "two-credits-first-wins",
        "Rescuers search the rubble in Antakya, Turkey, on 8 February. Photos: Ali Sen/AFP and Dan Roe/The Washington Post via Getty Images",
        {"photographer": "Ali Sen", "agency": "AFP", "via": None},
    ),
    (
        "bare-agency-after-sentence",
        "A look inside the newsroom during election night. NPR",
        {"credit": "NPR", "agency": "NPR", "photographer": None},
    ),
    (
        "copyright-run-on",
        "Leaders meet in Brussels Copyright Reuters",
        {
            "credit": "Copyright Reuters",
            "agency": "Reuters",
            # the place phrase ends the caption's only sentence, stop or none: it leaves the
            # description, as the labelling rules say
            "description": "Leaders meet",
        },
    ),
    (
        "reuters-slug-after-credit",
        'Workers repair a bridge in Kyiv, Ukraine, May 2, 2023. REUTERS/Ivan Bondar SEARCH "BRIDGES UKRAINE" FOR THIS STORY. SEARCH "WIDER IMAGE" FOR ALL STORIES.',
        {"credit": "REUTERS/Ivan Bondar", "photographer": "Ivan Bondar", "date": "2023-05-02"},
    ),
    (
        "credit-only-line",
        "Dana Holt for The Washington Post via Getty Images",
        {
            "credit": "Dana Holt for The Washington Post via Getty Images",
            "description": None,
            "agency": "The Washington Post",
            "via": "Getty Images",
        },
    ),
    (
        "no-credit",
        "Children play in a fountain in Madrid, Spain, July 18, 2022.",
        {
            "credit": None,
            "photographer": None,
            "agency": None,
            "via": None,
            "date": "2022-07-18",
            "location": "Madrid, Spain",
        },
    ),
    (
        "all-caps-name",
        "Snow covers the vineyards near Bordeaux, France, 12 January 2024. EPA-EFE/CLAIRE DUMONT",
        {"photographer": "Claire Dumont", "agency": "EPA-EFE", "date": "2024-01-12"},
    ),
    (
        "credit-sentence-with-via",
        "A leader inspects a launch site in this photo released by KCNA on March 17, 2023. KCNA via REUTERS",
        {"credit": "KCNA via REUTERS", "agency": "KCNA", "via": "Reuters", "date": None},
    ),
    (
        "bbc-image-source",
        "Image source, Getty Images",
        {"credit": "Image source, Getty Images", "agency": "Getty Images", "description": None},
    ),
    (
        "bracketed-credit-alone",
        "(Photo by Ana Weiss/AFP via Getty Images)",
        {
            "credit": "Photo by Ana Weiss/AFP via Getty Images",
            "photographer": "Ana Weiss",
            "description": None,
        },
    ),
    (
        "labelled-second-credit-glued",
        "A diver enters the water off Malta. (AP Photo/Leo Grech/FILE)Photo by: AP",
        {"credit": "AP Photo/Leo Grech/FILE", "photographer": "Leo Grech", "roles": ["file"]},
    ),
]


@pytest.mark.parametrize(
    ("caption", "expected"), [c[1:] for c in CREDIT_POSITIONS], ids=[c[0] for c in CREDIT_POSITIONS]
)
def test_credit_positions(caption: str, expected: dict[str, Any]) -> None:
    _check(caption, expected)


# Brackets in the text that are not credits stay in the description.
NOT_CREDITS = [
    (
        "l-r",
        "Ministers (L-R) Ann Cole, Ben Ruiz and Cy Park pose in Ottawa, Canada, May 3, 2022. REUTERS/Lee Tan",
        "(L-R)",
    ),
    (
        "not-pictured",
        "Dancers rehearse with the director (not pictured) in Seoul, South Korea, May 3, 2022. REUTERS/Lee Tan",
        "(not pictured)",
    ),
    (
        "party-state",
        "Rep. Jane Roe (D-CA) speaks at the Capitol in Washington, May 3, 2022. REUTERS/Lee Tan",
        "(D-CA)",
    ),
    (
        "acronym",
        "Divers survey reefs hit by stony coral tissue loss disease (SCTLD) near Key West, Florida, May 3, 2022. REUTERS/Lee Tan",
        "(SCTLD)",
    ),
    (
        "years",
        "A portrait of the poet (1975-1990) hangs in a gallery in Porto, Portugal, May 3, 2022. REUTERS/Lee Tan",
        "(1975-1990)",
    ),
    ("position", "Jo Ray (R) greets fans in Leeds, Britain, May 3, 2022. REUTERS/Lee Tan", "(R)"),
    (
        "jersey-number",
        "Tom Fox (17) scores during the game in Denver, Colorado, May 3, 2022. (AP Photo/Lee Tan)",
        "(17)",
    ),
]


@pytest.mark.parametrize(
    ("caption", "bracket"), [c[1:] for c in NOT_CREDITS], ids=[c[0] for c in NOT_CREDITS]
)
def test_brackets_that_are_not_credits_stay(caption: str, bracket: str) -> None:
    parsed = parse_caption(caption)
    assert parsed.description is not None and bracket in parsed.description
    assert parsed.agency in ("Reuters", "AP")
    assert parsed.photographer == "Lee Tan"


@pytest.mark.parametrize(
    "caption",
    [
        "A bracket at the end that is not a credit (Coronavirus).",
        "Trailing years (1975-1990)",
        "Markers (L-R)",
    ],
    ids=["word", "years", "l-r"],
)
def test_trailing_brackets_that_are_not_credits(caption: str) -> None:
    parsed = parse_caption(caption)
    assert parsed.credit is None
    assert parsed.agency is None


DESCRIPTIONS = [
    (
        "multi-sentence-keeps-later",
        "Men repair nets in Mocha, Yemen, on Jan. 3, 2021. Fishing is the town's main trade. (AP Photo/Sam Idris)",
        "Men repair nets. Fishing is the town's main trade",
    ),
    (
        "mid-sentence-place-kept",
        "Crowds line the route in Rome on May 2, 2021 to watch the race pass. (AP Photo/Sam Idris)",
        "Crowds line the route in Rome on May 2, 2021 to watch the race pass",
    ),
    (
        "file-kicker-kept",
        "FILE PHOTO: Traders work on the floor in New York, U.S., June 2, 2021. REUTERS/Sam Idris",
        "FILE PHOTO: Traders work on the floor",
    ),
    (
        "dateline-removed",
        "June 2, 2021, Odesa, Ukraine: Volunteers fill sandbags near the port. (Credit Image: © Sam Idris/ZUMA Press Wire)",
        "Volunteers fill sandbags near the port",
    ),
]


@pytest.mark.parametrize(
    ("caption", "description"), [c[1:] for c in DESCRIPTIONS], ids=[c[0] for c in DESCRIPTIONS]
)
def test_descriptions(caption: str, description: str) -> None:
    assert parse_caption(caption).description == description


def test_whitespace_is_normalised_in_caption() -> None:
    parsed = parse_caption(
        "  A  dog\t sleeps   in Oslo, Norway, May 1, 2020.\n(AP Photo/Ane Berg) "
    )
    assert parsed.caption == "A dog sleeps in Oslo, Norway, May 1, 2020. (AP Photo/Ane Berg)"
