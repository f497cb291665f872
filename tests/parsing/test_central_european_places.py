"""Class 6 of the unseen shapes: places in Czech, Slovak, Hungarian and Polish captions.

Czech and Slovak write the place after "v"/"ve" in the locative ("v Praze"), Polish after
"w"/"we" ("we Wrocławiu"), and Hungarian as an ending with no preposition ("Budapesten",
"Debrecenben"). The inflection data reads each back to the name the place index knows.
English "v" for "against" ("Wales v Scotland") opens no place. Captions written for this test."""

from __future__ import annotations

import pytest

from tests.parsing.field_match import Expected, mismatches

CASES = [
    pytest.param(
        "Lidé čekají na tramvaj v Praze 12. března 2024. Foto: ČTK/Jan Dvořák",
        {"location": "Praha", "date": "2024-03-12", "agency": "ČTK"},
        id="czech-v-praze-with-date",
    ),
    pytest.param(
        "Hasiči zasahují u požáru skladu v Ostravě. Foto: ČTK",
        {"location": "Ostrava", "description": "Hasiči zasahují u požáru skladu"},
        id="czech-v-ostrave",
    ),
    pytest.param(
        "Fanoušci slaví vítězství ve Zlíně. Foto: Petr Malý/ČTK",
        {"location": "Zlín", "photographer": "Petr Malý"},
        id="czech-ve-zline",
    ),
    pytest.param(
        "Demonštranti pred úradom vlády v Bratislave. Foto: TASR",
        {"location": "Bratislava", "agency": "TASR"},
        id="slovak-v-bratislave",
    ),
    pytest.param(
        "Powódź na ulicach we Wrocławiu. Fot. PAP/Anna Zając",
        {"location": "Wrocław", "description": "Powódź na ulicach"},
        id="polish-we-wroclawiu",
    ),
    pytest.param(
        "Kibice przed meczem w Krakowie. Fot. PAP/Anna Zając",
        {"location": "Kraków"},
        id="polish-w-krakowie",
    ),
    pytest.param(
        "Tüntetők a Parlament előtt Budapesten. Fotó: MTI/Kiss Gábor",
        {"location": "Budapest", "photographer": "Kiss Gábor", "agency": "MTI"},
        id="hungarian-budapesten",
    ),
    pytest.param(
        "Szurkolók ünnepelnek a főtéren Debrecenben. Fotó: MTI",
        {"location": "Debrecen"},
        id="hungarian-debrecenben",
    ),
    pytest.param(
        "Ünnepi felvonulás Pécsett. Fotó: MTI/Kiss Gábor",
        {"location": "Pécs"},
        id="hungarian-pecsett",
    ),
]

NOT_A_PLACE = [
    pytest.param(
        "Jo Roe scores a try during the Six Nations match Wales v Scotland. Photo: Jo Roe/Reuters",
        {"location": None},
        id="english-versus-between-teams",
    ),
    pytest.param(
        "Fans watch the derby Hull v Leeds. Photo: Jo Roe/PA",
        {"location": None},
        id="english-versus-first",
    ),
    pytest.param(
        "A boy reads in the garden of his grandmother. Photo: Ana Lima",
        {"location": None},
        id="english-caption-no-hungarian-ending",
    ),
]


@pytest.mark.parametrize("caption, expected", CASES + NOT_A_PLACE)
def test_central_european_place(caption: str, expected: Expected) -> None:
    assert mismatches(caption, expected) == []
