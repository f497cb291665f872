"""Press offices and government sources in many languages: "Foto: divulgação/Prefeitura de
Kestrel" (a lower-case word for "released" before the source: the credit keeps its label),
"Фото: пресс-служба Президента России" (a press service, then whose: one organisation, not a
person), Turkish bodies whose word carries its possessive ("Cumhurbaşkanlığı Basın Ofisi",
"Kestrel Üniversitesi"). Captions written for these tests (names, towns and bodies invented)."""

from __future__ import annotations

from tests.parsing.test_credit_shapes import Expected, _check, _table

PRESS_OFFICES: list[tuple[str, str, Expected]] = [
    (
        "pt-lower-released-then-city-hall",
        "O prefeito na inauguração da escola. Foto: divulgação/Prefeitura de Kestrel",
        {
            "credit": "Foto: divulgação/Prefeitura de Kestrel",
            "agency": "Prefeitura de Kestrel",
            "description": "O prefeito na inauguração da escola",
        },
    ),
    (
        "pt-lower-released-spaced-slash",
        "A ministra na reunião. Foto: divulgação / Ministério da Saúde",
        {"credit": "Foto: divulgação / Ministério da Saúde", "agency": "Ministério da Saúde"},
    ),
    (
        "pt-lower-reproduction-platform",
        "A cantora no palco. Foto: reprodução/Instagram",
        {"credit": "Foto: reprodução/Instagram", "photographer": None},
    ),
    (
        "es-lower-courtesy-then-mayoralty",
        "El alcalde en la plaza. Foto: cortesía/Alcaldía de Kestrel",
        {"credit": "Foto: cortesía/Alcaldía de Kestrel", "agency": "Alcaldía de Kestrel"},
    ),
    (
        "ru-press-service-of-president",
        "Президент на совещании. Фото: пресс-служба Президента России",
        {"agency": "пресс-служба Президента России", "photographer": None},
    ),
    (
        "uk-press-service-of-president",
        "Президент на нараді. Фото: прес-служба Президента України",
        {"agency": "прес-служба Президента України", "photographer": None},
    ),
    (
        "tr-presidency-press-office",
        "Başkan törende konuştu. Fotoğraf: Cumhurbaşkanlığı Basın Ofisi",
        {"agency": "Cumhurbaşkanlığı Basın Ofisi", "photographer": None},
    ),
    (
        "tr-university",
        "Mezuniyet töreni yapıldı. Fotoğraf: Kestrel Üniversitesi",
        {"agency": "Kestrel Üniversitesi", "photographer": None},
    ),
    (
        "tr-person-then-press-office-then-wire",
        "Başkan törende. Fotoğraf: Murat Kaya / Cumhurbaşkanlığı Basın Ofisi / AA",
        {"agency": "Cumhurbaşkanlığı Basın Ofisi", "photographer": "Murat Kaya"},
    ),
    # Neighbours: a generic word alone, a reader's name after "Reader", a capitalised source.
    (
        "pt-released-alone",
        "O governador visita a obra. Foto: divulgação",
        {"credit": "Foto: divulgação", "agency": None, "photographer": None},
    ),
    (
        "en-reader-then-person",
        "Snow covers the square. Photo: Reader Jo Roe",
        {"agency": None, "photographer": "Jo Roe"},
    ),
    (
        "pt-capital-released-then-government",
        "O governador. Foto: Divulgação/Governo do Estado de Kestrel",
        {"credit": "Foto: Divulgação/Governo do Estado de Kestrel"},
    ),
    (
        "tr-surname-baskan",
        "Maç sonrası sevinç. Fotoğraf: Ayşe Başkan",
        {"agency": None, "photographer": "Ayşe Başkan"},
    ),
]


@_table(PRESS_OFFICES)
def test_press_office_credits(caption: str, expected: Expected) -> None:
    _check(caption, expected)
