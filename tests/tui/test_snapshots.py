"""SVG snapshots of the main, detail, correction and credits screens at 120x40 and 80x24.

Regenerate after an intended change of layout: ``pytest tests/tui --snapshot-update``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot

from catalog.tui.app import make_app

from .conftest import build_catalog, no_blink, settle

SIZES = [pytest.param((120, 40), id="120x40"), pytest.param((80, 24), id="80x24")]


def steps(*keys: str) -> Callable[[Pilot[None]], Awaitable[None]]:
    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
        no_blink(pilot.app)  # type: ignore[arg-type]
        await pilot.pause()

    return run_before


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize(
    "screen, keys",
    [
        ("main", ()),
        ("detail", ("down", "down", "down", "down", "enter")),
        ("correction", ("f2",)),
        ("credits", ("ctrl+r",)),
    ],
)
def test_screen_snapshot(
    snap_compare: Callable[..., bool],
    tmp_path: Path,
    size: tuple[int, int],
    screen: str,
    keys: tuple[str, ...],
) -> None:
    engine = build_catalog(f"sqlite:///{tmp_path / 'snap.db'}")
    app = make_app(engine, search_delay=0)
    assert snap_compare(app, terminal_size=size, run_before=steps(*keys))
