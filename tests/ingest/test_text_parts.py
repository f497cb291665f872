"""The text reader's small parts, each driven by lines written for the test: page furniture,
runs of captions in one line, caption likeness, markup read into lines, copy folding."""

from __future__ import annotations

import pytest

from catalog.folding import fold_key, same_caption
from catalog.ingest.sources.text import furniture
from catalog.ingest.sources.text.likeness import (
    caption_score,
    is_caption_like,
    is_headline,
    is_video,
)
from catalog.ingest.sources.text.markup import has_markup, markup_lines
from catalog.ingest.sources.text.runs import single_copy, split_at_credits, split_at_refrain
from catalog.parsing import is_credit, lexicon


@pytest.mark.parametrize(
    "line, counter",
    [
        pytest.param("3 / 38", True, id="slash"),
        pytest.param("2/12", True, id="slash-tight"),
        pytest.param("1 of 11", True, id="of"),
        pytest.param("5 de 12", True, id="de"),
        pytest.param("Photo 2 of 9", True, id="photo-prefix"),
        pytest.param("1/8/2020", False, id="date"),
        pytest.param("Chapter 3 of the report", False, id="sentence"),
    ],
)
def test_slide_counters(line: str, counter: bool) -> None:
    assert furniture.is_counter(line) is counter


def test_the_counter_words_and_labels_of_every_language_make_a_counter() -> None:
    # The reader takes the parser's data: a word added to a language file reaches it.
    for word in lexicon.counter_words():
        assert furniture.is_counter(f"3 {word} 12"), word
    for label in lexicon.counter_labels():
        assert furniture.is_counter(f"{label.title()} 3 of 12"), label
    assert not furniture.is_counter("3 und 12")


def test_a_button_of_the_data_alone_on_its_line_is_a_control() -> None:
    # A line of the parser's page furniture, a caption label or a control word, whatever its
    # language; a line that only opens with one is text.
    for line in ("Zoom", "Ver galería", "Vergrößern", "Bildunterschrift:", "Publicité", "Next."):
        assert furniture.is_control(line), line
    assert not furniture.is_control("Zoom lenses line the shelves of a shop")


@pytest.mark.parametrize(
    "line, furniture_line",
    [
        pytest.param("Close", True, id="close"),
        pytest.param("Enlarge this image", True, id="enlarge"),
        pytest.param("toggle caption", True, id="toggle"),
        pytest.param("Imagen", True, id="imagen"),
        pytest.param("|", True, id="separator"),
        pytest.param("Reuters / Monday, April 07, 2015", True, id="agency-date-line"),
        pytest.param("Sept. 19, 2016", True, id="date-line"),
        pytest.param("Close to the river, a man fishes", False, id="sentence"),
    ],
)
def test_page_furniture_lines(line: str, furniture_line: bool) -> None:
    assert furniture.is_furniture(line) is furniture_line


@pytest.mark.parametrize(
    "line, text, labelled, cut",
    [
        pytest.param(
            "A man rows a boat in Hue. Jo Roe/AP hide caption",
            "A man rows a boat in Hue. Jo Roe/AP",
            False,
            False,
            id="hide-caption",
        ),
        pytest.param(
            "Smog over Harbin, China. epa / Li Wei — find out more",
            "Smog over Harbin, China. epa / Li Wei",
            False,
            False,
            id="find-out-more",
        ),
        pytest.param(
            "Le port de Marseille au matin. Photo Jean Roux/AFP Voir la galerie",
            "Le port de Marseille au matin. Photo Jean Roux/AFP",
            False,
            False,
            id="button-of-another-language",
        ),
        pytest.param(
            "Der Hafen von Kiel am Morgen. Foto: Jan Roth/dpa.Bild vergrößern",
            "Der Hafen von Kiel am Morgen. Foto: Jan Roth/dpa.",
            False,
            False,
            id="button-longer-when-casefolded",
        ),
        pytest.param(
            "A photographer turns the ring of her lens to zoom",
            "A photographer turns the ring of her lens to zoom",
            False,
            False,
            id="one-button-word-is-the-caption-s",
        ),
        pytest.param(
            "Fans wait outside the stadium before the final in Rome,...more",
            "Fans wait outside the stadium before the final in Rome,",
            False,
            True,
            id="cut-more",
        ),
        pytest.param(
            "Legende: Die Fans feiern in Bern. Imago/Jo Roe",
            "Die Fans feiern in Bern. Imago/Jo Roe",
            True,
            False,
            id="legende",
        ),
        pytest.param(
            "[You must be logged in to see this image]Crowds fill the square in Lyon.",
            "Crowds fill the square in Lyon.",
            False,
            False,
            id="placeholder",
        ),
    ],
)
def test_stripping_furniture(line: str, text: str, labelled: bool, cut: bool) -> None:
    assert furniture.strip(line) == furniture.Stripped(text, labelled, cut)


