"""Credit shapes of English-language papers, broadcasters, sports desks, science agencies,
museums and government handouts, found by probing the parser with captions written for these
tests (names and events invented): one table per shape, each across several agencies, with
neighbours that must keep their reading."""

from __future__ import annotations

from tests.parsing.test_credit_shapes import Expected, _check, _table

# A. A last name that is also an organisation word ("Park", "Church", "Herald") in a slot the
# credit's shape gives a person: after "photo by", after a known agency's label.
SURNAME_ORG_WORD: list[tuple[str, str, Expected]] = [
    (
        "army-photo-by-rank-park",
        "Soldiers load a truck. (U.S. Army photo by Sgt. Mia Park)",
        {"photographer": "Mia Park", "agency": "US Army"},
    ),
    (
        "guard-photo-by-rank-park",
        "Guardsmen fill sandbags. (U.S. Army National Guard photo by Staff Sgt. Mia Park)",
        {"photographer": "Mia Park", "agency": "US National Guard"},
    ),
    (
        "navy-photo-by-church",
        "Sailors man the rails. U.S. Navy photo by Sam Church",
        {"photographer": "Sam Church", "agency": "US Navy"},
    ),
    (
        "ap-photo-slash-park",
        "Shoppers fill the market. (AP Photo/Mia Park)",
        {"photographer": "Mia Park", "agency": "AP"},
    ),
    (
        "reuters-caps-slash-park",
        "Shoppers fill the market. REUTERS/Ellen Park",
        {"photographer": "Ellen Park", "agency": "Reuters"},
    ),
    (
        "photo-by-bank-alone",
        "The old mill at dusk. Photo by Sam Bank",
        {"photographer": "Sam Bank", "agency": None},
    ),
    (
        "white-house-photo-by-herald",
        "The president meets the press. (White House photo by Jo Herald)",
        {"photographer": "Jo Herald", "agency": "The White House"},
    ),
    # Neighbours: a place before the word, or no known given name, stays an organisation.
    (
        "photo-by-paper-stays-org",
        "The old mill at dusk. Photo by Miami Herald",
        {"photographer": None, "agency": "Miami Herald"},
    ),
    (
        "photo-by-park-name-stays-org",
        "The old mill at dusk. Photo by Central Park",
        {"photographer": None},
    ),
    (
        "agency-then-paper-stays-org",
        "Shoppers fill the market. AFP/Boston Globe",
        {"photographer": None, "agency": "AFP"},
    ),
]


@_table(SURNAME_ORG_WORD)
def test_surname_org_word_in_person_slot(caption: str, expected: Expected) -> None:
    _check(caption, expected)


# B. The source, a colon, then the photographer or the organisation that gave the photo, in
# brackets after the caption (a house style of Australian broadcasters): "(Reuters: Name)",
# "(ABC News: Name)", "(Supplied: Kestrel Police)".
SOURCE_COLON_NAME: list[tuple[str, str, Expected]] = [
    (
        "reuters-colon-name",
        "Water covers the main street of the town. (Reuters: Lucy Varga)",
        {
            "description": "Water covers the main street of the town",
            "credit": "Reuters: Lucy Varga",
            "photographer": "Lucy Varga",
            "agency": "Reuters",
        },
    ),
    (
        "ap-colon-name",
        "The senator leaves the chamber. (AP: Evan Moss)",
        {"photographer": "Evan Moss", "agency": "AP"},
    ),
    (
        "aap-colon-name",
        "Fans queue outside the ground. (AAP: Dan Kirby)",
        {"photographer": "Dan Kirby", "agency": "AAP"},
    ),
    (
        "getty-colon-three-names",
        "The skater lands a jump. (Getty Images: Lisa Maree Wong)",
        {"photographer": "Lisa Maree Wong", "agency": "Getty Images"},
    ),
    (
        "unknown-news-colon-name",
        "The treasurer speaks to reporters. (Harbour News: Matt Osei)",
        {"photographer": "Matt Osei", "agency": "Harbour News"},
    ),
    (
        "supplied-colon-organisation",
        "The car was found in a creek. (Supplied: Kestrel Police)",
        {"credit": "Supplied: Kestrel Police", "photographer": None, "agency": "Kestrel Police"},
    ),
    (
        "supplied-colon-person",
        "The dog was found two days later. (Supplied: Jane Okafor)",
        {"photographer": "Jane Okafor", "agency": None},
    ),
    # Neighbours: an organisation's own label keeps its reading; a colon in the text is text.
    (
        "initials-photo-colon-stays",
        "Commuters crowd the platform. ST PHOTO: LIM WEI JIE",
        {"photographer": "Lim Wei Jie", "agency": "ST"},
    ),
    (
        "label-colon-name-stays",
        "Commuters crowd the platform. Photo: Lim Wei",
        {"credit": "Photo: Lim Wei", "photographer": "Lim Wei", "agency": None},
    ),
    (
        "sentence-colon-words-stays",
        "The sign on the gate says it all: Keep Out",
        {"credit": None, "photographer": None, "agency": None},
    ),
]


@_table(SOURCE_COLON_NAME)
def test_source_colon_name(caption: str, expected: Expected) -> None:
    _check(caption, expected)


