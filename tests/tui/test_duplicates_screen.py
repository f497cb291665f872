"""The review queue in the browser, driven by its pilot against a real SQLite file."""

from __future__ import annotations

import io

from rich.console import Console
from sqlalchemy import Engine, select
from textual.widgets import OptionList

from catalog.db.models import Caption, PossibleDuplicate
from catalog.tui.app import CatalogApp
from catalog.tui.screens.detail import DetailScreen
from catalog.tui.screens.duplicates import DuplicatesScreen
from catalog.word_diff import marked, word_diff

from .conftest import settle

SIZE = (120, 40)


def _status(engine: Engine) -> str:
    with engine.connect() as connection:
        return str(connection.execute(select(PossibleDuplicate.status)).scalar_one())


async def test_pairs_side_by_side_with_the_difference_marked(app: CatalogApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+n")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, DuplicatesScreen)
        options = screen.query_one("#pairs", OptionList)
        assert options.option_count == 1
        assert "1 of 1 open" in str(options.border_title)
        console = Console(record=True, width=120, file=io.StringIO())
        console.print(options.get_option_at_index(0).prompt)
        shown = console.export_text()
        assert "Pair 1 · 97% alike" in shown
        assert "#2 · Nazanin Tabatabaee" in shown and "#1 · Nazanin Tabatabaee" in shown
        (pair,) = screen.pairs
        newer, older = word_diff(pair.newer.text, pair.older.text)
        # The only words the captions do not share are the days: those are marked.
        for pieces, day in ((newer, "9,"), (older, "8,")):
            text = marked(pieces)
            spans = [text.plain[span.start : span.end] for span in text.spans]
            assert spans == [day]
            assert all(span.style == "bold reverse" for span in text.spans)


async def test_confirm_reject_and_open_from_the_queue(
    app: CatalogApp, catalog_engine: Engine
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+n")
        await settle(pilot)
        await pilot.press("enter")  # the newer caption, to look closer
        await settle(pilot)
        assert isinstance(app.screen, DetailScreen) and app.screen.caption_id == 2
        await pilot.press("escape")
        await pilot.press("y")
        await settle(pilot)
        assert _status(catalog_engine) == "confirmed"
        with catalog_engine.connect() as connection:
            merged = connection.execute(select(Caption.merged_into_id).where(Caption.id == 2))
            assert merged.scalar_one() == 1
        # Decided pairs leave the queue; the screen says so.
        options = app.screen.query_one("#pairs", OptionList)
        assert options.option_count == 0
        assert "0 of 0 open" in str(options.border_title)
        await pilot.press("n")
        await settle(pilot)
        assert "No pair is highlighted." in [n.message for n in app._notifications]
        # Undo reopens the pair, and it is back in the queue to reject.
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert options.option_count == 1
        await pilot.press("n")
        await settle(pilot)
        assert _status(catalog_engine) == "rejected"


async def test_is_duplicate_open_in_the_browser_search(app: CatalogApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press(*"is:duplicate-open", "enter")
        await settle(pilot)
        screen = app.main_screen
        assert screen is not None and screen.total == 2  # the open pair: captions 1 and 2
        await pilot.press("ctrl+n", "n")  # reject the pair in the queue
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert screen.total == 0
