"""The credit report a rights manager reconciles invoices and quotas with, as plain dataclasses.

``credit_report`` asks ``catalog.db.report_queries`` for aggregates and assembles them; the
renderers (``catalog.reports.render``) and the TUI only read the result. Counting rules (what a
use and a photo are, how the period applies) are in ``report_queries``.

Credit variants: each raw credit is shown with the photographer's name replaced by ``Name``,
so "Hussein Faleh/AFP via Getty Images" and "Ayman Henna/AFP via Getty Images" are one form,
"Name/AFP via Getty Images", beside "AFP/Getty Images". Without the name a licensor has a
handful of forms instead of one per photographer, and the forms are what a registry alias or
an invoice line is written against.
"""

from __future__ import annotations

import re
from collections import defaultdict
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Engine

from catalog.choices import GROUPINGS
from catalog.db import report_queries as q
from catalog.db.filters import CaptionFilter
from catalog.db.use_stats import flush_use_counts
from catalog.db.uses import AnyRow
from catalog.errors import CatalogError
from catalog.reports.contracts import Contracts, UnseenLicensor, unseen_licensors

FLAGGED_ROLES = ("handout", "pool")
NAME_PLACEHOLDER = "Name"
REPORT_WORKERS = 2  # queries at once: more only queue on a small machine
_NO_GROUP = {
    "licensor": "(no licensor)",
    "agency": "(no agency)",
    "photographer": "(no photographer)",
    "month": "(no date)",
    "article": "(untitled)",
}


@dataclass(frozen=True)
class UsageRow:
    group: str | None  # the licensor, agency, photographer, month (YYYY-MM) or article title
    label: str  # the group as shown, "(no licensor)" and the like for None
    photos: int
    uses: int
    articles: int
    first_use: date | None
    last_use: date | None
    share: float  # of all uses in the report, 0..1
    article_id: int | None = None  # grouping by article only


@dataclass(frozen=True)
class ArticleRef:
    id: int
    title: str | None
    source: str
    published: date | None


@dataclass(frozen=True)
class UncreditedCaption:
    caption_id: int
    caption: str
    uses: int
    articles: tuple[ArticleRef, ...]  # at most ``articles_per_caption``, oldest first


@dataclass(frozen=True)
class Uncredited:
    captions: int  # all uncredited captions in the report
    uses: int
    items: tuple[UncreditedCaption, ...]  # the most used ones


@dataclass(frozen=True)
class UnknownCredit:
    agency: str | None  # the organisation as written (the registry does not know it)
    credit: str | None
    photos: int
    uses: int


@dataclass(frozen=True)
class UnknownOrganisations:
    credits: int  # distinct (agency, credit) pairs
    items: tuple[UnknownCredit, ...]


@dataclass(frozen=True)
class CreditVariant:
    form: str  # the raw credit, the photographer's name replaced by "Name"
    photos: int
    uses: int


@dataclass(frozen=True)
class LicensorVariants:
    licensor: str
    forms: tuple[CreditVariant, ...]  # most used first
    more: int  # forms left out


@dataclass(frozen=True)
class RoleCount:
    licensor: str | None
    role: str  # "handout" or "pool"
    photos: int
    uses: int


@dataclass(frozen=True)
class ContractLine:
    licensor: str
    month: str | None  # YYYY-MM; None for uses in undated articles
    photos: int
    uses: int
    quota: int | None
    over_quota: int  # uses beyond the quota (0 when within it or without a quota)
    owed: Decimal | None
    currency: str | None


@dataclass(frozen=True)
class ContractTotal:
    """A licensor's contract lines summed, per currency (amounts of two currencies never add)."""

    licensor: str
    currency: str | None
    photos: int  # summed over months: a photo used in two months counts in each
    uses: int
    over_quota: int
    owed: Decimal | None


