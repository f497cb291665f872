"""The facet panel: top values of licensor, agency, photographer, country and year, with counts
for the current filter (as Datasette shows them). Choosing a value posts ``FacetChosen``."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from catalog.db.browse.facets import Facet

LABEL_WIDTH = 19  # the panel is 32 wide: 10 for the count, 2 for the scrollbar
TITLES = {
    "licensor": "Licensor",
    "agency": "Agency",
    "photographer": "Photographer",
    "country": "Country",
    "year": "Year",
}


class FacetPanel(OptionList):
    """One list: a heading per facet, then its values; a value filters the table."""

    DEFAULT_CSS = """
    FacetPanel { width: 32; border: none; padding: 0; }
    """

    @dataclass
    class FacetChosen(Message):
        panel: FacetPanel
        facet: str
        value: str | None

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._choices: dict[str, tuple[str, str | None]] = {}
        self.border_title = "Facets"

    def show_facets(self, facets: list[Facet]) -> None:
        highlighted = self.highlighted
        self.clear_options()
        self._choices.clear()
        options: list[Option | None] = []
        for facet in facets:
            title = Text(TITLES.get(facet.name, facet.name), style="bold")
            if facet.more:
                title.append(f"  +{facet.more:,} more", style="dim")
            options.append(Option(title, disabled=True))
            for index, item in enumerate(facet.values):
                option_id = f"{facet.name}:{index}"
                self._choices[option_id] = (facet.name, item.value)
                label = item.value if item.value is not None else "(none)"
                if len(label) > LABEL_WIDTH:
                    label = label[: LABEL_WIDTH - 1] + "…"
                line = Text(f"{item.count:>9,} ", style="dim")
                line.append(label, style="italic" if item.value is None else "")
                options.append(Option(line, id=option_id))
            options.append(None)
        if options and options[-1] is None:
            options.pop()
        self.add_options(options)
        if highlighted is not None and highlighted < self.option_count:
            self.highlighted = highlighted

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        choice = self._choices.get(event.option.id or "")
        if choice is not None:
            self.post_message(self.FacetChosen(self, *choice))
