"""The plain-text reader: the seed, and captions folded within one article."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from catalog.ingest.sources import read_path
from catalog.ingest.sources.text import article_from_text
from catalog.parsing import split_credit

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "samples" / "000_b5319b385a107b68.txt"


def _write(tmp_path: Path, text: str, name: str = "article.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _captions(path: Path) -> list[str]:
    (article,) = read_path(path)
    return [caption.text for caption in article.captions]


def test_seed_gives_five_captions_and_the_article_metadata() -> None:
    (article,) = read_path(SEED)
    assert article.format == "text"
    assert article.title == (
        "Iran’s Leader: Missile Attacks ‘Not Sufficient’ Retaliation for Killing of Soleimani"
    )
    assert article.byline == "Zachary Stieber"
    assert article.published == date(2020, 1, 8)
    assert article.path == str(SEED)
    assert len(article.captions) == 5
    assert [c.position for c in article.captions] == [0, 1, 2, 3, 4]
    texts = [c.text for c in article.captions]
    assert texts[0].endswith("(Office of the Iranian Supreme Leader via AP)")
    assert texts[2].endswith("(Ari Jalal/Reuters)")
    assert not any("contributed to this report" in text for text in texts)
    # The body the article is identified by: the text, its white space collapsed.
    assert article.content == " ".join(SEED.read_text(encoding="utf-8").split())


ARTICLE = """Floods Sweep Through River Towns

Floods Sweep Through River Towns
Maria Lopez
3/14/2023
Updated:
3/15/2023

KYIV (Reuters) — Rivers burst their banks overnight, officials said.

{captions}

Reuters contributed to this report.
"""


@pytest.mark.parametrize(
    "captions",
    [
        pytest.param(
            "Rescuers carry a boat through a flooded street in Irpin, Ukraine, March 14, 2023. "
            "REUTERS/Jane Doe\n"
            "Rescuers carry a boat through a flooded street in Irpin, Ukraine, March 14, 2023. "
            "REUTERS/Jane Doe",
            id="printed-twice",
        ),
        pytest.param(
            "Rescuers carry a boat through a flooded street in Irpin, Ukraine, March 14, 2023.\n"
            "Rescuers carry a boat through a flooded street in Irpin, Ukraine, March 14, 2023. "
            "REUTERS/Jane Doe",
            id="once-without-credit",
        ),
        pytest.param(
            "Rescuers carry a boat through a flooded street in Irpin, Ukraine, March 14, 2023. "
            "(Jane Doe/Reuters)\n"
            "Jane Doe/Reuters",
            id="credit-repeated-alone",
        ),
        pytest.param(
            "Rescuers carry a boat through a flooded street in Irpin, Ukraine, March 14, 2023.\n"
            "Jane Doe / Reuters\n"
            "Rescuers carry a boat through a flooded street in Irpin, Ukraine, March 14, 2023.\n"
            "Jane Doe / Reuters",
            id="run-of-lines-twice",
        ),
    ],
)
def test_copies_of_one_caption_are_one(tmp_path: Path, captions: str) -> None:
    texts = _captions(_write(tmp_path, ARTICLE.format(captions=captions)))
    assert len(texts) == 1
    assert texts[0].startswith("Rescuers carry a boat")
    assert split_credit(texts[0]) is not None


def test_header_of_a_written_article(tmp_path: Path) -> None:
    (article,) = read_path(_write(tmp_path, ARTICLE.format(captions="")))
    assert article.title == "Floods Sweep Through River Towns"
    assert article.byline == "Maria Lopez"
    assert article.published == date(2023, 3, 14)
    assert article.captions == ()


def test_body_sentences_naming_an_agency_are_not_captions(tmp_path: Path) -> None:
    body = (
        "BAGHDAD (AP) — Iraqi forces said on Tuesday they had retaken the town.\n\n"
        "The agency told Reuters that the talks had failed.\n\n"
        "Photographs taken by AFP showed damaged buildings.\n\n"
        "The Associated Press contributed to this report."
    )
    assert _captions(_write(tmp_path, ARTICLE.format(captions=body))) == []


def test_distinct_captions_keep_reading_order(tmp_path: Path) -> None:
    captions = (
        "A woman waits for a train in Lviv, Ukraine, March 3, 2022. REUTERS/Jane Doe\n"
        "Smoke rises over the port of Odesa, Ukraine, March 4, 2022. "
        "(AP Photo/Max Mustermann)\n\n"
        "A paragraph between the pictures.\n\n"
        "Firefighters work at a damaged building in Kharkiv, Ukraine, March 5, 2022. "
        "Photograph: Ana Silva/AFP via Getty Images"
    )
    texts = _captions(_write(tmp_path, ARTICLE.format(captions=captions)))
    assert [t.split()[0] for t in texts] == ["A", "Smoke", "Firefighters"]


def test_a_caption_wrapped_over_lines_is_joined(tmp_path: Path) -> None:
    captions = (
        "Workers clear debris after the storm near the harbour of\n"
        "Bastia, Corsica, France, August 18, 2022. REUTERS/Pierre Martin"
    )
    texts = _captions(_write(tmp_path, ARTICLE.format(captions=captions)))
    assert texts == [
        "Workers clear debris after the storm near the harbour of Bastia, Corsica, France, "
        "August 18, 2022. REUTERS/Pierre Martin"
    ]


@pytest.mark.parametrize(
    "line, credit",
    [
        ("Crowds gather in Paris. REUTERS/Jane Doe", "REUTERS/Jane Doe"),
        ("Crowds gather in Paris. (AP Photo/John Roe, File)", "AP Photo/John Roe, File"),
        (
            "Crowds gather. Photograph: Ana Silva/AFP via Getty Images",
            "Photograph: Ana Silva/AFP via Getty Images",
        ),
        ("Crowds gather. (Office of the President via AP)", "Office of the President via AP"),
        ("Reuters contributed to this report.", None),
        ("BAGHDAD (AP) — Iraqi forces said.", None),
        ("The group is known as the IRGC (Islamic Revolutionary Guard Corps).", None),
        ("1/8/2020", None),
        ("Zachary Stieber", None),
    ],
)
def test_credit_detector(line: str, credit: str | None) -> None:
    found = split_credit(line)
    assert (found[1] if found else None) == credit


@pytest.mark.parametrize(
    "controls",
    [
        "ADVERTISEMENT",
        "Advertisement\n\nShare",
        "PUBLICIDAD",
        "Anzeige",
        "Publicité\n|",
        "Pubblicità",
    ],
)
def test_page_controls_above_the_title_are_not_the_title(controls: str) -> None:
    text = (
        f"{controls}\n"
        "Harbour Town Counts the Cost of the Storm\n"
        "By Ana Weiss\n"
        "March 3, 2024\n\n"
        "Boats lie on their sides on the quay after the storm in Harbour Town. (Jo Roe/AP)\n"
    )
    article = article_from_text(text, source="test")
    assert article.title == "Harbour Town Counts the Cost of the Storm"
    assert article.byline == "Ana Weiss"
    assert article.published == date(2024, 3, 3)
    assert [caption.text[:10] for caption in article.captions] == ["Boats lie "]
