"""Caption shapes that failed on captions from sites nobody here had studied, one table per
class. The captions are written for these tests, across agencies and languages."""

from __future__ import annotations

import pytest

from catalog.parsing import parse_caption
from catalog.parsing.names import clean_person


@pytest.mark.parametrize(
    ("caption", "date"),
    [
        (
            "Soldiers march in this undated photo released by the state news agency on "
            "March 3, 2021. KCNA via REUTERS",
            None,
        ),
        (
            "A missile is launched in an undated picture released by a government outlet "
            "(KCNA) on Oct. 10, 2022. (KCNA via AP)",
            None,
        ),
        (
            "Crowds gather at the party's annual July 4 picnic in Dayton in 2019. (AP Photo/Jo Roe)",
            "2019",
        ),
        ("Fishermen at dawn. March, 2018. (AFP/Jo Roe)", "2018-03"),
        ("Pilgrims in Mecca on July 19. 2021. (Photo by Jo Roe/Reuters)", "2021-07-19"),
        ("Feiernde Fans am 3. März 2023 in Dortmund. Foto: Jo Roe/dpa", "2023-03-03"),
        ("Des supporters le 14 juillet 2022 à Lyon. (Photo Jo Roe/AFP)", "2022-07-14"),
        ("Aficionados el 5 de mayo de 2023 en Sevilla. EFE/Jo Roe", "2023-05-05"),
        (
            "Manifestantes em 6 de janeiro de 2020, em Brasília. Foto: Jo Roe/Agência Brasil",
            "2020-01-06",
        ),
    ],
    ids=[
        "undated-released-kcna-reuters",
        "undated-released-brackets",
        "year-does-not-complete-earlier-day",
        "month-comma-year",
        "month-day-period-year",
        "german-day-month",
        "french-day-month",
        "spanish-de-de",
        "portuguese-de-de",
    ],
)
def test_photo_date(caption: str, date: str | None) -> None:
    assert parse_caption(caption).date == date


@pytest.mark.parametrize(
    ("written", "stored"),
    [
        ("KARIM AL-MASRI", "Karim Al-Masri"),
        ("JAN VAN DER BERG", "Jan van der Berg"),
        ("CLAIRE DUPONT-MOREAU", "Claire Dupont-Moreau"),
        ("Christophe ARCHAMBAULT", "Christophe Archambault"),
        ("MARIA DOS SANTOS", "Maria dos Santos"),
        ("SEAN O'NEIL", "Sean O'Neil"),
        ("JOHN MACDOUGALL", "John MacDougall"),
        ("J.R. SMITH", "J.R. Smith"),
        ("Staff Sgt. Jane Doe", "Jane Doe"),
        ("Mass Communication Specialist 2nd Class Tom Hale", "Tom Hale"),
        ("Stringer", None),
    ],
    ids=lambda value: str(value),
)
def test_names_in_capitals_with_particles_and_hyphens(written: str, stored: str | None) -> None:
    assert clean_person(written) == stored


def _fields(caption: str) -> tuple[str | None, str | None, str | None, str | None]:
    parsed = parse_caption(caption)
    return parsed.credit, parsed.photographer, parsed.agency, parsed.via


