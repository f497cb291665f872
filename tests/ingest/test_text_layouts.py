"""The text reader on layouts that scraped text takes besides one paragraph a line: texts
hard-wrapped at a fixed width (a browser's or a mail tool's text dump), written for these
tests with invented people, places and outlets. A change of layout must not change which
captions are found; near misses (texts that only look wrapped) keep their lines."""

from __future__ import annotations

import textwrap
from typing import Any

import pytest

from catalog.ingest.sources.text import article_from_text
from catalog.ingest.sources.text.reflow import unwrap, wrap_width


def _found(text: str) -> list[str]:
    return [caption.text for caption in article_from_text(text, source="test").captions]


def _wrapped(paragraphs: list[str], width: int, indent: str = "", hyphens: bool = False) -> str:
    """The paragraphs hard-wrapped at ``width``, a blank line between them."""
    return "\n\n".join(
        textwrap.fill(
            paragraph,
            width,
            initial_indent=indent,
            subsequent_indent=indent,
            break_long_words=False,
            break_on_hyphens=hyphens,
        )
        for paragraph in paragraphs
    )


# Articles of one paragraph a line: title, body text, and captions with their credits.
ARTICLES: dict[str, tuple[list[str], list[str]]] = {
    "english-ap": (
        [
            "Floodwaters recede in river towns",
            "Residents of the valley began returning home on Thursday after the river fell "
            "below its banks for the first time in a week, officials said, though many roads "
            "remained closed and power was still out in several neighbourhoods.",
            "A man carries a neighbour's dog through a flooded street in Marlow Creek, Ohio, "
            "on Wednesday, March 6, 2024, after the Tessa River overflowed its banks for the "
            "second time this month. (AP Photo/Dana Whitcombe)",
            "The county opened two shelters at schools on the east side of town and asked "
            "volunteers to bring blankets, bottled water and food for families who had lost "
            "everything in the flood.",
            "Volunteers fill sandbags outside the fire station in Marlow Creek, Ohio, on "
            "Tuesday, March 5, 2024, as forecasters warned of more rain over the weekend. "
            "(AP Photo/Reza Kalantari)",
            "MARLOW CREEK, Ohio (AP) — The governor said on Thursday that the state would ask "
            "for federal help to repair the bridges and roads that the water had damaged.",
        ],
        ["A man carries", "Volunteers fill"],
    ),
    "spanish-efe": (
        [
            "Incendio en la sierra",
            "Los bomberos trabajaron durante toda la noche para contener el fuego que "
            "comenzó el martes en las laderas de la sierra, según informaron las autoridades "
            "regionales en un comunicado publicado esta mañana.",
            "Un bombero forestal observa las llamas que avanzan sobre un pinar cerca de la "
            "localidad de Valdeoscuro, en el centro del país, este miércoles. EFE/Marta "
            "Quintanilla",
            "Las autoridades evacuaron a unos trescientos vecinos de dos aldeas cercanas como "
            "medida de precaución mientras el viento cambiaba de dirección por la tarde.",
        ],
        ["Un bombero forestal"],
    ),
    "german-dpa-credit-below": (
        [
            "Hochwasser an der Mosel",
            "Die Pegelstände an der Mosel sind in der Nacht weiter gestiegen, und in mehreren "
            "Orten mussten die Uferstraßen gesperrt werden, teilte die Kreisverwaltung mit.",
            "Ein Anwohner schiebt sein Fahrrad durch das Hochwasser in der Altstadt von "
            "Kellerbach, wo die Mosel am Morgen über die Ufer getreten ist.",
            "Foto: Jonas Wettstein/dpa",
            "Die Feuerwehr rechnet damit, dass das Wasser erst am Wochenende wieder sinken "
            "wird, und bittet die Bewohner, ihre Keller nicht zu betreten.",
        ],
        ["Ein Anwohner schiebt"],
    ),
    "french-afp-gallery-blank-lines": (
        [
            "Les images de la semaine",
            "Des manifestants défilent dans les rues de Valmont-sur-Loire pour protester "
            "contre la fermeture de l'hôpital, le 12 avril 2024. (AFP PHOTO / CLAIRE "
            "DUVERNOY)",
            "Un pêcheur répare ses filets sur le port de Saint-Aurel, dans le sud-ouest de la "
            "France, le 13 avril 2024, avant le retour de la saison de la sardine. (AFP PHOTO "
            "/ MATHIEU LORRAIN)",
            "Des enfants jouent dans une fontaine du parc municipal de Valmont-sur-Loire "
            "pendant une journée de chaleur inhabituelle, le 14 avril 2024. (AFP PHOTO / "
            "CLAIRE DUVERNOY)",
        ],
        ["Des manifestants", "Un pêcheur", "Des enfants"],
    ),
}


