"""The parser's word knowledge is data: every file under catalog/parsing/data loads and follows
its schema, and what it says reaches the parser (months, labels, particles, organisation words,
given names, agencies)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from catalog.parsing import lexicon, parse_credit
from catalog.parsing.dates import find_dates
from catalog.parsing.registry import load_registry
from catalog.parsing.sentences import sentence_spans


def test_every_language_file_loads() -> None:
    languages = lexicon.languages()
    assert languages[0].code == "en"
    codes = {language.code for language in languages}
    assert {"en", "fr", "de", "es", "pt", "it", "nl", "tr", "zh", "ko"} <= codes
    for language in languages:
        assert language.name
        assert len(language.months) in (0, 12)
        assert language.months or language.year_marks, language.code


def test_a_written_month_means_one_month_in_every_language() -> None:
    # month_numbers raises when two files disagree ("mar" cannot be March and May).
    table = lexicon.month_numbers()
    assert table["janvier"] == 1
    assert table["sept."] == 9
    assert table["märz"] == 3
    assert set(table.values()) == set(range(1, 13))


def test_the_english_months_as_places_and_sentences_need_them() -> None:
    # "Jan." ends no sentence; "in March" names no place: both read the months from the data.
    abbreviations = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct"}
    assert lexicon.english_month_abbreviations() == abbreviations | {"nov", "dec"}
    words = lexicon.english_month_words()
    assert abbreviations | {"january", "may", "june", "september"} <= words
    assert not any(word.endswith(".") or word != word.casefold() for word in words)


def test_names_and_organisation_words_load() -> None:
    assert {"van", "der", "al", "de"} <= lexicon.particles()
    assert "stringer" in lexicon.placeholders()
    assert "Sgt." in lexicon.ranks()
    assert lexicon.paper_words() <= lexicon.surname_org_words()
    assert {
        "agency",
        "press",
        "ltd",
        "museum",
        "zoo",
        "photography",
        "fc",
        "united",
    } <= lexicon.organisation_words()
    assert {"facebook", "youtube", "tiktok"} <= lexicon.platforms()
    assert {"·", "•"} <= set(lexicon.chain_bars())
    assert "|" not in lexicon.chain_bars() and " " not in lexicon.chain_bars()
    assert {"Jr.", "III"} <= lexicon.name_suffixes()
    assert {"top", "bottom", "links", "à gauche"} <= lexicon.position_labels()
    assert not {"in", "a", "en", "em"} & {p.split()[0] for p in lexicon.label_positions()}
    # A club's words are never a given name: adding them costs no person's name.
    assert not any(lexicon.is_given_name(word) for word in ("fc", "afc", "rfc", "united"))


def test_credit_labels_are_casefolded() -> None:
    labels = lexicon.credit_labels()
    assert all(label == label.casefold() for label in labels)
    assert {"photo", "foto", "bild", "crédit", "autor", "摄", "기자", "تصوير"} <= set(labels)


def test_teaser_labels_and_video_words_load() -> None:
    teasers = lexicon.teaser_labels()
    assert all(label == label.casefold() for label in teasers)
    assert list(teasers) == sorted(teasers, key=len, reverse=True)  # longest label first
    assert {"read more", "related", "lire aussi", "leia também", "читайте также"} <= set(teasers)
    assert {"video", "vidéo", "vídeo", "видео", "视频"} <= lexicon.video_words()


def test_page_furniture_words_load_casefolded_for_the_parser_and_the_text_reader() -> None:
    # One home for both readers: the parser's furniture and counters, the text reader's
    # controls on a line of their own, the words before a counter and the cut marks.
    assert {"hide caption", "buy photo", "bild vergrössern"} <= lexicon.page_furniture()
    assert {"of", "von", "sur", "из", "af"} <= lexicon.counter_words()
    assert {"next", "see more", "find out more", "publicité", "anzeige"} <= lexicon.page_controls()
    assert {"photo", "bild", "imagen", "imagem", "slide"} <= lexicon.counter_labels()
    marks = lexicon.cut_marks()
    assert "... more" in marks and list(marks) == sorted(marks, key=len, reverse=True)
    assert "подпись" in lexicon.caption_labels()
    assert lexicon.caption_toggles() == {"toggle caption"}
    for words in (lexicon.page_controls(), lexicon.counter_labels(), set(marks)):
        assert all(word == word.casefold() for word in words)


def test_client_words_name_the_publication_in_every_language() -> None:
    assert {"for", "pour", "para", "für", "voor"} <= lexicon.client_words()
    for credit in ("Ana Roux pour Le Monde", "Ana Roux para El País", "Ana Roux für Die Zeit"):
        parsed = parse_credit(credit)
        assert parsed.photographer == "Ana Roux"
        assert parsed.agency == credit.split(" ", 3)[3]


@pytest.mark.parametrize(
    ("word", "known"),
    [("Tomasz", True), ("maria", True), ("KARIM", True), ("Initech", False), ("Agencia", False)],
    ids=lambda value: str(value),
)
def test_given_names_come_from_the_library(word: str, known: bool) -> None:
    assert lexicon.is_given_name(word) is known


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("Sportsfile", "Sportsfile"),
        ("INPHO", "Inpho"),
        ("EMPICS Sport", "EMPICS"),
        ("Icon Sportswire", "Icon Sportswire"),
        ("WireImage", "WireImage"),
        ("Invision", "Invision"),
        ("AAP Image", "AAP"),
        ("TT News Agency", "TT"),
        ("ANP", "ANP"),
        ("LaPresse", "LaPresse"),
        ("UPI", "UPI"),
        ("DHA", "DHA"),
        ("Ihlas News Agency", "IHA"),
        ("NASA", "NASA"),
        ("European Space Agency", "ESA"),
        ("NASA/JPL-Caltech", "JPL-Caltech"),
        ("Allstar Picture Library", "Allstar"),
        ("Press Association", "PA"),
        ("The Canadian Press", "The Canadian Press"),
        # a wire's pool desk is the wire: "Foto: Kay Nietfeld/dpa-Pool/dpa"
        ("dpa-Pool", "dpa"),
        ("dpa-POOL", "dpa"),
    ],
    ids=lambda value: str(value),
)
def test_registry_breadth(written: str, canonical: str) -> None:
    assert load_registry().canonical(written) == canonical


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Demonstranten am 3. März 2023 in Berlin", "2023-03-03"),
        ("Des manifestants le 23 mars 2023 à Paris", "2023-03-23"),
        ("Manifestantes el 5 de mayo de 2023 en Madrid", "2023-05-05"),
        ("Manifestantes em 6 de janeiro de 2020 em São Paulo", "2020-01-06"),
        ("Manifestanti il 12 giugno 2021 a Roma", "2021-06-12"),
        ("Betogers op 4 maart 2022 in Amsterdam", "2022-03-04"),
        ("Göstericiler 5 Mart 2023 tarihinde İstanbul'da", "2023-03-05"),
        ("Protestujący 3 marca 2023 w Warszawie", "2023-03-03"),
        ("2014年5月1日，北京", "2014-05-01"),
        ("2023년 5월 1일 서울에서", "2023-05-01"),
        ("Des manifestants en janvier 2016", "2016-01"),
        ("Shoppers at the market. January, 2016.", "2016-01"),
        ("Fans at the stadium on August 19. 2017.", "2017-08-19"),
        ("Mars 2020 rover on display", None),
    ],
    ids=lambda value: str(value)[:30],
)
def test_month_names_of_every_language_reach_the_date_reader(text: str, iso: str | None) -> None:
    found = [mention.iso for mention in find_dates(text) if mention.iso]
    assert (found[0] if found else None) == iso


def _printed_by_a_new_process(code: str) -> list[str]:
    """The words ``code`` prints, run in a Python process of its own (no parser loaded yet)."""
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    return result.stdout.split()


def test_data_is_read_on_first_use_not_at_import() -> None:
    """Importing the parser reads no data file: the given names (about 6 MB in memory) and
    the language files load when a caption first needs them."""
    code = (
        "import sys, catalog.parsing\n"
        "from catalog.parsing import lexicon\n"
        "print(lexicon.given_names.cache_info().currsize, lexicon.languages.cache_info().currsize,"
        " 'gender_guesser' in sys.modules)"
    )
    assert _printed_by_a_new_process(code) == ["0", "0", "False"]


def test_wire_captions_with_plain_names_read_no_given_names() -> None:
    """A first ingest of wire captions whose names hold no organisation word or country does
    not load the given names (about 0.1 s of a start): they are asked only where such a
    word makes a name doubtful."""
    code = (
        "from catalog.parsing import lexicon, parse_caption\n"
        "for caption in ('Crowds gather in Kyiv, Ukraine, May 3, 2022. REUTERS/Jo Roe',\n"
        "                'A view of the harbour. (AP Photo/Ana Ruiz)',\n"
        "                'Fans cheer in Madrid. Jean de la Roe/AFP via Getty Images'):\n"
        "    assert parse_caption(caption).photographer, caption\n"
        "print(lexicon.given_names.cache_info().currsize)"
    )
    assert _printed_by_a_new_process(code) == ["0"]


def test_label_kinds_load_casefolded_and_reach_the_label_reader() -> None:
    kinds = lexicon.label_kinds()
    assert {"aerial", "drone", "archive", "satellite", "архивное"} <= kinds
    assert all(kind == kind.casefold() for kind in kinds)
    assert parse_credit("Drone photo: Jo Roe/The Star").photographer == "Jo Roe"


def test_credit_marks_of_several_words_load_and_label_a_credit() -> None:
    assert {"photo credit should read", "credit should read", "摄影"} <= lexicon.credit_marks()
    parsed = parse_credit("Photo credit should read JO ROE/AFP via Getty Images")
    assert (parsed.photographer, parsed.agency, parsed.via) == ("Jo Roe", "AFP", "Getty Images")


def test_determiners_load_and_name_no_one() -> None:
    determiners = lexicon.determiners()
    assert {"the", "her", "la", "o", "der", "het"} <= determiners
    assert all(word == word.casefold() for word in determiners)
    assert parse_credit("Courtesy of the couple").photographer is None
    assert parse_credit("Photo: maria da silva").photographer == "Maria da Silva"


def test_labels_that_carry_the_kind_of_photo_load_in_their_languages() -> None:
    labels = lexicon.credit_labels()
    assert {
        "foto de archivo",
        "foto aérea",
        "photo d'archives",
        "luftbild",
        "archieffoto",
    } <= labels


def test_prepositions_of_capitalising_languages_load_and_exclude_shared_ones() -> None:
    german = next(language for language in lexicon.languages() if language.code == "de")
    assert german.capitalises_nouns
    strict = lexicon.known_place_prepositions()
    assert {"im", "bei"} <= strict
    # "in" opens English and Dutch place phrases too: it never asks for a known place.
    assert "in" not in strict


def test_a_flag_that_is_not_a_boolean_is_refused() -> None:
    with pytest.raises(lexicon.LexiconError, match="capitalises_nouns"):
        lexicon._language(
            "xx",
            {
                "name": "X",
                "months": [],
                "date_joiners": [],
                "credit_labels": [],
                "credit_label_words": [],
                "capitalises_nouns": "yes",
            },
        )


def test_call_sign_pattern_from_data() -> None:
    pattern = lexicon.call_sign()
    assert all(pattern.fullmatch(sign) for sign in ("KGW", "WXYZ", "KOMO-TV", "WNYC-FM", "KOIN 6"))
    assert not any(pattern.fullmatch(word) for word in ("NFL", "KG", "WXYZAB", "Kgw", "KGW-XX"))


def test_abbreviations_load_casefolded_and_end_no_sentence() -> None:
    words = lexicon.abbreviations()
    # English titles and ranks, and other languages' street and title words, without the period.
    assert {"gov", "sgt", "st", "av", "nr", "mme"} <= words
    assert not any(word.endswith(".") or word != word.casefold() for word in words)
    text = "Vecinos caminan por la Av. Corrientes. Un hombre saluda."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Vecinos caminan por la Av. Corrientes.",
        "Un hombre saluda.",
    ]


def test_place_endings_load_longest_first_with_the_cues_of_their_language() -> None:
    by_cue = {cue: language for language in lexicon.inflections() for cue in language.cues}
    polish, finnish = by_cue["ł"], by_cue["ä"]
    assert ("owie", "ów") in polish.place_endings and not polish.case_endings
    assert ("ngissä", "nki") in finnish.case_endings and not finnish.place_endings
    for language in lexicon.inflections():
        assert language.cues
        for pairs in (language.place_endings, language.case_endings):
            lengths = [len(ending) for ending, _base in pairs]
            assert lengths == sorted(lengths, reverse=True)


def test_place_endings_without_cues_or_of_the_wrong_shape_are_refused() -> None:
    base = {"name": "X", "months": [], "date_joiners": [], "credit_labels": []}
    base["credit_label_words"] = []
    with pytest.raises(lexicon.LexiconError, match="inflection_cues"):
        lexicon._language("xx", {**base, "place_endings": [["ie", "a"]]})
    with pytest.raises(lexicon.LexiconError, match="place_endings"):
        lexicon._language("xx", {**base, "place_endings": [["ie"]], "inflection_cues": ["ł"]})


def test_field_line_labels_load_from_every_language() -> None:
    from catalog.parsing import lexicon

    dates, places = lexicon.date_labels(), lexicon.location_labels()
    assert {"date taken", "datum", "fecha", "data"} <= dates
    assert {"location", "ort", "lugar", "lieu"} <= places
    assert all(label == label.strip() and label for label in dates | places)


def test_ascii_data_words_hold_every_data_files_words_without_accents() -> None:
    words = lexicon.ascii_data_words()
    # a language's label, a name's particle, an organisation's word, a platform
    assert {"story", "fotografia", "van", "museum", "instagram"} <= words
    assert "fur" in words  # "für", as the registry folds it
    assert all(word.isascii() and word.isalnum() and word == word.lower() for word in words)
    assert "farmers" not in words and "embankment" not in words
