"""A credit that is not the last thing in the caption: a date or a year printed after it, with
no stop between ("... Photo: Name/AFP 14 March 2023", "... Name, AP, 2019"). The date is no
word of the credit (the agency stays "AFP", not "AFP 14 March 2023"), and it dates the photo
when the caption says nothing else. Captions written for the test in those shapes, with the
near misses where the date belongs to the description."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption


@pytest.mark.parametrize(
    "caption, credit, photographer, agency, date",
    [
        pytest.param(
            "Supporters cheer at a rally. Photo: Tony Karumba/AFP 14 March 2023",
            "Photo: Tony Karumba/AFP",
            "Tony Karumba",
            "AFP",
            "2023-03-14",
            id="label-chain-day-month-year",
        ),
        pytest.param(
            "Supporters cheer at a rally. Tony Karumba/AFP March 14, 2023",
            "Tony Karumba/AFP",
            "Tony Karumba",
            "AFP",
            "2023-03-14",
            id="chain-month-day-year",
        ),
        pytest.param(
            "Supporters cheer at a rally. Tony Karumba/AFP, 14.03.2023",
            "Tony Karumba/AFP",
            "Tony Karumba",
            "AFP",
            "2023-03-14",
            id="chain-comma-numeric-date",
        ),
        pytest.param(
            "Supporters cheer at a rally. Photo by Ana Lima/Getty Images - March 14, 2023",
            "Photo by Ana Lima/Getty Images",
            "Ana Lima",
            "Getty Images",
            "2023-03-14",
            id="photo-by-dash-date",
        ),
        pytest.param(
            "Supporters cheer at a rally. EPA-EFE/Jo Roe 3 May 2022",
            "EPA-EFE/Jo Roe",
            "Jo Roe",
            "EPA-EFE",
            "2022-05-03",
            id="agency-first-chain-date",
        ),
        pytest.param(
            "Supporters cheer at a rally. Jo Roe, AP, 2019",
            "Jo Roe, AP",
            "Jo Roe",
            "AP",
            "2019",
            id="name-comma-agency-year",
        ),
        pytest.param(
            "Supporters cheer at a rally. Jo Roe/Reuters (2019)",
            "Jo Roe/Reuters",
            "Jo Roe",
            "Reuters",
            "2019",
            id="chain-bracketed-year",
        ),
        pytest.param(
            "Supporters cheer at a rally on March 14, 2023. Jo Roe/AP",
            "Jo Roe/AP",
            "Jo Roe",
            "AP",
            "2023-03-14",
            id="neighbour-credit-last",
        ),
    ],
)
def test_date_after_credit(
    caption: str, credit: str, photographer: str, agency: str, date: str
) -> None:
    parsed = parse_caption(caption)
    assert (parsed.credit, parsed.photographer, parsed.agency, parsed.date) == (
        credit,
        photographer,
        agency,
        date,
    )
    assert parsed.description == "Supporters cheer at a rally"


@pytest.mark.parametrize(
    "caption, date",
    [
        pytest.param(
            "Supporters cheer at a rally held by AFP on March 14, 2023",
            "2023-03-14",
            id="by-agency",
        ),
        pytest.param(
            "Supporters cheer at the Reuters offices, March 14, 2023", "2023-03-14", id="org-word"
        ),
        pytest.param("The Ukraine/Russia border in March 2023", "2023-03", id="slash-in-words"),
    ],
)
def test_date_closing_a_caption_without_credit(caption: str, date: str) -> None:
    """A date after words of the description (a preposition, a comma after a place or an
    organisation's office) stays the description's: no credit is made of the words before."""
    parsed = parse_caption(caption)
    assert parsed.credit is None
    assert parsed.date == date


@pytest.mark.parametrize(
    "caption, credit, date",
    [
        pytest.param(
            "Fans cheer in the stands. Photo by Jo Roe, 2019",
            "Photo by Jo Roe",
            "2019",
            id="by-year",
        ),
        pytest.param(
            "Fans cheer in the stands. Photo: Jo Roe 2019", "Photo: Jo Roe", "2019", id="colon"
        ),
        pytest.param(
            "Fans cheer in the stands. Photo: Jo Roe, Jan. 5, 2023",
            "Photo: Jo Roe",
            "2023-01-05",
            id="abbreviated-month",
        ),
        pytest.param(
            "Fans cheer in the stands. Kim Soto/AP, Jan. 5, 2023",
            "Kim Soto/AP",
            "2023-01-05",
            id="chain-abbreviated-month",
        ),
    ],
)
def test_date_after_labelled_person(caption: str, credit: str, date: str) -> None:
    """A labelled credit naming a person alone, then a date: the date is no part of the name."""
    parsed = parse_caption(caption)
    assert (parsed.credit, parsed.date, parsed.description) == (
        credit,
        date,
        "Fans cheer in the stands",
    )


def test_copyright_year_stays_the_notices() -> None:
    """Neighbour: a year after a copyright notice is the notice's, not the photo's date."""
    parsed = parse_caption("Fans cheer in the stands. © Jo Roe 2019")
    assert (parsed.credit, parsed.date) == ("© Jo Roe 2019", None)


@pytest.mark.parametrize(
    ("caption", "agency"),
    [
        (
            "A lighthouse under the stars. Photo by Jo Roe/Astronomy Photographer of the Year 2018",
            "Astronomy Photographer of the Year 2018",
        ),
        (
            "Pelicans at dawn. Photo by Jo Roe/Bird Photographer of the Year 2022",
            "Bird Photographer of the Year 2022",
        ),
    ],
)
def test_a_year_after_a_space_is_a_word_of_a_name_the_registry_does_not_know(
    caption: str, agency: str
) -> None:
    parsed = parse_caption(caption)
    assert (parsed.agency, parsed.date) == (agency, None)
