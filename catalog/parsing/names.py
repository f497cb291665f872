"""People's names in credits: is this segment a person, and how is the name written back.

Credits print names in capitals ("AFP PHOTO / NOEL CELIS"), with ranks ("Sgt. Jane Doe") and
placeholders ("Stringer"); the catalog stores "Noel Celis", "Jane Doe" and nothing.
"""

from __future__ import annotations

import re

from catalog.parsing.places import is_place_by_name

# Lower-case words that belong inside personal names ("Ana de Armas", "Thaier al-Sudani").
PARTICLES = frozenset(
    [
        "de",
        "da",
        "das",
        "do",
        "dos",
        "du",
        "del",
        "della",
        "der",
        "den",
        "di",
        "la",
        "le",
        "van",
        "von",
        "ter",
        "ten",
        "bin",
        "ibn",
        "al",
        "el",
        "y",
        "e",
        "st",
    ]
)

# Placeholders that stand where a photographer's name would be, but name nobody.
PLACEHOLDERS = frozenset(
    [
        "stringer",
        "staff",
        "handout",
        "ho",
        "pool",
        "str",
        "file",
        "file photo",
        "pool photo",
        "staff photographer",
        "staff photo",
        "photographer",
        "anonymous",
        "unknown",
        "str/stringer",
    ]
)

# Words that mark an organisation, never a person ("Splash News", "Star Tribune", "WWF UK").
_ORG_WORDS = frozenset(
    [
        "agency",
        "agencia",
        "agence",
        "news",
        "press",
        "presse",
        "images",
        "image",
        "photo",
        "photos",
        "photography",
        "pictures",
        "picture",
        "media",
        "wire",
        "service",
        "services",
        "tv",
        "television",
        "radio",
        "network",
        "group",
        "office",
        "ministry",
        "council",
        "museum",
        "library",
        "archive",
        "archives",
        "institution",
        "institute",
        "university",
        "college",
        "school",
        "foundation",
        "society",
        "association",
        "project",
        "awards",
        "award",
        "contest",
        "competition",
        "department",
        "army",
        "navy",
        "force",
        "forces",
        "police",
        "government",
        "presidency",
        "embassy",
        "committee",
        "club",
        "federation",
        "league",
        "studio",
        "studios",
        "collection",
        "center",
        "centre",
        "ltd",
        "inc",
        "corp",
        "company",
        "daily",
        "times",
        "post",
        "tribune",
        "gazette",
        "herald",
        "journal",
        "magazine",
        "review",
        "chronicle",
        "observer",
        "telegraph",
        "guardian",
        "independent",
        "record",
        "sun",
        "star",
        "mail",
        "globe",
        "courier",
        "bulletin",
        "weekly",
        "monthly",
        "world",
        "report",
        "reporter",
        "nation",
        "republic",
        "state",
        "city",
        "county",
        "commission",
        "authority",
        "corps",
        "guard",
        "party",
        "fund",
        "trust",
        "bank",
        "hospital",
        "church",
        "zoo",
        "park",
        "parks",
        "unit",
        "units",
        "handout",
        "website",
        "site",
        "online",
        "com",
        "org",
        "net",
        "photographer",
        "photographers",
        "year",
        "network",
        "channel",
        "broadcasting",
        "studio",
        "sports",
        "sport",
        "team",
        "festival",
        "organization",
        "organisation",
        "laboratory",
        "laboratories",
        "lab",
        "labs",
        "administration",
        "gallery",
        "theatre",
        "theater",
        "zoological",
        "observatory",
        "estate",
        "archief",
        "records",
    ]
)

_RANKS = re.compile(
    r"^(?:(?:U\.?S\.? )?(?:Army|Navy|Air Force|Marine|Marines|Coast Guard|National Guard) )?"
    r"(?:(?:Staff|Master|Senior|Chief|First|Command|Tech\.?|Technical|Lance|Private|Petty|"
    r"Warrant|Sergeant|Airman|Seaman|Specialist|Mass Communication Specialist|Officer|Col\.?|"
    r"Lt\.?|Lieutenant|Gen\.?|General|Maj\.?|Major|Capt\.?|Captain|Cpl\.?|Corporal|Sgt\.?|"
    r"Spc\.?|Pfc\.?|Pvt\.?|Cmdr\.?|Commander|Adm\.?|Admiral|Ens\.?|Ensign|PO[123]?|MC[123]|"
    r"SSgt\.?|TSgt\.?|MSgt\.?|SrA|A1C|1st|2nd|3rd|Class|Dr\.?|Mr\.?|Mrs\.?|Ms\.?) ){1,6}"
)

_TOKEN_SPLIT = re.compile(r"\s+")


def _is_name_token(token: str) -> bool:
    if not token:
        return False
    if token.casefold() in PARTICLES:
        return True
    # "al-Sudani", "el-Sisi": a lower-case particle glued by a hyphen to a capitalised name.
    head, _, tail = token.partition("-")
    if tail and head.casefold() in PARTICLES and tail[:1].isupper():
        return True
    first = token[0]
    if not first.isalpha() or not first.isupper():
        return False
    # Letters, and the apostrophes, hyphens and periods that names carry ("O'Neil", "D.", "Jr.").
    return all(ch.isalpha() or ch in "'’.-" for ch in token)