@dataclass(frozen=True)
class CreditReport:
    by: str
    query: str  # the filter, in the query language (empty: everything)
    since: date | None
    until: date | None
    rows: tuple[UsageRow, ...]
    total: UsageRow
    undated_uses: int | None  # only with a period: uses it cannot place, not counted
    # Only by month or with contracts: uses placed by their page's crawl date (no publication
    # date), so a reader knows which months rest on when a page was fetched.
    crawl_dated_uses: int | None
    uncredited: Uncredited
    unknown: UnknownOrganisations
    variants: tuple[LicensorVariants, ...]
    roles: tuple[RoleCount, ...]
    contracts: tuple[ContractLine, ...] | None  # None without a contracts file
    contract_totals: tuple[ContractTotal, ...] | None
    # Licensors the contracts file names that the catalog never saw (the CLI warns on stderr).
    unseen_licensors: tuple[UnseenLicensor, ...]

    @property
    def notes(self) -> list[str]:
        """Sentences every format prints under the table."""
        notes = []
        if self.undated_uses is not None:
            period = f"{self.since or '…'} to {self.until or '…'}"
            notes.append(
                f"{self.undated_uses} use(s) in articles without a publication date are not "
                f"counted: the period {period} cannot place them."
            )
        if self.crawl_dated_uses:
            notes.append(
                f"{self.crawl_dated_uses:,} use(s) in articles without a publication date are "
                "placed in the month their page was crawled (web archive date)."
            )
        if self.contracts and any(line.month is None for line in self.contracts):
            notes.append("Contract lines without a month are uses in undated articles.")
        return notes


def credit_form(credit: str, photographer: str | None) -> str:
    """The credit with each photographer name (``; ``-separated) replaced by ``Name``."""
    if not photographer:
        return credit
    form = credit
    for name in photographer.split("; "):
        name = name.strip()
        if name:
            # Case-insensitive: "JOHN MACDOUGALL/AFP" was normalised to "John MacDougall".
            form = re.sub(re.escape(name), NAME_PLACEHOLDER, form, flags=re.IGNORECASE)
    return form


def _date(value: object) -> date | None:
    # Aggregates over dates come back as text from SQLite and as dates from PostgreSQL.
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _usage_rows(
    by: str, groups: list[q.UsageCounts], total_row: q.UsageCounts
) -> tuple[list[UsageRow], UsageRow]:
    all_uses = int(total_row.uses)

    def share(uses: int) -> float:
        return uses / all_uses if all_uses else 0.0

    rows = [
        UsageRow(
            group=row.grp,
            label=row.grp if row.grp is not None else _NO_GROUP[by],
            photos=int(row.photos),
            uses=int(row.uses),
            articles=int(row.articles),
            first_use=_date(row.first_use),
            last_use=_date(row.last_use),
            share=share(int(row.uses)),
            article_id=row.article_id if by == "article" else None,
        )
        for row in groups
    ]
    if by == "month":
        rows.sort(key=lambda row: (row.group is None, row.group or ""))
    elif by == "article":
        rows.sort(key=lambda row: (row.first_use is None, row.first_use or date.min, row.label))
    else:
        rows.sort(key=lambda row: (-row.uses, row.group is None, row.label.lower()))
    total = UsageRow(
        group=None,
        label="Total",
        photos=int(total_row.photos),
        uses=all_uses,
        articles=int(total_row.articles),
        first_use=_date(total_row.first_use),
        last_use=_date(total_row.last_use),
        share=1.0 if all_uses else 0.0,
    )
    return rows, total


def _uncredited(
    engine: Engine,
    flt: CaptionFilter,
    facets: list[q.CreditFacet],
    top: list[AnyRow],
    articles_per_caption: int,
) -> Uncredited:
    articles: dict[int, list[ArticleRef]] = defaultdict(list)
    for row in q.articles_of(engine, flt, [row.id for row in top]):
        if len(articles[row.caption_id]) < articles_per_caption:
            articles[row.caption_id].append(
                ArticleRef(row.id, row.title, row.source, _date(row.published))
            )
    items = tuple(
        UncreditedCaption(row[0], row[1], int(row[2]), tuple(articles[row[0]])) for row in top
    )
    missing = [row for row in facets if row.credit is None]
    photos = sum(int(row.photos) for row in missing)
    return Uncredited(photos, sum(int(row.uses) for row in missing), items)


