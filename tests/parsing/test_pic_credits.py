"""An organisation printed with "pic", the short word for picture, after a dash or alone
("... in Putrajaya. — Bernama pic", "... Reuters pic"), as "AFP photo" is read; the dash
before such a credit is neither the description's nor the credit's. Captions written for the
test in those shapes."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption


@pytest.mark.parametrize(
    "caption, credit, agency, photographer",
    [
        pytest.param(
            "Ministers meet in Putrajaya. — Bernama pic",
            "Bernama pic",
            "Bernama",
            None,
            id="em-dash",
        ),
        pytest.param(
            "Ministers meet in Putrajaya. - Reuters pic",
            "Reuters pic",
            "Reuters",
            None,
            id="hyphen",
        ),
        pytest.param("Ministers meet in Putrajaya. AFP pic", "AFP pic", "AFP", None, id="bare"),
        pytest.param(
            "Ministers meet in Putrajaya. — Kestrel Motors pic",
            "Kestrel Motors pic",
            "Kestrel Motors",
            None,
            id="unknown-organisation",
        ),
        pytest.param(
            "Ministers meet in Putrajaya. — Picture by Jo Roe",
            "Picture by Jo Roe",
            None,
            "Jo Roe",
            id="neighbour-picture-by",
        ),
        pytest.param(
            "Ministers meet in Putrajaya. — AFP photo",
            "AFP photo",
            "AFP",
            None,
            id="neighbour-photo",
        ),
    ],
)
def test_organisation_pic(
    caption: str, credit: str, agency: str | None, photographer: str | None
) -> None:
    parsed = parse_caption(caption)
    assert (parsed.credit, parsed.agency, parsed.photographer) == (credit, agency, photographer)
    assert (parsed.description, parsed.location) == ("Ministers meet", "Putrajaya")
