"""Messages that thread workers post back to the UI: small dataclasses, plain data only."""

from __future__ import annotations

from array import array
from dataclasses import dataclass

from textual.message import Message

from catalog.db.browse.detail import CaptionDetail
from catalog.db.browse.facets import Facet
from catalog.db.browse.paging import CaptionRow, Sort, ViewStart
from catalog.db.filters import CaptionFilter


@dataclass
class ViewLoaded(Message):
    """A filter's row count and first page."""

    generation: int
    flt: CaptionFilter
    sort: Sort
    start: ViewStart
    catalog_empty: bool
    keep_position: bool


@dataclass
class SnapshotLoaded(Message):
    """Every id of the current view in order: pages anywhere can now be read by id."""

    generation: int
    ids: array[int]


@dataclass
class PagesLoaded(Message):
    generation: int
    pages: dict[int, list[CaptionRow]]


@dataclass
class FacetsLoaded(Message):
    generation: int
    facets: list[Facet]


@dataclass
class DetailLoaded(Message):
    caption_id: int
    detail: CaptionDetail | None


@dataclass
class CatalogChanged(Message):
    """A correction, an undo or a duplicate decision changed captions: views reload."""

    summary: str
    correction_ids: tuple[int, ...] = ()
    undoable: bool = True


@dataclass
class ExportFinished(Message):
    path: str
    rows: int
