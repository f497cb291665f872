"""A semicolon standing where a credit's slash would: "(Photo by Jo Roe; Reuters)", "Jo Roe;
AFP; Getty Images". The people before the first organisation are the photographers, the
organisations after it the chain, as with slashes. Captions written for the test, with the
neighbours where the semicolon lists people alone or separates two whole credits."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption, parse_credit


@pytest.mark.parametrize(
    "caption, photographer, agency",
    [
        pytest.param(
            "Riders cross the finish line in Lyon, France, June 3, 2021. (Photo by Ana Lima; Reuters)",
            "Ana Lima",
            "Reuters",
            id="photo-by-name-semicolon-agency",
        ),
        pytest.param(
            "Smoke rises over the port in Beirut, Lebanon, Aug. 4, 2020. (Karim Haddad; AFP; Getty Images)",
            "Karim Haddad",
            "AFP",
            id="name-semicolon-chain-of-three",
        ),
        pytest.param(
            "A skier jumps during the final in Oslo. (Photo by Tomasz Wierzba; DPPI; Rex Features; Shutterstock)",
            "Tomasz Wierzba",
            "DPPI",
            id="unknown-initials-first-in-chain",
        ),
        pytest.param(
            "Voters queue outside a school in Lagos, Nigeria, Feb. 25, 2023. (Ada Obi; Anadolu Agency)",
            "Ada Obi",
            "Anadolu",
            id="agency-with-organisation-word",
        ),
        pytest.param(
            "Menschen feiern auf dem Marktplatz in Köln. Foto: Jana Vogel; dpa",
            "Jana Vogel",
            "dpa",
            id="german-label",
        ),
        pytest.param(
            "Manifestantes en la plaza de Madrid. (Foto: Lucía Pérez; EFE)",
            "Lucía Pérez",
            "EFE",
            id="spanish-label",
        ),
        pytest.param(
            "Fans cheer at the stadium. (Photo by Jo Roe; Kim Soto; Getty Images)",
            "Jo Roe; Kim Soto",
            "Getty Images",
            id="two-people-then-agency",
        ),
        pytest.param(
            "Fans cheer at the stadium. (PHOTO BY JANE SMITH; AFP)",
            "Jane Smith",
            "AFP",
            id="capitals",
        ),
    ],
)
def test_semicolon_between_people_and_organisation(
    caption: str, photographer: str, agency: str
) -> None:
    parsed = parse_caption(caption)
    assert (parsed.photographer, parsed.agency) == (photographer, agency)


@pytest.mark.parametrize(
    "credit, photographer, agency",
    [
        pytest.param("Jo Roe; Kim Soto", "Jo Roe; Kim Soto", None, id="people-alone-stay-a-list"),
        pytest.param(
            "Jo Roe; Kim Soto/Reuters", "Jo Roe; Kim Soto", "Reuters", id="list-then-slash"
        ),
        pytest.param(
            "Jo Roe/AP; Kim Soto/Reuters", "Jo Roe", "AP", id="two-credits-give-the-first"
        ),
        pytest.param("Reuters; Jo Roe", "Jo Roe", "Reuters", id="organisation-first-is-a-chain"),
    ],
)
def test_semicolon_neighbours(credit: str, photographer: str | None, agency: str | None) -> None:
    parsed = parse_credit(credit)
    assert (parsed.photographer, parsed.agency) == (photographer, agency)
