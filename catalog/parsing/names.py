"""People's names in credits: is this segment a person, and how is the name written back.

Credits print names in capitals ("AFP PHOTO / NOEL CELIS"), with ranks ("Sgt. Jane Doe") and
placeholders ("Stringer"); the catalog stores "Noel Celis", "Jane Doe" and nothing.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from itertools import pairwise

from catalog.parsing import lexicon, pattern_cache
from catalog.parsing.lowercase import lower
from catalog.parsing.places import country_code, is_place_by_name


@cache
def _ranks() -> re.Pattern[str]:
    """Ranks, ratings and titles before a name ("Sgt.", "Mass Communication Specialist 2nd
    Class"), optionally after a service ("U.S. Navy"), from ``data/names.toml``."""

    def words(forms: tuple[str, ...]) -> str:
        escaped = lexicon.longest_first(re.escape(f) for f in forms)
        return "|".join(escaped)

    services = words(lexicon.rank_services())
    return pattern_cache.compile(
        rf"^(?:(?:{services})\s+)*(?:(?:{words(lexicon.ranks())})(?:\s+|$)){{1,6}}"
    )


def strip_rank(text: str) -> str:
    """``text`` without the ranks and titles before the name: "Sgt. Jane Doe" -> "Jane Doe"."""
    match = _ranks().match(text)
    if match is None:
        return text
    rest = text[match.end() :]
    # A service or rank word alone is no rank before a name: "Major Lazer", "Navy".
    return rest if rest.strip() else text


_TOKEN_SPLIT = pattern_cache.compile(r"\s+")


def is_glued_particle_name(token: str) -> bool:
    """ "al-Sudani", "el-Sisi", "bin-Salem", "d'Arc": a lower-case particle glued by a hyphen
    (or, elided, by an apostrophe) to a capitalised name, a word of a person's name though it
    opens in lower case."""
    head, _, tail = token.partition("-")
    if tail:
        return tail[:1].isupper() and head.casefold() in lexicon.particles()
    # "d'Arc", "dell'Acqua": a particle that lost its vowel, glued by an apostrophe
    head, _, tail = token.replace("’", "'").partition("'")
    return tail[:1].isupper() and head.casefold() in lexicon.elided_particles()


# Georgian's everyday letters (Mkhedruli): Unicode files them as lower case, but Georgian
# writes no capitals, so its words are read as those of a script without case.
_GEORGIAN = pattern_cache.compile(r"[\u10d0-\u10ff]")


def in_georgian(text: str) -> bool:
    """Whether ``text`` holds Georgian letters (a script that is all "lower case")."""
    return _GEORGIAN.search(text) is not None


def _is_name_token(token: str, particles: frozenset[str]) -> bool:
    if not token:
        return False
    if token.casefold() in particles:
        return True
    if is_glued_particle_name(token):
        return True
    first = token[0]
    if first.isalpha() and ((not first.isupper() and not first.islower()) or in_georgian(first)):
        # A script without capitals (Arabic, Chinese, Hebrew...): a word of letters will do,
        # with the vowel signs written on them (Devanagari "राहुल", Thai "สมชาย", Bengali).
        return all(
            ch.isalpha() or ch in "'’.-" or unicodedata.category(ch)[0] == "M" for ch in token
        )
    if not first.isalpha() or not first.isupper():
        return False
    # Letters, and the apostrophes, hyphens and periods that names carry ("O'Neil", "D.", "Jr.").
    return all(ch.isalpha() or ch in "'’.-" for ch in token)


def _lower_case_name(tokens: list[str]) -> bool:
    """ "maria lopez": a name typed in lower case, told from words by its known given name."""
    return (
        len(tokens) <= 3
        and all(t.isalpha() or t in lexicon.particles() for t in tokens)
        and lexicon.is_given_name(tokens[0])
        and tokens[0] not in lexicon.determiners()  # "the couple": "the" is a given name too
        and not any(t in lexicon.organisation_words() for t in tokens)
    )


def is_common_noun_phrase(text: str) -> bool:
    """ "the couple", "her family", "cortesía de la familia": words in lower case with an
    article or a possessive among them, naming neither a person nor an organisation. A given
    name first makes it a name typed in lower case ("maria de la torre")."""
    if not text.islower():
        return False
    tokens = text.split()
    determiners = lexicon.determiners()
    return (
        len(tokens) >= 2
        and any(token in determiners for token in tokens)
        and (tokens[0] in determiners or not lexicon.is_given_name(tokens[0]))
        and not any(token in lexicon.organisation_words() for token in tokens)
    )


def _call_sign_first(tokens: list[str]) -> bool:
    """ "WXYZ Detroit", "KTLA Los Angeles": a short word in capitals that is no given name,
    before words in normal case, is a station's or an organisation's initials."""
    first = tokens[0]
    if all(t.isupper() for t in tokens[1:]):
        return False
    if "-" in first:
        # "KTRK-TV Houston": call letters with their band are no given name.
        return lexicon.call_sign().fullmatch(first) is not None
    return (
        2 <= len(first) <= 5
        and first.isupper()
        and first.isalpha()
        and not lexicon.is_given_name(first)
    )


def named_for_country(tokens: list[str]) -> bool:
    """ "Aton Chile", "Telenoticias Mexico", "El Heraldo de Honduras", "Kestrel News of South
    Africa": a name whose last words are a country, right after its first word or after a
    connector ("de", "of", "di"), and whose first word is no given name, is an organisation
    named for its country ("Kathy Ireland" and "Maria de Chile" stay people: "Kathy" and
    "Maria" are given names). An article first ("El", "La", "The") opens no person's name
    before a connector and a country, whatever the given names hold ("El" is one)."""
    if len(tokens) < 2:
        return False
    if len(tokens) == 2:
        country, article_first = tokens[1], False
    else:
        connectors = lexicon.organisation_connectors()
        at = next((i for i in range(len(tokens) - 2, 0, -1) if tokens[i] in connectors), 0)
        if not at:
            return False
        country = " ".join(tokens[at + 1 :])
        article_first = at > 1 and tokens[0].casefold() in lexicon.determiners()
    return (
        country[:1].isupper()
        # The country first: the given names (a table of some 50,000, loaded on first use)
        # are then read only when a credit names a country, not by every first ingest.
        and country_code(country) is not None
        and (article_first or not lexicon.is_given_name(tokens[0]))
    )


def _opens_name(tokens: list[str], text: str) -> bool:
    """Whether a name's first word, a particle, may open a person's name: as written ("De
    Niro", "Abu Sufian"), or in a name wholly in capitals ("ABU SUFIAN", "VAN DER BERG") when
    it is no article ("LA NACION", "EL PAIS", "DE TELEGRAAF" name papers), or when another
    particle follows it ("DE LA TORRE": an article opens no paper's name that way)."""
    particle = tokens[0]
    if particle in lexicon.first_particles():
        return True
    if not text.isupper() or particle.capitalize() not in lexicon.first_particles():
        return False
    if particle.casefold() not in lexicon.determiners():
        return True
    return len(tokens) > 2 and tokens[1].casefold() in lexicon.particles()


def _initials_then_name(tokens: list[str]) -> bool:
    """ "GMB Akash", "KMR Hasan": a block of initials printed as one word in capitals, then
    names in normal case, as South Asian photographers sign. A place after the capitals
    ("WXYZ Detroit") makes it a station's call letters instead."""
    rest = tokens[1:]
    particles = lexicon.particles()
    org_words = lexicon.organisation_words()
    return (
        1 <= len(rest) <= 3
        and 2 <= len(tokens[0]) <= 4
        and tokens[0].isupper()
        and tokens[0].isalpha()
        and all(
            _is_name_token(t, particles) and not t.isupper() and t.casefold() not in org_words
            for t in rest
        )
        and not is_place_by_name(" ".join(rest))
        and country_code(rest[-1]) is None
    )


def initials_then_name(text: str) -> bool:
    """``_initials_then_name`` of a segment's words ("GMB Akash")."""
    return _initials_then_name([t for t in _TOKEN_SPLIT.split(text.strip()) if t])


_MOST_NAME_WORDS = 5
_MOST_TOKENS = 8


def looks_like_person(text: str) -> bool:
    """Two to five capitalised name words (particles aside: "Maria de los Angeles Garcia
    Lopez"), none of which marks an organisation."""
    text = strip_rank(text.strip())
    tokens = [t for t in _TOKEN_SPLIT.split(text) if t]
    if not 2 <= len(tokens) <= _MOST_TOKENS:
        return False
    particles = lexicon.particles()
    if sum(1 for t in tokens if not (t.islower() and t in particles)) > _MOST_NAME_WORDS:
        return False
    if text.islower() and not in_georgian(text):
        return _lower_case_name(tokens)
    if not all(_is_name_token(t, particles) for t in tokens):
        return False
    if tokens[0].isupper() and _call_sign_first(tokens):
        return False
    if named_for_country(tokens):
        return False
    if tokens[0].casefold() in particles and not _opens_name(tokens, text):
        return False
    if tokens[0].casefold() == "the":
        return False
    if _surname_then_hyphenated_given_name(tokens):
        return True  # "Park Sang-moon": "Park" is the family name, not a place's park
    org_words = lexicon.organisation_words()
    if not any(t.strip(".'’").casefold() in org_words for t in tokens):
        return True
    # "Jean de la Tour": after "de la", "Tour" is the family name. Asked only here, where an
    # organisation word is among the words: the given names (some 50,000, loaded on first
    # use) are then not read by a first ingest whose names hold none.
    return _particles_before_surname(tokens, particles)


def _particles_before_surname(tokens: list[str], particles: frozenset[str]) -> bool:
    """A known given name, name particles, then the last name ("Jean-Pierre de la Tour", "Anna
    van der Bank", in capitals too): the particles say a family name follows, though its word
    is also an organisation's."""
    return (
        len(tokens) >= _GIVEN_PARTICLE_SURNAME
        and all(token.casefold() in particles for token in tokens[1:-1])
        and lexicon.is_given_name(tokens[0])
    )


_GIVEN_PARTICLE_SURNAME = 3


# A romanized Korean given name: two syllables joined by a hyphen ("Sang-moon", "Ji-eun").
_HYPHENATED_GIVEN_NAME = pattern_cache.compile(r"[A-Z][a-z]{1,5}-[a-z]{2,5}")


def _surname_then_hyphenated_given_name(tokens: list[str]) -> bool:
    """A Korean name written family name first, whose family name is also an organisation
    word ("Park Sang-moon", "Park Ji-eun"): the hyphenated given name says it is a person."""
    return (
        len(tokens) == 2
        and tokens[0].casefold() in lexicon.surname_org_words()
        and _HYPHENATED_GIVEN_NAME.fullmatch(tokens[1]) is not None
    )


# A Chinese, Korean or Japanese personal name: two to five characters ("李学仁", "김민수",
# "長谷川健太"), Japanese given names in kana too ("山田さくら"), written without spaces.
_CJK_LETTERS = "\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3"  # kana, Han, Hangul


@cache
def _cjk_name() -> re.Pattern[str]:
    # Kept compiled (pattern_cache): ``re`` spends some 3 ms on each of these two classes of
    # 30,000 letters.
    return pattern_cache.compile(f"[{_CJK_LETTERS}]{{2,5}}")


@cache
def _cjk_letter() -> re.Pattern[str]:
    return pattern_cache.compile(f"[{_CJK_LETTERS}]")


def is_cjk_name(text: str) -> bool:
    """Whether ``text`` has the shape of a personal name in Chinese, Korean or Japanese script
    (the shape only: a short organisation's name has it too)."""
    return _cjk_name().fullmatch(text) is not None


def has_cjk(text: str) -> bool:
    """Whether ``text`` holds a letter of Chinese, Korean or Japanese script."""
    return _cjk_letter().search(text) is not None


def _given_name_then_surname(given: list[str], last: str) -> bool:
    """A particle that is also a given name opens a person's name ("Ben Church", "Van Park",
    "Al Bank"), before a last name that is no newspaper's word: "Al Post", "La Nation" and "El
    Sun" stay titles."""
    return (
        len(given) == 1
        and given[0][:1].isupper()
        and lexicon.is_given_name(given[0])
        and last.strip(".").casefold() not in lexicon.paper_words()
    )


def looks_like_person_in_slot(text: str) -> bool:
    """``looks_like_person``, but a last name that is also an organisation word will do.

    For a segment that the credit's shape marks as a person (before a known agency, after
    "Photo by"): "Seth Herald/Getty Images". A place then such a word ("Miami Herald",
    "Boston Globe") stays an organisation.
    """
    if looks_like_person(text) or is_cjk_name(text.strip()):
        return True  # "山田太郎／アフロ": a name without spaces before the agency
    tokens = [t for t in _TOKEN_SPLIT.split(strip_rank(text.strip())) if t]
    if tokens and _initials_then_name(tokens):
        return True  # "GMB Akash/Panos": initials, then a name, before an organisation
    if _surname_org_word_first(tokens):
        return True  # "Xinhua/Sun Fei", "Photo by Park Jiwon": the family name first
    if (
        not 2 <= len(tokens) <= 3
        or tokens[-1].strip(".").casefold() not in lexicon.surname_org_words()
    ):
        return False
    given = tokens[:-1]
    particles = lexicon.particles()
    org_words = lexicon.organisation_words()
    opens_with_particle = given[0].casefold() in particles
    if opens_with_particle and not _given_name_then_surname(given, tokens[-1]):
        return False
    if given[0].casefold() == "the":
        return False
    if not all(_is_name_token(t, particles) and t.casefold() not in org_words for t in given):
        return False
    if not _is_name_token(tokens[-1], particles):
        return False
    if tokens[-1].strip(".").casefold() not in lexicon.paper_words():
        return True
    return not is_place_by_name(" ".join(given))


def family_name_org_word_first(text: str) -> bool:
    """``text`` is a name written family name first whose family name is also an organisation
    word ("Sun Yang", "Park Jiwon"); see ``_surname_org_word_first``."""
    return _surname_org_word_first([t for t in _TOKEN_SPLIT.split(strip_rank(text.strip())) if t])


def _surname_org_word_first(tokens: list[str]) -> bool:
    """A name written family name first whose family name is also an organisation word ("Sun
    Yang", "Park Jiwon", "Star Lee"), in a person's slot: the given name after it is a name's
    word and no organisation's ("Sun Sentinel", "Post Office", "Park Avenue" stay places and
    bodies)."""
    if len(tokens) != 2 or tokens[0].strip(".").casefold() not in lexicon.surname_org_words():
        return False
    given = tokens[1]
    particles = lexicon.particles()
    return (
        _is_name_token(tokens[0], particles)
        and _is_name_token(given, particles)
        and given.casefold() not in lexicon.organisation_words()
        and given.casefold() not in particles
        and not is_place_by_name(given)
        and not is_place_by_name(" ".join(tokens))
    )


def has_org_word(text: str) -> bool:
    """Whether any word of ``text`` marks an organisation ("News", "Agency", "council", ...),
    or names a local body before "of" ("Town of Lumbre")."""
    if any(
        t.strip(".,'’()").casefold() in lexicon.organisation_words()
        for t in _TOKEN_SPLIT.split(text)
    ):
        return True
    if " of " not in text.casefold():
        return False
    tokens = [t.strip(".,'’()").casefold() for t in _TOKEN_SPLIT.split(text)]
    kinds = lexicon.organisation_kind_of_words()
    return any(word in kinds and after == "of" for word, after in pairwise(tokens))


_CHANNEL_NUMBER = pattern_cache.compile(r"[1-9][0-9]{0,2}")
_GLUED_CHANNEL_NUMBER = pattern_cache.compile(r"(?P<word>[^\W\d_]+)(?P<number>[1-9][0-9]{0,2})")


def is_numbered_channel(text: str) -> bool:
    """A broadcaster named with its channel's number: "Channel 7", "Canal 13", "Radio 1",
    "TV2", "Kestrel TV 5", "WLMB 7". Each number follows a channel's word (or call letters) or
    is glued to one; the name's first word is capitalised."""
    tokens = [t for t in _TOKEN_SPLIT.split(text.strip()) if t]
    if not tokens or not tokens[0][:1].isupper():
        return False
    words = lexicon.channel_words()
    numbered = False
    for index, token in enumerate(tokens):
        if not any(ch.isdigit() for ch in token):
            continue
        glued = _GLUED_CHANNEL_NUMBER.fullmatch(token)
        if glued is not None and glued.group("word").casefold() in words:
            numbered = True
            continue
        before = tokens[index - 1] if index else ""
        if _CHANNEL_NUMBER.fullmatch(token) and (
            before.casefold() in words or lexicon.call_sign().fullmatch(before) is not None
        ):
            numbered = True
            continue
        return False
    return numbered


def has_org_signal(text: str) -> bool:
    """An organisation word ("Initech Ltd"), a station's initials first ("WXYZ Detroit") or a
    country after a word that is no given name ("Aton Chile")."""
    tokens = [t for t in _TOKEN_SPLIT.split(text.strip()) if t]
    return has_org_word(text) or (
        len(tokens) >= 2 and (_call_sign_first(tokens) or named_for_country(tokens))
    )


def looks_like_organisation(text: str) -> bool:
    """A segment that names an organisation rather than a person (a guess for unknown names)."""
    tokens = [t.strip(".,'’()").casefold() for t in _TOKEN_SPLIT.split(text.strip()) if t]
    if not tokens:
        return False
    if tokens[0] == "the" or any(t in lexicon.organisation_words() for t in tokens):
        return True
    if any(ch.isdigit() for ch in text) or ("." in text.replace(". ", " ") and len(tokens) == 1):
        return True
    return not looks_like_person(text)


_WORD_JOINS = pattern_cache.compile(r"([-'’])")


def _capitalise_word(word: str) -> str:
    """One ALL-CAPS word in normal capitalisation: MACDOUGALL -> MacDougall, O'NEIL -> O'Neil."""
    if not word:
        return word
    parts = _WORD_JOINS.split(lower(word))
    out = []
    for part in parts:
        if part in ("-", "'", "’") or not part:
            out.append(part)
            continue
        if part in lexicon.particles() and out:
            out.append(part)
            continue
        fixed = part[:1].upper() + part[1:]
        if len(part) > 4 and part.startswith("mc"):
            fixed = "Mc" + part[2:3].upper() + part[3:]
        elif len(part) > 5 and part.startswith("mac") and part[3] not in "hikeo":
            fixed = "Mac" + part[3:4].upper() + part[4:]
        out.append(fixed)
    return "".join(out)


_ROMAN = pattern_cache.compile(r"^(?:II|III|IV|VI|VII|VIII)$")


def _shouted(word: str) -> bool:
    """A word printed in capitals that a name writes otherwise: "ARCHAMBAULT", "AL-MASRI".

    Initials ("J.", "J.R."), two-letter words ("DJ", "AJ") and Roman numerals stay.
    """
    if len(word) < 3 or not word.isupper():
        return False  # the usual case, told without counting letters
    letters = sum(1 for ch in word if ch.isalpha())
    return letters >= 3 and not _ROMAN.match(word)


def normal_case(name: str) -> str:
    """A name with words printed in capitals, in normal capitalisation.

    "NOEL CELIS" -> "Noel Celis", "Christophe ARCHAMBAULT" -> "Christophe Archambault",
    "VAN DER BERG" -> "van der Berg", "KARIM AL-MASRI" -> "Karim Al-Masri": particles standing
    alone are written in lower case before the rest of the name; mixed-case words are kept.
    """
    words = name.split(" ")
    if not any(_shouted(word) for word in words):
        return name
    all_caps = all(
        ch.isupper() for ch in name if ch.isalpha()
    )  # a name wholly in capitals: short words too ("JO ROE")
    out = []
    for index, word in enumerate(words):
        if re.fullmatch(r"(?:[A-Z]\.)+", word) or not word:
            out.append(word)
        elif index == 0 and not all_caps and _initials_then_name(words):
            out.append(word)  # "GMB Akash": the initials stay in capitals
        elif (
            word.casefold() in lexicon.particles()
            and index < len(words) - 1
            and (all_caps or word.isupper())
            and not _particle_is_given_name(words, index)
        ):
            out.append(word.casefold())
        elif _shouted(word) or (all_caps and word.isupper()):
            out.append(_capitalise_word(word))
        else:
            out.append(word)
    return " ".join(out)


def _particle_is_given_name(words: list[str], index: int) -> bool:
    """ "BEN BIRCHALL": a particle that opens the name before a word that is none is a given
    name when the given names know it ("Ben"); "VAN DER BERG" keeps its particles."""
    return (
        index == 0
        and words[1].casefold() not in lexicon.particles()
        and lexicon.is_given_name(words[0].capitalize())
    )


def clean_person(text: str) -> str | None:
    """The person's name as the catalog stores it, or None for a placeholder such as "Stringer"."""
    name = " ".join(text.split()).strip(" ,;:-–—")
    if name[:3] in ("By ", "by ", "BY ") and len(name.split()) >= 3:
        name = name[3:].strip()  # "By Jo Roe": a byline's word is no part of the name
    if not name or name.casefold() in lexicon.placeholders():
        return None
    name = strip_rank(name).strip()
    if not name:
        return None
    if _typed_in_lower_case(name):
        # "ana ruiz/Reuters": a name that lost its capitals gets them back as one printed in
        # capitals does ("jan van der berg" gives "Jan van der Berg")
        return normal_case(name.upper())
    return normal_case(name)


_LOWER_CASE_NAME = pattern_cache.compile(r"[a-zß-öø-ÿ'’-]+(?: [a-zß-öø-ÿ'’-]+)+")


def _typed_in_lower_case(name: str) -> bool:
    """Two or more words of Latin letters, all in lower case (a handle such as "@jo.roe"
    keeps its own form)."""
    return _LOWER_CASE_NAME.fullmatch(name) is not None
