"""An organisation the registry does not know, printed in a name's shape before a person
("Kestrel Lumbre/Camille Girard", "Photo: Lumbre Vestnik/Anna Petrova"): a chain's first
organisation is the agency, and the person after it took the photo. The cue is data: the first
segment holds no known given name while the next opens with one (given names from the
gender-guesser library, with names.toml's additions for the regions it leaves out). Captions
written for the test, across languages and orders; neighbours are two people around a slash,
written in every order and from many regions."""

from __future__ import annotations

import pytest

from catalog.parsing import lexicon, parse_caption


@pytest.mark.parametrize(
    "caption, agency, photographer",
    [
        pytest.param(
            "Lanterns float on the river. Kestrel Lumbre/Camille Girard",
            "Kestrel Lumbre",
            "Camille Girard",
            id="fr-unknown-paper-first",
        ),
        pytest.param(
            "Skaters on the frozen lake. Photo: Lumbre Vestnik/Anna Petrova",
            "Lumbre Vestnik",
            "Anna Petrova",
            id="ru-romanised-labelled",
        ),
        pytest.param(
            "Commuters board the train. Lumbre Shimbun/Kenji Watanabe",
            "Lumbre Shimbun",
            "Kenji Watanabe",
            id="ja-romanised",
        ),
        pytest.param(
            "Crowds fill the stadium. (Lumbre Ilbo/Kim Min-jun)",
            "Lumbre Ilbo",
            "Kim Min-jun",
            id="ko-family-name-first",
        ),
        pytest.param(
            "The market at dawn. Foto: Le Monde Local / Camille Girard",
            "Le Monde Local",
            "Camille Girard",
            id="article-opens-paper",
        ),
        pytest.param(
            "Dancers at the carnival. Diario Kestrel/Lucía Pérez/AFP",
            "Diario Kestrel",
            "Lucía Pérez",
            id="es-three-segments",
        ),
        pytest.param(
            "Herders move cattle. Photo: Kestrel Habari / Wanjiku Kamau",
            "Kestrel Habari",
            "Wanjiku Kamau",
            id="sw-name-from-data",
        ),
        # neighbours: two people around a slash stay two people
        pytest.param("A boat at sea. Jo Roe/Kim Soto", None, "Jo Roe; Kim Soto", id="two-people"),
        pytest.param(
            "A boat at sea. Chidi Okafor/Jo Roe",
            None,
            "Chidi Okafor; Jo Roe",
            id="igbo-name-first",
        ),
        pytest.param(
            "A boat at sea. Somchai Wongsawat / Mia Holm",
            None,
            "Somchai Wongsawat; Mia Holm",
            id="thai-name-first",
        ),
        pytest.param(
            "A boat at sea. Tanaka Taro/Jo Roe",
            None,
            "Tanaka Taro; Jo Roe",
            id="family-name-first",
        ),
        pytest.param(
            "A boat at sea. J. Roe/Kim Soto", None, "J. Roe; Kim Soto", id="initial-first"
        ),
        pytest.param(
            "A boat at sea. Siobhán Ní Bhriain/Jo Roe",
            None,
            "Siobhán Ní Bhriain; Jo Roe",
            id="accented-given-name",
        ),
    ],
)
def test_organisation_before_person(
    caption: str, agency: str | None, photographer: str | None
) -> None:
    parsed = parse_caption(caption)
    assert (parsed.agency, parsed.photographer) == (agency, photographer)


@pytest.mark.parametrize(
    "word, given",
    [
        ("Oluwaseun", True),  # from names.toml: the library lacks it
        ("THANDIWE", True),
        ("Somchai", True),
        ("Aroha", True),
        ("Siobhán", True),  # the library prints it without the accent
        ("Zoë", True),
        ("Tomasz", True),  # from the library
        ("Lumbre", False),
        ("Gazette", False),
    ],
)
def test_given_names(word: str, given: bool) -> None:
    assert lexicon.is_given_name(word) is given
