"""Two small credit shapes of news sites: a distributor followed by "file" ("Jo Roe /
Bloomberg via Getty Images file"), where "file" says where the photo was kept and is no word
of the distributor's name; and sources that stand for no one ("(Representative image)",
"Photo by author", "Photo: author's own"), which name no agency. Captions written for the
test, with a person whose surname is "Author" as the neighbour."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption


@pytest.mark.parametrize(
    "caption, agency, photographer, via",
    [
        pytest.param(
            "A farmer in his field. Jo Roe / Bloomberg via Getty Images file",
            "Bloomberg",
            "Jo Roe",
            "Getty Images",
            id="via-then-file",
        ),
        pytest.param(
            "A farmer in his field. Jo Roe via Reuters file photo",
            None,
            "Jo Roe",
            "Reuters",
            id="via-then-file-photo",
        ),
        pytest.param(
            "A farmer in his field. Kim Soto / AP file",
            "AP",
            "Kim Soto",
            None,
            id="neighbour-chain-file",
        ),
    ],
)
def test_file_after_distributor(
    caption: str, agency: str | None, photographer: str, via: str | None
) -> None:
    parsed = parse_caption(caption)
    assert (parsed.agency, parsed.photographer, parsed.via) == (agency, photographer, via)
    assert "file" in parsed.roles


@pytest.mark.parametrize(
    "caption",
    [
        pytest.param("A farmer in his field. (Representative image)", id="representative"),
        pytest.param("A farmer in his field. Photo: Representational image", id="representational"),
        pytest.param("A farmer in his field. — Photo by author", id="by-author"),
        pytest.param("Our table at the cafe. Photo: author's own", id="authors-own"),
        pytest.param("Our table at the cafe. Photo by the author", id="the-author"),
    ],
)
def test_stand_in_sources_name_no_agency(caption: str) -> None:
    parsed = parse_caption(caption)
    assert parsed.credit is not None
    assert (parsed.agency, parsed.photographer) == (None, None)


def test_author_as_a_surname_stays_a_person() -> None:
    parsed = parse_caption("A farmer in his field. Photo by Jo Author")
    assert parsed.photographer == "Jo Author"