@pytest.mark.parametrize("width", [60, 72, 80])
@pytest.mark.parametrize("paragraphs, expected", list(ARTICLES.values()), ids=list(ARTICLES))
def test_hard_wrapped_captions_are_found_whole(
    paragraphs: list[str], expected: list[str], width: int
) -> None:
    unwrapped = _found("\n\n".join(paragraphs))
    wrapped = _found(_wrapped(paragraphs, width))
    assert len(unwrapped) == len(expected), unwrapped
    for caption, start in zip(unwrapped, expected, strict=True):
        assert caption.startswith(start), (caption, start)
    # The same captions, whole: the wrap changed only where the lines break.
    assert wrapped == unwrapped


@pytest.mark.parametrize("paragraphs, expected", list(ARTICLES.values()), ids=list(ARTICLES))
def test_indented_and_hyphen_wrapped_captions_are_found_whole(
    paragraphs: list[str], expected: list[str]
) -> None:
    unwrapped = _found("\n\n".join(paragraphs))
    assert _found(_wrapped(paragraphs, 72, indent="  ")) == unwrapped
    assert _found(_wrapped(paragraphs, 72).replace("\n", "\r\n")) == unwrapped
    # A word broken at its hyphen joins again without a space ("Valmont-" / "sur-Loire").
    assert _found(_wrapped(paragraphs, 72, hyphens=True)) == unwrapped


def test_wrapped_body_text_that_names_an_agency_gives_no_caption() -> None:
    paragraphs = [
        "Council approves budget",
        "HARTWELL, Maine (AP) — The town council approved a budget on Tuesday that raises "
        "spending on schools and roads, the mayor said, after a debate that ran past "
        "midnight and drew dozens of residents to the hall.",
        "The vote was five to two. Reuters reported last month that the state would cut aid "
        "to towns of Hartwell's size, and the council said it had planned for that.",
        "Asked about the cuts, the mayor said the town would manage, as it had before, and "
        "that no teachers would lose their jobs this year.",
    ]
    assert _found(_wrapped(paragraphs, 72)) == []


def test_wrap_width_is_read_from_the_lines() -> None:
    paragraphs = ARTICLES["english-ap"][0]
    for width in (64, 72, 80, 100):
        assert wrap_width(_wrapped(paragraphs, width).splitlines()) in range(width - 3, width + 1)


# Texts that are not wrapped, though some of their marks are there.
NOT_WRAPPED: dict[str, list[str]] = {
    # One caption a line, of about one length and each a sentence of its own: the lines end
    # near one width, but none goes on in lower case on the next.
    "gallery-of-one-length": [
        "Pilgrims walk to the shrine at dawn in Santa Olalla, Mexico, on May 3, 2024.",
        "A vendor sells candles outside the cathedral in Santa Olalla on May 3, 2024.",
        "Dancers in feathered masks perform in the square of Santa Olalla, May 3, 2024.",
        "Children watch the fireworks from a rooftop in Santa Olalla on May 3, 2024.",
        "A brass band marches past the town hall of Santa Olalla on May 4, 2024.",
        "Families share a meal on the church steps in Santa Olalla on May 4, 2024.",
    ],
    # One paragraph a line, of any length.
    "paragraphs-one-a-line": ARTICLES["english-ap"][0],
    # Short lines: a list.
    "short-list": ["Apples", "Pears and plums", "Cherries", "Figs", "Dates", "Walnuts"],
}


@pytest.mark.parametrize("lines", list(NOT_WRAPPED.values()), ids=list(NOT_WRAPPED))
def test_texts_that_were_not_wrapped_keep_their_lines(lines: list[str]) -> None:
    assert wrap_width(lines) == 0
    assert unwrap(lines) == lines


def test_a_gallery_of_one_length_keeps_each_caption() -> None:
    lines = NOT_WRAPPED["gallery-of-one-length"]
    text = "Fiesta in pictures\n\n" + "\n".join(
        f"{line} (Photo: Inés Barragán/Sol Press)" for line in lines
    )
    assert len(_found(text)) == len(lines)


