"""A credit printed before the caption on its line, after a label of any language the language
data lists ("Picture:", "Crédit :", "Fotó:", "Zdjęcie:", "Фото:") or a copyright sign, in every
shape a label takes after it: a chain either way round, "Name for Publication", a name with
particles. Captions written for the test."""

from __future__ import annotations

import pytest

from catalog.parsing import lexicon, parse_caption

_CAPTION = "Crowds gather in the square"


@pytest.mark.parametrize(
    "label", sorted(lexicon.credit_labels() - lexicon.video_words()), ids=lambda label: label
)
def test_every_credit_label_opens_a_leading_credit(label: str) -> None:
    printed = label[:1].upper() + label[1:]
    parsed = parse_caption(f"{printed}: Jo Roe/Reuters {_CAPTION}.")
    assert (parsed.photographer, parsed.agency) == ("Jo Roe", "Reuters")
    assert parsed.description == _CAPTION


@pytest.mark.parametrize(
    "caption, photographer, agency",
    [
        pytest.param(
            "Picture: REUTERS/Ada Obi Voters queue outside a school in Lagos, Feb. 25, 2023.",
            "Ada Obi",
            "Reuters",
            id="english-agency-then-name",
        ),
        pytest.param(
            "Crédit : Léa Martin/AFP Des manifestants défilent à Lyon le 3 mai 2021.",
            "Léa Martin",
            "AFP",
            id="french-space-before-colon",
        ),
        pytest.param(
            "Fotó: Kovács Anna/MTI Tüntetők vonulnak a belvárosban.",
            "Kovács Anna",
            "MTI",
            id="hungarian",
        ),
        pytest.param(
            "Zdjęcie: Tomasz Wierzba for The New York Times Kibice świętują na placu.",
            "Tomasz Wierzba",
            "The New York Times",
            id="polish-name-for-publication",
        ),
        pytest.param(
            "PHOTO: Samir Haddad for The Washington Post Firefighters work at the port.",
            "Samir Haddad",
            "The Washington Post",
            id="capital-label-name-for-publication",
        ),
        pytest.param(
            "(c) REUTERS/Ada Obi Voters queue outside a school in Lagos.",
            "Ada Obi",
            "Reuters",
            id="c-in-brackets-agency-then-name",
        ),
        pytest.param(
            "© AFP/Jo van der Roe Fans cheer at the stadium in Utrecht.",
            "Jo van der Roe",
            "AFP",
            id="copyright-agency-then-name-with-particles",
        ),
        pytest.param(
            "(c) Kim Soto for Kestrel News Riders cross the finish line.",
            "Kim Soto",
            "Kestrel News",
            id="c-in-brackets-name-for-unknown-publication",
        ),
    ],
)
def test_labelled_credit_before_the_caption(caption: str, photographer: str, agency: str) -> None:
    parsed = parse_caption(caption)
    assert (parsed.photographer, parsed.agency) == (photographer, agency)
    assert parsed.description is not None and parsed.description[:1].isupper()
    assert photographer not in parsed.description


@pytest.mark.parametrize(
    "caption",
    [
        # a bracket that opens the caption with no copyright sign is no label
        pytest.param("(Left) Jo Roe and Kim Soto at the opening in Paris.", id="position-bracket"),
        # a video's label names no photo
        pytest.param("Video: Jo Roe/Reuters Crowds gather in the square.", id="video-label"),
    ],
)
def test_no_leading_photo_credit(caption: str) -> None:
    assert parse_caption(caption).photographer is None
