"""What every report format shares: headings, column names and how values are written."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from catalog.reports.credits import ContractLine, ContractTotal, CreditReport, UsageRow

BY_HEADING = {
    "licensor": "Licensor",
    "agency": "Agency",
    "photographer": "Photographer",
    "month": "Month",
    "article": "Article",
}
USAGE_COLUMNS = ("Photos", "Uses", "Articles", "First use", "Last use", "Share")
UNCREDITED_COLUMNS = ("Caption", "Uses", "Ran in")
UNKNOWN_COLUMNS = ("Agency as written", "Credit", "Photos", "Uses")
VARIANT_COLUMNS = ("Licensor", "Credit form", "Photos", "Uses")
ROLE_COLUMNS = ("Role", "Licensor", "Photos", "Uses")
CONTRACT_COLUMNS = ("Licensor", "Month", "Photos", "Uses", "Quota", "Over quota", "Owed")
CONTRACT_TOTAL_COLUMNS = ("Licensor", "Currency", "Photos", "Uses", "Over quota", "Owed")


def title(report: CreditReport) -> str:
    return f"Credits by {report.by}"


def scope(report: CreditReport) -> str:
    """One line saying what the report covers."""
    return f"Filter: {report.query}" if report.query else "All captions"


def day(value: date | None) -> str:
    return value.isoformat() if value else ""


def count(value: int) -> str:
    """A count for a person to read (tables, Markdown, HTML): 12,345. CSV and JSON keep the
    plain number a program reads."""
    return f"{value:,}"


def percent(share: float) -> str:
    return f"{share * 100:.1f}%"


def money(amount: Decimal | None, currency: str | None) -> str:
    if amount is None:
        return ""
    return f"{amount:,.2f} {currency}" if currency else f"{amount:,.2f}"


def usage_cells(row: UsageRow) -> list[str]:
    return [
        row.label,
        count(row.photos),
        count(row.uses),
        count(row.articles),
        day(row.first_use),
        day(row.last_use),
        percent(row.share),
    ]


def contract_cells(line: ContractLine) -> list[str]:
    return [
        line.licensor,
        line.month or "(no date)",
        count(line.photos),
        count(line.uses),
        "" if line.quota is None else count(line.quota),
        f"+{line.over_quota:,}" if line.over_quota else "",
        money(line.owed, line.currency),
    ]


def contract_total_cells(total: ContractTotal) -> list[str]:
    return [
        total.licensor,
        total.currency or "",
        count(total.photos),
        count(total.uses),
        count(total.over_quota),
        money(total.owed, None),
    ]


def article_list(report: CreditReport, index: int) -> str:
    """The articles that ran one uncredited caption, on one line."""
    item = report.uncredited.items[index]
    names = [
        f"{article.title or article.source} ({day(article.published) or 'undated'})"
        for article in item.articles
    ]
    more = item.uses - len(item.articles)
    if more > 0:
        names.append(f"and {more} more")
    return "; ".join(names)


# The rows of the list sections, as every format for a person to read writes them (tables,
# Markdown, HTML); CSV and JSON keep plain numbers.
def uncredited_rows(report: CreditReport) -> list[list[str]]:
    return [
        [item.caption, count(item.uses), article_list(report, index)]
        for index, item in enumerate(report.uncredited.items)
    ]


def unknown_rows(report: CreditReport) -> list[list[str]]:
    return [
        [entry.agency or "", entry.credit or "", count(entry.photos), count(entry.uses)]
        for entry in report.unknown.items
    ]


def variant_rows(report: CreditReport) -> list[list[str]]:
    rows: list[list[str]] = []
    for group in report.variants:
        rows += [
            [group.licensor, form.form, count(form.photos), count(form.uses)]
            for form in group.forms
        ]
        if group.more:
            rows.append([group.licensor, f"… {group.more} more form(s)", "", ""])
    return rows


def role_rows(report: CreditReport) -> list[list[str]]:
    return [
        [role.role, role.licensor or "(no licensor)", count(role.photos), count(role.uses)]
        for role in report.roles
    ]


def list_sections(report: CreditReport) -> list[tuple[str, tuple[str, ...], list[list[str]]]]:
    """(heading, columns, rows) of each list section, in the order every format prints them."""
    heads = section_counts(report)
    return [
        (heads["uncredited"], UNCREDITED_COLUMNS, uncredited_rows(report)),
        (heads["unknown"], UNKNOWN_COLUMNS, unknown_rows(report)),
        (heads["variants"], VARIANT_COLUMNS, variant_rows(report)),
        (heads["roles"], ROLE_COLUMNS, role_rows(report)),
    ]


def section_counts(report: CreditReport) -> dict[str, str]:
    """The headline of each section, complete even when the lists are cut short."""
    uncredited = report.uncredited
    return {
        "uncredited": (
            f"Uncredited captions: {uncredited.captions} caption(s), {uncredited.uses} use(s)"
        ),
        "unknown": f"Unknown organisations: {report.unknown.credits} credit(s)",
        "variants": "Credit variants per licensor",
        "roles": "Handout and pool photos",
        "contracts": "Contracts: use against quota, amount owed",
        "contract_totals": "Contract totals per licensor and currency",
    }