# Markup left in the text: a <figcaption> says its text is a caption, credit or no credit (as
# the HTML reader takes it); a paragraph's tags say nothing of the kind.
FIGURES: dict[str, tuple[str, list[str]]] = {
    "uncredited-figcaptions-among-paragraphs": (
        "<h1>Harvest festival draws record crowds</h1>\n"
        "<p>The town of Villaverde held its harvest festival over the weekend, with more "
        "visitors than ever before, the organisers said on Monday.</p>\n"
        '<figure><img src="cattle.jpg"><figcaption>Farmers parade their cattle through the '
        "streets of Villaverde during the harvest festival.</figcaption></figure>\n"
        "<p>The festival dates back to the fifteenth century and is held every September, "
        "when the grapes are brought in.</p>\n"
        '<figure><img src="dance.jpg"><figcaption>Una niña con traje tradicional baila en la '
        "plaza mayor de Villaverde.</figcaption></figure>\n"
        "<p>More than 30,000 people attended this year, according to the town hall.</p>\n",
        ["Farmers parade", "Una niña"],
    ),
    "figcaption-with-its-credit-inside": (
        "<p>Die Feuerwehr war die ganze Nacht im Einsatz.</p>\n"
        '<figure><img src="a.jpg"><figcaption>Ein Feuerwehrmann löscht ein brennendes Dach in '
        "Kellerbach. <span>Foto: Jonas Wettstein/dpa</span></figcaption></figure>\n"
        "<p>Verletzt wurde niemand, teilte die Polizei mit.</p>\n",
        ["Ein Feuerwehrmann"],
    ),
    "paragraphs-without-figures-are-body-text": (
        "<p>The council met on Tuesday to discuss the budget for the coming year.</p>\n"
        "<p>Residents crowded into the hall as the mayor presented the plan.</p>\n"
        "<p>BRENTFORD, England (AP) — The vote is expected next week, officials said.</p>\n",
        [],
    ),
    "figcaption-of-a-video-is-no-photo-caption": (
        "<p>Crowds gathered along the river for the regatta.</p>\n"
        '<figure><video src="race.mp4"></video><figcaption>Video: Rowers cross the finish '
        "line at the Kessport regatta.</figcaption></figure>\n"
        "<p>The home crew won by two lengths.</p>\n",
        [],
    ),
}


@pytest.mark.parametrize("text, expected", list(FIGURES.values()), ids=list(FIGURES))
def test_figcaptions_left_in_the_text_are_captions(text: str, expected: list[str]) -> None:
    found = _found(text)
    assert len(found) == len(expected), found
    for caption, start in zip(found, expected, strict=True):
        assert caption.startswith(start), (caption, start)


# The mark a text dump prints where an image stood ("[IMG]", "[Image]", "[Foto 2]", a file
# name) is furniture: it neither breaks a gallery's run of lines nor makes a caption of the
# line after it.
PLACEHOLDER_ARTICLES: dict[str, tuple[str, list[str]]] = {
    "uncredited-gallery-one-a-line": (
        "Wildlife photographer of the year: the winners\n\n"
        "This photograph of a snow leopard on a ridge in the Altai won the grand prize for "
        "Mira Osei of Ghana.\n"
        "A picture of two herons fighting over a fish won the bird category for Lukas Brandt.\n"
        "Tomoko Arai captured this image of a jellyfish under the ice of a lake in Hokkaido.\n"
        "The photo of a fox cub in a snowstorm earned Pavel Novak the young photographer "
        "award.\n",
        ["This photograph", "A picture of two", "Tomoko Arai", "The photo of a fox"],
    ),
    "credit-first-captions": (
        "Incendios en el sur\n\n"
        "© Agencia Sol / Ana Ruiz Vecinos observan el humo sobre las colinas de Valdeoscuro, "
        "este martes.\n\n"
        "Los bomberos trabajaron toda la noche, según las autoridades regionales.\n\n"
        "© EFE / Luis Pardo Un helicóptero descarga agua sobre un pinar cerca de Valdeoscuro.\n",
        ["© Agencia Sol / Ana Ruiz Vecinos", "© EFE / Luis Pardo Un helicóptero"],
    ),
}


def _with_placeholders(text: str, mark: str, glued: bool) -> str:
    """``text`` with ``mark`` before each line of a caption (the lines after the title)."""
    head, _, body = text.partition("\n\n")
    lines = [
        (f"{mark} {line}" if glued else f"{mark}\n{line}")
        if line and not line.startswith("Los bomberos")
        else line
        for line in body.split("\n")
    ]
    return head + "\n\n" + "\n".join(lines)


@pytest.mark.parametrize("mark", ["[IMG]", "[Image]", "[Foto 2]", "[fox-cub.jpg]", "[image: 3]"])
@pytest.mark.parametrize("glued", [False, True], ids=["own-line", "glued"])
@pytest.mark.parametrize(
    "text, expected", list(PLACEHOLDER_ARTICLES.values()), ids=list(PLACEHOLDER_ARTICLES)
)
def test_image_placeholders_change_nothing(
    text: str, expected: list[str], mark: str, glued: bool
) -> None:
    found = _found(text)
    assert len(found) == len(expected), found
    for caption, start in zip(found, expected, strict=True):
        assert caption.startswith(start), (caption, start)
    assert _found(_with_placeholders(text, mark, glued)) == found


def test_body_text_after_an_image_placeholder_is_no_caption() -> None:
    text = (
        "Harvest festival draws record crowds\n\n"
        "[IMG]\n"
        "The festival dates back to the fifteenth century and is held every September in "
        "Villaverde.\n\n"
        "[IMG]\n"
        "More than 30,000 people attended this year, according to the town hall.\n"
    )
    assert _found(text) == []