def _unknown(facets: list[q.CreditFacet], limit: int) -> UnknownOrganisations:
    counts: dict[tuple[str | None, str | None], list[int]] = defaultdict(lambda: [0, 0])
    for row in facets:
        if row.known == 0:
            counts[(row.agency, row.credit)][0] += int(row.photos)
            counts[(row.agency, row.credit)][1] += int(row.uses)
    ranked = sorted(
        counts.items(), key=lambda item: (-item[1][1], item[0][0] or "", item[0][1] or "")
    )
    items = tuple(
        UnknownCredit(agency, credit, photos, uses)
        for (agency, credit), (photos, uses) in ranked[:limit]
    )
    return UnknownOrganisations(len(counts), items)


def _variants(facets: list[q.CreditFacet], limit: int) -> tuple[LicensorVariants, ...]:
    forms: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for row in facets:
        if row.licensor is None or row.credit is None:
            continue
        counts = forms[row.licensor][credit_form(row.credit, row.photographer)]
        counts[0] += int(row.photos)
        counts[1] += int(row.uses)
    result = []
    for licensor in sorted(forms, key=str.lower):
        ranked = sorted(forms[licensor].items(), key=lambda item: (-item[1][1], item[0]))
        shown = tuple(CreditVariant(form, photos, uses) for form, (photos, uses) in ranked[:limit])
        result.append(LicensorVariants(licensor, shown, max(0, len(ranked) - limit)))
    return tuple(result)


def _roles(facets: list[q.CreditFacet]) -> tuple[RoleCount, ...]:
    counts: dict[tuple[str | None, str], list[int]] = defaultdict(lambda: [0, 0])
    for row in facets:
        flags = (row.roles or "").split()
        for role in FLAGGED_ROLES:
            if role in flags:
                counts[(row.licensor, role)][0] += int(row.photos)
                counts[(row.licensor, role)][1] += int(row.uses)
    ordered = sorted(counts.items(), key=lambda item: (item[0][1], -item[1][1], item[0][0] or ""))
    return tuple(RoleCount(lic, role, photos, uses) for (lic, role), (photos, uses) in ordered)


def _contract_totals(lines: tuple[ContractLine, ...]) -> tuple[ContractTotal, ...]:
    sums: dict[tuple[str, str | None], list[Any]] = {}
    for line in lines:
        total = sums.setdefault((line.licensor, line.currency), [0, 0, 0, None])
        total[0] += line.photos
        total[1] += line.uses
        total[2] += line.over_quota
        if line.owed is not None:
            total[3] = (total[3] or Decimal(0)) + line.owed
    return tuple(
        ContractTotal(licensor, currency, photos, uses, over, owed)
        for (licensor, currency), (photos, uses, over, owed) in sums.items()
    )


def _contract_lines(
    engine: Engine, flt: CaptionFilter, contracts: Contracts
) -> tuple[ContractLine, ...]:
    lines = []
    for licensor, month, photos, uses in q.usage_by_licensor_month(
        engine, flt, contracts.licensors
    ):
        contract = contracts.get(licensor)
        assert contract is not None  # the query only returns licensors with a contract
        # A quota is monthly: uses that no month can hold are not checked against it.
        over = contract.over_quota(int(uses)) if month is not None else 0
        owed = contract.owed(int(uses), int(photos), over)
        lines.append(
            ContractLine(
                licensor=licensor,
                month=month,
                photos=int(photos),
                uses=int(uses),
                quota=contract.monthly_quota if month is not None else None,
                over_quota=over,
                owed=owed,
                currency=contract.currency,
            )
        )
    lines.sort(key=lambda line: (line.licensor.lower(), line.month is None, line.month or ""))
    return tuple(lines)


