"""A photographer's name that opens with initials, written together ("J.R. Smith", "A.B.
Kowalski", French "J.-P. Martin") or one ("J. Smith"), at the start of a credit closing the
caption: after a label's colon, "©" or "by" ("Photo: J.R. Smith, Radio Kestrel", "© J.R.
Smith"), before a bracketed organisation ("Foto: Carla M. Ostrowski (Kestrel Zeitung)"), or
after the sentence's stop, a word's or a year's ("... goal. J.R. Smith for KXYZ", "... 2021.
J. Smith for The New York Times"). The initials' periods end no sentence, so the credit keeps
the whole name; a state's or country's initials after a place's comma ("Washington, D.C. Jo
Roe/AP") still close the sentence. Captions written for the test (names, organisations and
places invented)."""

from __future__ import annotations

import pytest

from tests.parsing.field_match import mismatches


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "The crowd cheers the winners. J.R. Smith for Radio Kestrel",
            {
                "credit": "J.R. Smith for Radio Kestrel",
                "photographer": "J.R. Smith",
                "agency": "Radio Kestrel",
            },
        ),
        (
            "Fans wait at the gate. Photo: J.R. Smith, The Ashford Courier",
            {"photographer": "J.R. Smith", "agency": "The Ashford Courier"},
        ),
        (
            "Fans wait at the gate. Photo: A.B. Kowalski, Reuters",
            {
                "credit": "Photo: A.B. Kowalski, Reuters",
                "photographer": "A.B. Kowalski",
                "agency": "Reuters",
            },
        ),
        (
            "Voters queue in Lagos, Nigeria, Feb. 25, 2023. O.A. Adeyemi for KXYZ",
            {"photographer": "O.A. Adeyemi", "agency": "KXYZ", "date": "2023-02-25"},
        ),
        (
            "Snow covers the square, Jan. 3, 2021. J. Nowak for The New York Times",
            {"photographer": "J. Nowak", "agency": "The New York Times", "date": "2021-01-03"},
        ),
        (
            "Les supporters attendent devant le stade. Photo : J.-P. Martin, Agencia Lumbre",
            {"agency": "Agencia Lumbre"},
        ),
        (
            "Les supporters attendent devant le stade. Photo : J.-P. Martin/AFP",
            {"credit": "Photo : J.-P. Martin/AFP", "photographer": "J.-P. Martin", "agency": "AFP"},
        ),
        (
            "Les supporters attendent, le 3 mai 2021. J.-P. MARTIN/AGENCIA LUMBRE",
            {"photographer": "J.-P. Martin", "agency": "Agencia Lumbre", "date": "2021-05-03"},
        ),
        (
            "Ein Kran im Hafen von Kiel. Foto: K.H. Berger, Kestrel Zeitung",
            {"photographer": "K.H. Berger", "agency": "Kestrel Zeitung"},
        ),
        (
            "The harbour at dawn. © J.R. Smith",
            {"credit": "© J.R. Smith", "photographer": "J.R. Smith", "agency": None},
        ),
        (
            "The harbour at dawn. Photo by A.B. Kowalski",
            {"photographer": "A.B. Kowalski", "agency": None},
        ),
        (
            "Die Fähre legt im Hafen an. Foto: J.R. Smith (Radio Kestrel)",
            {"photographer": "J.R. Smith", "agency": "Radio Kestrel"},
        ),
        (
            "Die Fähre legt im Hafen an. Foto: Carla M. Ostrowski (Kestrel Zeitung)",
            {"photographer": "Carla M. Ostrowski", "agency": "Kestrel Zeitung"},
        ),
        (
            "Protesters march in Washington, D.C. Jo Roe/AP",
            {"credit": "Jo Roe/AP", "photographer": "Jo Roe", "agency": "AP"},
        ),
        (
            "Marchers fill a street in Kelowna, B.C. Ana Ruiz/The Canadian Press",
            {"credit": "Ana Ruiz/The Canadian Press", "photographer": "Ana Ruiz"},
        ),
    ],
    ids=[
        "glued-initials-for-unknown-radio",
        "glued-initials-label-comma-unknown-paper",
        "glued-initials-label-comma-known-agency",
        "glued-initials-after-year-call-sign",
        "one-initial-after-year",
        "french-hyphenated-initials-agency",
        "french-hyphenated-initials-slash",
        "french-hyphenated-initials-capitals-after-date",
        "german-label-glued-initials",
        "copyright-sign-glued-initials",
        "photo-by-glued-initials",
        "german-label-glued-initials-bracketed-organisation",
        "german-label-middle-initial-bracketed-organisation",
        "district-initials-close-sentence",
        "province-initials-close-sentence",
    ],
)
def test_initials_open_credit_name(caption: str, expected: dict[str, str]) -> None:
    assert mismatches(caption, expected) == []
