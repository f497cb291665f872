"""An organisation's name alone after the caption's last sentence, or on a line of its own,
whose kind of body comes first ("Radio Kestrel", "Agencia Lumbre", "University of Eastbrook",
"Dagblad Noorderlicht", "Universität Kestrelberg"): the credit, as a name that ends with its
kind ("Kestrel News Agency") already is. The opening words are data (organisations.toml,
name_heads). A place named after one ("Radio City Music Hall", "Museo Village") and words in
lower case ("Radio silence") stay the caption's. Captions written for the test (names,
organisations and places invented)."""

from __future__ import annotations

import pytest

from catalog.parsing import lexicon
from tests.parsing.field_match import mismatches


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "Firefighters work through the night in Ashford. Radio Kestrel",
            {"credit": "Radio Kestrel", "agency": "Radio Kestrel", "photographer": None},
        ),
        (
            "Firefighters work through the night in Ashford.\nRadio Kestrel",
            {"credit": "Radio Kestrel", "agency": "Radio Kestrel"},
        ),
        (
            "Los manifestantes marchan por el centro de Lima. Agencia Lumbre",
            {"agency": "Agencia Lumbre", "photographer": None},
        ),
        (
            "A tagged turtle returns to the sea, May 4, 2021. University of Eastbrook",
            {"agency": "University of Eastbrook", "date": "2021-05-04"},
        ),
        (
            "De veerboot legt aan in de haven.\nDagblad Noorderlicht",
            {"agency": "Dagblad Noorderlicht"},
        ),
        (
            "Die Fähre legt im Hafen an. Universität Kestrelberg",
            {"agency": "Universität Kestrelberg"},
        ),
        (
            "Los fieles llenan la plaza. Ministerio de Cultura",
            {"agency": "Ministerio de Cultura"},
        ),
        (
            "The exhibition opens on Friday. Radio City Music Hall",
            {"credit": None, "agency": None},
        ),
        (
            "The families walk home. Museo Village",
            {"credit": None, "agency": None},
        ),
        (
            "The station went quiet. Radio silence",
            {"credit": None, "agency": None},
        ),
    ],
    ids=[
        "radio-after-sentence",
        "radio-own-line",
        "spanish-agencia",
        "university-of-after-date",
        "dutch-dagblad-own-line",
        "german-universitat",
        "spanish-ministerio-de",
        "place-named-after-radio",
        "village-named-after-museum",
        "lower-case-words",
    ],
)
def test_organisation_name_head_first(caption: str, expected: dict[str, str | None]) -> None:
    assert mismatches(caption, expected) == []


def test_name_heads_are_cue_words() -> None:
    heads = lexicon.organisation_heads()
    assert {"radio", "agencia", "university", "dagblad"} <= heads
    assert all(head in lexicon.organisation_words() for head in heads)


def test_local_body_words_count_only_before_of() -> None:
    """Town, village, borough and district name a local body before "of" ("Village of
    Kestrel") and a place after a name ("Museo Village"): data of their own, no cue words."""
    from catalog.parsing.names import has_org_word

    kinds = lexicon.organisation_kind_of_words()
    assert {"town", "village", "borough", "district"} <= kinds
    assert not kinds & lexicon.organisation_words()
    assert has_org_word("Village of Kestrel") and has_org_word("Borough of Ashford")
    assert not has_org_word("Lumbre Village") and not has_org_word("Kumluca district")