# The credit is not the last thing: a date, a note, a link or the agency follows it.
CREDIT_NOT_LAST = [
    pytest.param(
        "Fans at the game. (AP Photo/Omar Diaz) NYAG105",
        ("AP Photo/Omar Diaz", "Omar Diaz", "AP", None),
        id="bracket-then-wire-slug",
    ),
    pytest.param(
        "Fans at the game. Foto: Lena Ortiz Foto: DPA",
        ("Foto: Lena Ortiz", "Lena Ortiz", "dpa", None),
        id="two-credits-the-second-fills-in",
    ),
    pytest.param(
        "Fans celebrate in Munich on May 3, 2023. (AP Photo/Jo Roe). May 5, 2023",
        ("AP Photo/Jo Roe", "Jo Roe", "AP", None),
        id="bracket-then-posting-date",
    ),
    pytest.param(
        "Crowds in Lyon. (Photo by Ana Weiss). P.S. All pictures are in high resolution.",
        ("Photo by Ana Weiss", "Ana Weiss", None, None),
        id="bracket-then-postscript",
    ),
    pytest.param(
        "Smoke over the harbour in Haifa. (AP Photo/Omar Diaz) Associated Press",
        ("AP Photo/Omar Diaz", "Omar Diaz", "AP", None),
        id="bracket-then-agency-repeated",
    ),
    pytest.param(
        "Fans celebrate in Munich. Foto: Lena Ortiz/dpa +++ dpa-Bildfunk +++",
        ("Foto: Lena Ortiz/dpa", "Lena Ortiz", "dpa", None),
        id="bare-then-wire-marks",
    ),
    pytest.param(
        "Fans in Porto on May 3, 2023. REUTERS/Rina Das. Posted on May 4, 2023",
        ("REUTERS/Rina Das", "Rina Das", "Reuters", None),
        id="bare-then-posted-on",
    ),
    pytest.param(
        "Fans in Porto. Photo: Kim Soto/AFP via Getty Images. www.example.com/licensing",
        ("Photo: Kim Soto/AFP via Getty Images", "Kim Soto", "AFP", "Getty Images"),
        id="bare-then-link",
    ),
    pytest.param(
        "Fans in Porto. EPA/NINA BORG epa10557431",
        ("EPA/NINA BORG", "Nina Borg", "EPA", None),
        id="bare-then-picture-id",
    ),
    pytest.param(
        "Talks ended without a deal on the substance.Leo Grech | AP Photo",
        ("Leo Grech | AP Photo", "Leo Grech", "AP", None),
        id="credit-glued-to-the-stop",
    ),
]


# The credit comes first, on its own line or glued before the caption.
CREDIT_FIRST = [
    pytest.param(
        "Photograph by Sara Amini\nBears fish for salmon in a river in Alaska.\n(Courtesy of"
        " National Geographic Magazine)",
        ("Photograph by Sara Amini", "Sara Amini", "National Geographic", None),
        id="credit-first-second-credit-last",
    ),
    pytest.param(
        "Karim Saab for The New York Times\n\nShoppers crowd a market in Beirut.",
        ("Karim Saab for The New York Times", "Karim Saab", "The New York Times", None),
        id="name-for-publication-line",
    ),
    pytest.param(
        "Pool photo by Dana Holt\n\nThe president speaks in the Rose Garden.",
        ("Pool photo by Dana Holt", "Dana Holt", None, None),
        id="pool-photo-by-line",
    ),
    pytest.param(
        "Ivan Bondar/Bloomberg\nTraders on the floor of the exchange in Frankfurt.",
        ("Ivan Bondar/Bloomberg", "Ivan Bondar", "Bloomberg", None),
        id="name-slash-agency-line",
    ),
    pytest.param(
        "By Emre Kaya, Getty Images\nCrowds outside the stadium in Leeds.",
        ("By Emre Kaya, Getty Images", "Emre Kaya", "Getty Images", None),
        id="by-name-comma-agency-line",
    ),
    pytest.param(
        "Photograph by Sara Amini\nSalmon struggle up a stream in Alaska.",
        ("Photograph by Sara Amini", "Sara Amini", None, None),
        id="photograph-by-line",
    ),
    pytest.param(
        "Chen Shuo for The New York Times A vendor in Shanghai, June 3, 2021.",
        ("Chen Shuo for The New York Times", "Chen Shuo", "The New York Times", None),
        id="name-for-publication-glued",
    ),
]


