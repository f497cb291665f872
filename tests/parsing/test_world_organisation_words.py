"""Organisation words of many languages, as data (organisations.toml cue_words): a labelled
credit of two capitalised words, one of them such a word, names an organisation, not a person
("Foto: Junta de Lumbre", "Fot. Muzeum Kestrel", "Фото: Музей Кестрел"). None of them is a
known given name (a French "Ville" is a Finnish one, and stays out). Captions written for
the test, across languages; neighbours are people after the same labels."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption


@pytest.mark.parametrize(
    "caption, agency, photographer",
    [
        pytest.param(
            "The orchestra on tour. Photo: Kestrel Philharmonic",
            "Kestrel Philharmonic",
            None,
            id="en-orchestra",
        ),
        pytest.param(
            "The painting on show. Foto: Lumbre Kunsthalle",
            "Lumbre Kunsthalle",
            None,
            id="de-hall",
        ),
        pytest.param("Cows at dawn. Foto: Rancho Lumbre", "Rancho Lumbre", None, id="es-ranch"),
        pytest.param(
            "The striker celebrates. Photo: Kestrel Tigers", "Kestrel Tigers", None, id="team"
        ),
        pytest.param(
            "Aid arrives. Photo: Christian Aid/Jo Roe", "Christian Aid", "Jo Roe", id="charity"
        ),
        pytest.param(
            "Aid arrives. Photo: Kestrel Red Cross", "Kestrel Red Cross", None, id="red-cross"
        ),
        pytest.param(
            "Aid arrives. Photo: Islamic Relief/Jo Roe", "Islamic Relief", "Jo Roe", id="relief"
        ),
        pytest.param(
            "The new bishop. Photo: Diocese of Kestrel/Jo Roe",
            "Diocese of Kestrel",
            "Jo Roe",
            id="diocese",
        ),
        pytest.param(
            "The guard shoots. Lumbre Wildcats/Jo Roe", "Lumbre Wildcats", "Jo Roe", id="team-first"
        ),
        pytest.param(
            "El gol del triunfo. Foto: Club Lumbre Tigres",
            "Club Lumbre Tigres",
            None,
            id="es-team",
        ),
        pytest.param(
            "The old harbour. Photo: Visit Kestrel", "Visit Kestrel", None, id="tourist-board"
        ),
        pytest.param(
            "Los bomberos en el incendio. Foto: Junta de Lumbre",
            "Junta de Lumbre",
            None,
            id="es-junta",
        ),
        pytest.param(
            "Le marché de Noël. Photo : Conseil de Lumbre",
            "Conseil de Lumbre",
            None,
            id="fr-council",
        ),
        pytest.param(
            "Il nuovo reparto. Foto: Ospedale Kestrel", "Ospedale Kestrel", None, id="it-hospital"
        ),
        pytest.param("Nowa wystawa. Fot. Muzeum Kestrel", "Muzeum Kestrel", None, id="pl-museum"),
        pytest.param(
            "Hasiči u požáru. Foto: Policie Lumbre", "Policie Lumbre", None, id="cs-police"
        ),
        pytest.param(
            "Az új épület. Fotó: Lumbre Egyetem", "Lumbre Egyetem", None, id="hu-university"
        ),
        pytest.param("Yeni bina. Fotoğraf: Lumbre Müzesi", "Lumbre Müzesi", None, id="tr-museum"),
        pytest.param("Новая выставка. Фото: Музей Кестрел", "Музей Кестрел", None, id="ru-museum"),
        pytest.param(
            "Η νέα έκθεση. Φωτογραφία: Μουσείο Κέστρελ",
            "Μουσείο Κέστρελ",
            None,
            id="el-museum",
        ),
        pytest.param("Người dân đi chợ. Ảnh: Báo Lumbre", "Báo Lumbre", None, id="vi-newspaper"),
        pytest.param(
            "Học sinh đến trường. Ảnh: Lê Thị Mai/Báo Lumbre",
            "Báo Lumbre",
            "Lê Thị Mai",
            id="vi-person-then-newspaper",
        ),
        pytest.param(
            "Petugas memeriksa kendaraan. Foto: Polisi Lumbre",
            "Polisi Lumbre",
            None,
            id="id-police",
        ),
        # neighbours: people after the same labels
        pytest.param(
            "Los bomberos en el incendio. Foto: Lucía Pérez", None, "Lucía Pérez", id="es-person"
        ),
        pytest.param("Nowa wystawa. Fot. Anna Nowak", None, "Anna Nowak", id="pl-person"),
        pytest.param("Новая выставка. Фото: Иван Петров", None, "Иван Петров", id="ru-person"),
    ],
)
def test_world_organisation_word(
    caption: str, agency: str | None, photographer: str | None
) -> None:
    parsed = parse_caption(caption)
    assert (parsed.agency, parsed.photographer) == (agency, photographer)