def test_a_line_holding_one_caption_twice_gives_it_once() -> None:
    caption = "Volunteers set up the tent for the evening dance.  Photo Jean DUPONT"
    line = f"{caption} {caption[0].lower()}{caption[1:]}"
    assert single_copy(line) == caption
    assert single_copy(caption) is caption


def test_captions_run_together_split_at_their_credits() -> None:
    line = (
        "Waves crash over the sea wall in Nice. (AP Photo/Lena Roux) A helicopter flies over "
        "a flooded road near Cannes. (AP Photo/Paul Girard) BAGHDAD (AP) — Officials said."
    )
    assert split_at_credits(line, is_credit) == [
        "Waves crash over the sea wall in Nice. (AP Photo/Lena Roux)",
        "A helicopter flies over a flooded road near Cannes. (AP Photo/Paul Girard)",
        "BAGHDAD (AP) — Officials said.",
    ]


def test_captions_split_at_a_repeated_gallery_title() -> None:
    title = "Floods in the North"
    line = (
        f"{title} Boats carry residents through a flooded street in York. {title} {title} "
        f"A man clears mud from his shop in Leeds on Monday. {title} Water covers a field "
        "near Selby as the river rises."
    )
    assert split_at_refrain(line) == [
        "Boats carry residents through a flooded street in York.",
        "A man clears mud from his shop in Leeds on Monday.",
        "Water covers a field near Selby as the river rises.",
    ]


def test_a_phrase_repeated_inside_sentences_is_no_refrain() -> None:
    line = (
        "He said the city council met on Monday. Later the city council met again, and the "
        "city council met a third time on Friday when the city council met the mayor."
    )
    assert split_at_refrain(line) is None


@pytest.mark.parametrize(
    "text, like",
    [
        pytest.param(
            "Firefighters battle a blaze at a warehouse in Lyon, France.", True, id="caption"
        ),
        pytest.param("4 yaşındaki çocuk enkazdan sağ olarak çıkarıldı", True, id="turkish"),
        pytest.param("MILITARY RECOGNITION", False, id="section-heading"),
        pytest.param("Flames Engulf Buildings In Hong Kong", False, id="title-case-headline"),
        pytest.param("KEYNOTE ADDRESS:", False, id="label"),
        pytest.param(
            "“We will not leave,” she said. “I was born here and my children were born here. "
            "We have nowhere else to go, and we told the officials so.”",
            False,
            id="quotation",
        ),
        pytest.param("Is this the end of the high street?", False, id="teaser-question"),
    ],
)
def test_caption_likeness(text: str, like: bool) -> None:
    assert is_caption_like(text) is like


def test_headlines_and_scores() -> None:
    assert is_headline("Storm Hits The Coast")
    assert not is_headline("Storm hits the coast of Brittany on Tuesday.")
    assert caption_score("") == 0.0


def test_markup_read_into_lines() -> None:
    text = (
        "Intro line\n\n<p>A caption here (AP Photo/Jo Roe)</p>\n"
        '<img alt="Alt text of the picture" src="x.jpg">\n'
        '[caption id="1"]<img alt="Shortcode alt">Shortcode caption[/caption]\n'
        "<div><p>unclosed"
    )
    assert has_markup(text)
    lines = [line for line in markup_lines(text) if line.strip()]
    assert lines == [
        "Intro line",
        "A caption here (AP Photo/Jo Roe)",
        "Alt text of the picture",
        "Shortcode alt",
        "Shortcode caption",
        "unclosed",
    ]