# Labels in many languages and misspelt, and the separators between name and agency.
LABELS_AND_SEPARATORS = [
    pytest.param(
        "示威者在北京聚集，2014年5月1日。（新华社记者 李明 摄）",
        ("新华社记者 李明 摄", "李明", "Xinhua", None),
        id="chinese-reporter-mark",
    ),
    pytest.param(
        "시민들이 서울 광장에 모였다. 김민수 기자",
        ("김민수 기자", "김민수", None, None),
        id="korean-reporter",
    ),
    pytest.param(
        "Fans at the game. Photo / Kim Soto",
        ("Photo / Kim Soto", "Kim Soto", None, None),
        id="label-slash",
    ),
    pytest.param(
        "Fans at the game. Photos by Ana Weiss and Kim Soto/AP",
        ("Photos by Ana Weiss and Kim Soto/AP", "Ana Weiss; Kim Soto", "AP", None),
        id="two-names-and",
    ),
    pytest.param(
        "Fans at the game. Text and photos: Ana Weiss",
        ("Text and photos: Ana Weiss", "Ana Weiss", None, None),
        id="text-and-photos",
    ),
    pytest.param(
        "Fans at the game. Ana Weiss—AFP/Getty Images",
        ("Ana Weiss—AFP/Getty Images", "Ana Weiss", "AFP", None),
        id="em-dash-unspaced",
    ),
    pytest.param(
        "Fans at the game. Ana Weiss for TIME",
        ("Ana Weiss for TIME", "Ana Weiss", "TIME", None),
        id="for-unknown-publication",
    ),
    pytest.param(
        "Image source, Getty Images Image caption, Crowds outside the palace on Sunday",
        ("Image source, Getty Images", None, "Getty Images", None),
        id="credit-then-caption-label",
    ),
    pytest.param(
        "Demonstranten in Berlin. Foto: picture alliance / dpa | Jo Roe",
        ("Foto: picture alliance / dpa | Jo Roe", "Jo Roe", "dpa", None),
        id="agency-in-lower-case",
    ),
    pytest.param(
        "Manifestants à Paris. Photo AFP",
        ("Photo AFP", None, "AFP", None),
        id="label-word-then-agency",
    ),
    pytest.param(
        "Voters queue at a school in Gdansk.Credit...Anna Nowak for The New York Times",
        ("Credit...Anna Nowak for The New York Times", "Anna Nowak", "The New York Times", None),
        id="label-glued-to-the-stop",
    ),
    pytest.param(
        "Fans at the game. / Photo: Kim Soto",
        ("Photo: Kim Soto", "Kim Soto", None, None),
        id="slash-before-label",
    ),
    pytest.param(
        "A flooded street. (Phoot by Tom Hale/AP Photo)",
        ("Phoot by Tom Hale/AP Photo", "Tom Hale", "AP", None),
        id="misspelt-photo-by",
    ),
    pytest.param(
        "A heron at dawn. (Photo and caption by Ali Sen/Nature Contest)",
        ("Photo and caption by Ali Sen/Nature Contest", "Ali Sen", "Nature Contest", None),
        id="photo-and-caption-by",
    ),
    pytest.param(
        "Une rue inondée à Lyon. Crédit : Ana Weiss/AFP",
        ("Crédit : Ana Weiss/AFP", "Ana Weiss", "AFP", None),
        id="french-credit-label",
    ),
    pytest.param(
        "Ulica w Krakowie. Fot. Jan Kowalski/PAP",
        ("Fot. Jan Kowalski/PAP", "Jan Kowalski", "PAP", None),
        id="polish-fot",
    ),
    pytest.param(
        "Una strada allagata a Roma. foto LaPresse/Leo Grech",
        ("foto LaPresse/Leo Grech", "Leo Grech", "LaPresse", None),
        id="italian-foto-agency-first",
    ),
    pytest.param(
        "A flooded street in Dhaka. Credit - Rina Das/EPA",
        ("Credit - Rina Das/EPA", "Rina Das", "EPA", None),
        id="credit-dash",
    ),
    pytest.param(
        "Broncos fans cheer. Mandatory Credit: Tom Hale-USA TODAY Sports",
        ("Mandatory Credit: Tom Hale-USA TODAY Sports", "Tom Hale", "USA Today Sports", None),
        id="name-hyphen-agency",
    ),
    pytest.param(
        "Broncos fans cheer at the stadium. Dana Holt, The Denver Post",
        ("Dana Holt, The Denver Post", "Dana Holt", "The Denver Post", None),
        id="name-comma-paper",
    ),
    pytest.param(
        "Fans cheer at the stadium. Omar Diaz for the Observer",
        ("Omar Diaz for the Observer", "Omar Diaz", "the Observer", None),
        id="name-for-any-publication",
    ),
    pytest.param(
        "A model on the runway. [Photo/IC]",
        ("Photo/IC", None, "IC", None),
        id="label-as-segment",
    ),
    pytest.param(
        "The president at a rally in Soweto. Image: @partyhq / Twitter",
        ("Image: @partyhq / Twitter", None, "@partyhq", None),
        id="social-handle",
    ),
    pytest.param(
        "The team celebrates after the final whistle. Picture: Supplied",
        ("Picture: Supplied", None, None, None),
        id="generic-source",
    ),
    pytest.param(
        "Protesters in Cairo. تصوير: أحمد علي",
        ("تصوير: أحمد علي", "أحمد علي", None, None),
        id="arabic-label",
    ),
    pytest.param(
        "A lake at dawn in the Alps. Photo by Nina Borg on Unsplash",
        ("Photo by Nina Borg on Unsplash", "Nina Borg", "Unsplash", None),
        id="photo-platform",
    ),
    pytest.param(
        "The mayor speaks at the council. Staff photo by Kim Soto",
        ("Staff photo by Kim Soto", "Kim Soto", None, None),
        id="staff-photo-by",
    ),
    pytest.param(
        "Fans celebrate in Munich. | Lena Ortiz/dpa",
        ("Lena Ortiz/dpa", "Lena Ortiz", "dpa", None),
        id="bar-before-credit",
    ),
    pytest.param(
        "Fans celebrate in Munich — Ana Weiss for The Washington Post",
        ("Ana Weiss for The Washington Post", "Ana Weiss", "The Washington Post", None),
        id="dash-before-credit",
    ),
]


