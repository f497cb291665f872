"""The browser as a person types at it: search by typing, prefixes, keys as typed, the
palette, cut cells, the credits of the current filter, export over an existing file, and
database faults as notifications."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

import pytest
from sqlalchemy import Engine
from textual import events
from textual.widgets import Input, Markdown
from textual.worker import WorkerCancelled, WorkerFailed

from catalog.db.filters import CaptionFilter
from catalog.tui.app import CatalogApp, key_label, make_app
from catalog.tui.screens.correction import CorrectionScreen
from catalog.tui.screens.credits import CreditsScreen
from catalog.tui.screens.dialogs import ConfirmScreen, ExportScreen, HelpScreen
from catalog.tui.screens.duplicates import DuplicatesScreen
from catalog.tui.widgets.caption_table import CaptionTable, fit_cell
from catalog.tui.widgets.facets import FacetPanel

from .conftest import settle
from .test_browse import main_screen, messages

SIZE = (120, 40)


# A word for each letter that was bound to an action before letters searched (f s S c r x d
# q u), with the captions of the fixed catalog it finds.
FORMERLY_BOUND = [
    pytest.param("flood", 1, id="f"),
    pytest.param("soleimani", 2, id="s"),
    pytest.param("Schuld", 1, id="S"),
    pytest.param("clear", 1, id="c"),
    pytest.param("reuters", 4, id="r"),
    pytest.param("xinhua", 0, id="x"),
    pytest.param("debris", 1, id="d"),
    pytest.param("qassem", 2, id="q"),
    pytest.param("ukraine", 0, id="u"),
    pytest.param("2021", 3, id="digit"),
]


@pytest.mark.parametrize("word, found", FORMERLY_BOUND)
async def test_typing_a_word_on_the_list_searches_for_it(
    app: CatalogApp, word: str, found: int
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        await pilot.press(*word)
        await settle(pilot)
        search = screen.query_one("#search", Input)
        assert app.focused is search and search.value == word
        # The search ran: the filter is the word (a prefix, being typed) and the list its hits.
        assert screen.flt == CaptionFilter.parse(word, last_word_prefix=True)
        assert screen.total == found
        assert isinstance(app.screen, type(screen)) and not app._exit


async def test_a_burst_of_typing_on_the_list_loses_no_key(app: CatalogApp) -> None:
    """Fast typing or a paste comes in one read: every key is queued (to the list, which has
    focus) before the first one moves the focus to the search box."""
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for char in "flood wa":
            app.post_message(events.Key("space" if char == " " else char, char))
        await settle(pilot)
        screen = main_screen(app)
        assert screen.query_one("#search", Input).value == "flood wa"
        assert screen.total == 1


async def test_slash_and_question_mark_keep_their_keys(app: CatalogApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        await pilot.press(*"kenya", "escape")
        search = screen.query_one("#search", Input)
        assert app.focused is not search
        await pilot.press("slash")  # back to the query, as it was
        assert app.focused is search and search.value == "kenya"
        await pilot.press("escape", "question_mark")
        assert isinstance(app.screen, HelpScreen)


# Each action that had a letter, on its new key: pressed on the list and, where it makes
# sense, in the search box after a word was typed (the search box binds none of them).
ACTIONS = [
    pytest.param("ctrl+o", lambda app: main_screen(app).sort.column == "licensor", id="sort"),
    pytest.param("ctrl+y", lambda app: not main_screen(app).sort.descending, id="reverse"),
    pytest.param(
        "ctrl+f", lambda app: not main_screen(app).query_one(FacetPanel).display, id="facets"
    ),
    pytest.param("f2", lambda app: isinstance(app.screen, CorrectionScreen), id="correct"),
    pytest.param("ctrl+r", lambda app: isinstance(app.screen, CreditsScreen), id="credits"),
    pytest.param("ctrl+s", lambda app: isinstance(app.screen, ExportScreen), id="export"),
    pytest.param("ctrl+n", lambda app: isinstance(app.screen, DuplicatesScreen), id="duplicates"),
    pytest.param("ctrl+z", lambda app: "Nothing to undo." in messages(app), id="undo"),
    pytest.param("ctrl+q", lambda app: app._exit, id="quit"),
]


@pytest.mark.parametrize("key, done", ACTIONS)
async def test_every_action_has_a_key_on_the_list(
    app: CatalogApp, key: str, done: Callable[[CatalogApp], bool]
) -> None:
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        assert not done(app)
        await pilot.press(key)
        await settle(pilot)
        assert done(app)


@pytest.mark.parametrize("key, done", ACTIONS[:-2])  # undo and quit: see below
async def test_every_action_works_from_the_search_box(
    app: CatalogApp, key: str, done: Callable[[CatalogApp], bool]
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press(*"reuters")
        await settle(pilot)
        assert isinstance(app.focused, Input) and not done(app)
        await pilot.press(key)
        await settle(pilot)
        assert done(app)


async def test_quitting_stays_easy(app: CatalogApp) -> None:
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        # Ctrl+C does what it does in every Textual app: copy in a text field, and elsewhere
        # say how to quit.
        await pilot.press("ctrl+c")
        await pilot.pause()
        assert any("to quit" in message for message in messages(app))
        assert not app._exit
        await pilot.press(*"reuters")  # Ctrl+Q quits from the search box as well
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert app._exit


async def test_ctrl_z_in_a_text_field_does_not_undo_a_saved_correction(
    app: CatalogApp,
) -> None:
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("f2")
        await settle(pilot)
        app.screen.query_one("#field-photographer", Input).value = "Ana Flood"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert len(app.undo_stack) == 1
        await pilot.press("f2")
        await settle(pilot)
        assert isinstance(app.focused, Input)
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert len(app.undo_stack) == 1
        await pilot.press("escape", "ctrl+z")
        await settle(pilot)
        assert app.undo_stack == []


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
        await pilot.press("ctrl+r")
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


@pytest.mark.parametrize("keys", [(), ("enter",), ("ctrl+n",)], ids=["list", "detail", "queue"])
async def test_footer_fits_80_columns(app: CatalogApp, keys: tuple[str, ...]) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
        footer = app.screen.query_one("Footer")
        palette = footer.query_one(".-command-palette")
        keys_shown = [
            key for key in footer.query("FooterKey") if key.region.width and key is not palette
        ]
        shown = {key.description for key in keys_shown}  # type: ignore[attr-defined]
        assert {"Help", "Quit"} <= shown
        if not keys:
            assert {"Open", "Search", "Correct", "Credits", "Export"} <= shown
        # Every key ends before the palette's key, docked on the right, begins.
        assert all(key.region.right <= palette.region.x for key in keys_shown), shown


async def test_credits_follow_the_filter(app: CatalogApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"in:Kenya", "enter")
        await settle(pilot)
        await pilot.press("ctrl+r")
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
        await pilot.press("ctrl+s")
        assert isinstance(app.screen, ExportScreen)
        app.screen.query_one("#export-path", Input).value = str(target)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await settle(pilot)
        assert target.read_text() == "my notes\n"
        assert "Not exported: the file is kept as it was." in messages(app)
        await pilot.press("ctrl+s")
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