def test_a_credit_in_brackets_is_not_a_placeholder() -> None:
    text = (
        "Storm season\n\n"
        "Waves crash over the sea wall in Nice, France, Oct. 2, 2023.\n"
        "[Photo: Lena Roux/AP]\n\n"
        "The storm moved east on Tuesday, officials said.\n"
    )
    assert _found(text) == [
        "Waves crash over the sea wall in Nice, France, Oct. 2, 2023. [Photo: Lena Roux/AP]"
    ]


# Markdown, as scrapers store pages: the same article, its captions in Markdown's marks and
# brackets, gives the same captions as its plain text.
MARKDOWN_PLAIN = (
    "Floods cut off mountain villages\n\n"
    "Rescue teams reached three villages in the Arven valley on Friday, the regional "
    "government said.\n\n"
    "A woman is carried across a swollen stream near Bellmoor, Norway, on Friday, Oct. 4, "
    "2024. (AP Photo/Sigrid Hallen)\n\n"
    "Roads into the valley were expected to stay closed for a week.\n\n"
    "Soldiers unload sandbags from a truck in Ostrand on Oct. 4, 2024. Photo: Kai Brekke/NTB\n\n"
    "Un hélicoptère survole les maisons inondées de Bellmoor, le 4 octobre 2024. (AFP PHOTO / "
    "CAMILLE ROUSSEL)\n"
)
MARKDOWN = (
    "[Home](https://news.example.org/) | [World](https://news.example.org/world)\n\n"
    "# Floods cut off mountain villages\n\n"
    "Rescue teams reached three villages in the [Arven valley](https://news.example.org/arven) "
    "on Friday, the regional government said.\n\n"
    "![A woman is carried across a swollen stream](https://img.example.org/1.jpg)\n"
    "*A woman is carried across a swollen stream near Bellmoor, Norway, on Friday, Oct. 4, "
    "2024. (AP Photo/Sigrid Hallen)*\n\n"
    "Roads into the valley were expected to stay closed for a week.\n\n"
    "[![](https://img.example.org/2.jpg)](https://news.example.org/gallery)\n"
    "> _Soldiers unload sandbags from a truck in Ostrand on Oct. 4, 2024. Photo: "
    "[Kai Brekke](https://news.example.org/kai)/NTB_\n\n"
    "- **Un hélicoptère survole les maisons inondées de Bellmoor, le 4 octobre 2024. (AFP "
    "PHOTO / CAMILLE ROUSSEL)**\n\n"
    "## Related\n\n"
    "- [Storm warnings issued for the west coast](https://news.example.org/storm)\n"
    "- [Ferries cancelled as winds rise](https://news.example.org/ferries)\n"
)


def test_markdown_gives_the_captions_of_its_plain_text() -> None:
    plain = _found(MARKDOWN_PLAIN)
    assert [caption[:12] for caption in plain] == ["A woman is c", "Soldiers unl", "Un hélicoptè"]
    assert _found(MARKDOWN) == plain


def test_markdown_image_alone_with_body_text_after_it_is_no_caption() -> None:
    text = (
        "# Council approves budget\n\n"
        "![](https://img.example.org/hall.jpg)\n\n"
        "The town council approved a budget on Tuesday that raises spending on schools, "
        "[the mayor](https://example.org/mayor) said.\n\n"
        "![Town hall](https://img.example.org/hall.jpg)\n"
        "HARTWELL, Maine (AP) — The vote was five to two.\n"
    )
    assert _found(text) == []


@pytest.mark.parametrize(
    "line",
    [
        "- Reuters",  # a sign-off, not a list item, in a text without Markdown links
        "* Prices are in euros.",
        "#MeToo marchers walk through the centre of Lyon, March 8, 2024. (AFP PHOTO / ANA LIMA)",
        "Prices -> up 4% • rents -> up 2%",
    ],
)
def test_text_without_markdown_links_keeps_its_marks(line: str) -> None:
    from catalog.ingest.sources.text import split_lines

    assert split_lines(f"Title\n\n{line}\n") == ["Title", "", line]


# Characters that show nothing inside words (soft hyphens, zero-width spaces, word joiners,
# byte-order marks), as pages put them and scraped text keeps them: the same captions, the
# same words. Joiners that shape a script (ZWNJ in Persian) are letters' business and stay.
INVISIBLE_PLAIN = (
    "Hochwasser an der Mosel\n\n"
    "Ein Anwohner schiebt sein Fahrrad durch das Hochwasser in Kellerbach. Foto: Jonas "
    "Wettstein/dpa\n\n"
    "Die Feuerwehr rechnet damit, dass das Wasser erst am Wochenende sinkt.\n\n"
    "A rescuer wades through floodwater in Kellerbach, Germany, Jan. 5, 2025. REUTERS/Lea "
    "Vogt hide caption\n\n"
    "toggle caption\n"
    "REUTERS/Lea Vogt\n"
)