# C. The kind of photo before the organisation that owns it: "Official White House Photo by
# Name", "Official U.S. Navy photo by Name".
KIND_BEFORE_OWNER: list[tuple[str, str, Expected]] = [
    (
        "official-white-house-photo-by",
        "The president greets the delegation. Official White House Photo by Adam Schultz",
        {
            "description": "The president greets the delegation",
            "credit": "Official White House Photo by Adam Schultz",
            "photographer": "Adam Schultz",
            "agency": "The White House",
        },
    ),
    (
        "official-white-house-bracketed",
        "The president greets the delegation. (Official White House Photo by Lara Chen)",
        {"photographer": "Lara Chen", "agency": "The White House"},
    ),
    (
        "official-navy-photo-by",
        "Sailors man the rails as the ship leaves port. Official U.S. Navy photo by Ann Lee",
        {"photographer": "Ann Lee", "agency": "US Navy"},
    ),
    (
        "aerial-ntsb-photo-by",
        "The wreckage lies in a field. Aerial NTSB photo by Tom Reyes",
        {"photographer": "Tom Reyes", "agency": "NTSB"},
    ),
    # Neighbours: the kind before a label alone, and the word in a sentence.
    (
        "official-photo-by-name",
        "The minister signs the accord. Official photo by Adam Schultz",
        {"photographer": "Adam Schultz", "agency": None},
    ),
    (
        "official-in-sentence",
        "It was the first official photo of the royal couple.",
        {"credit": None, "photographer": None, "agency": None},
    ),
]


@_table(KIND_BEFORE_OWNER)
def test_kind_before_owner(caption: str, expected: Expected) -> None:
    _check(caption, expected)


# D. An army's or government's credit with a slash after its label and no "by", ending the
# caption without brackets: "U.S. Air Force photo/Airman 1st Class Name".
SERVICE_PHOTO_SLASH: list[tuple[str, str, Expected]] = [
    (
        "air-force-photo-slash-rank",
        "Jets fly over the base during the exercise. U.S. Air Force photo/Airman 1st Class Ana Ruiz",
        {
            "description": "Jets fly over the base during the exercise",
            "credit": "U.S. Air Force photo/Airman 1st Class Ana Ruiz",
            "photographer": "Ana Ruiz",
            "agency": "US Air Force",
        },
    ),
    (
        "army-photo-slash-sgt",
        "Paratroopers board the aircraft. U.S. Army photo/Sgt. Tom Ray",
        {"photographer": "Tom Ray", "agency": "US Army"},
    ),
    (
        "navy-photo-slash-after-date",
        "The carrier returns to port on May 3, 2021. U.S. Navy photo/Lena Moss",
        {"photographer": "Lena Moss", "agency": "US Navy", "date": "2021-05-03"},
    ),
    (
        "air-force-photo-slash-released",
        "Jets fly over the base. U.S. Air Force photo/Released",
        {"credit": "U.S. Air Force photo/Released", "photographer": None, "agency": "US Air Force"},
    ),
    # Neighbour: an agency's own "Photo/" label keeps its reading.
    (
        "afp-photo-slash-stays",
        "Jets fly over the base. AFP Photo/Ana Ruiz",
        {"credit": "AFP Photo/Ana Ruiz", "photographer": "Ana Ruiz", "agency": "AFP"},
    ),
]


@_table(SERVICE_PHOTO_SLASH)
def test_service_photo_slash(caption: str, expected: Expected) -> None:
    _check(caption, expected)


# E. The photographer's role on the paper where the agency would be ("Name/Correspondent",
# "NAME/Contributing Photographer", "Name | Contributor"), or a word for nobody ("Unknown"):
# a credit, with no organisation.
ROLE_AFTER_NAME: list[tuple[str, str, Expected]] = [
    (
        "slash-correspondent",
        "Rowers train on the lake at dawn. Ann Lee/Correspondent",
        {
            "description": "Rowers train on the lake at dawn",
            "credit": "Ann Lee/Correspondent",
            "photographer": "Ann Lee",
            "agency": None,
        },
    ),
    (
        "caps-contributing-photographer",
        "Rowers train on the lake at dawn. TOM BRANDT/Contributing Photographer",
        {"photographer": "Tom Brandt", "agency": None},
    ),
    (
        "bar-contributor",
        "Rowers train on the lake at dawn. Mira Osei | Contributor",
        {"credit": "Mira Osei | Contributor", "photographer": "Mira Osei", "agency": None},
    ),
    (
        "bracketed-freelance",
        "Rowers train on the lake at dawn. (Lena Moss/Freelance)",
        {"photographer": "Lena Moss", "agency": None},
    ),
    (
        "unknown-then-agency",
        "Rowers train on the lake in 1936. Unknown/AP",
        {"photographer": None, "agency": "AP"},
    ),
    (
        "label-unknown",
        "Rowers train on the lake in 1936. Photo: Unknown",
        {"credit": "Photo: Unknown", "photographer": None, "agency": None},
    ),
    # Neighbours: "Staff" and a real organisation keep their readings.
    (
        "slash-staff-stays",
        "Rowers train on the lake at dawn. Ann Lee/Staff",
        {"photographer": "Ann Lee", "agency": None},
    ),
    (
        "slash-paper-stays",
        "Rowers train on the lake at dawn. Ann Lee/The Coastal Star",
        {"photographer": "Ann Lee", "agency": "The Coastal Star"},
    ),
]


@_table(ROLE_AFTER_NAME)
def test_role_after_name(caption: str, expected: Expected) -> None:
    _check(caption, expected)