def test_plain_text_mentioning_a_tag_is_no_markup() -> None:
    assert not has_markup("Use 3 < 4 and a > b in the formula.")


def test_unbalanced_markup_is_read() -> None:
    text = "<p>A caption (AP Photo/Jo Roe)" + "<p>Text <b>bold <i>and more" * 10_000
    lines = markup_lines(text)
    assert lines[0] == "A caption (AP Photo/Jo Roe)"
    # Nesting deeper than the HTML parser follows loses what is inside, without an error.
    assert isinstance(markup_lines("<div>" * 50_000 + "x"), list)


@pytest.mark.parametrize(
    "a, b, same",
    [
        pytest.param(
            "Crowds gather in Paris. REUTERS/Jo Roe",
            "Crowds gather in Paris.",
            True,
            id="no-credit",
        ),
        pytest.param(
            "© AFP / Jo Roe Crowds gather in Paris", "Crowds gather in Paris", True, id="no-head"
        ),
        pytest.param("Crowds gather in Paris", "crowds gather in paris", True, id="case"),
        pytest.param("Crowds gather in Paris", "Crowds gather in Lyon", False, id="other-place"),
        pytest.param("Fire", "Fire in the hills", False, id="too-short-to-trust"),
    ],
)
def test_copies_fold(a: str, b: str, same: bool) -> None:
    assert same_caption(fold_key(a), fold_key(b)) is same


@pytest.mark.parametrize(
    "line, rest",
    [
        pytest.param(
            "Read more: Floods hit the north (AFP)", "Floods hit the north (AFP)", id="en"
        ),
        pytest.param("RELATED | Storm batters the coast", "Storm batters the coast", id="caps-bar"),
        pytest.param("Lire aussi : Les images de la nuit", "Les images de la nuit", id="fr"),
        pytest.param("Читайте также: Новости дня", "Новости дня", id="ru"),
        pytest.param("Read more:", "", id="label-alone"),
        pytest.param("Related images show the flood in York.", None, id="sentence"),
        pytest.param("Watching the flood in York, a man waits.", None, id="not-a-label"),
    ],
)
def test_teasers(line: str, rest: str | None) -> None:
    assert furniture.teaser(line) == rest


@pytest.mark.parametrize(
    "text, credit, video",
    [
        pytest.param("Video: Fans dance in the square. (Reuters)", "Reuters", True, id="label"),
        pytest.param("Installation video: Ana Lima, Night Swim, 2021", "", True, id="item"),
        pytest.param("Video by Jo Roe", "Video by Jo Roe", True, id="credit"),
        pytest.param("Vídeo: Torcedores em Lisboa", "", True, id="pt"),
        pytest.param(
            "A still image from a video shows smoke. REUTERS/Jo Roe",
            "REUTERS/Jo Roe",
            False,
            id="still-from-video",
        ),
        pytest.param("Fans dance. Photo: Jo Roe", "Photo: Jo Roe", False, id="photo"),
    ],
)
def test_video_items(text: str, credit: str, video: bool) -> None:
    assert is_video(text, credit) is video


def test_numbered_captions_run_together_split_past_separators() -> None:
    line = (
        "1) Boats leave the harbour of Dakar. [Jo Roe/Al Jazeera] | 2) A woman sorts fish "
        "at the market. [Ann Lee/Al Jazeera] / 3) / 4) “Here we go,” a fisherman shouts. "
        "[Jo Roe/Al Jazeera]"
    )
    assert split_at_credits(line, is_credit) == [
        "1) Boats leave the harbour of Dakar. [Jo Roe/Al Jazeera]",
        "A woman sorts fish at the market. [Ann Lee/Al Jazeera]",
        "“Here we go,” a fisherman shouts. [Jo Roe/Al Jazeera]",
    ]
