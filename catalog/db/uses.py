"""The uses a filter selects (caption x article), the one join that reports count and use
exports list.

The period (``since``/``until``) applies to the publication date of each use's article, so a
caption that ran in January and in March has only its January use in January.
``filters.conditions`` applies the period per caption (does it have *some* use in the
period?), which is right for browsing but not for uses, so here the period is taken out of
the filter and applied to the article.
"""

from __future__ import annotations

from typing import Any, TypeAlias

from sqlalchemy import ColumnElement, Row, Select, UnaryExpression, select
from sqlalchemy.sql.operators import custom_op

from catalog.db.filters import CaptionFilter, conditions
from catalog.db.models import Article, Caption, Use, article_table, caption_table, use_table

# Rows and statements of any width (SQLAlchemy types them by their column tuple).
AnyRow: TypeAlias = Row[*tuple[Any, ...]]
AnySelect: TypeAlias = Select[*tuple[Any, ...]]


def caption_conditions(flt: CaptionFilter, dialect: str) -> list[ColumnElement[bool]]:
    """The filter's conditions on the caption itself, the period left out."""
    return conditions(flt.with_(since=None, until=None), dialect)


def period_conditions(flt: CaptionFilter) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if flt.since:
        where.append(Article.published >= flt.since)
    if flt.until:
        where.append(Article.published <= flt.until)
    return where


def unindexed(column: Any) -> ColumnElement[Any]:
    """``+column``: the same value, but SQLite will not use an index on it (a no-op elsewhere)."""
    return UnaryExpression(column, operator=custom_op("+"), type_=column.type)


def filtered_uses(flt: CaptionFilter, dialect: str, *columns: Any) -> AnySelect:
    """SELECT columns FROM the filtered uses (caption x article), the period applied.

    The plan is fixed on purpose: scan the narrow ``caption_use`` table and look captions and
    articles up by primary key. Left alone, SQLite prefers to walk a caption index in group
    order (to skip a sort) and then fetch each wide caption row at random, which is ten times
    slower at a million captions (or walk articles by date, then uses by article).
    ``+caption_use.caption_id`` and ``+caption_use.article_id`` forbid those index paths.
    """
    statement = (
        select(*columns)
        .select_from(use_table)
        .join(caption_table, Caption.id == unindexed(Use.caption_id))
        .join(article_table, Article.id == unindexed(Use.article_id))
    )
    return statement.where(*caption_conditions(flt, dialect), *period_conditions(flt))
