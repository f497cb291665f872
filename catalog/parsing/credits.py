"""Read one credit line: who took the photo, who owns it, who distributes it.

Handles the forms newsrooms print: ``AP Photo/Name, File``, ``REUTERS/Name/File Photo``,
``Photo by Name/AFP via Getty Images``, ``AFP PHOTO / NAME``, ``Name for The New York Times``,
``Courtesy of X``, ``© 2022 AP Photo/Name``, ``Name | AP Photo``, ``Name – Anadolu Agency`` and
chains such as ``Name/Fars news agency/WANA (West Asia News Agency) via REUTERS``.

A credit is split into segments (by ``/``, ``|``, spaced dashes and commas, never inside
brackets); each segment is a role word (File, Pool, Handout, Stringer), a known organisation,
a person, or an unknown organisation kept as written.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import NamedTuple

from catalog.parsing import lexicon, pattern_cache
from catalog.parsing.characters import visible
from catalog.parsing.lowercase import lower
from catalog.parsing.model import ParsedCredit
from catalog.parsing.names import (
    clean_person,
    family_name_org_word_first,
    has_org_signal,
    has_org_word,
    in_georgian,
    initials_then_name,
    is_cjk_name,
    is_common_noun_phrase,
    is_numbered_channel,
    looks_like_person,
    looks_like_person_in_slot,
    strip_rank,
)
from catalog.parsing.places import is_place_by_name
from catalog.parsing.registry import Registry, current_registry, fold

# Letters of scripts without capitals (Hebrew, Arabic, Indic, Thai, Chinese, Japanese, Korean):
# a name in them opens with no capital.
_CASELESS_LETTERS = "\u0590-\u08ff\u0900-\u0dff\u0e00-\u0eff\u3040-\u9fff\uac00-\ud7af"


@cache
def _prefix() -> re.Pattern[str]:
    """Labels printed before a credit, in every language of ``data/languages`` ("Photo:",
    "PHOTO BY", "Foto:", "Bild:", "Crédit :", "Fot.", "Credit -", "Photo and caption by",
    "Pool photo by", "Courtesy of", "©"). Each may repeat ("Credit Image: © Name/ZUMA Press
    Wire"). Built on first use from the data files.
    """

    def alternation(words: frozenset[str]) -> str:
        # Longest first, so that "photo credit" is tried before "photo". Grouped by first
        # letter in that order: the regex ignores case, so it enters each of its hundreds of
        # word branches in turn; grouped, one a letter. No letter of a text matches the first
        # letters of two groups (test_label_groups_are_apart): it matches as word by word.
        ordered = sorted(words, key=lambda w: (-len(w), w))
        return lexicon.first_letter_alternation(ordered).replace(r"\ ", r"\s+")

    labels = alternation(lexicon.credit_labels())
    words = alternation(lexicon.credit_label_words())
    # "left photo by", "top photo by": where the photo stands on the page.
    positions = alternation(lexicon.label_positions())
    marks = alternation(lexicon.credit_marks())
    others = alternation(lexicon.by_words())
    # "Cortesía de la Alcaldía", "per gentile concessione di ESA": another language's courtesy.
    courtesies = alternation(lexicon.courtesy_words())
    # "Drone photo:", "Aerial photo by": the kind of photo before its label, opening the
    # credit with a capital (or in capitals); in a sentence ("an aerial photo:") it is text.
    kind_forms = {
        form for kind in lexicon.label_kinds() for form in (kind.upper(), kind.capitalize())
    }
    kinds = "|".join(re.escape(form) for form in lexicon.longest_first(kind_forms))
    # Tried once, before every label; its first letters are looked at before its words.
    firsts = re.escape("".join(sorted({form[0] for form in kind_forms})))
    kind = rf"(?:(?=[{firsts}])(?-i:{kinds})\s+)?" if kind_forms else ""
    # "Photo by", "Photos and text by", "Photo illustration by", "Image courtesy of".
    word = rf"(?:{words})(?:s|es)?"
    # A name's capital after a label word with no colon: "foto ČTK/Name", "Fot. Łukasz Nowak",
    # in Greek and Cyrillic too: "Фото ТАСС", "Фото Ивана Петрова".
    capital = "A-Z" + "".join(
        ch
        for start, end in ((0xC0, 0x180), (0x370, 0x400), (0x400, 0x530))
        for ch in map(chr, range(start, end))
        if ch.isupper()
    )
    by_label = rf"{word}(?:\s+(?:and|&|\+)\s+{word}|\s+illustration)?\s+by\b\s*:?"
    # A label word, then "from" and a capital: who handed the photo out or lent it.
    from_source = rf"{word}\s+from\s+(?-i:(?=(?:the\s+)?[{capital}]))"
    return pattern_cache.compile(
        rf"^{kind}(?:"
        r"(?P<copy>[©ⓒ]|\(c\)|copyright\b)\s*(?:\d{4}\b)?"
        # "Pool photo by", "Handout photo:": the role, then a label with "by" or a colon.
        rf"|(?P<pool>pool\s+(?:{by_label}|{word}\s*:))"
        # "Handout photo from Kestrel Radio": the handout's source after "from", a capital
        rf"|(?P<handout>handout\s+(?:{by_label}|{word}\s*:|{from_source}))"
        rf"|(?P<staff>staff\s+(?:{by_label}|{word}\s*:))"
        rf"|(?P<filed>file\s+{by_label})"
        # "lent": a courtesy proper, which names who lends the photo ("Courtesy of X" gives
        # X as the agency); "Submitted by", "Provided by" below name a source as a courtesy
        # does but may name who took it.
        rf"|(?P<courtesy>(?P<lent>(?:{word}\s+)?(?:courtesy(?:\s+of)?\b\s*:?"
        # another language's courtesy before a name, never before "la familia", which the
        # segment reads whole as a common noun phrase
        # (or a letter of a script without capitals: Hebrew "באדיבות בית החולים")
        rf"|(?:{courtesies})\b\s*:?\s*(?-i:(?=[A-ZÀ-ÖØ-Þ{_CASELESS_LETTERS}]))))"
        rf"|(?:{word}s?\s+)?(?:provided|submitted|contributed|supplied|released|special)\s+(?:by|to)\b\s*:?"
        # "Photo from Kestrel Radio", "Images from the Kestrel Museum": the source, as above
        rf"|(?P<source>{from_source}))"
        rf"|(?:(?:{positions})\s+){{0,3}}{by_label}|illustration\s+by\b\s*:?"
        # "By Name, Getty Images": "By" labels a photo credit only before a chain; alone
        # ("By Jo Roe") it is an article's byline.
        r"|by\s+(?-i:(?=[A-Z@][^/,|]{0,40}(?:[/|]|,\s)))"
        # Marks that need no colon before the name: Chinese "摄影王小明", Japanese "撮影・Name".
        rf"|(?:{marks})\s*[:：・/／]?"
        rf"|(?P<file>file(?:\s+photo)?)\s*:"
        # A label, then a colon, a spaced dash or two periods; a label ending in a period
        # ("Fot.") needs nothing more, and takes the colon some print after it ("Φωτ.:"); a
        # label of a script without spaces may end in a slash or Japanese's dot ("撮影・Name").
        rf"|(?:{labels})(?:(?<=\.)(?:\s*[:：])?|\s*(?:[:：=]|\.{{2,}}|…|\s[-–—/](?=\s))|(?<=[^\x00-\x7f])[/／・])"
        # "Foto di Name/AP", "Fotografía de Name / EFE": a label word, another language's "by",
        # then the photographer's capital ("Foto de archivo:" is a label of its own, above).
        rf"|{word}\s+(?:{others})\s+(?-i:(?=[A-ZÀ-ÖØ-Þ]))"
        # "Text and photos: Name", "Photos and video: Name".
        rf"|{word}\s+(?:and|&)\s+{word}\s*:"
        r"|image\s+source\s*,"
        # Last, a label word before a chain or a short name, with no colon: "foto
        # LaPresse/Name", "(Photo Name/AFP)", "Photo AFP".
        rf"|{word}\s+(?-i:(?=©|\([cC]\)|[{capital}][^/|]{{0,40}}\s?[/|]|[{capital}][\w-]*(?:\s[{capital}][\w-]*)?(?:$|\s[-–—]\s)))"
        r")\s*",
        re.IGNORECASE,
    )


# Words that open one of _prefix's alternatives without coming from the language data: keep
# in step with the regex (test_the_label_gate_matches_the_label_regex holds the two together).
_LITERAL_OPENERS = (
    "copyright",
    "pool",
    "handout",
    "staff",
    "file",
    "courtesy",
    "provided",
    "submitted",
    "contributed",
    "supplied",
    "released",
    "special",
    "illustration",
    "by",
    "image",
)
_LEADING_LETTERS = pattern_cache.compile(r"[^\W\d_]+")
_ASCII_CASE_TWINS = str.maketrans({"ı": "i", "\u0307": "", "ſ": "s", "\u212a": "k"})


def _leading_letters(text: str) -> str:
    match = _LEADING_LETTERS.match(text)
    return lower(match.group()) if match is not None else ""


@cache
def _prefix_openers() -> frozenset[str]:
    """The letters that open every alternative of ``_prefix`` that opens with a letter,
    lower-cased: "photo" of "Photo by", "drone" of "Drone photo:", "cortesía"."""
    phrases = (
        lexicon.credit_labels()
        | lexicon.credit_label_words()
        | lexicon.label_positions()
        | lexicon.credit_marks()
        | lexicon.courtesy_words()
        | lexicon.label_kinds()
        | frozenset(_LITERAL_OPENERS)
    )
    openers = {_leading_letters(phrase) for phrase in phrases} - {""}
    # Ignoring case, the regex also matches "ı", "İ", "ſ" and the Kelvin sign to ASCII letters
    # ("Haber Ajansı" to "AJANSI"): each opener is kept in ASCII letters too.
    return frozenset(openers | {opener.translate(_ASCII_CASE_TWINS) for opener in openers})


def _match_prefix(text: str) -> re.Match[str] | None:
    """``_prefix().match(text)``, after a set test: most texts open with a word that opens no
    label ("Residents", "Story"), and the regex, which ignores case, would try each of its
    thousand words in turn to say so. Only a text that opens with an ASCII letter is tested
    (a label's "©", "(c)" or a mark of another script goes to the regex); "Photos" and
    "Fotos" are their label word with a plural ending."""
    if text[:1].isascii() and text[:1].isalpha():
        run = _leading_letters(text)
        openers = _prefix_openers()
        if (
            run not in openers
            and not (run.endswith("s") and run[:-1] in openers)
            and not (run.endswith("es") and run[:-2] in openers)
        ):
            return None
    return _prefix().match(text)


@cache
def via_pattern() -> re.Pattern[str]:
    """ " via Getty Images", " vía Getty Images": the word of any language that names the
    distributor; the credit reader's cheap test before a line uses it too."""
    words = "|".join(lexicon.longest_first(map(re.escape, lexicon.via_words())))
    return pattern_cache.compile(rf"\s*,?\s*\b(?:{words})\b\s+", re.IGNORECASE)


@cache
def _articles() -> tuple[str, ...]:
    """The articles a publication's name may open with in lower case ("the Observer")."""
    return tuple(f"{article} " for article in sorted(lexicon.place_articles() | {"the"}))


@cache
def _for() -> re.Pattern[str]:
    """ " for The New York Times", " pour Le Monde", " para El País": the word of any language
    of the data that names the publication a photo was made for, then its name."""
    words = "|".join(lexicon.longest_first(map(re.escape, lexicon.client_words())))
    articles = "|".join(sorted(map(re.escape, lexicon.place_articles() | {"the"})))
    # Le Monde prints the title between guillemets: "JEAN DUPONT POUR « LE MONDE »".
    # The publication opens with a capital, or is a known name printed in lower case ("for
    # dpa"), which the caller checks in the registry.
    return pattern_cache.compile(rf"\s+(?i:{words})\s+(?=[«“\"]?\s*(?:(?:{articles})\s+)?[^\W_])")


@cache
def _staff_of() -> re.Pattern[str]:
    """ " of the Kestrel Times": ``lexicon.staff_of_words``, then a capitalised name."""
    words = "|".join(lexicon.longest_first(map(re.escape, lexicon.staff_of_words())))
    return pattern_cache.compile(rf"\s+(?i:{words})\s+(?=[^\W\d_])")


@cache
def _client_first_words() -> frozenset[str]:
    return frozenset(word.split()[0] for word in lexicon.client_words())


def _client_opening(segment: str) -> int | None:
    """Where the publication starts in a segment that opens with a client word ("For The
    Washington Post", "Special to the Times"); None for any other segment."""
    folded = segment.casefold()
    if folded.split(" ", 1)[0] not in _client_first_words():
        return None  # the usual case, told from the first word
    first = segment.split(" ", 1)[0]
    if first[:1].isupper() and lexicon.is_given_name(first) and looks_like_person(segment):
        return None  # "Per Olsen/NTB": Italian's "per" is a Norwegian's given name
    for word in _longest_first(lexicon.client_words()):
        if folded.startswith(word + " ") and len(segment) > len(word) + 1:
            return len(word) + 1
    return None


def names_client(text: str) -> bool:
    """Whether ``text`` names a publication the photo was made for ("Name for NPR")."""
    return _for().search(text) is not None


_ON_PLATFORM = pattern_cache.compile(r"\s+(?:on|from)\s+(?=[A-Z])")


# "U.S. Navy photo by Name", "ST PHOTO: NAME", "BELGA PHOTO NAME": an organisation, then a
# label, then the photographer.
@cache
def _org_label_by() -> re.Pattern[str]:
    """The organisation, its label and what follows; the label in English or in any other
    language of the data ("MTI Fotó: Name", "ANTARA FOTO: Name", "BELGA PHOTO NAME")."""
    words = {
        word.casefold()
        for language in lexicon.languages()
        if language.code != "en"
        for word in language.credit_label_words
        if " " not in word and not word.endswith(".")
    }
    others = "|".join(re.escape(word) for word in lexicon.longest_first(words))
    return pattern_cache.compile(
        r"^(?P<org>[A-Z][^/|,:]{1,60}?)\s+"
        rf"(?P<label>(?:photo(?:graph)?|image|picture|video|foto|{others})s?)"
        r"(?P<sep>\s+by\s+|\s*:\s*|\s+(?=[^\W\d_]))",
        re.IGNORECASE,
    )


# "ANP REMKO DE WAAL", "ANSA ETTORE FERRARI": a wire's short name in capitals, then the
# photographer's, with no separator between them.
_CAPITALS_AFTER_WIRE = pattern_cache.compile(
    r"^(?P<org>[A-Z][A-Z-]{1,9})\s+(?P<rest>[^\W\d_][^/|,:]{3,60})$"
)
# A label ending in "by" ("Photo by", "U.S. Navy photo by"): what follows is a person's slot.
_BY_END = pattern_cache.compile(r"\bby\s*:?\s*$", re.IGNORECASE)
# "Herald staff photo", "Times staff photographer": the paper, then its staff's role.
_STAFF_TAIL = pattern_cache.compile(
    r"\s+staff\s+(?:photo|photograph|photographer|pic|picture)s?$", re.I
)
# A writer's byline after a photo credit: "words by Kim Soto", "story: Kim Soto".
_BYLINE = pattern_cache.compile(r"^\w+\s*(?:by\s|:)")
# The endings ``_PHOTO_SUFFIX`` may match, tested before it.
_PHOTO_ENDS = (" photo", " photos", " picture", " pictures", " foto", " fotos", " pic", " pics")
_EMAIL = pattern_cache.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
# How to reach the photographer, written into the credit field: an e-mail address, or a web
# address with its scheme or "www.", bare or in brackets ("Jo Roe <jo@roe.photo>").
_CONTACT = pattern_cache.compile(
    r"\s*[(<\[]?(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|(?:https?://(?:www\.)?|www\.)(?P<site>[\w-]+(?:\.[\w-]+)+)/?[^\s)>\]]*)[)>\]]?",
    re.IGNORECASE,
)
_SHORTEST_SURNAME = 3
# An organisation's initials: "ST", "NYT", "BELGA".
_ORG_INITIALS = pattern_cache.compile(r"^[A-Z]{2,6}$")
_AND_SECOND_CREDIT = pattern_cache.compile(r"\s+(?:and|&)\s+(?=[^/]*/)")

# Separators between the parts of a credit chain.
# An em dash between two words is TIME's separator: "Name—Getty Images".
_SEPARATORS = pattern_cache.compile(r"\s*/\s*|\s+\|\s+|\s+[–—-]\s+|\s*,\s+|\s+[–—]|[–—]\s+|—")

# Role words and the flag each sets. "File Photo" and "Pool Photo" mark the role only.
_ROLE_WORDS = {
    "file": "file",
    "file photo": "file",
    "file pic": "file",
    "archive": "file",
    "pool": "pool",
    "pool photo": "pool",
    "pool via reuters": "pool",
    "handout": "handout",
    "handout photo": "handout",
    "ho": "handout",
    "stringer": "stringer",
    "str": "stringer",
    "staff": "staff",
    "staff photo": "staff",
    "staff photographer": "staff",
    # Community papers' photos sent in by readers or the people pictured.
    "submitted": "courtesy",
    "submitted photo": "courtesy",
    "contributed photo": "courtesy",
    "courtesy photo": "courtesy",
    "provided photo": "courtesy",
    # Military and government photos: "/Released" says the source cleared it for release.
    "released": "handout",
}
ROLE_WORDS = _ROLE_WORDS  # for the credit reader's cheap test before a line

# "Hagen Hopkins-ICC": a Getty photographer's name joined to the client by a hyphen.
_NAME_CLIENT = pattern_cache.compile(r"^(?P<name>[^-]+?)-(?P<client>[A-Z][A-Z0-9&]{1,9})$")
_DISTRIBUTING = ("wire", "distributor")
_DIGIT = pattern_cache.compile(r"\d")
_MONONYM = pattern_cache.compile(r"^[A-Z][a-z]+$")
_TRAILING_YEAR_ONLY = pattern_cache.compile(r"(?:^|\s)\d{4}$")
_TRAILING_YEAR = pattern_cache.compile(r"\s+\d{4}$")
# "AFP photo", "Reuters pic" (the Malaysian papers' "— Bernama pic")
_PHOTO_SUFFIX = pattern_cache.compile(r"\s+(?:photos?|pictures?|fotos?|pics?)$", re.IGNORECASE)
_INITIALS_PHOTO = pattern_cache.compile(r"^[A-Z]{2,6}\s+(?:PHOTO|Photo)$")
# The bracket that closes each opening one a credit may be printed in.
CLOSING_BRACKETS = {"(": ")", "[": "]"}
# A segment closed by a bracket: "Jo Roe (dpa)", "Jo Roe (Archiv)".
_BRACKET_TAIL = pattern_cache.compile(r"^(?P<main>[^()]+?)\s*\((?P<inner>[^()]+)\)$")
# "Flickr user Jo Roe", "Instagram user @name": a platform and one of its users.
_PLATFORM_USER = pattern_cache.compile(r"^(?P<platform>[A-Z][\w.]+)\s+user\s+(?P<who>\S.*)$")
# "Twitter @name", "Instagram @name": a platform, then the account, with no separator.
_PLATFORM_HANDLE = pattern_cache.compile(r"^(?P<platform>[A-Z][\w.]+)\s+(?P<who>@\w[\w.]*)$")
_COURTESY_OPENING = pattern_cache.compile(r"courtesy(?:\s+of)?\s+", re.IGNORECASE)
# "Contributed photo", "Provided photo", "Photo supplied": a source with the word for photo.
_PHOTO_WORDS = pattern_cache.compile(
    r"\s*\b(?:photos?|pictures?|fotos?|images?)\b\s*", re.IGNORECASE
)
# "Kestrel Times file photo", "Kestrel Times archives": the owner, then where the photo was kept.
_FILE_SUFFIX = pattern_cache.compile(
    r"\s+(?:[Ff]ile|FILE|archives?)(?:\s+(?:[Pp]hoto|PHOTO|[Ii]mage|[Pp]icture|[Pp]ic))?$"
)
# "Jo Roe et al./Nature": the first of a paper's authors stands for them all.
_ET_AL = pattern_cache.compile(r"\s+et\s+al\b\.?", re.IGNORECASE)
# A Creative Commons licence printed with the credit: "(CC BY-SA 2.0)", "CC0", "used under a
# Creative Commons license".
LICENCE = pattern_cache.compile(
    r"(?:,?\s*(?:licen[cs]ed|used|available|shared)\s+under\s+(?:an?\s+|the\s+)?)?"
    r"\s*[(\[]?(?:\bCC(?:[\s-]?BY(?:[\s-](?:SA|NC|ND))*|0)(?:[\s-]\d\.\d)?\b"
    r"|\bCreative\s+Commons(?:\s+(?:Attribution|BY)(?:[\s-](?:ShareAlike|SA|NC|ND|\d\.\d))*)?"
    r"(?:\s+licen[cs]e)?\b)[)\]]?",
    re.IGNORECASE,
)

# Two separators of one kind with nothing between them but spaces: what a licence between two
# parts of a credit leaves when it is taken out.
_DOUBLED_SEPARATOR = pattern_cache.compile(r"\s*([,;/|])(?:\s*\1)+\s*")


@dataclass(frozen=True)
class CreditReading:
    """A parsed credit plus how strongly it looks like a credit at all (used to find one)."""

    parsed: ParsedCredit
    # 3: a credit label or a known organisation; 2: a person/organisation chain or "via";
    # 1: a bare personal name or a lone unknown organisation; 0: not a credit.
    strength: int


# What ends a place's name after "from": a comma, a stop, "and".
_PLACE_AFTER_FROM = pattern_cache.compile(r"[,.;]|\s(?:and|&)\s")


def _strip_prefixes(text: str, roles: set[str]) -> tuple[str, bool]:
    labelled = False
    for _ in range(4):
        match = _match_prefix(text)
        if not match or match.end() == 0:
            break
        if match.group("source") and is_place_by_name(
            _PLACE_AFTER_FROM.split(text[match.end() :], 1)[0].strip()
        ):
            break  # "Photos from Egypt, Syria and ...": where they were taken, no source
        labelled = True
        if _BY_END.search(match.group()):
            roles.add("by")  # "Photo by": a person's slot follows; dropped before the reading ends
        if match.group("pool"):
            roles.add("pool")
        if match.group("handout"):
            roles.add("handout")
        if match.group("courtesy"):
            roles.add("courtesy")
        if match.group("lent"):
            roles.add("lent")  # read by the caller, never kept: not one of the model's ROLES
        if match.group("copy"):
            roles.add("copy")  # read by the caller, never kept: a copyright mark, no role
        if match.group("file") or match.group("filed"):
            roles.add("file")
        if match.group("staff"):
            roles.add("staff")
        text = text[match.end() :]
    return text.strip(), labelled


def _org_before_label(match: re.Match[str], body: str, registry: Registry) -> bool:
    """Whether the words before a label in "U.S. Navy photo by Name", "ST PHOTO: NAME" or
    "BELGA PHOTO NAME" name the organisation that owns the photo."""
    org = match.group("org")
    sep = match.group("sep")
    # "Express Photo by Name": the paper known by its name with the word for photo.
    known = (
        _known(registry, org) is not None
        or _known(registry, f"{org} {match.group('label')}") is not None
    )
    if sep.strip().casefold() == "by" or sep.strip() == ":":
        return known or has_org_word(org) or _ORG_INITIALS.match(org) is not None
    # A label with nothing after it but a space: only a known agency's label in capitals,
    # then a name ("BELGA PHOTO KRISTOF NAME"); "AFP Photo/Name" keeps its slash.
    rest = body[match.end() :]
    return (
        known
        and match.group("label").isupper()
        and "/" not in rest
        and "|" not in rest
        and looks_like_person(rest)
    )


def _source_colon_name(body: str, registry: Registry) -> str:
    """ "Reuters: Jo Roe", "ABC News: Jo Roe", "Supplied: Kestrel Police": the source, a colon,
    then who took or gave the photo, read as the chain "Reuters/Jo Roe"; any other text as is."""
    head, _, tail = body.partition(": ")
    head, tail = head.strip(), tail.strip()
    if not head or not tail or ":" in tail or "/" in head:
        return body
    if head.rsplit(None, 1)[-1].casefold().rstrip("s") in lexicon.credit_label_words():
        return body  # "ST PHOTO: NAME": an organisation's label, read as one
    words = head.split()
    source = (
        _known(registry, head) is not None
        or head.casefold() in lexicon.generic_sources()
        or (
            len(words) <= 4
            and (
                has_org_word(head)
                # a known broadcaster's desk or region: "ABC North Coast: Jo Roe"
                or (len(words) > 1 and _known(registry, words[0]) is not None)
            )
        )
    )
    names = looks_like_person(tail) or _known(registry, tail) is not None or has_org_word(tail)
    return f"{head}/{tail}" if source and names else body


@cache
def _position_notes() -> re.Pattern[str]:
    """A bracketed note of where a photo stands on the page: " (left)", " (top right)"."""
    words = "|".join(lexicon.longest_first(map(re.escape, lexicon.label_positions())))
    return pattern_cache.compile(rf"\s*\((?:(?:{words})\s*){{1,2}}\)", re.IGNORECASE)


def _semicolon_list(body: str, registry: Registry) -> str:
    """A credit with semicolons: two chains ("Jo Roe/AP; Kim Soto/Reuters") give the first;
    organisations ("Guardian Design; Getty Images") a chain of them; people ("Jo Roe; Kim
    Soto") stay a list."""
    head, _, rest = body.partition("; ")
    if "/" in head and "/" in rest:
        return head
    if "/" not in head and (_known(registry, head) or has_org_word(head)):
        return "/".join([head, *rest.split("; ")])
    return _people_then_organisations(body.split("; "), registry) or body


def _people_then_organisations(parts: list[str], registry: Registry) -> str | None:
    """ "Jo Roe; Reuters", "Jo Roe; Kim Soto; AFP; Getty Images": a semicolon standing where
    a slash would, between the people and the first organisation, gives the same chain as the
    slash (the people before it stay a list). None when no part is an organisation after a
    person, or a part before it is not a person's."""
    for at, part in enumerate(parts):
        if "/" in part:
            return None
        # an agency's initials ("IPA", "DPPI") are an organisation as in a slash chain
        if at and (_known(registry, part) or has_org_word(part) or _ORG_INITIALS.match(part)):
            people = parts[:at]
            if all(_is_person_slot(person) and not has_org_signal(person) for person in people):
                return "/".join(["; ".join(people), *parts[at:]])
            return None
    return None


def _in_company_form(text: str, slash: int) -> bool:
    """Whether the slash at ``slash`` is inside a company's form ("Lumbre A/S"): one letter on
    each side, a space before and the end or a separator after."""
    form = text[slash - 1 : slash + 2]
    return (
        slash >= 2
        and text[slash - 2] == " "
        and text[slash + 2 : slash + 3] in ("", " ", "/", ",", ")", "|")
        and form in lexicon.slashed_company_forms()
    )


def _split_segments(text: str) -> list[str]:
    """Split at separators that are not inside brackets: "WANA (West Asia News Agency)" stays."""
    segments: list[str] = []
    depth = 0
    start = 0
    position = 0
    length = len(text)
    while position < length:
        char = text[position]
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        elif depth == 0 and char in "/|,–—- ":
            if char == "/" and _in_company_form(text, position):
                position += 1
                continue  # "Lumbre A/S": the company's form, no separator
            match = _SEPARATORS.match(text, position)
            if match and match.end() > position:
                segments.append(text[start:position])
                start = position = match.end()
                continue
        position += 1
    segments.append(text[start:])
    # "Photo by -/AFP": a dash standing where a name would be is no segment.
    return [s.strip(" .;:") for s in segments if s.strip(" .;:-–—")]


def _without_contacts(body: str) -> str:
    """The credit without the contact its author wrote after it: an e-mail address ("Jo Roe
    jo.roe@kestreltimes.com") is nobody's name; a web address is the photographer's own site
    when it holds their surname ("Jo Roe | www.joroe.com"), else the organisation's, kept as
    its domain ("Jo Roe | https://www.kestrelimages.com" is "kestrelimages.com")."""

    def replaced(match: re.Match[str]) -> str:
        if match.start() == 0:
            return match.group(0)  # an address alone, or before the credit: read as printed
        site = match.group("site")
        if site is None:
            return ""
        words = fold(body[: match.start()]).split()
        surname = words[-1] if words else ""
        if len(surname) >= _SHORTEST_SURNAME and surname in site.casefold():
            return ""
        return " " + site

    return _CONTACT.sub(replaced, body).rstrip(" |/,;:-–—")


def _proper_name(name: str) -> bool:
    """Every word capitalised, but connectors: "Kestrel Ministry of Defence"."""
    connectors = lexicon.organisation_connectors()
    return all(word[:1].isupper() or word in connectors for word in name.split())


def _known(registry: Registry, segment: str) -> str | None:
    """Canonical name of a segment, trying it as written, without "Photo", without a year."""
    name = registry.canonical(segment)
    if name or not segment:
        return name
    # The other readings only where they change the text: "Photo", "Pictures", "Fotos" end in
    # o, e or s; a year in a digit.
    no_year = _TRAILING_YEAR.sub("", segment) if segment[-1].isdigit() else segment
    for candidate in (no_year, _PHOTO_SUFFIX.sub("", no_year)):
        if candidate != segment:
            name = registry.canonical(candidate)
            if name:
                return name
    if no_year is not segment and lower(segment[-1:]) in "ose":
        return registry.canonical(_PHOTO_SUFFIX.sub("", segment))
    return None


def _two_known(segment: str, registry: Registry) -> list[str] | None:
    """Two organisations the registry knows, parted by "=" or a space only ("로이터=뉴스1",
    "AP=연합뉴스", "로이터 연합뉴스"): the two, in their order; None for one known name."""
    if _known(registry, segment) is not None:
        return None
    left, mark, right = segment.partition("=")
    if not mark:
        left, mark, right = segment.partition(" ")
        if " " in right:
            return None
    left, right = left.strip(), right.strip()
    if left and right and _known(registry, left) and _known(registry, right):
        return [left, right]
    return None


def _wire_beside_name(segment: str, registry: Registry) -> list[str] | None:
    """A wire's or distributor's short name in capitals and a person's name, with only a space
    between them ("Jo Roe AFP", "REUTERS Jo Roe"): the two, in their order. The whole had been
    read as one name ("Jo Roe Afp") or one organisation ("AFP Jo Roe")."""
    if _known(registry, segment) is not None:
        return None  # "AFP Photo", "EPA EFE": one organisation's name
    first, _, rest = segment.partition(" ")
    head, _, last = segment.rpartition(" ")
    for short, name, leading in ((first, rest, True), (last, head, False)):
        known = _known(registry, short) if short.isupper() and len(short) >= 2 else None
        if known is not None and registry.kind(known) in _DISTRIBUTING and looks_like_person(name):
            return [short, name] if leading else [name, short]
    return None


def _name_hyphen_agency(segment: str, registry: Registry) -> list[str] | None:
    """ "Jake Roth-USA TODAY Sports" -> ["Jake Roth", "USA TODAY Sports"]: a person's name, a
    hyphen without spaces, then an organisation the registry knows."""
    hyphen = segment.find("-")
    while 0 < hyphen < len(segment) - 1:
        name, org = segment[:hyphen], segment[hyphen + 1 :]
        if " " not in name or name.rsplit(None, 1)[-1].casefold() in lexicon.particles():
            # "Karim Al-Masri-USA TODAY Sports": a name ends in no particle, so this hyphen
            # joins the surname's parts and the next one the agency
            hyphen = segment.find("-", hyphen + 1)
            continue
        known = _known(registry, org) is not None
        if (known or has_org_word(org)) and looks_like_person(name):
            return [name, org]  # "Jake Roth-USA TODAY Sports", "Jo Roe-Imagn Images"
        if (
            known
            and has_org_signal(name)
            and not _known(registry, segment)
            and registry.kind(_known(registry, org) or "") in _DISTRIBUTING
        ):
            # "The Kestrel Star-USA TODAY Sports": a paper of a network, then the network
            # ("Kestrel Sun-Times" is one paper's name)
            return [name, org]
        hyphen = segment.find("-", hyphen + 1)
    return None


# What parts the people of a person slot: "A; B; C", "A and B", "A & B" ("AND" in a credit
# printed in capitals).
_PEOPLE_SPLIT = pattern_cache.compile(r"\s*;\s*|\s+(?:and|AND|&)\s+")
# Two names and the word between them hold at least four spaces: "Ana Ruiz y Pedro Gil".
_TWO_NAMES_SPACES = 4


@cache
def _other_and_words() -> re.Pattern[str]:
    """The word for "and" of every language but English, between two words: " y ", " und "."""
    words = lexicon.longest_first(lexicon.and_words() - {"and"})
    return pattern_cache.compile(rf"\s+(?:{'|'.join(map(re.escape, words))})\s+")


def _slot_names(segment: str) -> list[str]:
    """The names of a person slot: split at semicolons and "and", and at another language's
    word for "and" ("Ana Ruiz y Pedro Gil", "Anna Weber und Paul Klein") where every part opens
    with a known given name: "José Ortega y Gasset" is one name, whose "y" joins its surnames."""
    parts = [p for p in _PEOPLE_SPLIT.split(segment) if p]
    if segment.count(" ") < _TWO_NAMES_SPACES:
        return parts  # the usual credit: one or two names, no room for a foreign "and"
    names: list[str] = []
    for part in parts:
        pieces = _other_and_words().split(part) if part.count(" ") >= _TWO_NAMES_SPACES else []
        if len(pieces) > 1 and all(_given_name_first(piece) for piece in pieces):
            names.extend(pieces)
        else:
            names.append(part)
    return names


def _people(segment: str) -> list[str]:
    """The people of a person slot: "A; B; C" and "A and B" name several."""
    people = []
    for name in _slot_names(segment):
        cleaned = clean_person(name)
        if cleaned:
            people.append(cleaned)
    return people


def _is_person_slot(segment: str) -> bool:
    parts = _slot_names(segment)
    people = [looks_like_person(part) for part in parts]
    if not parts or all(people):
        return bool(parts)
    # "Sam Hale and Lee Park": beside another person, a known given name then a last name that
    # is also an organisation word names a person too ("Lee Park" alone may be a park).
    return any(people) and all(
        person or _given_name_first(part) for person, part in zip(people, parts, strict=True)
    )


def _lone_surname(segment: str) -> bool:
    """One capitalised word that can be a surname ("Spada", "Lefèvre", "D'Amico"): Italian,
    French and Spanish papers print only it before the agency ("Spada/LaPresse"). Initials
    ("SANA"), organisation words, stand-ins and places are no surname."""
    word = segment.replace("'", "").replace("’", "").replace("-", "")
    return (
        " " not in segment
        and word.isalpha()
        and segment[:1].isupper()
        and any(char.islower() for char in word)
        and segment.casefold() not in lexicon.organisation_words()
        and segment.casefold() not in lexicon.placeholders()
        and segment.casefold() not in lexicon.generic_sources()
        and segment.casefold() not in lexicon.platforms()
        and not is_place_by_name(segment)
    )


def _given_name_first(segment: str) -> bool:
    """A person's slot filled by a known given name, then a last name that may also be an
    organisation word: "Mia Park", "Sgt. Jo Herald" (but not "Central Park")."""
    words = strip_rank(segment).split(None, 1)
    # The shape first: the given names (some 50,000, loaded on first use) only for a name.
    return bool(words) and looks_like_person_in_slot(segment) and lexicon.is_given_name(words[0])


def _organisation_before_person(segments: list[str], registry: Registry) -> bool:
    """An organisation the registry does not know, in a name's shape, before a person:
    "Kestrel Lumbre/Camille Girard", "Photo: Lumbre Vestnik/Anna Petrova". The first holds
    no known given name (nor a given name's initial) while the next opens with one: a chain's
    first organisation is the agency, and the person follows it."""
    if len(segments) < 2 or _known(registry, segments[1]) or not _given_name_first(segments[1]):
        return False
    words = strip_rank(segments[0]).split()
    return (
        len(words) >= 2
        and not initials_then_name(segments[0])
        and not any(
            # "Le Monde Local": a particle opens a paper's name as often as a person's
            (lexicon.is_given_name(word) and word.casefold() not in lexicon.particles())
            or len(word.strip(".")) == 1
            or "." in word
            for word in words
        )
    )


def _another_person(segment: str, registry: Registry) -> bool:
    """A further photographer's name in a credit: a person's shape and a known given name."""
    first = segment.split(None, 1)[0] if segment.strip() else ""
    return (
        _is_person_slot(segment)
        # "Sam Hale and Lee Park": an organisation word that is a known given name's last name
        and (
            not has_org_signal(segment)
            or all(_given_name_first(name) for name in _slot_names(segment))
        )
        and not _known(registry, segment)
        and lexicon.is_given_name(first)
    )


# "and" or "&" before the last of a list; an affiliation in brackets after a name.
_LEADING_AND = pattern_cache.compile(r"^(?:and|&)\s+")
_AFFILIATION = pattern_cache.compile(r"\s*\([^()]{2,80}\)$")
# A person written with the initial of a given name: "J. Roe", "A. B. Soto".
_INITIALLED_NAME = pattern_cache.compile(r"(?:[A-Z]\.\s?){1,3}[A-Z][a-z]+(?:[-' ][A-Z][a-z]+)?")


def _listed_person(segment: str, registry: Registry) -> bool:
    """A person in a list of a credit's names: ``_another_person``, or a given name's
    initial then a family name ("J. Roe"), as science credits print them."""
    segment = segment.strip()
    if _INITIALLED_NAME.fullmatch(segment):
        return not _known(registry, segment) and not has_org_signal(segment)
    return _another_person(segment, registry)


def _second_person_after_slash(segment: str) -> bool:
    """A person's name after another's and a slash, where the credit names no known agency:
    "Jo Roe / Kim Soto" are two photographers. A name that opens with a place's ("Paris
    Match", "Sydney Opera") is an organisation's as often as a person's, and stays one; so
    does a third capitalised word ("Mark Twain House": a place named for a person)."""
    words = [word for word in segment.split() if not word.islower()]
    return (
        len(words) == 2
        and not is_place_by_name(words[0])
        # "Le Progrès", "La Stampa": an article opens a paper's name ("Le" is a given name too)
        and words[0].casefold() not in lexicon.particles()
    )


def _listed_after_comma(body: str, previous: str, segment: str) -> bool:
    """Whether ``segment`` follows ``previous`` in ``body`` after a comma, not a slash."""
    end = body.find(previous)
    start = body.find(segment, end + len(previous)) if end >= 0 else -1
    return start >= 0 and body[end + len(previous) : start].strip() == ","


def _without_common_nouns(segment: str) -> str:
    """The segment without the common nouns joined to a name by "and": "the artist and Kestrel
    Gallery" is Kestrel Gallery's ("Courtesy of the artist and Kestrel Gallery")."""
    parts = segment.split(" and ")
    kept = [part for part in parts if not is_common_noun_phrase(part)]
    return " and ".join(kept) if kept else segment


_ORDINAL = pattern_cache.compile(r"\b\d+(?:st|nd|rd|th)\b")


def _is_noise(segment: str) -> bool:
    """Archive furniture in a credit ("Photographic print", "Record Unit 371"), not an owner."""
    if ":" in segment:
        return True
    if (
        _DIGIT.search(segment)
        and not _TRAILING_YEAR_ONLY.search(segment)
        # a station's call letters and channel ("KOIN 6") name its owner
        and lexicon.call_sign().fullmatch(segment) is None
        # "Channel 7", "Canal 13", "TV2": a broadcaster's number is part of its name
        and not is_numbered_channel(segment)
        # "1st Marine Division", "123rd Wing Public Affairs": a unit's number names it
        and not (_ORDINAL.search(segment) and has_org_word(segment))
    ):
        return True
    # "Photographic print": a capitalised word then plain lower-case words, none an org word.
    words = segment.split()
    return len(words) >= 2 and all(w[:1].islower() for w in words[1:]) and not has_org_word(segment)


@cache
def _spaced_bar() -> re.Pattern[str]:
    return pattern_cache.compile(f"(?<= )[{re.escape(lexicon.chain_bars())}](?= )")


def fold_bars(text: str) -> str:
    """``text`` with every spaced mark that stands for a bar ("Jo Roe · Reuters") written "|",
    and a full-width slash written "/", so that one reading serves every mark a page prints.
    The length is kept: a span found in the folded text stands at the same place in ``text``."""
    if text.isascii():  # a flag the string keeps: most captions cost nothing here
        return text
    # Chinese and Japanese print the chain's slash full width: "写真：ロイター／アフロ".
    return _spaced_bar().sub("|", text).replace("／", "/")


def _read(text: str, registry: Registry) -> CreditReading:
    if text.islower() and ("/" in text or "|" in text or starts_with_label(text)):
        in_capitals = _read_in_capitals(text, registry)
        if in_capitals is not None:
            return in_capitals
    return _read_as_printed(text, registry)


def _read_in_capitals(text: str, registry: Registry) -> CreditReading | None:
    """A credit printed wholly in lower case ("reuters/jo roe", "photo by jo roe/afp photo") has
    lost the capitals that tell a name from a word: read it as if printed in capitals, which
    the reader tells apart by the registry, the given names and the organisation words, and
    brings the names back to normal capitalisation. Taken where it names a known agency or
    carries a label; an unknown organisation is kept as printed."""
    if in_georgian(text):
        return None  # Georgian letters count as lower case, but its capitals are never written
    shouted = text.upper()
    if len(shouted) != len(text):
        return None  # "ß" -> "SS": the printed slices could not be found again
    reading = _read_as_printed(shouted, registry)
    parsed = reading.parsed
    unknown = parsed.unknown_organisations
    known = (parsed.agency and parsed.agency not in unknown) or (
        parsed.via and parsed.via not in unknown
    )
    if not (known or starts_with_label(text)):
        return None

    def as_printed(value: str | None) -> str | None:
        at = shouted.find(value) if value else -1
        return text[at : at + len(value)] if value and at >= 0 else value

    return CreditReading(
        replace(
            parsed,
            credit=as_printed(parsed.credit),
            agency=as_printed(parsed.agency) if parsed.agency in unknown else parsed.agency,
            via=as_printed(parsed.via) if parsed.via in unknown else parsed.via,
            unknown_organisations=tuple(map(str, map(as_printed, unknown))),
        ),
        reading.strength,
    )


_NOT_A_CREDIT = CreditReading(ParsedCredit(), 0)


class _Bylines(NamedTuple):
    alone: re.Pattern[str]  # a byline and nothing else: "Story by Ann Lee", "Text: Ann Lee"
    leading: re.Pattern[str]  # before the photo credit: "Words by Ann Lee, photos by ..."
    trailing: re.Pattern[str]  # after it: "Photo by Jo Roe; text by Ann Lee"


@cache
def _bylines() -> _Bylines:
    """A writer's byline alone, before the photo credit ("Words by Ann Lee, photos by Jo Roe",
    "Reporting by Ann Lee; Photo by Jo Roe") and after it ("Photo by Jo Roe; text by Ann
    Lee"), in the languages of the data (``byline_words``)."""
    words = "|".join(lexicon.longest_first(map(re.escape, lexicon.byline_words())))
    byline = rf"(?:{words})\s*(?:by\s|:)"
    return _Bylines(
        pattern_cache.compile(rf"^{byline}\s*[^,;|/:]{{2,60}}$", re.I),
        pattern_cache.compile(rf"^{byline}[^,;|]{{2,60}}?(?:[,;|]|\.\s)\s*", re.I),
        pattern_cache.compile(rf"\s*[,;|]\s*{byline}[^,;|/]{{2,60}}$", re.I),
    )


def is_byline(text: str) -> bool:
    """Whether ``text`` is a writer's byline alone ("Story by Ann Lee", "Text: Ann Lee")."""
    return _bylines().alone.match(text) is not None


def _without_bylines(body: str) -> str | None:
    """``body`` without a writer's byline beside its photo credit; None when it is only a
    byline."""
    bylines = _bylines()
    if bylines.alone.match(body):
        return None
    opening = bylines.leading.match(body)
    if opening is not None and starts_with_label(body[opening.end() :]):
        body = body[opening.end() :]
    # a byline after the credit follows a comma, a semicolon or a bar
    closing = bylines.trailing.search(body) if "," in body or ";" in body or "|" in body else None
    if closing is not None and closing.start() > 0 and starts_with_label(body):
        body = body[: closing.start()]
    return body


def _employer_in_brackets(main: str, inner: str) -> str | None:
    """A person and the organisation they work for, one in brackets after the other, as a
    chain: "Jo Roe (Kestrel Times)" and "Kestrel Times (Photo: Jo Roe)" give "Jo Roe/Kestrel
    Times" and "Kestrel Times/Jo Roe". The organisation's name must say it is one ("WANA
    (West Asia News Agency)" spells out a name; "Jo Roe (left)" says where she stands)."""
    if looks_like_person(main) and has_org_signal(inner) and not has_org_signal(main):
        return f"{main}/{inner}"
    name = strip_prefixes(inner) or inner
    if has_org_signal(main) and looks_like_person(name) and not has_org_signal(name):
        return f"{main}/{name}"
    return None


def _bracketed_chain_opened(body: str, labelled: bool) -> str:
    """A credit, then its distributor in brackets: "Kestrel Museum (via AP)" reads as "Kestrel
    Museum via AP", and a person's agency chain "Jo Roe (AFP via Getty Images)" as "Jo
    Roe/AFP via Getty Images"; the "via" inside the brackets had split them. After a label, a
    person's employer in brackets (``_employer_in_brackets``) reads as a chain; without one the
    name and bracket may say who is seen ("... match. Jo Roe (Kestrel University)")."""
    bracketed = _BRACKET_TAIL.match(body)
    if bracketed is None:
        return body
    main, inner = bracketed.group("main").strip(), bracketed.group("inner").strip()
    via = via_pattern().search(f" {inner}")
    if via is None:
        return (_employer_in_brackets(main, inner) or body) if labelled else body
    if via.start() == 0:
        return f"{main} {inner}"
    return f"{main}/{inner}" if looks_like_person(main) else body


def _read_as_printed(text: str, registry: Registry) -> CreditReading:
    # A slash before the credit ("/김주성 기자", "/ © Name / AFP") parts it from the caption.
    credit = " ".join(text.split()).lstrip("/ ")
    body = fold_bars(credit).strip(" .,;:")
    # An address says a credit it is, as a label does ("Michael Regan | mregan@example.com").
    contact = False
    if "@" in body or "www." in body or "://" in body:
        uncontacted = _without_contacts(body)
        contact, body = uncontacted != body, uncontacted
    if len(body) >= 2 and body[0] in "([" and body[-1] in ")]":
        body = body[1:-1].strip()
    roles: set[str] = set()
    if " by " in body or ":" in body:
        unbylined = _without_bylines(body)
        if unbylined is None:
            return _NOT_A_CREDIT  # "Story by Ann Lee": a writer's byline credits no photo
        body = unbylined
    body, labelled = _strip_prefixes(body, roles)
    # "Courtesy of Ana Vidal": the label names who lent the photo, not who took it.
    lent = "lent" in roles
    roles.discard("lent")
    # "© Kestrel Radio 2023": a copyright's year closes the owner's name, not part of it.
    copyrighted = "copy" in roles
    roles.discard("copy")
    body = body.strip(" .,;:")
    if labelled and len(body) >= 2 and CLOSING_BRACKETS.get(body[0]) == body[-1]:
        inner = body[1:-1]
        if body[0] not in inner and body[-1] not in inner:
            body = inner.strip()  # "Photo: (Jo Roe/AFP)": the brackets inside the label
    if ": " in body:
        # "ABC News: Jo Roe", after a label too: "Photo: ABC News: Jo Roe"
        body = _source_colon_name(body, registry)
    if labelled and _cjk_name_after_mark(credit, body, registry):
        # "摄影：李学仁": the mark says a person took it, and the name has no spaces to show it.
        return CreditReading(ParsedCredit(credit=credit or None, photographer=body), 3)
    cjk = _cjk_credit(body, registry)
    if cjk is not None:
        # "新华社记者 王鹏 摄": the agency's reporter, the name, then the mark "photographed".
        cjk_agency, cjk_name = cjk
        if cjk_name.casefold() in lexicon.placeholders():
            cjk_name = ""  # "代表撮影": the pool's photo, taken by no one named
        provided = body.rstrip().endswith(tuple(lexicon.provider_suffixes()))
        if not cjk_agency and (_known(registry, cjk_name) or (provided and cjk_name)):
            # "视觉中国供图", "教育部供图", "교육부 제공": the source that provided it
            cjk_agency, cjk_name = cjk_name, ""
        if "、" in cjk_name and all(is_cjk_name(part) for part in cjk_name.split("、")):
            cjk_name = "; ".join(cjk_name.split("、"))  # "王芳、李强 摄": two photographers
        if cjk_agency.casefold() in lexicon.generic_sources():
            cjk_agency = ""  # "本报记者 王芳 摄": the paper's own reporter, no agency named
        known_agency = _known(registry, cjk_agency) if cjk_agency else None
        agency_name = known_agency or cjk_agency or None
        parsed = ParsedCredit(
            credit=credit or None,
            photographer=cjk_name or None,
            agency=agency_name,
            unknown_organisations=(cjk_agency,) if cjk_agency and not known_agency else (),
        )
        return CreditReading(parsed, 3)

    # Two labelled credits ("Foto: Jo Roe Foto: DPA"): the first is the credit; a field it
    # leaves empty is filled from the second.
    second_credit: CreditReading | None = None
    second_label = _second_label().search(body) if labelled else None
    if second_label is not None:
        second_text = body[second_label.start() :]
        body = body[: second_label.start()].rstrip(" /|;,")
        cut = credit.rfind(second_text)
        if cut > 0:
            credit = credit[:cut].rstrip(" /|;,")
        second_credit = _read(second_text, registry)

    # Two credits in one line ("A/AFP and B/The Washington Post via Getty Images"): the first.
    second = _AND_SECOND_CREDIT.search(body)
    if second and "/" in body[: second.start()]:
        body = body[: second.start()]
    licensed = False
    if "CC" in body or "cc" in body or "ommons" in body:
        # "Name/Flickr (CC BY-SA 2.0)": the licence names nobody, and says a credit it is.
        unlicensed = LICENCE.sub("", body)
        licensed = unlicensed != body
        if licensed:
            # "Jo Roe, CC BY-SA 4.0, via Wikimedia Commons": the separators on both sides of
            # the licence are one ("Jo Roe, via Wikimedia Commons").
            unlicensed = _DOUBLED_SEPARATOR.sub(r"\1 ", unlicensed)
        body = unlicensed.rstrip(" /|,;")
    if "; " in body:
        body = _semicolon_list(body, registry)
    if "(" in body:
        # "Jo Roe (left), Kim Soto (right)": where each photo stands is no part of a name
        body = _position_notes().sub("", body)

    if "&" in body:
        body = " ".join(html.unescape(body).split())  # "Name/AP&nbsp;": markup the page left
    if " al" in body:
        body = _ET_AL.sub("", body)
    via_name: str | None = None
    via_people: list[str] = []
    unknown: list[str] = []
    if body[-1:] == ")":
        body = _bracketed_chain_opened(body, labelled)
    # The last "via" names the distributor ("... via AFP via Getty Images" is distributed by Getty).
    via_matches = list(via_pattern().finditer(body))
    via_match = via_matches[-1] if via_matches else None
    if via_match is not None:
        via_text = body[via_match.end() :]
        body = body[: via_match.start()]
        via_parts = _split_segments(via_text)
        via_orgs = []
        for part in via_parts:
            role = _ROLE_WORDS.get(part.casefold())
            if role:
                roles.add(role)
                continue
            # "via Getty Images file": the distributor, then where the photo was kept.
            file_suffix = _FILE_SUFFIX.search(part) if " " in part else None
            if file_suffix is not None and file_suffix.start() > 0:
                roles.add("file")
                part = part[: file_suffix.start()]
            via_orgs.append(part)
        platform_user = _PLATFORM_USER.match(via_orgs[0]) if via_orgs else None
        if platform_user is not None:
            # "Image via Flickr user Jo Roe": the platform, then who posted it there
            via_orgs[0:1] = [platform_user.group("platform"), platform_user.group("who")]
        if via_orgs:
            via_name = _known(registry, via_orgs[0])
            if via_name is None:
                via_name = via_orgs[0]
                unknown.append(via_orgs[0])
            # "Action Images via Reuters/Jo Roe": the photographer after the distributor.
            via_people.extend(part for part in via_orgs[1:2] if _is_person_slot(part))

    # "U.S. Navy photo by Mass Communication Specialist 2nd Class Name/Released": the
    # organisation before the label owns the photo; the rank is dropped from the name.
    org_first: str | None = None
    org_label = _org_label_by().match(body) if " " in body else None
    kind, _, rest = body.partition(" ") if org_label is not None else ("", "", "")
    if kind[:1].isupper() and kind.casefold() in lexicon.label_kinds():
        # "Official White House Photo by Name": the kind of photo, then its owner.
        owner_label = _org_label_by().match(rest) if " " in rest else None
        if owner_label is not None and _org_before_label(owner_label, rest, registry):
            org_label, body = owner_label, rest
    if org_label is not None and _org_before_label(org_label, body, registry):
        org_first = org_label.group("org")
        paper, _, staff = org_first.rpartition(" ")
        if paper and staff.casefold() in ("staff", "file"):
            # "Herald staff photo by Name", "Kestrel Courier file photo by Name"
            roles.add(staff.casefold())
            org_first = paper
        if _known(registry, org_first) is None:
            # "Express Photo by Name": the paper's printed form holds the word for photo
            org_first = _known(registry, f"{org_first} {org_label.group('label')}") or org_first
        if org_label.group("sep").strip().casefold() == "by":
            roles.add("by")
        body = body[org_label.end() :]
        labelled = True
    elif org_label is None and body.isupper() and " " in body:
        wire = _CAPITALS_AFTER_WIRE.match(body)
        wire_name = _known(registry, wire.group("org")) if wire is not None else None
        if (
            wire is not None
            and wire_name is not None
            # a news agency's habit; "NASA ARTEMIS MISSION" names a mission, no person
            and registry.kind(wire_name) == "wire"
            and _known(registry, body) is None
            and looks_like_person(wire.group("rest"))
        ):
            org_first = wire.group("org")
            body = wire.group("rest")
            labelled = True

    # "Photo by Name on Unsplash": a photo platform named after "on".
    on_match = _ON_PLATFORM.search(body) if " on " in body or " from " in body else None
    if on_match is not None and via_name is None:
        platform = _known(registry, body[on_match.end() :])
        if platform is not None:
            org_first = org_first or platform
            body = body[: on_match.start()]

    client: str | None = None
    for for_match in _for().finditer(body):
        before = body[: for_match.start()]
        last = _split_segments(before)[-1:] or [""]
        after = body[for_match.end() :].strip(' «»“”"')
        lower = after[:1].islower() and not after.startswith(_articles())
        if lower and _known(registry, after) is None:
            continue  # "for the first time": no publication
        # The name before "for" stands in a person's slot ("Seth Herald for The Times"), or is
        # an organisation that made the photo for a client ("Getty Images for MTV", "Kestrel
        # News Agency for MTV").
        if (
            looks_like_person_in_slot(last[0])
            or _is_person_slot(last[0])  # "Jo Roe and Kim Soto for The Times": two people
            or _known(registry, last[0])
            or (
                has_org_word(last[0])
                and all(word[:1].isupper() for word in last[0].split())
                # "Ministry for Culture", "Stiftung für Kunst": an organisation's word alone
                # opens its name, which "for" continues; no one made the photo for "Culture"
                and last[0].strip().casefold() not in lexicon.organisation_words()
            )
        ):
            client = after
            body = before
            break
    if client is None and " of " in body:
        # "Photo by Jo Roe of the Kestrel Times": a person, then the publication they work for
        staff_of = _staff_of().search(body)
        if staff_of is not None and body[staff_of.end()].isupper():
            last = _split_segments(body[: staff_of.start()])[-1:] or [""]
            if looks_like_person_in_slot(last[0]):
                client = body[staff_of.end() :].strip()
                body = body[: staff_of.start()]

    segments: list[str] = []
    label_words = lexicon.credit_label_words()
    generic = lexicon.generic_sources()
    sourced = False
    galleries: set[str] = set()  # segments that followed "the artist and"
    held = contact  # a segment that stands for a role or for nobody ("Correspondent")
    for segment in _split_segments(body):
        if segments and segment[:1].islower() and " " in segment:
            joiner, _, last_listed = segment.partition(" ")
            if joiner in lexicon.and_words() and _is_person_slot(last_listed):
                segment = last_listed  # "Jo Roe, Kim Soto, and Ana Diaz": the list's last name
        folded = segment.casefold()
        role = _ROLE_WORDS.get(folded)
        if role:
            roles.add(role)
            # "File photo/Kestrel Examiner", "Handout photo/Kestrel Police": a role said with
            # the word for photo is a credit's own form, as a label is.
            held = held or " " in folded
            continue
        if folded in lexicon.placeholders():
            held = True
            continue  # "Jo Roe/Correspondent", "Photo: Unknown": a role or nobody, no owner
        if (
            segments
            and _BYLINE.match(folded)
            and folded.split(None, 1)[0] in lexicon.byline_words()
        ):
            continue  # "Photos by Jo Roe, words by Kim Soto": the writer is no photographer
        # "ISRAELI ARMY HANDOUT", "Ministry of Defence Handout": the source, then the role.
        source, _, last_word = folded.rpartition(" ")
        if source and last_word in ("handout", "ho"):
            roles.add("handout")
            segment = segment[: len(source)]
            if source in generic:
                sourced = True
                continue  # "Photo: Family handout", "Company handout": a source naming no one
        elif (
            source
            and last_word == "staff"
            # "Reuters Staff" reads as a name: a known agency before the word says otherwise
            and (not looks_like_person(segment) or _known(registry, segment[: len(source)]))
        ):
            roles.add("staff")  # "Jo Roe/Herald Staff", "Jo Roe, Times staff"
            segment = segment[: len(source)]
        elif (
            source
            and " staff " in folded
            and (staff_tail := _STAFF_TAIL.search(segment)) is not None
            and not looks_like_person(segment[: staff_tail.start()])
        ):
            roles.add("staff")  # "Jo Roe/Herald staff photo", "Jo Roe, Times staff photographer"
            segment = segment[: staff_tail.start()]
        elif (
            source
            and last_word == "pool"
            and not looks_like_person(segment)
            and not _known(registry, segment)  # "Red Bull Content Pool": a source's name
        ):
            roles.add("pool")  # "Name - WPA Pool/Getty Images": a pool's name is no agency
            continue
        elif source and last_word in generic and _known(registry, segment[: len(source)]):
            segment = segment[: len(source)]  # "연합뉴스 자료사진": the agency, "file photo"
        folded = segment.casefold()
        platform_user = _PLATFORM_USER.match(segment) if " user " in folded else None
        if platform_user is None and " @" in segment:
            platform_user = _PLATFORM_HANDLE.match(segment)  # "Foto: Twitter @presidencia"
        if platform_user is not None:
            segments.append(platform_user.group("platform"))  # "Photo: Flickr user joroe"
            segment = platform_user.group("who")
            folded = segment.casefold()
        if folded in label_words:
            labelled = True
            continue  # "[Photo/IC]", "Photo/Name": a label standing as a segment
        if segment.isdigit() and _TRAILING_YEAR_ONLY.match(segment):
            continue  # "Name, 2021": the year of the copyright
        file_suffix = (
            _FILE_SUFFIX.search(segment) if "file" in folded or "archive" in folded else None
        )
        if file_suffix is not None and file_suffix.start() > 0:
            roles.add("file")  # "Name/Kestrel Times file photo"
            segment = segment[: file_suffix.start()]
        name_photo = _PHOTO_SUFFIX.search(segment) if folded.endswith(_PHOTO_ENDS) else None
        if name_photo is not None and _given_name_first(segment[: name_photo.start()]):
            labelled = True  # "Jo Roe photo": a person's name, then the word for photo
            segment = segment[: name_photo.start()]
        if "@" in segment and _EMAIL.match(segment):
            held = True
            continue  # "Jo Roe | jroe@example.com": the photographer's address
        if (
            segment[-1:].isdigit()
            and _TRAILING_YEAR.search(segment)
            and (
                looks_like_person(owner := _TRAILING_YEAR.sub("", segment))
                or (copyrighted and (owner.isupper() or has_org_signal(owner)))
            )
        ):
            segment = _TRAILING_YEAR.sub("", segment)  # "© Jo Roe 2021", "© Kestrel Radio 2021"
        bracketed = _BRACKET_TAIL.match(segment) if segment.endswith(")") else None
        if bracketed is not None and not _known(registry, segment):
            main, inner = bracketed.group("main"), bracketed.group("inner").strip()
            folded = inner.casefold()
            if (
                folded in generic
                or folded in _ROLE_WORDS
                or folded in label_words
                or (len(inner) == 4 and inner.isdigit())
                # "Jo Roe (@joroe)", "Kestrel Zoo (@kestrelzoo)": the named one's own account,
                # no other owner ("Twitter (@joroe)": the account on the platform is the source)
                or (
                    inner[:1] == "@"
                    and " " not in inner
                    and main.strip().casefold() not in lexicon.platforms()
                )
            ):
                # "Jo Roe (Archiv)", "Jo Roe (Symbolbild)", "Jo Roe/AFP (2023)": a note on the
                # photo (its kind, its year), not its owner
                roles.update([_ROLE_WORDS[folded]] if folded in _ROLE_WORDS else [])
                segment = main
            elif (
                _known(registry, inner)
                or lexicon.call_sign().fullmatch(inner)
                # after a label only: "Jo Roe (Tolliver Brothers)" alone may name who is seen
                or (labelled and len(inner.split()) <= 5 and has_org_word(inner))
            ) and looks_like_person(main):
                # "Jo Roe (dpa)", "Jo Roe (KGW)", "Credit: Jo Roe (Kestrel Athletics)": the
                # name, then its agency, station or an organisation that says it is one
                segments.append(main)
                segment = inner
        folded = segment.casefold()
        head, _, rest = segment.partition(" ")
        if (
            rest
            and head.casefold() in generic
            # a press office's word names whose office follows: "пресс-служба Президента России"
            and head.casefold() not in lexicon.organisation_words()
            and looks_like_person(rest)
        ):
            sourced = True  # "Photo: Reader Jo Roe": a source naming no one, then the person
            segment, folded = rest, rest.casefold()
        if folded in generic or (" " in folded and _PHOTO_WORDS.sub("", folded) in generic):
            sourced = True  # a credit's own word, though it names no one
            continue  # "Picture: Supplied", "Foto: Divulgação", "Contributed photo"
        if " and " in segment:
            named = _without_common_nouns(segment)
            if named != segment:
                # "Courtesy the artist and White Cube": the artist stands for the person, and
                # what is joined to it is the gallery, whatever its name looks like.
                galleries.add(named)
            segment = named
            folded = segment.casefold()
        if is_common_noun_phrase(segment):
            continue  # "Courtesy of the couple": no person, no organisation
        if segments and segment.casefold() == segments[-1].casefold():
            continue  # "Name/Name/Agency": a name printed twice
        courtesy = _COURTESY_OPENING.match(segment) if folded[:8] == "courtesy" else None
        if courtesy is not None and courtesy.end() < len(segment):
            roles.add("courtesy")  # "Name/Courtesy of Kestrel Zoo via REUTERS"
            segment = segment[courtesy.end() :]
        opening = _client_opening(segment) if client is None else None
        if opening is not None:
            # "Name / For The Washington Post", "Name / Special to the Times": the publication
            # the photo was made for.
            client = segment[opening:].strip()
            continue
        # (asked of a Latin segment only with "=": "Jo Roe" is no two agencies)
        paired = (
            _two_known(segment, registry)
            if "=" in segment or (" " in segment and not segment.isascii())
            else None
        )
        if paired is not None:
            # "로이터=뉴스1", "로이터 연합뉴스": the source, then who distributed it
            segments.extend(paired)
            continue
        joined = _name_hyphen_agency(segment, registry) if "-" in segment else None
        if joined is not None:
            # "Jake Roth-USA TODAY Sports", "Jo Roe-Imagn Images": a name and an agency
            segments.extend(joined)
            continue
        spaced = _wire_beside_name(segment, registry) if " " in segment else None
        if spaced is not None:
            segments.extend(spaced)  # "Jo Roe AFP", "REUTERS Jo Roe": a field typed unslashed
            continue
        if segment[-5:].casefold() == "-pool" and looks_like_person(segment[:-5]):
            roles.add("pool")  # "Name-Pool/Getty Images"
            segment = segment[:-5]
        name_client = _NAME_CLIENT.match(segment) if not segment.isupper() else None
        if name_client and looks_like_person(name_client.group("name")):
            segment = name_client.group("name").strip()
        segments.append(segment)

    # After "by" a lone name is a person's even when its last word is an organisation word:
    # "U.S. Army photo by Sgt. Mia Park", "Photo by Ben Church".
    by_label = "by" in roles
    roles.discard("by")
    person_index: int | None = None
    if (
        segments
        and not _known(registry, segments[0])
        and segments[0] not in galleries
        and not _organisation_before_person(segments, registry)
        and (
            _is_person_slot(segments[0])
            or (
                by_label
                and len(segments) == 1
                # "Photo by GMB Akash": a known given name, or initials then a name; "Pool
                # photo by Sutanta": a single name
                and (
                    _given_name_first(segments[0])
                    or initials_then_name(segments[0])
                    or _lone_surname(segments[0])
                )
            )
            # "Seth Herald for The Times": the name the photo was made by, for a client
            or (client is not None and len(segments) == 1 and _given_name_first(segments[0]))
            # "Photographer: Lee Park", "Foto: Mia Chapel": a label before a known given name
            # whose last name is also an organisation word; a given name that is also a
            # place's opens an institution's name ("Photo: Georgia State")
            or (
                labelled
                and len(segments) == 1
                and _given_name_first(segments[0])
                and not is_place_by_name(segments[0].split(None, 1)[0])
            )
        )
    ):
        person_index = 0
    elif (
        len(segments) >= 2
        and not _known(registry, segments[0])
        and (
            (
                (_known(registry, segments[1]) or has_org_signal(segments[1]))
                and looks_like_person_in_slot(segments[0])
                # "KCNA Watch/Reuters": capitals the registry knows open an organisation's name
                and not _known(registry, segments[0].split(None, 1)[0])
            )
            # "Spada/LaPresse": a lone surname, then an agency the registry knows, or after a
            # label one that says it is an organisation ("Foto: Rossi/Radio Kestrel")
            or (
                (_known(registry, segments[1]) or (labelled and has_org_signal(segments[1])))
                and _lone_surname(segments[0])
            )
            # "Photo by Guy Post/PaxPhoto", "Photo by Sutanta/Kestrel Images": after "by" the
            # first of a chain is the person who took it, a name or a single one
            or (
                by_label
                and (looks_like_person_in_slot(segments[0]) or _lone_surname(segments[0]))
                and not _known(registry, segments[0].split(None, 1)[0])
            )
        )
    ):
        # "Seth Herald/Getty Images", "Photo by Peter Parks / AFP", "Ellen Park, The Denver
        # Post": a name before an organisation (known, or saying it is one), whose last name is
        # also an organisation word.
        person_index = 0
    elif len(segments) >= 2 and not _known(registry, segments[1]):
        # "REUTERS/Name", "ESO/Y. Beletsky": an organisation first, then the photographer;
        # after a known agency a single name will do ("AP Photo/Libkos").
        first_known = _known(registry, segments[0]) is not None
        # "AP Photo/Libkos", "EFE/Mariscal": a single name closing the chain (or followed by
        # agencies only); "ESA/Rosetta/NAVCAM" names a mission and an instrument.
        mononym = (
            first_known
            and _MONONYM.match(segments[1]) is not None
            and all(_known(registry, later) for later in segments[2:])
            and not is_place_by_name(segments[1])  # "Natural History Museum, London"
            # "ANI/Twitter", "Reuters/Facebook": the site the photo was taken from, no one
            and segments[1].casefold() not in lexicon.platforms()
        )
        # After a known agency a last name that is also an organisation word will do:
        # "AP Photo/Mia Park", "REUTERS/Ellen Bank", "REUTERS/Sun Yang/Agencia Brasil/Handout".
        # (The given name is asked last, below: a person's slot needs none.)
        known_then_one = first_known
        # "Courtesy Kestrel Gallery, New York": a place after a comma is the lender's city
        city = (
            "courtesy" in roles
            and is_place_by_name(segments[1])
            and _listed_after_comma(body, segments[0], segments[1])
        )
        if (
            (_is_person_slot(segments[1]) and not city)
            or mononym
            or (
                known_then_one
                and (_given_name_first(segments[1]) or family_name_org_word_first(segments[1]))
            )
        ):
            person_index = 1

    if (
        person_index is None
        and len(segments) >= 3
        and _known(registry, segments[0])
        and _known(registry, segments[1])
        and not _known(registry, segments[2])
        and _is_person_slot(segments[2])
    ):
        # "EFE/EPA/FRANCK ROBICHON", "Sputnik/Kremlin/Name": two organisations, then the
        # photographer.
        person_index = 2

    if (
        person_index is None
        and len(segments) >= 2
        and _known(registry, segments[0])
        and _listed_after_comma(body, segments[-2], segments[-1])
    ):
        # "NASA, ESA, CSA, STScI, J. Roe", "ESA/Webb, NASA & CSA, J. Roe": a science credit
        # lists the organisations, then the people who made the image, each perhaps with
        # "and" before and the affiliation after ("..., and J. Roe (Kestrel University)").
        listed = _AFFILIATION.sub("", _LEADING_AND.sub("", segments[-1]))
        if _listed_person(listed, registry):
            segments = [*segments[:-1], listed]
            person_index = len(segments) - 1

    people: list[str] = []
    orgs: list[tuple[str, bool]] = []  # (name, known)
    known_org: bool | None = None  # whether a segment names a known agency, asked when needed
    for index, segment in enumerate(segments):
        if index == person_index:
            people = _people(segment)
            continue
        if (
            person_index is not None
            and index > person_index
            and _another_person(segment, registry)
            and (
                _listed_after_comma(body, segments[index - 1], segment)
                or (known_org := any(_known(registry, seg) for seg in segments))
                or _second_person_after_slash(segment)
            )
        ):
            # "AP Photo/Jo Roe, Kim Soto", "Photos: Jo Roe, Kim Soto": more people after the
            # first, when the credit names its agency elsewhere or lists them with a comma;
            # a known given name first tells a person from "Greenfield Recorder". "Jo Roe /
            # Kim Soto": two people around a slash are both photographers.
            people.extend(_people(segment))
            continue
        # A social handle stays as printed, though it spells a known agency ("Twitter/@ANI").
        name = _known(registry, segment) if segment[:1] != "@" else None
        if name:
            orgs.append((name, True))
        elif not _is_noise(segment) or (not orgs and index == len(segments) - 1 and not people):
            # An organisation as printed, without the word for photo: "CNA photo" is CNA.
            orgs.append((_PHOTO_SUFFIX.sub("", segment) or segment, False))

    if org_first is not None:
        known_first = _known(registry, org_first)
        orgs.insert(0, (known_first or org_first, known_first is not None))

    if client is not None:
        known_client = _known(registry, client)
        if not orgs:
            orgs.append((known_client or client, known_client is not None))

    # Handouts: with no photographer, the source that handed the photo out owns it, even when
    # a wire agency distributing it is printed first ("© REUTERS / Official Khamenei website").
    # The first organisation of a chain owns the photo; a handout marker ("HO", "Handout")
    # makes the handout's source the agency even after the wire that distributed it
    # ("AFP PHOTO/HO/SANA", "REUTERS/Name/Agencia Brasil/Handout via Reuters").
    agency: str | None = None
    handle = next((name for name, _ in orgs if name.startswith("@")), None)
    if handle is not None and not people:
        # "Twitter/@user", "@user / Instagram": the account that posted it is the source.
        orgs.sort(key=lambda org: org[0] != handle)
        # An account beside the network that hosts it says "credit" as plainly as a label.
        sourced = sourced or any(name.casefold() in lexicon.platforms() for name, _ in orgs)
    elif len(orgs) >= 2 and orgs[0][0].casefold() in lexicon.platforms():
        # "Facebook/Kestrel Fire Department", "YouTube/Kestrel TV": the account that posted
        # it, not the site, is the source.
        orgs.append(orgs.pop(0))
    if orgs:
        agency = orgs[0][0]
        if "handout" in roles and len(orgs) > 1 and registry.kind(agency) in _DISTRIBUTING:
            agency = orgs[1][0]
        if registry.kind(agency) == "handout":
            roles.add("handout")
    unknown.extend(name for name, is_known in orgs if not is_known)
    if "pool" in roles and agency is None:
        agency = None

    if not people and via_people:
        people = _people(via_people[0])
    if lent and agency is None and len(people) == 1 and len(segments) == 1:
        # "Courtesy of Ana Vidal", "Foto: cortesía de Ana Gil": the one person the courtesy
        # names owns the photo and lends it (DESIGN: "Courtesy of X" gives X); who took it is
        # not said. A chain keeps its reading: "Courtesy of Jo Roe/Kestrel Zoo".
        agency, people = people[0], []
    photographer = "; ".join(people) if people else None
    if not people and segments and segments[0].casefold() in ("stringer", "str"):
        roles.add("stringer")

    if second_credit is not None:
        photographer = photographer or second_credit.parsed.photographer
        agency = agency or second_credit.parsed.agency
        via_name = via_name or second_credit.parsed.via
    parsed = ParsedCredit(
        credit=credit or None,
        photographer=photographer,
        agency=agency,
        via=via_name,
        roles=tuple(sorted(roles)),
        unknown_organisations=tuple(dict.fromkeys(unknown)),
    )
    known_org = any(is_known for _, is_known in orgs) or (
        via_name is not None and via_name not in unknown
    )
    # "DHA Photo", "IHA Photo": an agency's initials and "Photo" are a credit's own form.
    agency_photo = len(segments) == 1 and _INITIALS_PHOTO.match(segments[0]) is not None
    # A licence says "credit" as plainly as a label does: "Jo Roe / CC BY-SA 4.0".
    # "Screenshot via YouTube", "Screengrab/X": a source that names no one, then who spread it.
    # "Jo Roe/Correspondent": a role written where the agency would be says "credit" as a label does.
    # A role names whose photo it is only beside a name: "Correspondent / behind the news" is
    # a blog's heading (a lower-case phrase is no organisation's name).
    held = held and (bool(people) or any(not name[:1].islower() for name, _ in orgs))
    # A handout marker beside the organisation that handed the photo out is a credit's own
    # form too: "Kestrel Navy/Handout", "Handout/Kestrel Ministry of Defence", "Kestrel Navy/HO".
    # (every word of its name capitalised but connectors: "... released. Police said" is text)
    handed = "handout" in roles and any(_proper_name(name) for name, _ in orgs)
    marked = licensed or sourced or held or handed
    if labelled or known_org or agency_photo or (marked and (people or orgs or via_name)):
        strength = 3
    elif (
        via_name
        or (people and (orgs or roles))
        or (len(segments) >= 2 and orgs)
        # "Jo Roe/Kim Soto": two people around a slash are a credit's form, as a name and an
        # organisation are
        or (len(people) >= 2 and "/" in body)
    ):
        strength = 2
    elif people or orgs or roles:
        strength = 1
    else:
        strength = 0
    return CreditReading(parsed, strength)


def strip_prefixes(text: str) -> str:
    """``text`` without the credit labels that open it ("Photo by", "Credit:", "©", ...)."""
    return _strip_prefixes(text, set())[0]


# A wire's dateline in brackets before its reporter: "(서울=연합뉴스) 김민수 기자".
# Newsis and others print it in lenticular or square brackets: "【서울=뉴시스】", "[서울=뉴시스]".
BRACKET_DATELINE = pattern_cache.compile(
    r"^[(\[【](?P<place>[^()\[\]【】=]{1,20})=(?P<agency>[^()\[\]【】=]{1,30})[)\]】]\s*"
)


@cache
def _longest_first(words: frozenset[str]) -> tuple[str, ...]:
    return tuple(sorted(words, key=lambda word: (-len(word), word)))


def _cjk_name_after_mark(credit: str, body: str, registry: Registry) -> bool:
    """Whether ``body`` is a person's name after a mark meaning "photographed by" ("摄影：李学仁"):
    a short name in Chinese or Korean script that the registry does not know."""
    if not is_cjk_name(body) or _known(registry, body) is not None:
        return False
    opening = credit.lstrip("(（[【 ")
    if any(opening.startswith(mark) for mark in lexicon.credit_marks() if not mark[:1].isascii()):
        return True
    # "图/王芳", "写真：田中太郎": a label that names a photographer, then its mark
    return any(
        opening.startswith(label) and opening[len(label) : len(label) + 1] in "/／:：・ "
        for label in lexicon.photographer_labels()
    )


# Japanese kana or a digit: a place or a date before the photographer's name ("東京都内で、").
_KANA_OR_DIGIT = pattern_cache.compile(r"[\u3040-\u30ff0-9０-９]")


def _cjk_credit(body: str, registry: Registry) -> tuple[str, str] | None:
    """(agency, name) of "新华社记者 王鹏 摄", "新华社发 王鹏摄" or "(서울=연합뉴스) 김민수 기자";
    ("", name) of "홍길동 기자": credits of languages that put a mark after the name ("摄",
    "기자", "供图"), glued or not, and "reporter" or "released by" after the agency ("记者",
    "发"); None for any other credit."""
    agency = ""
    dateline = BRACKET_DATELINE.match(body) if body[:1] in "([【" else None
    if dateline is not None:
        agency = dateline.group("agency").strip()
        body = body[dateline.end() :]
    suffixes = lexicon.credit_suffixes()
    last = body.rsplit(None, 1)
    if len(last) == 2 and last[1] in suffixes:
        rest = last[0].strip()
    else:
        word = body.strip()
        glued = next(
            (
                suffix
                for suffix in _longest_first(suffixes)
                if word.endswith(suffix)
                and len(word) > len(suffix)
                and not word[-len(suffix) - 1].isascii()
            ),
            None,
        )
        if glued is None:
            return None
        rest = word[: -len(glued)].strip()
    where, comma, after_comma = rest.rpartition("、")
    if comma and _KANA_OR_DIGIT.search(where):
        # "東京都内で、田中太郎撮影": where and when, then the photographer, after the last
        # enumeration comma ("王芳、李强" are two names)
        rest = after_comma.strip()
    for reporter in _longest_first(lexicon.reporter_words()):
        before, found, name = rest.partition(reporter)
        if found and name.strip() and not before.strip():
            return agency, name.strip()  # "记者 王芳 摄": the reporter of no agency named
        if found and before.strip() and name.strip():
            return agency or before.strip(), name.strip()
    words = rest.split()
    if not agency and len(words) == 2 and _known(registry, words[0]) is not None:
        # "뉴스1 김민수 기자", "新华社 王鹏 摄": the agency, then its reporter, without "记者".
        return words[0], words[1]
    return (agency, rest) if 1 <= len(words) <= 2 else None


@cache
def _second_label() -> re.Pattern[str]:
    """A second credit label inside a labelled credit: "... Foto: DPA", "... / Bild: dpa"."""
    labels = lexicon.longest_first(lexicon.credit_labels())
    capitalised = "|".join(
        re.escape(label[:1].upper() + label[1:]).replace(r"\ ", r"\s+") for label in labels
    )
    return pattern_cache.compile(
        rf"(?<=\s)(?:{capitalised}|{'|'.join(re.escape(w.upper()) for w in labels)})\s*:"
    )


def is_label(text: str) -> bool:
    """Whether ``text`` is only a credit label ("Photo:", "Crédit :", "Photo by", "©"), or
    labels one after another as a credit prints them ("Image © 2023", "Credit Image: ©")."""
    rest = text
    for _ in range(4):
        match = _match_prefix(rest + " X/Y")
        if match is None or match.end() == 0:
            return False
        if match.end() >= len(rest):
            return True
        rest = rest[match.end() :]
    return False


def starts_with_label(text: str) -> bool:
    """Whether ``text`` opens with a credit label ("Photo by", "Credit:", "©", ...)."""
    match = _match_prefix(text)
    return match is not None and match.end() > 0


_MAX_CREDIT = 2000


def read_credit(text: str, registry: Registry | None = None) -> CreditReading:
    """``parse_credit`` plus a strength score (how much ``text`` looks like a credit at all)."""
    return _read_cached(text, current_registry() if registry is None else registry)


# Cached per registry (a registry is hashed by identity): credits repeat across captions.
@lru_cache(maxsize=65536)
def _read_cached(text: str, registry: Registry) -> CreditReading:
    return _read(text, registry)


# ``read_credit`` for callers that hold the registry already (the caption parser asks for a
# reading several times per caption): the cache itself, without a call around it.
read_credit_in = _read_cached


@lru_cache(maxsize=1)
def usage_terms() -> re.Pattern[str]:
    """Any language's usage terms and rights statements ("EDITORIAL USE ONLY", "All rights
    reserved", "Alle Rechte vorbehalten"), the longest first; spaces match any run of them."""
    marks = lexicon.longest_first(lexicon.restriction_marks())
    return pattern_cache.compile(
        "|".join(re.escape(m).replace(r"\ ", r"\s+") for m in marks), re.IGNORECASE
    )


def _without_usage_terms(text: str) -> str:
    """A credit field without the usage terms its owner wrote after the credit: "Copyright 2022
    The Associated Press. All rights reserved.", "REUTERS/Jo Roe EDITORIAL USE ONLY". A field
    that holds nothing else is kept whole."""
    match = usage_terms().search(text, 0, _MAX_CREDIT)
    if match is None:
        return text
    before = text[: match.start()].rstrip(" .,;:!-–—|")
    if before.strip():
        return before
    # "All rights reserved" alone names nobody; a term before a credit ("Restrictions: Jo
    # Roe/AFP") is read as printed.
    return "" if not text[match.end() :].strip(" .,;:!") else text


@lru_cache(maxsize=1)
def _by_line_label() -> re.Pattern[str]:
    """The label a By-line field opens with: "By", "BY:", "Byline:", "Por", "Par". A by-word
    that is also a name's particle ("de", "van", "von", "di") or a given name ("Oleh", "Door",
    "Ni") may open a name, and is left to it."""
    # the field's own name, as ExifTool and newsroom systems print it: "By-line: Jo Roe"
    words = {"by", "byline", "by-line"} | {
        word
        for word in lexicon.by_words()
        if word not in lexicon.particles() and not lexicon.is_given_name(word)
    }
    ordered = map(re.escape, lexicon.longest_first(words))
    return pattern_cache.compile(rf"(?:{'|'.join(ordered)})\s*:?\s+(?=[^\W\d_])", re.IGNORECASE)


def _read_by_line(text: str, registry: Registry | None) -> ParsedCredit | None:
    """A By-line field read alone ("By Lee Park", "by jo roe", "Por Ana Gil"): its "By" labels
    the photographer, as "Photo by" does in a caption, whose credit reader takes a lone "By
    Name" for a writer's byline and its name for no certain person."""
    label = _by_line_label().match(text)
    if label is None:
        return None
    name = text[label.end() :]
    photo_by = "photo by " if name.islower() else "Photo by "
    parsed = read_credit(photo_by + name, registry).parsed
    return replace(parsed, credit=" ".join(text.split()))


def parse_credit(text: str, registry: Registry | None = None) -> ParsedCredit:
    """Parse a credit line alone, such as an IPTC credit field: ``Name/NurPhoto/Shutterstock``."""
    if not text or not text.strip():
        return ParsedCredit()
    text = visible(text)  # "Jo Roe\u200b/AFP": a zero-width space copied from the page
    text = _without_usage_terms(text)
    if not text:
        return ParsedCredit()
    by_line = _read_by_line(text.strip(), registry) if len(text) <= _MAX_CREDIT else None
    if by_line is not None:
        return by_line
    if text[-1:] == ")" and len(text) <= _MAX_CREDIT:
        # A credit field is a credit: "Jo Roe (Kestrel Times)" names who took the photo.
        bracketed = _BRACKET_TAIL.match(text.strip())
        chain = bracketed and _employer_in_brackets(
            bracketed.group("main").strip(), bracketed.group("inner").strip()
        )
        if chain:
            return replace(read_credit(chain, registry).parsed, credit=text.strip())
    if len(text) <= _MAX_CREDIT:
        return read_credit(text, registry).parsed
    # No real credit is this long; read its start only, so that any input parses in linear time.
    parsed = read_credit(text[:_MAX_CREDIT], registry).parsed
    return replace(parsed, credit=" ".join(text.split()))