def credit_report(
    engine: Engine,
    flt: CaptionFilter | None = None,
    by: str = "licensor",
    contracts: Contracts | None = None,
    *,
    sections: bool = True,
    limit: int = 20,
    articles_per_caption: int = 5,
) -> CreditReport:
    """The credit report over the captions ``flt`` selects.

    ``limit`` bounds each list section (uncredited captions, unknown organisations, credit
    forms per licensor); their totals are always complete. ``sections=False`` computes only
    the table (and contracts), for a quick view; the sections are then empty.

    The parts are independent queries, run on two connections at once: each is one pass over
    the captions (their use statistics) or the uses, and the database does the work outside
    the GIL.
    """
    if by not in GROUPINGS:
        raise CatalogError(f"cannot group by {by!r} (use {', '.join(GROUPINGS)})")
    flt = flt or CaptionFilter()
    # Statistics a killed ingest left queued are recounted before anyone reads them.
    flush_use_counts(engine)
    period = flt.since is not None or flt.until is not None
    articles: Future[dict[Any, int]] | None
    sums: Future[list[q.UsageCounts]] | None
    groups: Future[list[q.UsageCounts]] | None
    total_articles: Future[dict[Any, int]] | None
    total_sums: Future[list[q.UsageCounts]] | None
    total: Future[q.UsageCounts] | None
    with ThreadPoolExecutor(max_workers=REPORT_WORKERS) as pool:
        # Longest first, so that the two workers finish together.
        if q.from_captions(flt, by):
            # Distinct articles need the uses: the longest part, apart from the sums.
            articles = pool.submit(q.articles_by, engine, flt, by)
            facets = pool.submit(q.credit_facets, engine, flt) if sections else None
            sums = pool.submit(q.caption_usage_by, engine, flt, by)
            groups = None
        else:
            articles = sums = None
            facets = pool.submit(q.credit_facets, engine, flt) if sections else None
            groups = pool.submit(q.usage_by, engine, flt, by)
        if q.from_captions(flt):
            total_articles = pool.submit(q.articles_by, engine, flt, None)
            total_sums = pool.submit(q.caption_usage_by, engine, flt, None)
            total = None
        else:
            total_articles = total_sums = None
            total = pool.submit(q.usage_total, engine, flt)
        top = pool.submit(q.top_uncredited, engine, flt, limit) if sections else None
        undated = pool.submit(q.undated_uses, engine, flt) if period else None
        by_month = by == "month" or contracts is not None
        crawl_dated = pool.submit(q.crawl_dated_uses, engine, flt) if by_month else None
        lines = (
            pool.submit(_contract_lines, engine, flt, contracts) if contracts is not None else None
        )
        known = pool.submit(q.licensors, engine) if contracts is not None else None
        if groups is not None:
            group_rows = groups.result()
        else:
            assert sums is not None and articles is not None
            group_rows = q.with_articles(sums.result(), articles.result())
        if total is not None:
            total_counts = total.result()
        else:
            assert total_sums is not None and total_articles is not None
            total_counts = q.with_articles(total_sums.result(), total_articles.result())[0]
        rows, total_row = _usage_rows(by, group_rows, total_counts)
        facet_rows = facets.result() if facets else []
        return CreditReport(
            by=by,
            query=flt.to_query(),
            since=flt.since,
            until=flt.until,
            rows=tuple(rows),
            total=total_row,
            undated_uses=undated.result() if undated else None,
            crawl_dated_uses=crawl_dated.result() if crawl_dated else None,
            uncredited=(
                _uncredited(engine, flt, facet_rows, top.result(), articles_per_caption)
                if top
                else Uncredited(0, 0, ())
            ),
            unknown=_unknown(facet_rows, limit),
            variants=_variants(facet_rows, limit),
            roles=_roles(facet_rows),
            contracts=lines.result() if lines else None,
            contract_totals=_contract_totals(lines.result()) if lines else None,
            unseen_licensors=(
                unseen_licensors(contracts, known.result()) if contracts and known else ()
            ),
        )
