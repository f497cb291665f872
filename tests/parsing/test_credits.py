"""Every credit style the parser knows, read alone through parse_credit (the IPTC credit field)."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_credit

# (credit line, photographer, agency, via, roles)
CREDITS = [
    ("AP Photo/Maria Lopez", "Maria Lopez", "AP", None, ()),
    ("AP Photo/Maria Lopez, File", "Maria Lopez", "AP", None, ("file",)),
    ("AP Photo", None, "AP", None, ()),
    ("REUTERS/Tom Hale", "Tom Hale", "Reuters", None, ()),
    ("REUTERS/Tom Hale/File Photo", "Tom Hale", "Reuters", None, ("file",)),
    ("Tom Hale/Reuters", "Tom Hale", "Reuters", None, ()),
    ("Photo by Ana Weiss/Getty Images", "Ana Weiss", "Getty Images", None, ()),
    ("Ana Weiss/AFP via Getty Images", "Ana Weiss", "AFP", "Getty Images", ()),
    ("Ana Weiss/AFP/Getty Images", "Ana Weiss", "AFP", None, ()),
    ("AFP PHOTO / KARIM SAAB", "Karim Saab", "AFP", None, ()),
    ("EPA/PETER MCDONALD", "Peter McDonald", "EPA", None, ()),
    ("EPA-EFE/LUCA ROSSI", "Luca Rossi", "EPA-EFE", None, ()),
    ("Xinhua/Wang Lei", "Wang Lei", "Xinhua", None, ()),
    ("Emre Kaya/Anadolu via Getty Images", "Emre Kaya", "Anadolu", "Getty Images", ()),
    ("Office of the Mayor via AP", None, "Office of the Mayor", "AP", ("handout",)),
    ("Handout via Reuters", None, None, "Reuters", ("handout",)),
    ("Jan Novak/Pool via REUTERS", "Jan Novak", None, "Reuters", ("pool",)),
    ("Pool photo by Jan Novak", "Jan Novak", None, None, ("pool",)),
    ("Courtesy of Harbor Museum", None, "Harbor Museum", None, ("courtesy",)),
    ("Lena Ortiz for The New York Times", "Lena Ortiz", "The New York Times", None, ()),
    ("Lena Ortiz/The Washington Post", "Lena Ortiz", "The Washington Post", None, ()),
    ("Photo: Lena Ortiz/Reuters", "Lena Ortiz", "Reuters", None, ()),
    ("Credit: Lena Ortiz/Bloomberg", "Lena Ortiz", "Bloomberg", None, ()),
    ("Image credit: NASA", None, "NASA", None, ("handout",)),
    ("Mandatory Credit: Photo by Lena Ortiz/Shutterstock", "Lena Ortiz", "Shutterstock", None, ()),
    ("© Lena Ortiz/ZUMA Press Wire", "Lena Ortiz", "ZUMA", None, ()),
    ("© 2023 AP Photo/Lena Ortiz", "Lena Ortiz", "AP", None, ()),
    ("AFP", None, "AFP", None, ()),
    ("Lena Ortiz | AP Photo", "Lena Ortiz", "AP", None, ()),
    ("Lena Ortiz / AFP", "Lena Ortiz", "AFP", None, ()),
    ("Lena Ortiz, AFP Via Getty Images", "Lena Ortiz", "AFP", "Getty Images", ()),
    ("Lena Ortiz – Anadolu Agency", "Lena Ortiz", "Anadolu", None, ()),
    ("Lena Ortiz, Associated Press", "Lena Ortiz", "AP", None, ()),
    (
        "Sara Amini/WANA (West Asia News Agency) via Reuters",
        "Sara Amini",
        "WANA (West Asia News Agency)",
        "Reuters",
        (),
    ),
    ("REUTERS/Stringer", None, "Reuters", None, ("stringer",)),
    ("Sputnik via AP", None, "Sputnik", "AP", ()),
    ("Jose Breton/NurPhoto/Shutterstock", "Jose Breton", "NurPhoto", None, ()),
    (
        "Photo by Omar Diaz/SOPA Images/LightRocket via Getty Images",
        "Omar Diaz",
        "SOPA Images",
        "Getty Images",
        (),
    ),
    ("Photo by Nick Hale-FIFA/FIFA via Getty Images", "Nick Hale", "FIFA", "Getty Images", ()),
    ("Photo by Nick Hale/Getty Images for Nike", "Nick Hale", "Getty Images", None, ()),
    ("Sgt. Dana Reyes/U.S. Army", "Dana Reyes", "U.S. Army", None, ("handout",)),
    (
        "Ministry of Defence/Handout via REUTERS",
        None,
        "Ministry of Defence",
        "Reuters",
        ("handout",),
    ),
    # No handout marker: the first organisation of the chain owns it (the labelling rules).
    ("© REUTERS / Presidential website", None, "Reuters", None, ()),
    (
        "Amy Lee; Bo Chan; Cal Diaz/Getty Images",
        "Amy Lee; Bo Chan; Cal Diaz",
        "Getty Images",
        None,
        (),
    ),
    (
        "Photos: Amy Lee/AFP and Bo Chan/The Washington Post via Getty Images",
        "Amy Lee",
        "AFP",
        None,
        (),
    ),
    (
        "Ravi Rao/Hindustan Daily Record via AP Photo",
        "Ravi Rao",
        "Hindustan Daily Record",
        "AP",
        (),
    ),
    ("Ravi Rao /AP", "Ravi Rao", "AP", None, ()),
    ("Ravi Rao/ Getty Images", "Ravi Rao", "Getty Images", None, ()),
    ("Credit Image: © Ravi Rao/ZUMA Wire", "Ravi Rao", "ZUMA", None, ()),
    (
        "Iranian Presidency Office via AP, File",
        None,
        "Iranian Presidency Office",
        "AP",
        ("file", "handout"),
    ),
    ("AP Photo/Libkos", "Libkos", "AP", None, ()),
    ("EPA-EFE/ISRAELI ARMY HANDOUT", None, "ISRAELI ARMY", None, ("handout",)),
    ("Image: ESO/Y. Beletsky", "Y. Beletsky", "ESO", None, ()),
    ("Image source, Getty Images", None, "Getty Images", None, ()),
    ("Photo courtesy of Harbor Museum", None, "Harbor Museum", None, ("courtesy",)),
    ("KCNA via REUTERS", None, "KCNA", "Reuters", ("handout",)),
    ("File: Umit Bektas/Reuters", "Umit Bektas", "Reuters", None, ("file",)),
]


@pytest.mark.parametrize(
    ("line", "photographer", "agency", "via", "roles"), CREDITS, ids=[c[0][:50] for c in CREDITS]
)
def test_credit_styles(
    line: str, photographer: str | None, agency: str | None, via: str | None, roles: tuple[str, ...]
) -> None:
    credit = parse_credit(line)
    assert credit.credit == line
    assert credit.photographer == photographer
    assert credit.agency == agency
    assert credit.via == via
    assert credit.roles == roles
    assert credit.licensor == (via or agency)


@pytest.mark.parametrize(
    ("line", "unknown"),
    [
        ("Ravi Rao/Hindustan Daily Record via AP Photo", ("Hindustan Daily Record",)),
        ("Photo by Ravi Rao/Kestrel Pictures Ltd", ("Kestrel Pictures Ltd",)),
        ("Ravi Rao/Reuters", ()),
    ],
    ids=["publication-via-ap", "unknown-agency", "all-known"],
)
def test_unknown_organisations_are_kept_and_listed(line: str, unknown: tuple[str, ...]) -> None:
    credit = parse_credit(line)
    assert credit.unknown_organisations == unknown
    if unknown:
        assert credit.agency == unknown[0]


@pytest.mark.parametrize("line", ["", "   ", "\n"], ids=["empty", "spaces", "newline"])
def test_empty_credit_is_all_null(line: str) -> None:
    credit = parse_credit(line)
    assert (credit.credit, credit.photographer, credit.agency, credit.via) == (
        None,
        None,
        None,
        None,
    )


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("AFP PHOTO / NOEL CELIS", "Noel Celis"),
        ("EPA/JOHN MACDOUGALL", "John MacDougall"),
        ("EPA/MARIA MACHADO", "Maria Machado"),
        ("REUTERS/SEAN O'NEIL", "Sean O'Neil"),
        ("REUTERS/JEAN-PAUL PELISSIER", "Jean-Paul Pelissier"),
        ("Photo by Spc. Kim Lane/U.S. Army", "Kim Lane"),
    ],
    ids=["caps", "mac", "not-mac", "apostrophe", "hyphen", "rank"],
)
def test_photographer_names_are_normalised(written: str, expected: str) -> None:
    assert parse_credit(written).photographer == expected
