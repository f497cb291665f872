"""A name in capitals whose given name is also a particle of the names data ("BEN", "ABU",
"DEL"): "BEN ROE/Kestrel News" is Ben Roe's photo, as "Ben Roe/Kestrel News" is, and keeps its
given name's capital; particles before a surname ("VAN DER BERG") stay lower case. Credits and
captions written for the test."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption, parse_credit


@pytest.mark.parametrize(
    "credit, photographer, agency",
    [
        pytest.param("BEN ROE/Kestrel News", "Ben Roe", "Kestrel News", id="unknown-agency"),
        pytest.param(
            "PHOTO BY BEN ADLER/PA IMAGES VIA GETTY IMAGES", "Ben Adler", "PA", id="label-chain-via"
        ),
        pytest.param("Photo by BEN ADLER/AFP", "Ben Adler", "AFP", id="label-known-agency"),
        pytest.param("VAN DER BERG/Kestrel News", "van der Berg", "Kestrel News", id="particles"),
        pytest.param("JO VAN DER BERG/AFP", "Jo van der Berg", "AFP", id="particles-inside"),
        pytest.param("DE LA TORRE/EFE", "de la Torre", "EFE", id="spanish-particles"),
    ],
)
def test_capital_name_opening_with_a_given_particle(
    credit: str, photographer: str, agency: str
) -> None:
    parsed = parse_credit(credit)
    assert (parsed.photographer, parsed.agency) == (photographer, agency)


def test_in_a_caption() -> None:
    parsed = parse_caption(
        "Swimmers race at a lake in Llanwrtyd Wells, Wales on August 27, 2023. "
        "(PHOTO BY BEN ADLER/PA IMAGES VIA GETTY IMAGES)"
    )
    assert (parsed.photographer, parsed.agency, parsed.via) == ("Ben Adler", "PA", "Getty Images")