@pytest.mark.parametrize(
    "mark", ["\u00ad", "\u200b", "\u2060", "\ufeff"], ids=["shy", "zwsp", "wj", "bom"]
)
def test_invisible_characters_inside_words_change_nothing(mark: str) -> None:
    plain = _found(INVISIBLE_PLAIN)
    assert [caption[:12] for caption in plain] == ["Ein Anwohner", "A rescuer wa"]
    marked = (
        INVISIBLE_PLAIN.replace("Hochwasser", f"Hoch{mark}wasser")
        .replace("REUTERS", f"REU{mark}TERS")
        .replace("caption", f"cap{mark}tion")
        .replace("Foto:", f"Foto{mark}:")
    )
    assert _found(f"{mark}{marked}") == plain
    # Through markup too (a soft hyphen written as an entity).
    html = (
        "<p>Ein Anwohner schiebt sein Rad durch das Hoch&shy;wasser in Kellerbach. Foto: Jonas "
        "Wettstein/dpa</p>"
    )
    assert _found(html) == [
        "Ein Anwohner schiebt sein Rad durch das Hochwasser in Kellerbach. Foto: Jonas "
        "Wettstein/dpa"
    ]


def test_joiners_that_shape_a_script_stay() -> None:
    caption = (
        "کودکان در خیابان\u200cهای تهران بازی می\u200cکنند، ۵ ژانویه ۲۰۲۵. (AP Photo/Sara Karimi)"
    )
    found = _found(f"Tehran\n\n{caption}\n")
    assert found == [caption]


# A wire story's sign-off under its last paragraph ("(Reuters)", "Quelle: dpa", "EFE",
# "© 2025 AFP") names an agency but credits no photo: a paragraph that speaks as a story does
# ("said", "we") never takes it. A caption, even one that quotes, keeps its credit.
_STORY = (
    "Talks resume in Geneva\n\n"
    "Negotiators from both sides met on Monday for the first time in two weeks, diplomats "
    "told reporters outside the hotel.\n\n"
)
SIGN_OFFS: dict[str, tuple[str, list[str]]] = {
    "english-reuters": (
        _STORY + "The ministry said the next round would start on March 3 and last 4 days.\n"
        "(Reuters)\n",
        [],
    ),
    "german-dpa": (
        _STORY + "Die Ministerin sagte, die Gespräche würden am 3. März fortgesetzt.\n"
        "Quelle: dpa\n",
        [],
    ),
    "spanish-efe": (
        _STORY + "El ministro dijo que la próxima ronda empezará el 3 de marzo.\nEFE\n",
        [],
    ),
    "french-afp-copyright-year": (
        _STORY + "Le ministre a déclaré que 12 délégations étaient attendues.\n© 2025 AFP\n",
        [],
    ),
    "first-person-then-agency": (
        _STORY + "We expect 12 delegations to attend, the host city's mayor wrote on Monday.\n"
        "(AFP)\n",
        [],
    ),
    # Near misses: captions keep their credits.
    "caption-with-bare-agency": (
        _STORY + "Delegates arrive at the conference centre in Geneva, Switzerland, March 3, "
        "2025.\n(Reuters)\n",
        ["Delegates arrive"],
    ),
    "quoting-caption-with-photo-credit": (
        _STORY + '"We will rebuild," says a shop owner standing in the ruins of his store in '
        "Lusava, March 2, 2025.\n(AP Photo/Dana Ruiz)\n",
        ['"We will rebuild,"'],
    ),
    "speaking-caption-with-copyright-and-name": (
        _STORY + "Police said the crowd of 2,000 people dispersed peacefully in Geneva on "
        "Sunday.\n© 2025 Jo Roe/Getty Images\n",
        ["Police said the crowd"],
    ),
}


@pytest.mark.parametrize("text, expected", list(SIGN_OFFS.values()), ids=list(SIGN_OFFS))
def test_story_sign_offs_credit_no_paragraph(text: str, expected: list[str]) -> None:
    found = _found(text)
    assert len(found) == len(expected), found
    for caption, start in zip(found, expected, strict=True):
        assert caption.startswith(start), (caption, start)