@pytest.mark.parametrize(
    ("caption", "photographer", "agency"),
    [
        pytest.param(
            "Pope Leo waves. Osservatore Romano/Reuters",
            None,
            "Osservatore Romano",
            id="paper-named-like-a-person",
        ),
        pytest.param(
            "A protest in Brasilia. Agencia Brasil/Handout via REUTERS",
            None,
            "Agencia Brasil",
            id="agency-word",
        ),
        pytest.param(
            "Firefighters at the scene. (WXYZ Detroit)",
            None,
            "WXYZ Detroit",
            id="station-call-sign",
        ),
        pytest.param(
            "A film still. (GLOBE PICTURE SERVICE)",
            None,
            "GLOBE PICTURE SERVICE",
            id="org-in-capitals",
        ),
        pytest.param("The new plant opened. (Initech Ltd)", None, "Initech Ltd", id="company"),
        pytest.param(
            "A bride at her wedding. (Jane Roe Photography)",
            None,
            "Jane Roe Photography",
            id="studio",
        ),
        pytest.param(
            "Fans at the game. (maria lopez)", "Maria Lopez", None, id="lower-case-person"
        ),
        pytest.param(
            "Fans at the game. (Tomasz Wierzba/AFP)",
            "Tomasz Wierzba",
            "AFP",
            id="person-then-agency",
        ),
        pytest.param(
            "Fans at the game. (KARIM AL-MASRI/AFP via Getty Images)",
            "Karim Al-Masri",
            "AFP",
            id="capitals-hyphen",
        ),
        pytest.param(
            "Actors arrive. (Jo Roe/Invision/AP)", "Jo Roe", "Invision", id="invision-chain"
        ),
        pytest.param(
            "Actors arrive. Jo Roe/Jo Roe/Getty Images",
            "Jo Roe",
            "Getty Images",
            id="name-repeated",
        ),
        pytest.param(
            "Troops at the base in Kabul. REUTERS/US Army/Sgt. Jo Roe/Handout",
            "Jo Roe",
            "U.S. Army",
            id="handout-marker-chain",
        ),
        pytest.param("Artillery drills. REUTERS/KCNA", None, "Reuters", id="no-marker-first-org"),
    ],
)
def test_person_or_organisation(caption: str, photographer: str | None, agency: str | None) -> None:
    parsed = parse_caption(caption)
    assert (parsed.photographer, parsed.agency) == (photographer, agency)


