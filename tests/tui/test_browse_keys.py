"""The browser as a person types at it: search by typing, prefixes, keys as typed, the
palette, cut cells, the credits of the current filter, export over an existing file, and
database faults as notifications."""

from __future__ import annotations

import sqlite3
from contextlib import suppress
from pathlib import Path

import pytest
from sqlalchemy import Engine
from textual.widgets import Input, Markdown
from textual.worker import WorkerCancelled, WorkerFailed

from catalog.tui.app import CatalogApp, key_label, make_app
from catalog.tui.screens.credits import CreditsScreen
from catalog.tui.screens.dialogs import ConfirmScreen, ExportScreen, HelpScreen
from catalog.tui.widgets.caption_table import CaptionTable, fit_cell

from .conftest import CAPTION_COUNT, settle
from .test_browse import main_screen, messages

SIZE = (120, 40)


async def test_typing_a_letter_on_the_list_starts_a_search(app: CatalogApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        await pilot.press(*"kenya")
        await settle(pilot)
        search = screen.query_one("#search", Input)
        assert app.focused is search and search.value == "kenya"
        assert 0 < screen.total < CAPTION_COUNT
        # A bound key keeps its action: "s" on the list sorts, it does not search.
        await pilot.press("escape", "s")
        await settle(pilot)
        assert search.value == "kenya" and screen.sort.column == "licensor"
        # "/" still moves to the search box.
        await pilot.press("slash")
        assert app.focused is search


async def test_the_last_word_is_a_prefix(app: CatalogApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        await pilot.press(*"wate")
        await settle(pilot)
        assert screen.total == 1  # "Flood water covers a street", found as "wate" is typed
        await pilot.press("r", "space", *"cov")  # a whole word, then the next one begun
        await settle(pilot)
        assert screen.total == 1
        await pilot.press("space", *"zzz")
        await settle(pilot)
        assert screen.total == 0


async def test_help_shows_keys_as_typed(app: CatalogApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        text = app.screen.query_one(Markdown).source
        for typed in ("`?`", "`/`", "`Esc`", "`Ctrl+T`", "`F1`"):
            assert typed in text
        for raw in ("question_mark", "slash", "`escape`", "ctrl+t"):
            assert raw not in text


def test_key_labels() -> None:
    assert [key_label(k) for k in ("question_mark", "slash", "escape", "ctrl+t", "S")] == [
        "?",
        "/",
        "Esc",
        "Ctrl+T",
        "S",
    ]


async def test_the_palette_has_no_duplicates(app: CatalogApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        titles = [command.title for command in app.get_system_commands(app.screen)]
        assert len(titles) == len(set(titles)), titles
        assert "Keys" not in titles and {"Help", "Quit", "Theme"} <= set(titles)
        await pilot.press("r")
        await settle(pilot)
        assert type(app.screen).__name__ == "CreditsScreen"  # (no narrowing: mypy)
        titles = [command.title for command in app.get_system_commands(app.screen)]
        assert len(titles) == len(set(titles)), titles


def test_a_cut_cell_ends_with_an_ellipsis() -> None:
    assert fit_cell("Tokyo, Japan", 8) == "Tokyo, …"
    assert fit_cell("Tokyo", 8) == "Tokyo   "


async def test_cut_cells_are_drawn_with_an_ellipsis(app: CatalogApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        table = main_screen(app).query_one(CaptionTable)
        lines = [table.render_line(y).text for y in range(1, 6)]
        assert any("…" in line for line in lines)


async def test_footer_fits_80_columns(app: CatalogApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        footer = main_screen(app).query_one("Footer")
        keys = [key for key in footer.query("FooterKey") if key.region.width]
        shown = {key.description for key in keys}  # type: ignore[attr-defined]
        assert {"Search", "Credits", "Export", "Help", "Quit"} <= shown
        assert all(key.region.right <= 80 for key in keys)


async def test_credits_follow_the_filter(app: CatalogApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"in:Kenya", "enter")
        await settle(pilot)
        await pilot.press("r")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, CreditsScreen)
        title = str(screen.query_one("#credits-body").border_title)
        assert title == "Credits · all time · 2 uses · in:Kenya"


async def test_export_asks_before_replacing_a_file(app: CatalogApp, tmp_path: Path) -> None:
    target = tmp_path / "kept.csv"
    target.write_text("my notes\n")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("x")
        assert isinstance(app.screen, ExportScreen)
        app.screen.query_one("#export-path", Input).value = str(target)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await settle(pilot)
        assert target.read_text() == "my notes\n"
        assert "Not exported: the file is kept as it was." in messages(app)
        await pilot.press("x")
        app.screen.query_one("#export-path", Input).value = str(target)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        assert target.read_text().startswith("id,caption")


async def test_a_locked_catalog_is_a_notification_in_words(
    catalog_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = catalog_engine.url.database
    assert database is not None
    app = make_app(catalog_engine, search_delay=0)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        # Connections made from now on give up at once instead of waiting ten seconds.
        monkeypatch.setenv("CATALOG_BUSY_TIMEOUT", "0")
        catalog_engine.dispose()
        holder = sqlite3.connect(database)
        try:
            # Another program writing in exclusive mode: nobody else may even read.
            holder.execute("PRAGMA locking_mode=EXCLUSIVE")
            holder.execute("BEGIN EXCLUSIVE")
            holder.execute("CREATE TABLE held (x)")
            await pilot.press(*"kenya")
            for _ in range(4):  # the worker fails: that is what this test is about
                with suppress(WorkerFailed, WorkerCancelled):
                    await pilot.app.workers.wait_for_complete()
                await pilot.pause()
        finally:
            holder.rollback()
            holder.close()
        errors = [n for n in app._notifications if n.severity == "error"]
        assert errors, messages(app)
        assert errors[0].title == "Database error"
        assert errors[0].message == (
            f"{database} is locked by another program (an ingest still running?): "
            "wait for it to finish, then try again"
        )
