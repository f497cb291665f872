"""The credit report's numbers on a catalog with every case (see conftest), on both dialects."""

from __future__ import annotations

from datetime import date

import pytest

from catalog.db.filters import CaptionFilter
from catalog.errors import CatalogError
from catalog.reports import CreditReport, credit_report
from catalog.reports.credits import credit_form
from tests.reports.conftest import Catalog

D = date.fromisoformat


def table(report: CreditReport) -> list[tuple[object, ...]]:
    return [
        (r.label, r.photos, r.uses, r.articles, r.first_use, r.last_use, round(r.share, 4))
        for r in [*report.rows, report.total]
    ]


def test_by_licensor_counts_uses_photos_articles(catalog: Catalog) -> None:
    report = credit_report(catalog.engine)
    assert table(report) == [
        # Caption 8 is a confirmed duplicate of 2: its use counts, its photo does not.
        ("Reuters", 2, 5, 3, D("2020-01-08"), D("2020-02-03"), 0.4167),
        ("AP", 2, 2, 2, D("2020-01-08"), D("2020-02-03"), 0.1667),
        ("Getty Images", 2, 2, 2, D("2020-01-08"), D("2020-01-20"), 0.1667),
        ("(no licensor)", 1, 2, 2, D("2020-01-08"), D("2020-01-08"), 0.1667),
        ("Foo Press", 1, 1, 1, D("2020-02-03"), D("2020-02-03"), 0.0833),
        ("Total", 8, 12, 4, D("2020-01-08"), D("2020-02-03"), 1.0),
    ]
    assert report.undated_uses is None
    assert report.notes == []
    assert report.contracts is None


def test_sections(catalog: Catalog) -> None:
    report = credit_report(catalog.engine)
    assert (report.uncredited.captions, report.uncredited.uses) == (1, 2)
    [item] = report.uncredited.items
    assert (item.caption_id, item.caption, item.uses) == (5, "A burning vehicle at the airport.", 2)
    assert [(a.id, a.published) for a in item.articles] == [(1, D("2020-01-08")), (3, None)]
    assert report.unknown.credits == 1
    assert [(u.agency, u.credit, u.photos, u.uses) for u in report.unknown.items] == [
        ("Foo Press", "John Doe/Foo Press", 1, 1)
    ]
    assert [
        (v.licensor, [(f.form, f.photos, f.uses) for f in v.forms]) for v in report.variants
    ] == [
        ("AP", [("Name/Pool via AP", 1, 1), ("Office of the Iranian Supreme Leader via AP", 1, 1)]),
        ("Foo Press", [("Name/Foo Press", 1, 1)]),
        ("Getty Images", [("Name/AFP via Getty Images", 2, 2)]),
        (
            "Reuters",
            [
                ("Name/Reuters", 1, 2),
                ("Name/WANA (West Asia News Agency) via Reuters", 1, 2),
                ("Name/REUTERS", 1, 1),
            ],
        ),
    ]
    assert [(r.role, r.licensor, r.photos, r.uses) for r in report.roles] == [
        ("handout", "AP", 1, 1),
        ("pool", "AP", 1, 1),
    ]


def test_period_counts_undated_uses_apart(catalog: Catalog) -> None:
    flt = CaptionFilter(since=D("2020-01-01"), until=D("2020-01-31"))
    report = credit_report(catalog.engine, flt)
    assert table(report) == [
        ("Getty Images", 2, 2, 2, D("2020-01-08"), D("2020-01-20"), 0.3333),
        ("Reuters", 2, 2, 1, D("2020-01-08"), D("2020-01-08"), 0.3333),
        ("AP", 1, 1, 1, D("2020-01-08"), D("2020-01-08"), 0.1667),
        ("(no licensor)", 1, 1, 1, D("2020-01-08"), D("2020-01-08"), 0.1667),
        ("Total", 6, 6, 2, D("2020-01-08"), D("2020-01-20"), 1.0),
    ]
    assert report.undated_uses == 2  # captions 1 and 5 in article 3
    assert report.notes == [
        "2 use(s) in articles without a publication date are not counted: the period "
        "2020-01-01 to 2020-01-31 cannot place them."
    ]
    assert report.query == "since:2020-01-01 until:2020-01-31"


def test_by_month_and_article(catalog: Catalog) -> None:
    by_month = credit_report(catalog.engine, by="month", sections=False)
    assert [(r.label, r.photos, r.uses, r.articles) for r in by_month.rows] == [
        ("2020-01", 6, 6, 2),
        ("2020-02", 3, 4, 1),
        ("(no date)", 2, 2, 1),
    ]
    assert by_month.total.photos == 8
    by_article = credit_report(catalog.engine, by="article", sections=False)
    assert [(r.article_id, r.label, r.uses) for r in by_article.rows] == [
        (1, "Iran strikes back", 5),
        (4, "photos/img1.jpg", 1),
        (2, "Airport, the day after", 4),
        (3, "archive/a3.html", 2),
    ]


def test_by_agency_and_photographer(catalog: Catalog) -> None:
    agency = credit_report(catalog.engine, by="agency", sections=False)
    assert [(r.label, r.photos, r.uses) for r in agency.rows] == [
        ("Reuters", 1, 3),
        ("(no agency)", 2, 3),
        ("AFP", 2, 2),
        ("WANA (West Asia News Agency)", 1, 2),
        ("Foo Press", 1, 1),
        ("Office of the Iranian Supreme Leader", 1, 1),
    ]
    photographer = credit_report(catalog.engine, by="photographer", sections=False)
    assert [(r.label, r.photos, r.uses) for r in photographer.rows] == [
        ("Ari Jalal", 1, 3),
        ("(no photographer)", 2, 3),
        ("Nazanin Tabatabaee", 1, 2),
        ("Ayman Henna", 1, 1),
        ("Hussein Faleh", 1, 1),
        ("Jane Roe", 1, 1),
        ("John Doe", 1, 1),
    ]


def test_filters_apply(catalog: Catalog) -> None:
    report = credit_report(catalog.engine, CaptionFilter.parse("licensor:reuters"))
    assert [(r.label, r.uses) for r in report.rows] == [("Reuters", 5)]
    assert report.total.uses == 5
    assert report.uncredited.captions == 0


def test_empty_catalog(empty_catalog: Catalog) -> None:
    report = credit_report(empty_catalog.engine)
    assert report.rows == ()
    assert (report.total.uses, report.total.photos, report.total.share) == (0, 0, 0.0)


def test_unknown_grouping_is_a_user_error(catalog: Catalog) -> None:
    with pytest.raises(CatalogError, match="cannot group by"):
        credit_report(catalog.engine, by="colour")


@pytest.mark.parametrize(
    "credit, photographer, form",
    [
        ("Hussein Faleh/AFP via Getty Images", "Hussein Faleh", "Name/AFP via Getty Images"),
        ("AFP/Getty Images", None, "AFP/Getty Images"),
        ("JOHN MACDOUGALL/AFP", "John MacDougall", "Name/AFP"),
        ("AP Photo/Hussein Malla, File", "Hussein Malla", "AP Photo/Name, File"),
        ("Ann Lee and Bo Yi/Reuters", "Ann Lee; Bo Yi", "Name and Name/Reuters"),
        ("REUTERS/Gleb Garanich/File Photo", "Gleb Garanich", "REUTERS/Name/File Photo"),
    ],
    ids=["via", "no-name", "all-caps", "ap-file", "two-names", "reuters-file"],
)
def test_credit_form(credit: str, photographer: str | None, form: str) -> None:
    assert credit_form(credit, photographer) == form