@pytest.mark.parametrize(
    ("caption", "expected"), [*CREDIT_NOT_LAST, *CREDIT_FIRST, *LABELS_AND_SEPARATORS]
)
def test_credit_fields(
    caption: str, expected: tuple[str | None, str | None, str | None, str | None]
) -> None:
    assert _fields(caption) == expected


@pytest.mark.parametrize(
    ("caption", "location"),
    [
        pytest.param(
            "Ein Platz in Köln am 3. März 2023. Foto: Jo Roe/dpa", "Köln", id="german-am-date"
        ),
        pytest.param(
            "Une rue à Lyon le 23 mars 2023. (Photo Jo Roe/AFP)", "Lyon", id="french-a-le"
        ),
        pytest.param(
            "Una calle en Sevilla el 5 de mayo de 2023. EFE/Jo Roe", "Sevilla", id="spanish-en-el"
        ),
        pytest.param(
            "Trains pass blossoms in Osaka's Kita district. (Photo by Jo Roe/AFP)",
            "Kita district, Osaka",
            id="city-possessive-district",
        ),
        pytest.param(
            "Crowds rally in Kenya's capital Nairobi on May 3, 2019. (AP Photo/Jo Roe)",
            "Nairobi",
            id="country-capital-city",
        ),
        pytest.param(
            "Dancers in the Folk Festival, Riverside Hall, Co. Clare, Ireland on June 3, 2023. (Photo by Jo Roe/Inpho)",
            "Riverside Hall, Co. Clare, Ireland",
            id="venue-then-places",
        ),
        pytest.param(
            "In Lisbon's Old Town, pilgrims carried candles on Sunday. Jo Roe/Reuters",
            "Lisbon's Old Town",
            id="opening-place",
        ),
        pytest.param(
            "Troops train on March 4, 2015 on a beach in Biarritz, southwestern France, as part of drills. (AFP PHOTO / JO ROE)",
            "Biarritz, France",
            id="place-after-date-before-clause",
        ),
        pytest.param(
            "Swimmers in the sea in Rostock close to the island of Usedom, on July 3, 2016. (Photo by Jo Roe/AFP)",
            "Rostock",
            id="place-close-to-another",
        ),
        pytest.param(
            "A cargo ship sails on the northern Atlantic Ocean, June 21, 2019. (Xinhua/Jo Roe)",
            "Atlantic Ocean",
            id="on-an-ocean",
        ),
        pytest.param(
            "The lodge in Aspen, Colo. has reopened after a fire. It now hosts many.",
            "Aspen, Colo.",
            id="town-and-state-mid-sentence",
        ),
        pytest.param(
            "A heron waits for fish. Photo location: Deland, Florida. (Photo by Jo Roe/Contest)",
            "Deland, Florida",
            id="labelled-location",
        ),
        pytest.param(
            "Ein Reiher wartet. Ort: Köln. Foto: Jo Roe", "Köln", id="labelled-location-german"
        ),
        pytest.param(
            "Manifestanti nel centro di Roma il 12 giugno 2021. (Foto Jo Roe/ANSA)",
            "Roma",
            id="italian-centro-di",
        ),
        pytest.param(
            "Des manifestants dans les rues de Marseille, le 14 juillet 2022. (Photo Jo Roe/AFP)",
            "Marseille",
            id="french-rues-de",
        ),
        pytest.param(
            "Manifestantes en las afueras de Madrid el 5 de mayo de 2023. EFE/Jo Roe",
            "Madrid",
            id="spanish-afueras-de",
        ),
        # One street or square of the town, with an indefinite article: "en una calle de".
        pytest.param(
            "Un vecino limpia la nieve en una calle de Burgos el 9 de enero de 2021. EFE/Jo Roe",
            "Burgos",
            id="spanish-una-calle-de",
        ),
        pytest.param(
            "Um homem caminha numa rua de Lisboa. Foto: Jo Roe/Lusa",
            "Lisboa",
            id="portuguese-numa-rua",
        ),
        pytest.param(
            "Crianças brincam em uma rua de Recife em 6 de janeiro de 2020. Foto: Jo Roe/Folhapress",
            "Recife",
            id="portuguese-em-uma-rua",
        ),
    ],
)
def test_location(caption: str, location: str) -> None:
    assert parse_caption(caption).location == location
