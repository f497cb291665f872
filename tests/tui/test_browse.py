"""The browser driven by its pilot: every interaction it offers, against a real SQLite file."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from rich.text import Text
from sqlalchemy import Engine, select
from textual.pilot import Pilot
from textual.widgets import Input, Markdown, OptionList, Static

from catalog.db.corrections import correct
from catalog.db.models import Caption, Correction, PossibleDuplicate
from catalog.tui.app import CatalogApp, make_app
from catalog.tui.screens.correction import CorrectionScreen
from catalog.tui.screens.credits import CreditsScreen, parse_period
from catalog.tui.screens.detail import DetailScreen
from catalog.tui.screens.dialogs import ExportScreen, HelpScreen
from catalog.tui.screens.main import MainScreen
from catalog.tui.widgets.caption_table import CaptionTable
from catalog.tui.widgets.caption_view import marked_caption
from catalog.tui.widgets.facets import FacetPanel

from .conftest import CAPTION_COUNT, build_catalog, settle

SIZE = (120, 40)


def main_screen(app: CatalogApp) -> MainScreen:
    screen = app.main_screen
    assert screen is not None
    return screen


def table(app: CatalogApp) -> CaptionTable:
    return main_screen(app).query_one(CaptionTable)


def shown_ids(app: CatalogApp) -> list[int]:
    captions = table(app)
    rows = [captions.row_at(index) for index in range(captions.total)]
    return [row.id for row in rows if row is not None]


def messages(app: CatalogApp) -> list[str]:
    return [notification.message for notification in app._notifications]


async def search(pilot: Pilot[None], text: str) -> None:
    await pilot.press("slash")
    field = pilot.app.screen.query_one("#search", Input)
    field.value = ""
    await pilot.press(*text) if text else None
    await settle(pilot)


async def test_table_shows_rows_newest_first(app: CatalogApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        captions = table(app)
        assert captions.total == CAPTION_COUNT
        dates = [captions.row_at(index).date for index in range(4)]  # type: ignore[union-attr]
        assert dates == ["2021-07-15", "2021-07-14", "2021-07", "2020-03-02"]
        status = str(app.screen.query_one("#status", Static).render())
        assert f"{CAPTION_COUNT:,} captions" in status


async def test_sort_cycles_columns_and_reverses(app: CatalogApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+o")
        await settle(pilot)
        assert main_screen(app).sort.column == "licensor"
        licensors = [table(app).row_at(i).licensor for i in range(CAPTION_COUNT)]  # type: ignore[union-attr]
        # SQLite sorts the missing licensor first in ascending order.
        assert licensors == [
            None,
            "AP",
            "Getty Images",
            "Reuters",
            "Reuters",
            "Reuters",
            "Reuters",
            "Tasnim News",
        ]
        await pilot.press("ctrl+y")
        await settle(pilot)
        assert main_screen(app).sort.descending
        assert table(app).row_at(0).licensor == "Tasnim News"  # type: ignore[union-attr]


async def test_clicking_a_heading_sorts(app: CatalogApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.click(CaptionTable, offset=(40, 0))  # the Photographer heading (narrow)
        await settle(pilot)
        assert main_screen(app).sort.column in {"photographer", "location"}


@pytest.mark.parametrize(
    "query, expected",
    [
        pytest.param("soleimani", {1, 2}, id="free-text"),
        pytest.param("polling station", {4}, id="words"),
        pytest.param("agency:AP", {3}, id="agency"),
        pytest.param("agency:reuters", {4, 8}, id="agency-case-folded"),
        pytest.param('via:"Getty Images"', {5}, id="via"),
        pytest.param("by:Malla", {5}, id="by"),
        pytest.param("in:Germany", {6, 8}, id="in"),
        pytest.param("date:2020-01..2020-03", {1, 2, 3, 4}, id="date-range"),
        pytest.param("is:uncredited", {7}, id="uncredited"),
        pytest.param("is:unknown-agency", {6}, id="unknown-agency"),
        pytest.param("kenya agency:Reuters", {4}, id="text-and-field"),
    ],
)
async def test_search_as_you_type_with_filters(
    app: CatalogApp, query: str, expected: set[int]
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await search(pilot, query)
        assert set(shown_ids(app)) == expected
        assert table(app).total == len(expected)


async def test_search_is_edited_after_a_correction(catalog_engine: Engine) -> None:
    correct(catalog_engine, 3, {"photographer": "Hadi Mizban Jr."})
    app = make_app(catalog_engine, search_delay=0)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await search(pilot, "is:edited")
        assert shown_ids(app) == [3]


async def test_search_debounces_typing(catalog_engine: Engine) -> None:
    # A delay far longer than typing takes, even on a loaded machine (typing ten keys through
    # the pilot took over half a second there).
    app = make_app(catalog_engine, search_delay=3.0)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"agency:AP")
        assert table(app).total == CAPTION_COUNT  # not yet: the timer has not fired
        await pilot.pause(3.2)
        await settle(pilot)
        assert shown_ids(app) == [3]


async def test_bad_filter_is_shown_not_raised(app: CatalogApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        # Pasted at once: typed, "is:" alone would be a (valid) word search.
        app.screen.query_one("#search", Input).value = "is:nonsense"
        await settle(pilot)
        assert app.screen.query_one("#search").has_class("-invalid")
        assert "unknown filter" in str(app.screen.query_one("#status", Static).render())
        assert table(app).total == CAPTION_COUNT


def facet_option(panel: FacetPanel, facet: str, value: str) -> int:
    for index in range(panel.option_count):
        option = panel.get_option_at_index(index)
        if panel._choices.get(option.id or "") == (facet, value):
            return index
    raise AssertionError(f"no {facet}={value} in the facet panel")


def facet_counts(panel: FacetPanel, facet: str) -> dict[str | None, int]:
    counts: dict[str | None, int] = {}
    for index in range(panel.option_count):
        option = panel.get_option_at_index(index)
        choice = panel._choices.get(option.id or "")
        if choice and choice[0] == facet:
            prompt = option.prompt
            assert isinstance(prompt, Text)
            counts[choice[1]] = int(prompt.plain.split()[0].replace(",", ""))
    return counts


async def test_facets_filter_and_counts_follow(app: CatalogApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        panel = app.screen.query_one(FacetPanel)
        assert facet_counts(panel, "licensor") == {
            "Reuters": 4,
            None: 1,
            "AP": 1,
            "Getty Images": 1,
            "Tasnim News": 1,
        }
        assert facet_counts(panel, "year")["2020"] == 4
        panel.focus()
        panel.highlighted = facet_option(panel, "country", "Germany")
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen.query_one("#search", Input).value == "in:Germany"
        assert set(shown_ids(app)) == {6, 8}
        assert facet_counts(panel, "licensor") == {"Reuters": 1, "Tasnim News": 1}
        panel.highlighted = facet_option(panel, "licensor", "Reuters")
        await pilot.press("enter")
        await settle(pilot)
        assert shown_ids(app) == [8]
        assert facet_counts(panel, "year") == {"2021": 1}


async def test_facets_toggle(app: CatalogApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        panel = app.screen.query_one(FacetPanel)
        assert panel.display
        await pilot.press("ctrl+f")
        assert not panel.display


async def open_detail(pilot: Pilot[None], caption_id: int) -> DetailScreen:
    app = pilot.app
    assert isinstance(app, CatalogApp)
    ids = shown_ids(app)
    table(app).move_cursor(ids.index(caption_id))
    await pilot.press("enter")
    await settle(pilot)
    assert isinstance(app.screen, DetailScreen)
    return app.screen


async def test_detail_marks_parts_origins_uses_duplicates(app: CatalogApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await open_detail(pilot, 2)
        detail = screen.detail
        assert detail is not None
        caption = marked_caption(detail)
        assert "Qassem Soleimani" in str(screen.query_one("#caption", Static).content)
        styled = {caption.plain[span.start : span.end]: str(span.style) for span in caption.spans}
        assert styled["A man holds a picture of Qassem Soleimani"] == "bold"
        assert styled["Tehran, Iran"] == "bold cyan"
        assert styled["Jan. 9, 2020"] == "bold magenta"
        assert (
            styled["Nazanin Tabatabaee/WANA (West Asia News Agency) via Reuters"] == "bold yellow"
        )
        origins = {item.name: item.origin for item in detail.fields}
        assert origins["photographer"] == "parsed"
        assert origins["region"] is None
        assert [use.title for use in detail.uses] == ["Iran fires missiles at U.S. bases"]
        assert [(link.other_id, link.status) for link in detail.duplicates] == [(1, "open")]
        options = screen.query_one("#duplicates", OptionList)
        assert "Qassem Soleimani" in str(options.get_option_at_index(0).prompt)


async def test_duplicate_reject_key(app: CatalogApp, catalog_engine: Engine) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await open_detail(pilot, 2)
        await pilot.press("n")
        await settle(pilot)
        with catalog_engine.connect() as connection:
            status = connection.execute(select(PossibleDuplicate.status)).scalar()
        assert status == "rejected"
        assert screen.detail is not None and screen.detail.duplicates[0].status == "rejected"


async def test_duplicate_confirm_key_merges_and_undo_reopens(
    app: CatalogApp, catalog_engine: Engine
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await open_detail(pilot, 2)
        await pilot.press("y")
        await settle(pilot)
        with catalog_engine.connect() as connection:
            merged = connection.execute(select(Caption.merged_into_id).where(Caption.id == 2))
            assert merged.scalar() == 1
        assert screen.detail is not None and screen.detail.merged_into_id == 1
        await pilot.press("ctrl+z")
        await settle(pilot)
        with catalog_engine.connect() as connection:
            merged = connection.execute(select(Caption.merged_into_id).where(Caption.id == 2))
            assert merged.scalar() is None
            status = connection.execute(select(PossibleDuplicate.status)).scalar()
        assert status == "open"


async def test_correction_form_saves_refreshes_and_undoes(
    app: CatalogApp, catalog_engine: Engine
) -> None:
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        ids = shown_ids(app)
        table(app).move_cursor(ids.index(7))
        await pilot.press("f2")
        await settle(pilot)
        assert isinstance(app.screen, CorrectionScreen)
        app.screen.query_one("#field-photographer", Input).value = "Ana Flood"
        app.screen.query_one("#field-agency", Input).value = "AP"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        with catalog_engine.connect() as connection:
            fields = connection.execute(
                select(Correction.field, Correction.value).where(Correction.caption_id == 7)
            ).all()
            row = connection.execute(
                select(
                    Caption.photographer, Caption.licensor, Caption.origins, Caption.parsed
                ).where(Caption.id == 7)
            ).one()
        assert sorted(fields) == [("agency", "AP"), ("photographer", "Ana Flood")]
        assert row.origins["photographer"] == "manual"
        assert row.parsed.get("photographer") is None  # the parsed value is kept apart
        shown = table(app).row_at(ids.index(7))
        assert shown is not None and shown.photographer == "Ana Flood" and shown.edited
        panel = app.screen.query_one(FacetPanel)
        assert facet_counts(panel, "licensor")["AP"] == 2
        assert any("Press Ctrl+Z to undo" in message for message in messages(app))
        await pilot.press("ctrl+z")
        await settle(pilot)
        shown = table(app).row_at(ids.index(7))
        assert shown is not None and shown.photographer is None and not shown.edited
        assert facet_counts(panel, "licensor")["AP"] == 1


async def test_correction_form_cancel_changes_nothing(
    app: CatalogApp, catalog_engine: Engine
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f2")
        await settle(pilot)
        app.screen.query_one("#field-description", Input).value = "something else"
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        with catalog_engine.connect() as connection:
            assert connection.execute(select(Correction.id)).first() is None


async def test_credits_screen(app: CatalogApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+r")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, CreditsScreen)
        body = screen.query_one("#credits-body")
        assert body.border_title == "Credits · all time · 9 uses"
        await pilot.press("slash", *"2021", "enter")
        await settle(pilot)
        assert body.border_title == "Credits · 2021 · 3 uses"
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


def test_parse_period() -> None:
    from datetime import date

    assert parse_period("") == (None, None)
    assert parse_period("2020") == (date(2020, 1, 1), date(2020, 12, 31))
    assert parse_period("2020-01..2020-02") == (date(2020, 1, 1), date(2020, 2, 29))
    assert parse_period("..2021-03-04") == (None, date(2021, 3, 4))


async def test_export_writes_the_filtered_view(app: CatalogApp, tmp_path: Path) -> None:
    target = tmp_path / "out" / "kenya.csv"
    target.parent.mkdir()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await search(pilot, "in:Kenya")
        await pilot.press("escape", "ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, ExportScreen)
        app.screen.query_one("#export-path", Input).value = str(target)
        await pilot.press("enter")
        await settle(pilot)
        assert f"Exported 2 captions to {target}" in messages(app)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert sorted(row["id"] for row in rows) == ["4", "5"]


async def test_export_to_a_bad_path_is_a_notification(app: CatalogApp, tmp_path: Path) -> None:
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+s")
        app.screen.query_one("#export-path", Input).value = str(tmp_path / "missing" / "x.csv")
        await pilot.press("enter")
        await settle(pilot)
        errors = [n for n in app._notifications if n.severity == "error"]
        assert errors and errors[0].title == "Export failed"
        missing = tmp_path / "missing"
        assert (
            errors[0].message
            == f"cannot write {missing / 'x.csv'}: the folder {missing} does not exist"
        )
        assert isinstance(app.screen, MainScreen)


async def test_help_screen(app: CatalogApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        assert (
            "is:unknown-agency" in app.screen.keys_markdown + app.screen.query_one(Markdown).source
        )
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


async def test_command_palette_has_every_action(app: CatalogApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        titles = {command.title for command in app.get_system_commands(app.screen)}
        for owner in (MainScreen, CatalogApp):
            for binding in owner.BINDINGS:
                if getattr(binding, "id", None):
                    assert binding.description in titles  # type: ignore[union-attr]
        assert {"Sort by date", "Sort by photographer", "Sort by description"} <= titles
        command = next(c for c in app.get_system_commands(app.screen) if c.title == "Credits")
        await command.callback()
        await settle(pilot)
        assert isinstance(app.screen, CreditsScreen)
        await pilot.press("ctrl+p")
        await settle(pilot)
        assert app.screen.__class__.__name__ == "CommandPalette"


async def test_theme_toggle(app: CatalogApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+t")
        assert app.theme == "textual-light"


async def test_empty_catalog_shows_how_to_ingest(tmp_path: Path) -> None:
    app = make_app(f"sqlite:///{tmp_path / 'empty.db'}", search_delay=0)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        empty = app.screen.query_one("#empty", Static)
        assert empty.display
        assert "catalog ingest" in str(empty.render())
        assert not table(app).display


async def test_database_error_is_a_notification(app: CatalogApp, catalog_engine: Engine) -> None:
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        with catalog_engine.begin() as connection:
            connection.exec_driver_sql("DROP TABLE caption_fts")
        await search(pilot, "soleimani")
        errors = [n for n in app._notifications if n.severity == "error"]
        assert errors and errors[0].title == "Database error"
        assert "caption_fts" in errors[0].message
        assert app.is_running and isinstance(app.screen, MainScreen)


async def test_scrolling_loads_pages_by_key(tmp_path: Path) -> None:
    """A catalog larger than a page: paging down past the first page fetches the next."""
    from tests.tui.test_browse_queries import bulk_catalog

    engine = bulk_catalog(tmp_path / "bulk.db", 1_000)
    app = make_app(engine, search_delay=0)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        captions = table(app)
        assert captions.total == 1_000
        captions.move_cursor(650)
        await settle(pilot)
        assert captions.current_row is not None
        await pilot.press("end")
        await settle(pilot)
        assert captions.current_row is not None and captions.cursor_row == 999
        await pilot.press("home")
        await settle(pilot)
        assert captions.cursor_row == 0 and captions.current_row is not None


def test_make_app_opens_a_url(tmp_path: Path) -> None:
    engine = build_catalog(f"sqlite:///{tmp_path / 'a.db'}")
    engine.dispose()
    app = make_app(f"sqlite:///{tmp_path / 'a.db'}")
    assert app.engine.url.database == str(tmp_path / "a.db")


async def test_keys_typed_in_one_burst_after_slash_reach_the_search_box(app: CatalogApp) -> None:
    """A terminal delivers fast typing in one read: every key is queued before the first one
    is handled. The search box must have focus before the key after ``/`` is dispatched."""
    from textual import events

    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert not isinstance(app.focused, Input)
        burst = [events.Key("slash", "/")] + [events.Key(char, char) for char in "iran"]
        for event in burst:
            app.post_message(event)  # all queued at once, no pause between them
        await pilot.pause()
        field = app.screen.query_one("#search", Input)
        assert app.focused is field
        assert field.value == "iran"
        # In the search box, "/" is text ("AP Photo/Hadi").
        for event in [events.Key("slash", "/"), events.Key("x", "x")]:
            app.post_message(event)
        await pilot.pause()
        assert field.value == "iran/x"