# Mail and forum quotation marks ("> ", "> > ") and bullet glyphs ("• ") open lines of any
# text: a caption quoted in a reply, or listed, is the same caption.
FORUM = (
    "Re: Best news photo of the year?\n\n"
    "Posted by harbourlights on Tue Dec 17, 2024 9:14 pm\n\n"
    "This one gets me every time:\n\n"
    "> A firefighter carries a child from a burning apartment block in Dorrin, on March 3, "
    "2024. (AP Photo/Yuri Bondar)\n\n"
    "I think it should have won. The light is incredible.\n\n"
    "Posted by kestrel_77 on Tue Dec 17, 2024 9:40 pm\n\n"
    "> > Rescuers pull a woman from floodwater in Sarvan, August 29, 2024. REUTERS/Amir Qadri\n"
    ">\n"
    "> Agreed, though Reuters had a great year in general.\n\n"
    "• Des enfants jouent dans une fontaine à Valmont, le 14 avril 2024. (AFP PHOTO / CLAIRE "
    "DUVERNOY)\n"
)


def test_quoted_and_listed_captions_lose_their_marks() -> None:
    assert _found(FORUM) == [
        "A firefighter carries a child from a burning apartment block in Dorrin, on March 3, "
        "2024. (AP Photo/Yuri Bondar)",
        "Rescuers pull a woman from floodwater in Sarvan, August 29, 2024. REUTERS/Amir Qadri",
        "Des enfants jouent dans une fontaine à Valmont, le 14 avril 2024. (AFP PHOTO / CLAIRE "
        "DUVERNOY)",
    ]


def test_a_quoted_reply_hard_wrapped_at_72_is_read_whole() -> None:
    paragraphs = ARTICLES["english-ap"][0]
    quoted = "\n".join(
        f"> {line}" if line else ">" for line in _wrapped(paragraphs, 70).splitlines()
    )
    assert _found(f"On Monday, Jo Roe wrote:\n{quoted}\n") == _found("\n\n".join(paragraphs))


@pytest.mark.parametrize(
    "attribution",
    [
        "On Monday, Jo Roe wrote:",
        "On Mon, Dec 16, 2024 at 9:14 PM Jo Roe <jo@example.org> wrote:",
        "Le 16 déc. 2024, Jo Roe a écrit :",
        "Jo Roe (AFP) schrieb:",
    ],
)
def test_a_line_that_introduces_a_quotation_is_no_credit(attribution: str) -> None:
    text = (
        "Re: the flood pictures\n\n"
        f"{attribution}\n"
        "Residents of the valley began returning home on Thursday after the river fell.\n"
    )
    assert _found(text) == []


# Markup left in the text keeps the text's own layout: blocks written one a line are lines of
# one run (as plain lines are), blocks parted by a blank line are paragraphs. Each block is a
# text of its own (alt text above a figure's caption is not its first line).
_GALLERY_LINES = PLACEHOLDER_ARTICLES["uncredited-gallery-one-a-line"][0].split("\n\n", 1)[1]


def _in_paragraph_tags(text: str) -> str:
    return "\n".join(f"<p>{line}</p>" if line else "" for line in text.split("\n"))


def test_a_gallery_of_paragraph_tags_one_a_line_is_a_gallery() -> None:
    plain = "Wildlife photographer of the year: the winners\n\n" + _GALLERY_LINES
    found = _found(plain)
    assert len(found) == 4
    assert _found(_in_paragraph_tags(plain)) == found
    # Run together on one line, as many pages are stored, the blocks are still lines of one
    # run (the title parted from them by a blank line).
    title, _, gallery = _in_paragraph_tags(plain).partition("\n\n")
    assert _found(title + "\n\n" + gallery.replace("\n", "")) == found


def test_a_credit_block_under_its_caption_block_joins_it() -> None:
    text = (
        "<h1>Storm season</h1>\n\n"
        "<p>The storm moved east on Tuesday, officials said.</p>\n\n"
        "<p>Waves crash over the sea wall in Nice, France, Oct. 2, 2023.</p>\n"
        "<p>Lena Roux/AP</p>\n\n"
        "<p>Residents clear mud from a shop in Antibes, France, Oct. 3, 2023.</p>\n"
        "<p>Paul Girard/AFP via Getty Images</p>\n"
    )
    assert _found(text) == [
        "Waves crash over the sea wall in Nice, France, Oct. 2, 2023. Lena Roux/AP",
        "Residents clear mud from a shop in Antibes, France, Oct. 3, 2023. Paul Girard/AFP "
        "via Getty Images",
    ]


def test_alt_text_is_not_the_first_line_of_the_caption_under_it() -> None:
    text = (
        "<h1>Harvest festival draws record crowds</h1><p>The town of Villaverde held its "
        "festival over the weekend, the organisers said on Monday.</p><figure>"
        '<img src="a.jpg" alt="Farmers parade cattle"><figcaption>Farmers parade their cattle '
        "through the streets of Villaverde. <span>Photo: Elena Ruiz/EFE</span></figcaption>"
        "</figure><p>The festival dates back to the fifteenth century.</p>"
    )
    assert _found(text) == [
        "Farmers parade their cattle through the streets of Villaverde. Photo: Elena Ruiz/EFE"
    ]