def looks_like_person(text: str) -> bool:
    """Two to five capitalised name words, none of which marks an organisation."""
    text = _RANKS.sub("", text.strip())
    tokens = [t for t in _TOKEN_SPLIT.split(text) if t]
    if not 2 <= len(tokens) <= 5:
        return False
    if not all(_is_name_token(t) for t in tokens):
        return False
    if tokens[0].casefold() in PARTICLES and tokens[0] not in (
        "De",
        "Da",
        "Di",
        "Van",
        "Von",
        "Al",
        "El",
    ):
        return False
    if tokens[0].casefold() == "the":
        return False
    return not any(t.strip(".'’").casefold() in _ORG_WORDS for t in tokens)


# Organisation words that are also common surnames ("Seth Herald", "Peter Parks", "Tom Post"):
# read as a person's last name where the credit's shape puts a person there.
_SURNAME_ORG_WORDS = frozenset(
    [
        "herald",
        "parks",
        "park",
        "star",
        "sun",
        "post",
        "mail",
        "record",
        "guard",
        "bank",
        "church",
        "globe",
        "state",
        "city",
        "courier",
        "world",
        "nation",
        "sport",
    ]
)

# Of those, the words of newspaper titles: after a place they name the paper ("Miami Herald").
_PAPER_WORDS = frozenset(
    ["herald", "star", "sun", "post", "mail", "record", "globe", "courier", "world", "nation"]
)


def looks_like_person_in_slot(text: str) -> bool:
    """``looks_like_person``, but a last name that is also an organisation word will do.

    For a segment that the credit's shape marks as a person (before a known agency, after
    "Photo by"): "Seth Herald/Getty Images". A place then such a word ("Miami Herald",
    "Boston Globe") stays an organisation.
    """
    if looks_like_person(text):
        return True
    tokens = [t for t in _TOKEN_SPLIT.split(_RANKS.sub("", text.strip())) if t]
    if not 2 <= len(tokens) <= 3 or tokens[-1].strip(".").casefold() not in _SURNAME_ORG_WORDS:
        return False
    given = tokens[:-1]
    if given[0].casefold() in PARTICLES or given[0].casefold() == "the":
        return False
    if not all(_is_name_token(t) and t.casefold() not in _ORG_WORDS for t in given):
        return False
    if not _is_name_token(tokens[-1]):
        return False
    if tokens[-1].strip(".").casefold() not in _PAPER_WORDS:
        return True
    return not is_place_by_name(" ".join(given))


def has_org_word(text: str) -> bool:
    """Whether any word of ``text`` marks an organisation ("News", "Agency", "council", ...)."""
    return any(t.strip(".,'’()").casefold() in _ORG_WORDS for t in _TOKEN_SPLIT.split(text))


def looks_like_organisation(text: str) -> bool:
    """A segment that names an organisation rather than a person (a guess for unknown names)."""
    tokens = [t.strip(".,'’()").casefold() for t in _TOKEN_SPLIT.split(text.strip()) if t]
    if not tokens:
        return False
    if tokens[0] == "the" or any(t in _ORG_WORDS for t in tokens):
        return True
    if any(ch.isdigit() for ch in text) or ("." in text.replace(". ", " ") and len(tokens) == 1):
        return True
    return not looks_like_person(text)


def _capitalise_word(word: str) -> str:
    """One ALL-CAPS word in normal capitalisation: MACDOUGALL -> MacDougall, O'NEIL -> O'Neil."""
    if not word:
        return word
    parts = re.split(r"([-'’])", word.lower())
    out = []
    for part in parts:
        if part in ("-", "'", "’") or not part:
            out.append(part)
            continue
        if part in PARTICLES and out:
            out.append(part)
            continue
        fixed = part[:1].upper() + part[1:]
        if len(part) > 4 and part.startswith("mc"):
            fixed = "Mc" + part[2:3].upper() + part[3:]
        elif len(part) > 5 and part.startswith("mac") and part[3] not in "hikeo":
            fixed = "Mac" + part[3:4].upper() + part[4:]
        out.append(fixed)
    return "".join(out)


def normal_case(name: str) -> str:
    """A name printed in capitals, in normal capitalisation; mixed-case names are left alone."""
    letters = [ch for ch in name if ch.isalpha()]
    if not letters or not all(ch.isupper() for ch in letters):
        return name
    words = []
    for word in name.split(" "):
        # Initials ("J.", "J.R.") stay as they are.
        if re.fullmatch(r"(?:[A-Z]\.)+", word):
            words.append(word)
        else:
            words.append(_capitalise_word(word))
    return " ".join(words)


def clean_person(text: str) -> str | None:
    """The person's name as the catalog stores it, or None for a placeholder such as "Stringer"."""
    name = " ".join(text.split()).strip(" ,;:-–—")
    if not name or name.casefold() in PLACEHOLDERS:
        return None
    name = _RANKS.sub("", name).strip()
    if not name:
        return None
    return normal_case(name)
