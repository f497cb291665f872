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
        {"photographer": "Mia Park", "agency": "U.S. Army"},
    ),
    (
        "guard-photo-by-rank-park",
        "Guardsmen fill sandbags. (U.S. Army National Guard photo by Staff Sgt. Mia Park)",
        {"photographer": "Mia Park", "agency": "U.S. National Guard"},
    ),
    (
        "navy-photo-by-church",
        "Sailors man the rails. U.S. Navy photo by Sam Church",
        {"photographer": "Sam Church", "agency": "U.S. Navy"},
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
        {"photographer": "Ann Lee", "agency": "U.S. Navy"},
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
            "agency": "U.S. Air Force",
        },
    ),
    (
        "army-photo-slash-sgt",
        "Paratroopers board the aircraft. U.S. Army photo/Sgt. Tom Ray",
        {"photographer": "Tom Ray", "agency": "U.S. Army"},
    ),
    (
        "navy-photo-slash-after-date",
        "The carrier returns to port on May 3, 2021. U.S. Navy photo/Lena Moss",
        {"photographer": "Lena Moss", "agency": "U.S. Navy", "date": "2021-05-03"},
    ),
    (
        "air-force-photo-slash-released",
        "Jets fly over the base. U.S. Air Force photo/Released",
        {
            "credit": "U.S. Air Force photo/Released",
            "photographer": None,
            "agency": "U.S. Air Force",
        },
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


# F. An organisation alone after a label, told from a person by a word of its name: a
# university's athletics department, a racing yard, a tour, a fire service, a museum group, a
# saleroom, a sponsor's content pool.
ORGANISATION_WORDS: list[tuple[str, str, Expected]] = [
    (
        "courtesy-athletics",
        "The forward drives to the basket. Photo courtesy of Kestrel State Athletics",
        {"photographer": None, "agency": "Kestrel State Athletics"},
    ),
    (
        "picture-racing",
        "The jockey salutes the crowd. Picture: Moran Racing",
        {"photographer": None, "agency": "Moran Racing"},
    ),
    (
        "photo-tour-caps",
        "The golfer lines up a putt. Photo: ASIAN GOLF TOUR",
        {"photographer": None},
    ),
    (
        "photo-fire-service",
        "Crews cut a break above the valley. Photo: Kern Fire",
        {"photographer": None, "agency": "Kern Fire"},
    ),
    (
        "courtesy-fire-brigade",
        "Firefighters at the warehouse. Photo courtesy of Harbour Fire Brigade",
        {"photographer": None, "agency": "Harbour Fire Brigade"},
    ),
    (
        "museums-then-person",
        "The new beetle species. Photo: Museums Tasmania/Ann Lee",
        {"photographer": "Ann Lee", "agency": "Museums Tasmania"},
    ),
    (
        "photo-auctions",
        "The watch sold for a record sum. Photo: Kestrel Auctions",
        {"photographer": None, "agency": "Kestrel Auctions"},
    ),
    (
        "content-pool-known",
        "The driver in the pits. Credit: Red Bull Content Pool",
        {"photographer": None, "agency": "Red Bull Content Pool"},
    ),
    (
        "getty-then-content-pool",
        "The driver in the pits. Photo: Mark Tate/Getty Images / Red Bull Content Pool",
        {"photographer": "Mark Tate", "agency": "Getty Images"},
    ),
    # Neighbour: a person after the same label.
    (
        "photo-person-stays",
        "The jockey salutes the crowd. Picture: Tom Reilly",
        {"photographer": "Tom Reilly", "agency": None},
    ),
]


@_table(ORGANISATION_WORDS)
def test_organisation_words(caption: str, expected: Expected) -> None:
    _check(caption, expected)


# G. Sources that name nobody: the family, a company or a reader who sent the photo in, "Special
# Arrangement" (Indian papers), "Crown Copyright": a credit, with no organisation (or with the
# one printed beside it).
UNNAMED_SOURCES: list[tuple[str, str, Expected]] = [
    (
        "family-handout",
        "The victim with her son last summer. Photo: Family handout",
        {"credit": "Photo: Family handout", "photographer": None, "agency": None},
    ),
    (
        "company-handout",
        "The new factory floor. Photo: Company handout",
        {"photographer": None, "agency": None},
    ),
    (
        "supplied-by-family",
        "The couple on their wedding day. Picture: Supplied by family",
        {"photographer": None, "agency": None},
    ),
    (
        "reader-photo",
        "The moment the roof gave way. Photo: Reader photo",
        {"photographer": None, "agency": None},
    ),
    (
        "special-arrangement",
        "A tiger rests in the reserve. | Photo Credit: Special Arrangement",
        {"credit": "Photo Credit: Special Arrangement", "photographer": None, "agency": None},
    ),
    (
        "mod-crown-copyright",
        "Troops cross the river on exercise. Photo: MoD/Crown Copyright",
        {"photographer": None, "agency": "MoD"},
    ),
    # Neighbours: a named family's handout, a person beside a generic word.
    (
        "supplied-then-person",
        "The couple on their wedding day. Picture: Supplied/Jane Okafor",
        {"photographer": "Jane Okafor"},
    ),
    (
        "army-handout-stays",
        "Soldiers fire a mortar. ISRAELI ARMY HANDOUT",
        {"photographer": None},
    ),
]


@_table(UNNAMED_SOURCES)
def test_unnamed_sources(caption: str, expected: Expected) -> None:
    _check(caption, expected)


# H. Sources new to the registry, as their captions print them: a paper known by its name and the
# word for photo ("Express Photo by Name", "HT Photo/Name"), broadcasters, picture libraries,
# museums, sports agencies, governments and aid agencies.
REGISTRY_SOURCES: list[tuple[str, str, Expected]] = [
    (
        "express-photo-by",
        "Commuters wait on the platform in Mumbai. (Express Photo by Amit Rao)",
        {"photographer": "Amit Rao", "agency": "The Indian Express"},
    ),
    (
        "express-photo-colon",
        "Farmers gather at the border. (Express photo: Ravi Khanna)",
        {"credit": "Express photo: Ravi Khanna", "photographer": "Ravi Khanna"},
    ),
    (
        "ht-photo-slash",
        "Devotees take a holy dip. (HT Photo/Sanjeev Rao)",
        {"photographer": "Sanjeev Rao", "agency": "Hindustan Times"},
    ),
    (
        "pib-photo",
        "The prime minister addresses the gathering. (PIB Photo)",
        {"photographer": None, "agency": "Press Information Bureau"},
    ),
    (
        "name-slash-cbc-news",
        "Volunteers sort donations in Calgary. (Mike Lund/CBC News)",
        {"photographer": "Mike Lund", "agency": "CBC"},
    ),
    (
        "hulton-via-getty",
        "The pier in 1921. (Photo by Hulton Archive/Getty Images)",
        {"photographer": None, "agency": "Hulton Archive"},
    ),
    (
        "bettmann-archive",
        "The senator in 1958. Photo: Bettmann Archive",
        {"photographer": None, "agency": "Bettmann"},
    ),
    (
        "museum-then-city",
        "The fossil jaw. Credit: Natural History Museum, London",
        {"photographer": None, "agency": "Natural History Museum"},
    ),
    (
        "christies-images",
        "The painting sold for a record. Photograph: Christie's Images Ltd",
        {"photographer": None, "agency": "Christie's"},
    ),
    (
        "sns-group-then-name",
        "The striker scores. Picture: SNS Group/Craig Walsh",
        {"photographer": "Craig Walsh", "agency": "SNS Group"},
    ),
    (
        "unicef-then-name",
        "Children at the clinic. Photo: UNICEF/Ann Lee",
        {"photographer": "Ann Lee", "agency": "UNICEF"},
    ),
    (
        "un-photo-name",
        "Delegates take their seats. UN Photo/Ann Lee",
        {"photographer": "Ann Lee", "agency": "UN"},
    ),
    (
        "downing-street",
        "The prime minister at her desk. Photo: Simon Dale / No 10 Downing Street",
        {"photographer": "Simon Dale", "agency": "No 10 Downing Street"},
    ),
    # Neighbours: a single name after an agency is still a person; a place is not.
    (
        "ap-mononym-stays",
        "Smoke rises over the city. AP Photo/Libkos",
        {"photographer": "Libkos", "agency": "AP"},
    ),
]


@_table(REGISTRY_SOURCES)
def test_registry_sources(caption: str, expected: Expected) -> None:
    _check(caption, expected)


# I. A pool's or club's photographer, a spaced dash, then the pool or club and the agency, with
# no brackets: "Photo by Name - WPA Pool/Getty Images", "Photo: Name - The FA/The FA via Getty
# Images". The whole is the credit, the name its photographer.
NAME_DASH_CHAIN: list[tuple[str, str, Expected]] = [
    (
        "photo-by-dash-wpa-pool",
        "The king arrives at the abbey. Photo by Chris Lund - WPA Pool/Getty Images",
        {
            "description": "The king arrives at the abbey",
            "credit": "Photo by Chris Lund - WPA Pool/Getty Images",
            "photographer": "Chris Lund",
            "agency": "Getty Images",
        },
    ),
    (
        "photo-colon-dash-the-fa",
        "The captain celebrates his goal. Photo: Mike Regan - The FA/The FA via Getty Images",
        {"photographer": "Mike Regan", "agency": "The FA", "via": "Getty Images"},
    ),
    (
        "photo-by-dash-club",
        "The striker in training. Photo by Matt Dunn - Kestrel City/Kestrel City FC via Getty Images",
        {"photographer": "Matt Dunn", "via": "Getty Images"},
    ),
    (
        "sentence-then-name-dash-pool",
        "The queen waves to the crowd. Jo Roe - WPA Pool/Getty Images",
        {"credit": "Jo Roe - WPA Pool/Getty Images", "photographer": "Jo Roe"},
    ),
    # Neighbours: the bracketed form, and words that are no name before the dash.
    (
        "bracketed-stays",
        "The king arrives. (Photo by Chris Lund - WPA Pool/Getty Images)",
        {"credit": "Photo by Chris Lund - WPA Pool/Getty Images", "photographer": "Chris Lund"},
    ),
    (
        "text-before-dash-stays-out",
        "The team of Jo Roe - WPA Pool/Getty Images",
        {"photographer": None, "agency": "Getty Images"},
    ),
]


@_table(NAME_DASH_CHAIN)
def test_name_dash_chain(caption: str, expected: Expected) -> None:
    _check(caption, expected)


# J. Local papers whose titles end in a word the parser did not know as a paper's ("Sentinel",
# "Examiner", "Enquirer", "Democrat-Gazette", "Union-Tribune"): alone after a label, before a
# label ("Examiner photo by Name"), after a photographer.
PAPER_TITLES: list[tuple[str, str, Expected]] = [
    (
        "photo-sentinel",
        "The team lifts the cup. Photo: Kestrel Sentinel",
        {"photographer": None, "agency": "Kestrel Sentinel"},
    ),
    (
        "examiner-photo-by",
        "The team lifts the cup. Examiner photo by Rosa Diaz",
        {"photographer": "Rosa Diaz", "agency": "Examiner"},
    ),
    (
        "name-democrat-gazette-via-ap",
        "The team lifts the cup. (Rosa Diaz/Kestrel Democrat-Gazette via AP)",
        {"photographer": "Rosa Diaz", "agency": "Kestrel Democrat-Gazette", "via": "AP"},
    ),
    (
        "name-union-tribune-via-ap",
        "The team lifts the cup. (Rosa Diaz/Kestrel Union-Tribune via AP)",
        {"photographer": "Rosa Diaz", "agency": "Kestrel Union-Tribune"},
    ),
    (
        "paper-file-photo",
        "The team lifts the cup in 2009. Kestrel Examiner file photo",
        {"photographer": None, "agency": "Kestrel Examiner"},
    ),
    # Neighbours: a photographer whose last name is such a word keeps it.
    (
        "surname-messenger-stays",
        "The team lifts the cup. Photo by Anna Messenger/Reuters",
        {"photographer": "Anna Messenger", "agency": "Reuters"},
    ),
    (
        "ap-photo-surname-leader",
        "The team lifts the cup. (AP Photo/Tom Leader)",
        {"photographer": "Tom Leader", "agency": "AP"},
    ),
]


@_table(PAPER_TITLES)
def test_paper_titles(caption: str, expected: Expected) -> None:
    _check(caption, expected)


# K. A person's name, then the word for photo, as community papers print it: "Jo Roe photo".
NAME_THEN_PHOTO: list[tuple[str, str, Expected]] = [
    (
        "name-photo",
        "The mayor cuts the ribbon. Michael Regan photo",
        {
            "description": "The mayor cuts the ribbon",
            "credit": "Michael Regan photo",
            "photographer": "Michael Regan",
            "agency": None,
        },
    ),
    (
        "name-photo-bracketed",
        "The mayor cuts the ribbon. (Rosa Diaz photo)",
        {"photographer": "Rosa Diaz", "agency": None},
    ),
    (
        "name-photos",
        "Dancers at the spring show. Jo Roe photos",
        {"photographer": "Jo Roe"},
    ),
    # Neighbours: an organisation with the word for photo stays an organisation.
    (
        "initials-photo-stays",
        "Boats in the harbour. CNA photo",
        {"photographer": None, "agency": "CNA"},
    ),
    (
        "unknown-words-photo-stays",
        "Boats in the harbour. Kestrel Regan photo",
        {"photographer": None},
    ),
]


@_table(NAME_THEN_PHOTO)
def test_name_then_photo(caption: str, expected: Expected) -> None:
    _check(caption, expected)


# L. A paper's staff role after its name ("Herald staff photo", "Times staff photographer"), a
# photographer's e-mail address after the name, and "Photography:" as a label.
STAFF_EMAIL_LABEL: list[tuple[str, str, Expected]] = [
    (
        "paper-staff-photo",
        "Fans cheer the home side. Michael Regan/Kestrel Examiner staff photo",
        {"photographer": "Michael Regan", "agency": "Kestrel Examiner"},
    ),
    (
        "paper-staff-photographer",
        "Fans cheer the home side. Michael Regan, Kestrel Examiner staff photographer",
        {"photographer": "Michael Regan", "agency": "Kestrel Examiner"},
    ),
    (
        "paper-staff-photo-by",
        "Fans cheer the home side. Examiner staff photo by Michael Regan",
        {"photographer": "Michael Regan", "agency": "Examiner"},
    ),
    (
        "paper-file-photo-by",
        "Fans cheer the home side. Kestrel Examiner file photo by Michael Regan",
        {"photographer": "Michael Regan", "agency": "Kestrel Examiner"},
    ),
    (
        "name-bar-email",
        "Fans cheer the home side. Michael Regan | mregan@kestrel-examiner.com",
        {"photographer": "Michael Regan", "agency": None},
    ),
    (
        "photography-colon",
        "Fans cheer the home side. Photography: Michael Regan",
        {"credit": "Photography: Michael Regan", "photographer": "Michael Regan"},
    ),
    # Neighbour: the word in a sentence is text.
    (
        "photography-in-sentence",
        "The gallery opens a show of street photography: Paris in the 1950s",
        {"credit": None, "photographer": None},
    ),
]


@_table(STAFF_EMAIL_LABEL)
def test_staff_email_label(caption: str, expected: Expected) -> None:
    _check(caption, expected)


# M. Usage terms after a credit, in brackets or not ("(AAP Image/Name) NO ARCHIVING", "...
# EDITORIAL USE ONLY"), and known sources whose names hold a word in lower case or a number
# ("House of Commons/PA", "Ukrainian presidential press service/Reuters", "Westend61").
TERMS_AND_NAMES: list[tuple[str, str, Expected]] = [
    (
        "bracketed-no-archiving",
        "Fans queue outside the ground. (AAP Image/Dean Kirby) NO ARCHIVING",
        {
            "description": "Fans queue outside the ground",
            "credit": "AAP Image/Dean Kirby",
            "photographer": "Dean Kirby",
            "agency": "AAP",
        },
    ),
    (
        "bare-no-archiving",
        "Fans queue outside the ground. AAP Image/Dean Kirby NO ARCHIVING",
        {"credit": "AAP Image/Dean Kirby", "photographer": "Dean Kirby"},
    ),
    (
        "bracketed-editorial-use-only",
        "Fans queue outside the ground. (AAP Image/Dean Kirby) EDITORIAL USE ONLY",
        {"photographer": "Dean Kirby", "agency": "AAP"},
    ),
    (
        "house-of-commons-then-pa",
        "The prime minister speaks in the chamber. Photograph: House of Commons/PA",
        {"photographer": None, "agency": "UK Parliament"},
    ),
    (
        "lower-case-press-service",
        "The president meets troops. Photograph: Ukrainian presidential press service/Reuters",
        {"photographer": None, "agency": "Ukrainian Presidential Press Service"},
    ),
    (
        "westend61-then-getty",
        "A family walks in the park. Photograph: Westend61/Getty Images",
        {"photographer": None, "agency": "Westend61"},
    ),
    (
        "formula-1-via-getty",
        "The driver in the pits. (Photo by Clive Ross - Formula 1/Formula 1 via Getty Images)",
        {"photographer": "Clive Ross", "agency": "Formula 1"},
    ),
    # Neighbour: a sentence that mentions a sale is text.
    (
        "sale-in-sentence-stays",
        "The farm was put up for sale last year. Photo: Dean Kirby/AAP",
        {"description": "The farm was put up for sale last year", "photographer": "Dean Kirby"},
    ),
]


@_table(TERMS_AND_NAMES)
def test_terms_and_names(caption: str, expected: Expected) -> None:
    _check(caption, expected)


# N. Labels of architects', artists' and video pictures ("Rendering:", "Artist's impression:",
# "Video still:", "Composite:", "Photo illustration:"), organisations named as designers or
# patrols, and semicolons: two chains give the first, organisations a chain, people a list.
PICTURE_LABELS_AND_LISTS: list[tuple[str, str, Expected]] = [
    (
        "rendering-colon",
        "The planned tower by the river. Rendering: Kestrel Architects",
        {"credit": "Rendering: Kestrel Architects", "agency": "Kestrel Architects"},
    ),
    (
        "rendering-by-bracketed",
        "The planned tower by the river. (Rendering by Kestrel Architects)",
        {"photographer": None, "agency": "Kestrel Architects"},
    ),
    (
        "artists-impression",
        "The probe nears the comet. Artist's impression: Kestrel Space Agency",
        {"photographer": None, "agency": "Kestrel Space Agency"},
    ),
    (
        "video-still",
        "Smoke over the port. Video still: Kestrel TV",
        {"credit": "Video still: Kestrel TV", "agency": "Kestrel TV"},
    ),
    (
        "photo-illustration-colon",
        "A phone shows the new app. Photo illustration: Ann Lee",
        {"photographer": "Ann Lee", "agency": None},
    ),
    (
        "courtesy-designers",
        "The new bridge at night. Image: courtesy Kestrel Design",
        {"photographer": None, "agency": "Kestrel Design"},
    ),
    (
        "patrol-via-ap",
        "The wreck on the interstate. (Kestrel Highway Patrol via AP)",
        {"photographer": None, "agency": "Kestrel Highway Patrol", "via": "AP"},
    ),
    (
        "composite-semicolon-orgs",
        "The two leaders. Composite: Harbour Design; Getty Images",
        {"photographer": None, "agency": "Harbour Design"},
    ),
    (
        "two-chains-semicolon",
        "The two leaders. Clockwise from top left: Ann Lee/AP; Tom Ray/Reuters",
        {"photographer": "Ann Lee", "agency": "AP"},
    ),
    # Neighbours: people listed with semicolons stay a list.
    (
        "people-semicolon-stays",
        "Delegates take their seats. Photos: Ann Lee; Tom Ray",
        {"photographer": "Ann Lee; Tom Ray", "agency": None},
    ),
    (
        "people-semicolon-agency-stays",
        "Delegates take their seats. (AP Photo/Ann Lee; Tom Ray)",
        {"photographer": "Ann Lee; Tom Ray", "agency": "AP"},
    ),
]


@_table(PICTURE_LABELS_AND_LISTS)
def test_picture_labels_and_lists(caption: str, expected: Expected) -> None:
    _check(caption, expected)


# O. Where each photo stands, in brackets after its credit ("Name (left), Name (right)"): no
# part of a name or an agency.
POSITION_NOTES: list[tuple[str, str, Expected]] = [
    (
        "two-names-left-right",
        "The couple on their wedding day. Photo: Ann Lee (left), Tom Ray (right)",
        {"photographer": "Ann Lee; Tom Ray", "agency": None},
    ),
    (
        "two-names-top-bottom-and",
        "The old and the new harbour. Photos: Ann Lee (top) and Tom Ray (bottom)",
        {"photographer": "Ann Lee; Tom Ray", "agency": None},
    ),
    (
        "chain-left-then-chain",
        "The two leaders. Photos: Ann Lee/AP (left); Tom Ray/Reuters",
        {"photographer": "Ann Lee", "agency": "AP"},
    ),
    (
        "top-right-note",
        "The two leaders. Photos: Tom Ray/Reuters (top right)",
        {"photographer": "Tom Ray", "agency": "Reuters"},
    ),
    # Neighbour: an agency's name in brackets keeps its reading.
    (
        "bracketed-agency-stays",
        "The two leaders. Foto: Tom Ray (dpa)",
        {"photographer": "Tom Ray", "agency": "dpa"},
    ),
]


@_table(POSITION_NOTES)
def test_position_notes(caption: str, expected: Expected) -> None:
    _check(caption, expected)


# P. A paper whose hyphenated title ends in a known paper's word ("Kestrel Sun-Times",
# "Kestrel Citizen-Times") is one name; only a network or agency after the hyphen is another
# party ("The Kestrel Star-USA TODAY NETWORK"). "Photo provided by the ..." before an
# organisation's long name is a credit, as "Courtesy of the ..." is.
HYPHENED_PAPERS_AND_PROVIDERS: list[tuple[str, str, Expected]] = [
    (
        "sun-times",
        "Commuters wait for the train. Ann Lee/Kestrel Sun-Times",
        {"photographer": "Ann Lee", "agency": "Kestrel Sun-Times"},
    ),
    (
        "citizen-times",
        "Commuters wait for the train. Ann Lee/Kestrel Citizen-Times",
        {"photographer": "Ann Lee", "agency": "Kestrel Citizen-Times"},
    ),
    (
        "provided-by-the-office",
        "The suspect's car. Photo provided by the Kestrel County Sheriff's Office",
        {
            "description": "The suspect's car",
            "credit": "Photo provided by the Kestrel County Sheriff's Office",
            "photographer": None,
        },
    ),
    # Neighbours: a network after the hyphen, and a photographer's name before it.
    (
        "paper-then-network-stays",
        "Commuters wait for the train. Ann Lee/The Kestrel Star-USA TODAY NETWORK",
        {"photographer": "Ann Lee", "agency": "The Kestrel Star"},
    ),
    (
        "name-hyphen-agency-stays",
        "The quarterback throws. Jake Roth-USA TODAY Sports",
        {"photographer": "Jake Roth", "agency": "USA Today Sports"},
    ),
]


@_table(HYPHENED_PAPERS_AND_PROVIDERS)
def test_hyphened_papers_and_providers(caption: str, expected: Expected) -> None:
    _check(caption, expected)


# Q. Science and archive credits: a telescope's list of agencies, then its image processor
# with an affiliation in brackets; a paper's authors ("et al."); an academic title; a broadcaster
# of a space agency; a paper's or library's archive after its name; a city after a museum.
SCIENCE_AND_ARCHIVES: list[tuple[str, str, Expected]] = [
    (
        "agencies-semicolon-name-affiliation",
        "Dust pillars in the nebula. Credit: NASA, ESA, CSA, STScI; Jo Roe (STScI)",
        {
            "description": "Dust pillars in the nebula",
            "credit": "Credit: NASA, ESA, CSA, STScI; Jo Roe (STScI)",
            "agency": "NASA",
        },
    ),
    (
        "et-al-then-journal",
        "The new species of frog. Credit: Ann Lee et al./Kestrel Journal",
        {"photographer": "Ann Lee", "agency": "Kestrel Journal"},
    ),
    (
        "prof-title",
        "The new species of frog. Credit: Prof. Ann Lee",
        {"credit": "Credit: Prof. Ann Lee", "photographer": "Ann Lee", "agency": None},
    ),
    (
        "nasa-tv",
        "The crew waves from the hatch. (Photo: NASA TV)",
        {"photographer": None, "agency": "NASA"},
    ),
    (
        "paper-archives",
        "The mill in 1921. Photo: Kestrel Daily Times archives",
        {"photographer": None, "agency": "Kestrel Daily Times"},
    ),
    (
        "library-archives-courtesy",
        "The mill in 1921. Photo courtesy of Kestrel Public Library archives",
        {"photographer": None, "agency": "Kestrel Public Library"},
    ),
    # Neighbours: "Archives" in an organisation's name stays; a person named like a city stays.
    (
        "state-archives-stays",
        "The mill in 1921. Photo: Kestrel State Archives",
        {"photographer": None, "agency": "Kestrel State Archives"},
    ),
    (
        "agency-then-first-name-city-stays",
        "Smoke rises over the port. REUTERS/Florence Lo",
        {"photographer": "Florence Lo", "agency": "Reuters"},
    ),
    (
        "label-name-agency-bracket-stays",
        "Fans cheer the team. Foto: Jo Roe (dpa)",
        {"photographer": "Jo Roe", "agency": "dpa"},
    ),
]


@_table(SCIENCE_AND_ARCHIVES)
def test_science_and_archives(caption: str, expected: Expected) -> None:
    _check(caption, expected)


# R. Local sources known by a word of their kind (a shire, a township, a water board, a transit
# agency, a hotel, a brewery, a shelter, a lifeboat station); the account that posted a photo
# before or after the social network; a reader named after the word "Reader".
LOCAL_AND_SOCIAL_SOURCES: list[tuple[str, str, Expected]] = [
    (
        "photo-shire",
        "Floodwater covers the road. Photo: Kestrel Shire",
        {"photographer": None, "agency": "Kestrel Shire"},
    ),
    (
        "photo-township",
        "Floodwater covers the road. Photo: Kestrel Township",
        {"photographer": None, "agency": "Kestrel Township"},
    ),
    (
        "photo-water-board",
        "A burst main floods the street. Photo: Kestrel Water",
        {"photographer": None, "agency": "Kestrel Water"},
    ),
    (
        "photo-transit",
        "The new trams on test. Photo: Kestrel Transit",
        {"photographer": None, "agency": "Kestrel Transit"},
    ),
    (
        "photo-brewing",
        "The new taproom. Photo: Kestrel Brewing",
        {"photographer": None, "agency": "Kestrel Brewing"},
    ),
    (
        "photo-lifeboat",
        "The crew reaches the yacht. Photo: Kestrel Lifeboat",
        {"photographer": None, "agency": "Kestrel Lifeboat"},
    ),
    (
        "facebook-then-department",
        "Smoke rises over the town. Photo: Facebook/Kestrel Fire Department",
        {"photographer": None, "agency": "Kestrel Fire Department"},
    ),
    (
        "youtube-then-channel",
        "Smoke rises over the town. Credit: YouTube/Kestrel TV",
        {"photographer": None, "agency": "Kestrel TV"},
    ),
    (
        "reader-then-name",
        "Hail covers the lawn. Photo: Reader Ann Lee",
        {"photographer": "Ann Lee", "agency": None},
    ),
    # Neighbours: a person before a network keeps it as the agency; last names stay people's.
    (
        "person-then-facebook-stays",
        "Hail covers the lawn. Photo: Ann Lee/Facebook",
        {"photographer": "Ann Lee", "agency": "Facebook"},
    ),
    (
        "surname-parish-stays",
        "Hail covers the lawn. Photo by Ann Parish/Reuters",
        {"photographer": "Ann Parish", "agency": "Reuters"},
    ),
    (
        "surname-water-after-ap-stays",
        "Hail covers the lawn. (AP Photo/Tom Water)",
        {"photographer": "Tom Water", "agency": "AP"},
    ),
]


@_table(LOCAL_AND_SOCIAL_SOURCES)
def test_local_and_social_sources(caption: str, expected: Expected) -> None:
    _check(caption, expected)


# S. A photographer who also wrote the story ("Story and photos by Name", "Reporting and
# photography by Name"), and a writer's byline printed after the photo credit ("words by Name",
# "| Story: Name"): the writer is no photographer and no agency.
STORY_AND_PHOTOS: list[tuple[str, str, Expected]] = [
    (
        "story-and-photos-by",
        "Hail covers the lawn. Story and photos by Ann Lee",
        {
            "description": "Hail covers the lawn",
            "credit": "Story and photos by Ann Lee",
            "photographer": "Ann Lee",
        },
    ),
    (
        "reporting-and-photography-by",
        "Hail covers the lawn. Reporting and photography by Ann Lee",
        {"photographer": "Ann Lee", "agency": None},
    ),
    (
        "photos-and-story-by-chain",
        "Hail covers the lawn. Photos and story by Ann Lee/The Kestrel Times",
        {"photographer": "Ann Lee", "agency": "The Kestrel Times"},
    ),
    (
        "photos-then-words-by",
        "Hail covers the lawn. Photos by Ann Lee, words by Tom Ray",
        {"photographer": "Ann Lee", "agency": None},
    ),
    (
        "photo-bar-story",
        "Hail covers the lawn. Photo: Ann Lee | Story: Tom Ray",
        {"photographer": "Ann Lee", "agency": None},
    ),
    # Neighbour: a person's name after a photographer stays a second photographer.
    (
        "two-photographers-stay",
        "Hail covers the lawn. Photos: Ann Lee, Tom Ray/Reuters",
        {"photographer": "Ann Lee; Tom Ray", "agency": "Reuters"},
    ),
]


@_table(STORY_AND_PHOTOS)
def test_story_and_photos(caption: str, expected: Expected) -> None:
    _check(caption, expected)