def test_body_paragraph_tags_one_a_line_are_no_captions() -> None:
    text = (
        "<h1>Council approves budget</h1>\n"
        "<p>The town council approved a budget on Tuesday that raises spending on schools.</p>\n"
        "<p>The vote was five to two, and the mayor said the town would manage.</p>\n"
        "<p>HARTWELL, Maine (AP) — No teachers will lose their jobs this year, she said.</p>\n"
        "<p>Reuters reported last month that the state would cut aid to towns.</p>\n"
    )
    assert _found(text) == []


@pytest.mark.parametrize("mark", ["*", "_", "**", "__"])
def test_emphasis_around_a_caption_line_goes_in_any_text(mark: str) -> None:
    # A text with no Markdown link: its lines in emphasis are still captions.
    found = _found(_with_marks(MARKDOWN_PLAIN, mark))
    assert found == _found(MARKDOWN_PLAIN)


def _with_marks(text: str, mark: str) -> str:
    head, _, body = text.partition("\n\n")
    return (
        head
        + "\n\n"
        + "\n".join(f"{mark}{line}{mark}" if line else line for line in body.split("\n"))
    )


@pytest.mark.parametrize(
    "line",
    [
        # Addresses at agencies' own domains, which the credit reader knows as the agencies.
        "URL: https://www.reuters.com/world/europe/bellmoor-floods-2024-10-04/",
        "Link: https://www.npr.org/sections/world/bellmoor-floods",
        "https://www.reuters.com/pictures/bellmoor-floods",
        "www.afp.com/en/news/bellmoor-floods",
        "URL: https://www.kessport-herald.example/news/2025/03/harbour-storm-photos",
    ],
)
def test_a_page_address_on_its_own_line_is_no_caption(line: str) -> None:
    # An archive's record of where the page came from: a domain may name an outlet, but the
    # line credits no photo and is no caption.
    text = (
        "Floods cut off mountain villages\n\n"
        "Rescue teams reached three villages in the valley on Friday, the government said.\n\n"
        f"{line}\n\n"
        "A woman is carried across a swollen stream near Bellmoor, Oct. 4, 2024. (AP Photo/"
        "Sigrid Hallen)\n"
    )
    found = _found(text)
    assert len(found) == 1 and found[0].startswith("A woman is carried"), found


def test_a_blogs_comment_form_gives_no_caption() -> None:
    # A blog's comment form names the account a reader comments with, then its controls:
    # "Log Out / Change )" reads like a name and an organisation after a slash.
    text = textwrap.dedent(
        """\
        Harbour reopens after the storm

        Boats return to the harbour in Kestrel Bay on Tuesday. Photo: Jo Roe/Kestrel Wire

        The harbour master said repairs would take a month.

        Leave a Reply

        Twitter picture

        You are commenting using your Twitter account. Log Out / Change )

        Facebook photo

        You are commenting using your Facebook account. ( Log Out / Change )
        """
    )
    assert _found(text) == [
        "Boats return to the harbour in Kestrel Bay on Tuesday. Photo: Jo Roe/Kestrel Wire"
    ]


_GALLERY_THEN = """\
Pictures of the year

Fishing boats return to the harbour of Kestrel Bay at dawn, March 3, 2021.

(AFP Photo)

A girl feeds pigeons in the old square of Portmere, May 9, 2021.

(AP Photo)

Snow covers the vineyards above Lake Ardal, Jan. 12, 2021.

(Reuters)

{last}
"""


def test_a_gallerys_last_caption_without_its_credit_is_found() -> None:
    last = "Divers swim past a sunken statue in the bay of Portmere, Sept. 23, 2021."
    found = _found(_GALLERY_THEN.format(last=last))
    assert found[-1] == last and len(found) == 4


def test_body_text_after_a_gallery_stays_body_text() -> None:
    last = (
        "We asked our readers which of these pictures they liked best, and many of you wrote "
        "to tell us that the harbour at dawn was your favourite. We will publish more of your "
        "letters next week, so keep writing to us."
    )
    found = _found(_GALLERY_THEN.format(last=last))
    assert last not in found and len(found) == 3


def test_a_last_piece_printed_under_every_article_is_parsed_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A batch's sign-off ("... contributed to this report.") closes every article: the
    # question whether it says where or when is the parser's, asked once per text.
    from catalog.ingest.sources.text import attach
    from catalog.parsing import ParsedCaption, parse_caption

    asked: list[str] = []

    def counting(text: str, *args: Any, **kwargs: Any) -> ParsedCaption:
        asked.append(text)
        return parse_caption(text, *args, **kwargs)

    monkeypatch.setattr(attach, "parse_caption", counting)
    attach._where_or_when.cache_clear()
    last = "The Kestrel Wire and Nordpress contributed to this report from the harbour."
    for _ in range(3):
        found = _found(_GALLERY_THEN.format(last=last))
        assert last not in found and len(found) == 3
    assert asked.count(last) == 1


