"""A credit printed wholly in lower case ("reuters/jo roe", "(photo by jo roe/afp photo)") has
lost the capitals that tell a name from a word: it is read as if printed in capitals, and the
names come back in normal capitalisation. Captions and credits written for the test, across
agencies and languages, with the neighbours that stay as they were read."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption, parse_credit


@pytest.mark.parametrize(
    "caption, photographer, agency, via",
    [
        pytest.param(
            "Pilgrims pray at the shrine in Najaf, Iraq, April 2, 2019. reuters/haidar al-saadi",
            "Haidar Al-Saadi",
            "Reuters",
            None,
            id="agency-then-name-with-particle-hyphen",
        ),
        pytest.param(
            "Dancers perform at the festival in Erbil, March 21, 2022. (photo by dilan yusuf/afp photo)",
            "Dilan Yusuf",
            "AFP",
            None,
            id="label-name-agency-photo",
        ),
        pytest.param(
            "Fans wait outside the arena in Denver, Colorado, on May 4, 2024. (photo by orla keane/nurphoto via getty images)",
            "Orla Keane",
            "NurPhoto",
            "Getty Images",
            id="label-chain-via",
        ),
        pytest.param(
            "Des manifestants à Paris, le 3 mai 2021. © amine belkacem / sipa press",
            "Amine Belkacem",
            "Sipa",
            None,
            id="copyright-spaced-slash-french",
        ),
        pytest.param(
            "Un corteo sfila per le vie di Milano. foto ansa/tiziano moretti",
            "Tiziano Moretti",
            "ANSA",
            None,
            id="italian-label-agency-name",
        ),
        pytest.param(
            "Flood water covers a road near Kolkata, India, Aug. 2, 2017. reuters/rupesh van der kamp",
            "Rupesh van der Kamp",
            "Reuters",
            None,
            id="particles-stay-lower-case",
        ),
    ],
)
def test_lower_case_credit_reads_as_in_capitals(
    caption: str, photographer: str, agency: str, via: str | None
) -> None:
    parsed = parse_caption(caption)
    assert (parsed.photographer, parsed.agency, parsed.via) == (photographer, agency, via)


@pytest.mark.parametrize(
    "caption, credit, photographer, agency",
    [
        pytest.param(
            "Voters queue outside a school in Lagos. ada obi/ap",
            "ada obi/ap",
            "Ada Obi",
            "AP",
            id="bare-chain-after-stop",
        ),
        pytest.param(
            "Crowds gather on the avenue in Washington, D.C. kim soto/getty images",
            "kim soto/getty images",
            "Kim Soto",
            "Getty Images",
            id="after-a-place-abbreviation",
        ),
        pytest.param(
            "Firefighters at the warehouse in Austin, Texas. nora j. black/reuters",
            "nora j. black/reuters",
            "Nora J. Black",
            "Reuters",
            id="middle-initial-kept",
        ),
        pytest.param(
            "Ein Zug fährt durch München. jana vogel | dpa",
            "jana vogel | dpa",
            "Jana Vogel",
            "dpa",
            id="bar-german",
        ),
    ],
)
def test_lower_case_chain_closing_a_caption(
    caption: str, credit: str, photographer: str, agency: str
) -> None:
    parsed = parse_caption(caption)
    assert (parsed.credit, parsed.photographer, parsed.agency) == (credit, photographer, agency)


@pytest.mark.parametrize(
    "caption",
    [
        pytest.param("Results are in. win/lose depends on the vote", id="words-with-slash"),
        pytest.param("The road was closed. and/or the bridge", id="no-organisation"),
    ],
)
def test_lower_case_words_are_no_credit(caption: str) -> None:
    assert parse_caption(caption).credit is None


def test_unknown_organisation_is_kept_as_printed() -> None:
    parsed = parse_credit("photo by nia okafor/kestrel valley news group")
    assert parsed.photographer == "Nia Okafor"
    assert parsed.agency == "kestrel valley news group"
    assert parsed.unknown_organisations == ("kestrel valley news group",)
    assert parsed.credit == "photo by nia okafor/kestrel valley news group"


@pytest.mark.parametrize(
    "credit, photographer, agency",
    [
        # no label and no known agency: nothing tells a credit from words
        pytest.param("courtesy of the artist", None, "the artist", id="courtesy-phrase"),
        pytest.param("Reuters/Jo Roe", "Jo Roe", "Reuters", id="printed-case-unchanged"),
    ],
)
def test_lower_case_neighbours(credit: str, photographer: str | None, agency: str | None) -> None:
    parsed = parse_credit(credit)
    assert (parsed.photographer, parsed.agency) == (photographer, agency)
