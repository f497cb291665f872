"""Credit shapes of captions not in English and of regional press, one table per shape: national
agencies printed in their own script or under their desk's name ("ΑΠΕ-ΜΠΕ", "(وفا)", "dpa-
Zentralbild", "TTXVN"). Every caption is written for these tests (names and events invented),
each shape across several agencies and languages, with neighbours that must keep their reading."""

from __future__ import annotations

from typing import Any

import pytest

from catalog.parsing import parse_caption

Expected = dict[str, Any]


def _check(caption: str, expected: Expected) -> None:
    parsed = parse_caption(caption).to_dict()
    wrong = [
        f"{field}: got {parsed[field]!r}, want {want!r}"
        for field, want in expected.items()
        if parsed[field] != want
    ]
    assert not wrong, f"{caption!r}: " + "; ".join(wrong)


def _table(rows: list[tuple[str, str, Expected]]) -> pytest.MarkDecorator:
    return pytest.mark.parametrize(
        ("caption", "expected"), [(row[1], row[2]) for row in rows], ids=[row[0] for row in rows]
    )


# A. A national agency under the name its own newsrooms print: its script, its desk, its
# local abbreviation. The parser knew the agency under its English name only.
NATIONAL_NAMES: list[tuple[str, str, Expected]] = [
    (
        "greek-ape-mpe-chain",
        "Ο πρωθυπουργός στη Βουλή. ΑΠΕ-ΜΠΕ/ΝΙΚΟΣ ΠΑΠΑΔΑΚΗΣ",
        {"agency": "ANA-MPA", "photographer": "Νικος Παπαδακης"},
    ),
    (
        "arabic-wafa-parenthesis",
        "الرئيس يستقبل الوفد في رام الله. (وفا)",
        {"agency": "WAFA", "photographer": None},
    ),
    (
        "arabic-spa-parenthesis",
        "ولي العهد يستقبل الوزير في الرياض. (واس)",
        {"agency": "SPA", "photographer": None},
    ),
    (
        "arabic-mena-dotted",
        "الرئيس يفتتح المشروع في القاهرة. (أ.ش.أ)",
        {"agency": "MENA", "photographer": None},
    ),
    (
        "arabic-afp-adjective",
        "متظاهرون في شوارع الخرطوم (الفرنسية)",
        {"agency": "AFP", "photographer": None},
    ),
    (
        "arabic-ap-spaced-letters",
        "جنود في موقع الانفجار. (أ ب)",
        {"agency": "AP", "photographer": None},
    ),
    (
        "german-zentralbild-desk",
        "Eisschollen treiben auf der Oder. Foto: Patrick Pleul/dpa-Zentralbild/dpa",
        {"agency": "dpa", "photographer": "Patrick Pleul"},
    ),
    (
        "german-epd-bild",
        "Gläubige beim Kirchentag. Foto: Anna Berg/epd-bild",
        {"agency": "epd", "photographer": "Anna Berg"},
    ),
    (
        "swiss-keystone-ats",
        "Le Conseil fédéral devant la presse. Photo: Keystone-ATS",
        {"agency": "Keystone", "photographer": None},
    ),
    (
        "swedish-tt-full-name",
        "Kungen vid riksmötets öppnande. Foto: Erik Lund/TT NYHETSBYRÅN",
        {"agency": "TT", "photographer": "Erik Lund"},
    ),
    (
        "sport-sid-images-first-of-chain",
        "Die Spieler jubeln nach dem Abpfiff. Foto: SID-IMAGES/AFP",
        {"agency": "SID", "photographer": None},
    ),
    (
        "dutch-hollandse-hoogte-middle",
        "De minister in de Tweede Kamer. ANP / Hollandse Hoogte / Sanne Kok",
        {"agency": "ANP", "photographer": "Sanne Kok"},
    ),
    (
        "polish-agencja-gazeta",
        "Protest przed Sejmem. Fot. Piotr Nowak / Agencja Gazeta",
        {"agency": "Agencja Gazeta", "photographer": "Piotr Nowak"},
    ),
    (
        "mexican-cuartoscuro",
        "Marcha en el Zócalo. Foto: Daniel Ruiz/Cuartoscuro",
        {"agency": "Cuartoscuro", "photographer": "Daniel Ruiz"},
    ),
    (
        "french-maxppp-chain",
        "Le maire devant l'hôtel de ville. © Julie Morel / MAXPPP",
        {"agency": "MAXPPP", "photographer": "Julie Morel"},
    ),
    # Neighbours: the agency under its English name keeps its reading.
    (
        "near-greek-english-name",
        "Ο πρωθυπουργός στη Βουλή. EPA/ALEXANDROS BELTES",
        {"agency": "EPA", "photographer": "Alexandros Beltes"},
    ),
    (
        "near-arabic-reuters",
        "الرئيس يلقي كلمة في القاهرة. (رويترز)",
        {"agency": "Reuters", "photographer": None},
    ),
]


@_table(NATIONAL_NAMES)
def test_national_agency_names(caption: str, expected: Expected) -> None:
    _check(caption, expected)
