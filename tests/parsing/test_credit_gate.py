"""The cheap test before ``split_credit`` reads a line: it turns away only lines the full
reading would find no credit in."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from catalog.parsing import split_credit
from catalog.parsing.credit_spans import _read_split, may_end_with_credit
from catalog.parsing.registry import shipped_registry

# Words of titles, running text and credits without marks: names, known agencies, labels,
# clients, roles, licences, a platform's user, and the colons and stops of titles. Many
# joins read as a credit; the gate must let each of those through.
_WORDS = st.lists(
    st.sampled_from(
        [
            "Jo",
            "Roe",
            "Kim",
            "SOTO",
            "Acme",
            "News",
            "Story",
            "Day",
            "12:",
            "Crowds",
            "gather",
            "in",
            "the",
            "square.",
            "said",
            "on",
            "Monday.",
            "Reuters",
            "AP",
            "AFP",
            "Getty",
            "Images",
            "Photo",
            "photos",
            "Photo:",
            "Foto",
            "by",
            "via",
            "for",
            "The",
            "Times",
            "Pool",
            "Staff",
            "File",
            "Handout",
            "Courtesy",
            "of",
            "Supplied",
            "CC0",
            "Creative",
            "Commons",
            "user",
            "Flickr",
            "Unsplash",
            "2023",
            ".",
            ":",
            "?",
            "'",
        ]
    ),
    min_size=1,
    max_size=10,
).map(" ".join)


# Numbered titles and lines that end in running words after one label word, the lines the
# gate turns away on their last words; and the words that make such a line a credit after
# all: a label's joiner ("by", "von", "de"), a courtesy, a copyright, a note or a teaser, a
# colon after a word, names in lower case, sentence stops.
_RUNNING = st.tuples(
    st.sampled_from(["Story", "Part", "Foto", "Bild", "Picture", "Image", "Video", "Day"]),
    st.sampled_from(["3:", "12:", "148", "2:", ""]),
    st.lists(
        st.sampled_from(
            [
                "farmers",
                "Farmers",
                "carry",
                "supplies",
                "after",
                "a",
                "flood",
                "mosaic",
                "wander",
                "jo",
                "roe",
                "Jo",
                "Roe",
                "by",
                "von",
                "de",
                "courtesy",
                "copyright",
                "photo",
                "Photo:",
                "Read",
                "more:",
                "Posted",
                "admin",
                "kestrel",
                "times",
                "Reuters",
                "via",
                "staff",
                "12:30",
                "www",
                ".",
                ">",
            ]
        ),
        min_size=1,
        max_size=9,
    ),
).map(lambda parts: " ".join([parts[0], parts[1], *parts[2]]).replace("  ", " "))


# No deadline: the first example loads the reader's data and patterns (some 400 ms on a
# loaded machine), which is no measure of the gate.
@settings(max_examples=400, deadline=None)
@given(_WORDS)
def test_gate_turns_away_only_lines_without_a_credit(text: str) -> None:
    registry = shipped_registry()
    if not may_end_with_credit(text, registry):
        assert _read_split(text, registry) is None


@settings(max_examples=600, deadline=None)
@given(_RUNNING)
def test_gate_on_running_words_turns_away_only_lines_without_a_credit(text: str) -> None:
    registry = shipped_registry()
    if not may_end_with_credit(text, registry):
        assert _read_split(text, registry) is None


def test_gate_turns_away_titles_and_running_text() -> None:
    registry = shipped_registry()
    for text in (
        "Day 12: Crowds gather in the old town",
        # one label word, then words no data file holds ("Story" labels a credit before "by")
        "Story 12: Farmers carry sandbags along a flooded embankment",
        "Bild 3: Kinder im Schnee spielen lange draussen",
        "Part 4: Fishermen watch a regatta",
        # a "by" far from the label word joins nothing to it
        "Part 9: Fishermen look at a reef bleached by warm seas",
        "Officials said on Monday that talks would go on.",
    ):
        assert not may_end_with_credit(text, registry)
        assert split_credit(text, registry) is None


def test_gate_lets_credits_through() -> None:
    registry = shipped_registry()
    for text, credit in (
        ("Crowds gather in the old town. (AP Photo/Jo Roe)", "AP Photo/Jo Roe"),
        ("Crowds gather in the old town. Jo Roe via Acme", "Jo Roe via Acme"),
        ("Crowds gather in the old town. Photo by Jo Roe", "Photo by Jo Roe"),
        ("Jo Roe for The New York Times", "Jo Roe for The New York Times"),
        # a label word before lower-case words, made a credit by its joiner or its form
        ("Crowds gather in the old town. Photo by jo roe", "Photo by jo roe"),
        ("Photo illustration by jo roe", "Photo illustration by jo roe"),
        ("Copyright the estate of the artist", "Copyright the estate of the artist"),
        # names and an organisation's words, whatever the last word: the whole line
        ("Jo Roe of the Kestrel caption dragon", "Jo Roe of the Kestrel caption dragon"),
    ):
        assert may_end_with_credit(text, registry)
        split = split_credit(text, registry)
        assert split is not None and split[1] == credit