# A title, then a credit a blank line below it, then the caption: the credit opens the
# caption below (a picture-of-the-day post, a photo blog); the title takes a credit only when
# the credit stands right under it.
_BODY = (
    "In the first days of the storm, at least 42 people were confirmed dead across the "
    "province, and rescue teams said the roads to the coast were still closed on Tuesday."
)
_TITLE_CREDIT_CAPTION = [
    (
        "Picture of the Day: Rain over the harbour",
        "Photo credit: Jo Roe",
        "A wounded man is carried to an ambulance after the blast in Kestrel City.",
    ),
    (
        "Foto del día: lluvia sobre el puerto",
        "Foto: Ana Gil/EFE",
        "Voluntarios limpian la playa tras el temporal en Valparaíso, Chile.",
    ),
    (
        "Bild des Tages: Regen über dem Hafen",
        "Foto: Anna Weber/dpa",
        "Menschen warten am Hafen von Kiel auf die Fähre.",
    ),
]


@pytest.mark.parametrize(("title", "credit", "caption"), _TITLE_CREDIT_CAPTION)
def test_a_credit_a_blank_line_under_the_title_opens_the_caption_below(
    title: str, credit: str, caption: str
) -> None:
    found = _found(f"{title}\n\n{credit}\n\n{caption}\n\n{_BODY}\n")
    assert found == [f"{credit}\n{caption}"] or found == [f"{credit} {caption}"], found


@pytest.mark.parametrize(("title", "credit", "caption"), _TITLE_CREDIT_CAPTION)
def test_a_credit_right_under_the_title_is_the_titles(
    title: str, credit: str, caption: str
) -> None:
    found = _found(f"{title}\n{credit}\n\n{_BODY}\n")
    assert len(found) == 1 and found[0].startswith(title) and credit in found[0], found


# A photo blog's block: the credit, then field lines ("Location: ...", "Date taken: ..."), a
# blank line, and the caption; the fields stay with the caption, so that the parser reads
# them, and the title above takes nothing.
_FIELD_BLOCKS = [
    (
        "Photo credit: Jo Roe",
        "Location: Kestrel City, Harbour Province",
        "Kestrel City, Harbour Province",
    ),
    ("Foto: Ana Gil/EFE", "Lugar: Valparaíso, Chile", "Valparaíso, Chile"),
    ("Foto: Anna Weber/dpa", "Ort: Kiel", "Kiel"),
]


@pytest.mark.parametrize(("credit", "field", "place"), _FIELD_BLOCKS)
def test_field_lines_between_a_credit_and_its_caption_stay_with_the_caption(
    credit: str, field: str, place: str
) -> None:
    from catalog.parsing import parse_caption

    caption = "A wounded man is carried to an ambulance after the blast."
    title = "Picture of the Day: Rain over the harbour"
    for block in (f"{credit}\n\n{field}", f"{credit}\n{field}"):  # apart, or right under it
        found = _found(f"{title}\n\n{block}\n\n{caption}\n\n{_BODY}\n")
        assert len(found) == 1 and field in found[0] and caption in found[0], found
        assert parse_caption(found[0]).location == place


# A photo's date field is no date of the article, and a scrap may open with the fields: they
# stay with the caption they head, in any language whose labels the data holds.
_OPENING_FIELDS = [
    ("Date taken: May 4, 2021", "Location: Kestrel City, Harbour Province", "2021-05-04"),
    ("Photo date: 12 June 2019", "Location: Valparaíso, Chile", "2019-06-12"),
    ("Aufnahmedatum: 3. März 2023", "Ort: Kiel", "2023-03-03"),
    ("Fecha de la foto: 5 de mayo de 2023", "Lugar: Valparaíso, Chile", "2023-05-05"),
]


@pytest.mark.parametrize(("date_field", "place_field", "day"), _OPENING_FIELDS)
def test_a_photos_date_field_is_the_captions_not_the_articles(
    date_field: str, place_field: str, day: str
) -> None:
    from catalog.parsing import parse_caption

    caption = "A wounded man is carried to an ambulance after the blast. (Jo Roe/Kestrel Press)"
    title = "Rain over the harbour"
    for text in (
        f"{title}\n\n{date_field}\n{place_field}\n{caption}\n\n{_BODY}\n",
        f"{date_field}\n{place_field}\n{caption}\n\n{_BODY}\n",
        f"{place_field}\n{date_field}\n{caption}\n\n{_BODY}\n",
    ):
        article = article_from_text(text, source="test")
        assert article.published is None, text
        assert article.title in (title, None), text
        (found,) = [found.text for found in article.captions]
        assert date_field in found and place_field in found, found
        parsed = parse_caption(found)
        assert str(parsed.date) == day and parsed.agency == "Kestrel Press", parsed
