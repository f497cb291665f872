"""Two known agencies parted by a spaced dash closing the caption ("... 2016. REUTERS - KCNA",
"AFP — Getty Images"): a chain, as with a slash, whose first organisation is the agency.
Captions written for the test, with the neighbours the dash keeps apart."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption


@pytest.mark.parametrize(
    "caption, credit, agency",
    [
        pytest.param(
            "Troops fire artillery in this undated photo released on April 12, 2016. REUTERS - KCNA",
            "REUTERS - KCNA",
            "Reuters",
            id="hyphen",
        ),
        pytest.param(
            "Smoke rises over the port in Beirut, Lebanon, Aug. 4, 2020. AFP — Getty Images",
            "AFP — Getty Images",
            "AFP",
            id="em-dash",
        ),
        pytest.param(
            "Rescuers search the rubble in Hatay, Turkey, Feb. 7, 2023. Anadolu Agency – Reuters",
            "Anadolu Agency – Reuters",
            "Anadolu",
            id="en-dash-long-name",
        ),
    ],
)
def test_agency_dash_agency(caption: str, credit: str, agency: str) -> None:
    parsed = parse_caption(caption)
    assert (parsed.credit, parsed.agency, parsed.photographer) == (credit, agency, None)


def test_agency_dash_person_stays() -> None:
    parsed = parse_caption("Crowds gather in the square in Paris. © AFP - LUDOVIC ROE")
    assert (parsed.agency, parsed.photographer) == ("AFP", "Ludovic Roe")
