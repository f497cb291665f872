"""Credit shapes of captions not in English and of regional press, one table per shape: national
agencies printed in their own script or under their desk's name ("ΑΠΕ-ΜΠΕ", "(وفا)", "dpa-
Zentralbild", "TTXVN"). Every caption is written for these tests (names and events invented),
each shape across several agencies and languages, with neighbours that must keep their reading."""

from __future__ import annotations

from typing import Any

import pytest

from catalog.parsing import parse_caption

Expected = dict[str, Any]


def _check(caption: str, expected: Expected) -> None:
    parsed = parse_caption(caption).to_dict()
    wrong = [
        f"{field}: got {parsed[field]!r}, want {want!r}"
        for field, want in expected.items()
        if parsed[field] != want
    ]
    assert not wrong, f"{caption!r}: " + "; ".join(wrong)


def _table(rows: list[tuple[str, str, Expected]]) -> pytest.MarkDecorator:
    return pytest.mark.parametrize(
        ("caption", "expected"), [(row[1], row[2]) for row in rows], ids=[row[0] for row in rows]
    )


# A. A national agency under the name its own newsrooms print: its script, its desk, its
# local abbreviation. The parser knew the agency under its English name only.
NATIONAL_NAMES: list[tuple[str, str, Expected]] = [
    (
        "greek-ape-mpe-chain",
        "Ο πρωθυπουργός στη Βουλή. ΑΠΕ-ΜΠΕ/ΝΙΚΟΣ ΠΑΠΑΔΑΚΗΣ",
        {"agency": "ANA-MPA", "photographer": "Νικος Παπαδακης"},
    ),
    (
        "arabic-wafa-parenthesis",
        "الرئيس يستقبل الوفد في رام الله. (وفا)",
        {"agency": "WAFA", "photographer": None},
    ),
    (
        "arabic-spa-parenthesis",
        "ولي العهد يستقبل الوزير في الرياض. (واس)",
        {"agency": "SPA", "photographer": None},
    ),
    (
        "arabic-mena-dotted",
        "الرئيس يفتتح المشروع في القاهرة. (أ.ش.أ)",
        {"agency": "MENA", "photographer": None},
    ),
    (
        "arabic-afp-adjective",
        "متظاهرون في شوارع الخرطوم (الفرنسية)",
        {"agency": "AFP", "photographer": None},
    ),
    (
        "arabic-ap-spaced-letters",
        "جنود في موقع الانفجار. (أ ب)",
        {"agency": "AP", "photographer": None},
    ),
    (
        "german-zentralbild-desk",
        "Eisschollen treiben auf der Oder. Foto: Patrick Pleul/dpa-Zentralbild/dpa",
        {"agency": "dpa", "photographer": "Patrick Pleul"},
    ),
    (
        "german-epd-bild",
        "Gläubige beim Kirchentag. Foto: Anna Berg/epd-bild",
        {"agency": "epd", "photographer": "Anna Berg"},
    ),
    (
        "swiss-keystone-ats",
        "Le Conseil fédéral devant la presse. Photo: Keystone-ATS",
        {"agency": "Keystone", "photographer": None},
    ),
    (
        "swedish-tt-full-name",
        "Kungen vid riksmötets öppnande. Foto: Erik Lund/TT NYHETSBYRÅN",
        {"agency": "TT", "photographer": "Erik Lund"},
    ),
    (
        "sport-sid-images-first-of-chain",
        "Die Spieler jubeln nach dem Abpfiff. Foto: SID-IMAGES/AFP",
        {"agency": "SID", "photographer": None},
    ),
    (
        "dutch-hollandse-hoogte-middle",
        "De minister in de Tweede Kamer. ANP / Hollandse Hoogte / Sanne Kok",
        {"agency": "ANP", "photographer": "Sanne Kok"},
    ),
    (
        "polish-agencja-gazeta",
        "Protest przed Sejmem. Fot. Piotr Nowak / Agencja Gazeta",
        {"agency": "Agencja Gazeta", "photographer": "Piotr Nowak"},
    ),
    (
        "mexican-cuartoscuro",
        "Marcha en el Zócalo. Foto: Daniel Ruiz/Cuartoscuro",
        {"agency": "Cuartoscuro", "photographer": "Daniel Ruiz"},
    ),
    (
        "french-maxppp-chain",
        "Le maire devant l'hôtel de ville. © Julie Morel / MAXPPP",
        {"agency": "MAXPPP", "photographer": "Julie Morel"},
    ),
    (
        "arabic-getty-transliterated",
        "حريق في غابات اللاذقية. (غيتي)",
        {"agency": "Getty Images", "photographer": None},
    ),
    (
        "arabic-dpa-letters",
        "مظاهرة أمام البرلمان في برلين. (د ب أ)",
        {"agency": "dpa", "photographer": None},
    ),
    (
        "arabic-kuna",
        "أمير البلاد يستقبل الوزير. (كونا)",
        {"agency": "KUNA", "photographer": None},
    ),
    (
        "arabic-xinhua-transliterated",
        "مهرجان الفوانيس في بكين. (شينخوا)",
        {"agency": "Xinhua", "photographer": None},
    ),
    (
        "english-cnsphoto",
        "Visitors at a lantern fair in Xi'an. Photo: cnsphoto",
        {"agency": "China News Service", "photographer": None},
    ),
    (
        "turkish-aa-label-after",
        "Törende konuşan bakan. (AA Fotoğraf)",
        {"agency": "Anadolu", "photographer": None},
    ),
    # Neighbours: the agency under its English name keeps its reading.
    (
        "near-greek-english-name",
        "Ο πρωθυπουργός στη Βουλή. EPA/ALEXANDROS BELTES",
        {"agency": "EPA", "photographer": "Alexandros Beltes"},
    ),
    (
        "near-arabic-reuters",
        "الرئيس يلقي كلمة في القاهرة. (رويترز)",
        {"agency": "Reuters", "photographer": None},
    ),
]


# B. The credit label of a language the data did not hold: Greek "Φωτ.:", Persian "عکس:" and
# "عکاس:", Hindi "फोटो:", Vietnamese "Ảnh:", Czech "Zdroj:", Hungarian "Fotó:", Indonesian
# "Sumber:", Ukrainian "Джерело:", Danish "Kilde:". The caption read as all description.
LANGUAGE_LABELS: list[tuple[str, str, Expected]] = [
    (
        "greek-abbreviated-label",
        "Ο πρωθυπουργός στη Βουλή. Φωτ.: Reuters",
        {"description": "Ο πρωθυπουργός στη Βουλή", "credit": "Φωτ.: Reuters", "agency": "Reuters"},
    ),
    (
        "greek-full-label-chain",
        "Πυρκαγιά στην Αττική. Φωτογραφία: Eurokinissi/Γιάννης Παπάς",
        {"agency": "Eurokinissi", "photographer": "Γιάννης Παπάς"},
    ),
    (
        "persian-photo-agency",
        "رئیس جمهور در نشست خبری در تهران. عکس: ایرنا",
        {"description": "رئیس جمهور در نشست خبری در تهران", "agency": "IRNA"},
    ),
    (
        "persian-photographer-label",
        "تظاهرات در میدان آزادی. عکاس: مریم رضایی",
        {"photographer": "مریم رضایی", "agency": None},
    ),
    (
        "persian-source-label",
        "بازار بزرگ تهران. منبع: تسنیم",
        {"agency": "Tasnim", "photographer": None},
    ),
    (
        "hindi-photo-parenthesis",
        "मुंबई में भारी बारिश के बाद जलभराव। (फोटो: पीटीआई)",
        {"description": "मुंबई में भारी बारिश के बाद जलभराव।", "agency": "PTI"},
    ),
    (
        "vietnamese-photo-chain",
        "Lễ hội tại Huế. (Ảnh: Minh Đức/TTXVN)",
        {"agency": "VNA", "photographer": "Minh Đức"},
    ),
    (
        "vietnamese-source",
        "Cầu Long Biên về đêm. Nguồn: Reuters",
        {"agency": "Reuters", "photographer": None},
    ),
    (
        "czech-source",
        "Povodně zaplavily vesnice. Zdroj: ČTK",
        {"description": "Povodně zaplavily vesnice", "agency": "ČTK"},
    ),
    (
        "hungarian-photo-chain",
        "Árvíz a Dunán. Fotó: MTI/Kovács Péter",
        {"agency": "MTI", "photographer": "Kovács Péter"},
    ),
    (
        "indonesian-source",
        "Banjir di Jakarta Utara. Sumber: Antara",
        {"description": "Banjir di Jakarta Utara", "agency": "Antara"},
    ),
    (
        "ukrainian-source",
        "Наслідки обстрілу в Харкові. Джерело: Укрінформ",
        {"agency": "Ukrinform", "photographer": None},
    ),
    (
        "danish-source",
        "Dronningen i Aarhus. Kilde: Ritzau Scanpix",
        {"agency": "Ritzau Scanpix", "photographer": None},
    ),
    # Neighbours: the same words inside a sentence stay description.
    (
        "near-persian-word-in-sentence",
        "نمایشگاه عکس در موزه هنرهای معاصر تهران",
        {"credit": None, "agency": None},
    ),
    (
        "near-indonesian-word-in-sentence",
        "Warga melihat foto keluarga yang hilang di Palu",
        {"credit": None, "agency": None},
    ),
]


# C. A label abbreviated with a period and then a colon ("Fot.:", "Φωτ.:", "Dok.:") before a
# chain: the chain was read, but its label was left behind in the description.
ABBREVIATED_LABEL_COLON: list[tuple[str, str, Expected]] = [
    (
        "polish-fot-colon-chain",
        "Posiedzenie Sejmu. Fot.: Anna Wiśniewska/Agencja Gazeta",
        {
            "description": "Posiedzenie Sejmu",
            "credit": "Fot.: Anna Wiśniewska/Agencja Gazeta",
            "photographer": "Anna Wiśniewska",
            "agency": "Agencja Gazeta",
        },
    ),
    (
        "greek-fot-colon-chain",
        "Ο δήμαρχος στη Θεσσαλονίκη. Φωτ.: Νίκος Αλεξίου/Intime News",
        {
            "description": "Ο δήμαρχος στη Θεσσαλονίκη",
            "credit": "Φωτ.: Νίκος Αλεξίου/Intime News",
            "photographer": "Νίκος Αλεξίου",
            "agency": "Intime News",
        },
    ),
    (
        "indonesian-dok-colon",
        "Presiden meninjau pasar di Solo. Dok.: Biro Pers Sekretariat Presiden",
        {
            # "di Solo" is where: a place phrase closing the sentence
            "description": "Presiden meninjau pasar",
            "location": "Solo",
            "agency": "Biro Pers Sekretariat Presiden",
            "photographer": None,
        },
    ),
    # Neighbour: the abbreviated label with no colon keeps its reading.
    (
        "near-polish-fot-no-colon",
        "Posiedzenie Sejmu. Fot. Anna Wiśniewska/Agencja Gazeta",
        {"credit": "Fot. Anna Wiśniewska/Agencja Gazeta", "photographer": "Anna Wiśniewska"},
    ),
]


# D. A label word, then the language's own word for "by": "Foto di Name/AP", "Fotografía de
# Name / EFE", "Foto por Name para Reuters", "Photo par Name/AFP", "Foto von Name/dpa". The
# label and its "by" were read as the photographer's name, or the credit was not found.
LOCAL_BY: list[tuple[str, str, Expected]] = [
    (
        "italian-foto-di-chain",
        "Il sindaco in piazza del Duomo. Foto di Marco Bianchi/AP",
        {
            "credit": "Foto di Marco Bianchi/AP",
            "photographer": "Marco Bianchi",
            "agency": "AP",
        },
    ),
    (
        "spanish-fotografia-de-chain",
        "Los bomberos apagan el fuego. Fotografía de Lucía Romero / EFE",
        {"photographer": "Lucía Romero", "agency": "EFE"},
    ),
    (
        "spanish-foto-por-para",
        "Los bomberos apagan el fuego. Foto por Diego Vargas para Reuters",
        {
            "description": "Los bomberos apagan el fuego",
            "photographer": "Diego Vargas",
            "agency": "Reuters",
        },
    ),
    (
        "portuguese-foto-de-chain",
        "Torcedores na arquibancada. Foto de Paulo Lima/Folhapress",
        {"photographer": "Paulo Lima", "agency": "Folhapress"},
    ),
    (
        "french-photo-par-chain",
        "Les manifestants place de la République. Photo par Claire Dubois/AFP",
        {"photographer": "Claire Dubois", "agency": "AFP"},
    ),
    (
        "german-bild-von-chain",
        "Der Hafen im Nebel. Bild von Anna Schmidt/dpa",
        {"photographer": "Anna Schmidt", "agency": "dpa"},
    ),
    (
        "dutch-foto-door-chain",
        "Fietsers op de dijk. Foto door Koen de Vries/ANP",
        {"photographer": "Koen de Vries", "agency": "ANP"},
    ),
    (
        "swedish-foto-av-chain",
        "Midsommar i Dalarna. Foto av Karin Holm/TT",
        {"photographer": "Karin Holm", "agency": "TT"},
    ),
    # Neighbours: an archive label, a family photo and "foto van de week" stay what they were.
    (
        "near-spanish-archive-label",
        "El puerto en 1990. Foto de archivo: Juan Pérez/EFE",
        {"credit": "Foto de archivo: Juan Pérez/EFE", "photographer": "Juan Pérez"},
    ),
    (
        "near-french-family-photo",
        "Photo de famille des dirigeants du G7 à Hiroshima",
        {"credit": None, "photographer": None},
    ),
    (
        "near-dutch-photo-of-the-week",
        "Foto van de week",
        {"credit": None, "photographer": None},
    ),
    (
        "near-particle-in-name",
        "Il ministro a Bruxelles. Foto: Luca di Pietro/ANSA",
        {"photographer": "Luca di Pietro", "agency": "ANSA"},
    ),
]


# E. "Courtesy of" in the caption's own language: "Foto: cortesía de la Alcaldía de Bogotá",
# "per gentile concessione di ESA", "mit freundlicher Genehmigung des Museums". The source is
# the agency, as "Courtesy of X" gives X; an institution of that language is no person.
LOCAL_COURTESY: list[tuple[str, str, Expected]] = [
    (
        "spanish-foto-cortesia-de-la",
        "Vista aérea del nuevo parque. Foto: cortesía de la Alcaldía de Medellín",
        {
            "description": "Vista aérea del nuevo parque",
            "photographer": None,
            "agency": "Alcaldía de Medellín",
        },
    ),
    (
        "spanish-cortesia-colon-parenthesis",
        "Soldados reparten víveres. (Cortesía: Ejército de Chile)",
        {"photographer": None, "agency": "Ejército de Chile"},
    ),
    (
        "portuguese-cortesia-no-of",
        "O navio chega ao porto. Foto: Cortesia Marinha do Brasil",
        {"photographer": None, "agency": "Marinha do Brasil"},
    ),
    (
        "italian-gentile-concessione",
        "Il rover sulla superficie di Marte. Foto per gentile concessione di ESA",
        {"description": "Il rover sulla superficie di Marte", "agency": "ESA"},
    ),
    (
        "spanish-gentileza",
        "El plantel en el entrenamiento. Gentileza: Club Atlético Rosario",
        {"photographer": None, "agency": "Club Atlético Rosario"},
    ),
    (
        "german-feuerwehr-source",
        "Löscharbeiten am Hafen. Foto: Feuerwehr Hamburg",
        {"photographer": None, "agency": "Feuerwehr Hamburg"},
    ),
    # Neighbours: a person after the courtesy lends the photo; a family names no one.
    (
        "near-spanish-cortesia-person",
        "La abuela en su boda. Foto: cortesía de Ana Martínez",
        {"photographer": None, "agency": "Ana Martínez"},
    ),
    (
        "near-spanish-cortesia-family",
        "La abuela en su boda. Foto: cortesía de la familia",
        {"photographer": None, "agency": None},
    ),
    (
        "near-given-name-marina",
        "La ministra en Brasilia. Foto: Marina Souza/Agência Brasil",
        {"photographer": "Marina Souza", "agency": "Agencia Brasil"},
    ),
]


# F. A press office printed where the photographer stands: "ANSA/UFFICIO STAMPA", "Foto:
# Pressestelle", "Фото: пресс-служба". It names no person, and alone no organisation.
PRESS_OFFICE: list[tuple[str, str, Expected]] = [
    (
        "italian-ansa-ufficio-stampa",
        "Il ministro con i sindaci. ANSA/UFFICIO STAMPA",
        {"photographer": None, "agency": "ANSA"},
    ),
    (
        "italian-ufficio-stampa-of-palace",
        "Il premier con il cancelliere. ANSA/UFFICIO STAMPA PALAZZO CHIGI",
        {"photographer": None, "agency": "ANSA"},
    ),
    (
        "german-pressestelle-alone",
        "Der Minister beim Besuch der Schule. Foto: Pressestelle",
        {
            "description": "Der Minister beim Besuch der Schule",
            "photographer": None,
            "agency": None,
        },
    ),
    (
        "spanish-servicio-de-prensa",
        "El presidente con los ministros. Foto: Servicio de Prensa",
        {"photographer": None, "agency": None},
    ),
    (
        "portuguese-assessoria",
        "O governador na inauguração. Foto: Assessoria de Imprensa",
        {"photographer": None, "agency": None},
    ),
    (
        "russian-press-service",
        "Губернатор на совещании. Фото: пресс-служба",
        {"photographer": None, "agency": None},
    ),
    # Neighbour: a person after the press office's agency stays the photographer.
    (
        "near-ansa-person",
        "Il ministro con i sindaci. ANSA/GIUSEPPE LAMI",
        {"photographer": "Giuseppe Lami", "agency": "ANSA"},
    ),
]


# G. A Japanese caption's tail after "＝": the place and date where it was taken, then "、" and
# the credit ("＝東京都内で2024年3月1日、共同", "…、山田太郎撮影"). The whole tail was read as
# the credit, or as the photographer's name; "代表撮影" (the pool's photo) names no one.
JAPANESE_TAIL: list[tuple[str, str, Expected]] = [
    (
        "kyodo-after-place-and-date",
        "記者会見する外相＝東京・霞が関で2024年3月1日、共同",
        {"credit": "共同", "agency": "Kyodo", "photographer": None, "date": "2024-03-01"},
    ),
    (
        "jiji-after-place",
        "国会で答弁する首相、東京で＝時事",
        {"credit": "時事", "agency": "Jiji"},
    ),
    (
        "staff-photographer-after-date",
        "満開の桜と観光客＝京都市東山区で2024年4月2日、木村一郎撮影",
        {"credit": "木村一郎撮影", "photographer": "木村一郎", "date": "2024-04-02"},
    ),
    (
        "pool-photo-names-no-one",
        "会談に臨む両首脳＝首相官邸で2024年5月10日（代表撮影）",
        {"photographer": None, "agency": None, "date": "2024-05-10"},
    ),
    # Neighbour: the credit right after "＝" keeps its reading.
    (
        "near-reuters-right-after-mark",
        "演説する大統領＝ロイター",
        {"description": "演説する大統領", "credit": "ロイター", "agency": "Reuters"},
    ),
]


# H. A wire's short name in capitals, then the photographer's in capitals, with no separator
# ("ANP REMKO DE WAAL", "ANSA ETTORE FERRARI"); and an agency before its label in another
# language ("MTI Fotó: Name", "ANTARA FOTO: Name"). The caption kept the credit, or the
# agency's name was read into the photographer's.
WIRE_THEN_NAME: list[tuple[str, str, Expected]] = [
    (
        "anp-capitals-particles",
        "Fietsers op de dijk bij Volendam. ANP SANNE VAN DER BERG",
        {"credit": "ANP SANNE VAN DER BERG", "photographer": "Sanne van der Berg", "agency": "ANP"},
    ),
    (
        "ansa-capitals",
        "Il presidente al Quirinale. ANSA GIULIO ROSSI",
        {
            "description": "Il presidente al Quirinale",
            "photographer": "Giulio Rossi",
            "agency": "ANSA",
        },
    ),
    (
        "afp-capitals",
        "Les secours sur place. AFP JEAN DUPONT",
        {"photographer": "Jean Dupont", "agency": "AFP"},
    ),
    (
        "mti-hungarian-label",
        "Árvíz a Dunán. MTI Fotó: Kovács Péter",
        {"credit": "MTI Fotó: Kovács Péter", "photographer": "Kovács Péter", "agency": "MTI"},
    ),
    (
        "antara-label-colon",
        "Banjir di Jakarta Utara. ANTARA FOTO: Budi Santoso",
        {"photographer": "Budi Santoso", "agency": "Antara"},
    ),
    # Neighbours: a handout source before capitals names a mission; an agency's two-word
    # alias and "AFP PHOTO" alone name no one.
    (
        "near-nasa-mission",
        "Astronauts train in a pool. NASA ARTEMIS MISSION",
        {"photographer": None},
    ),
    (
        "near-epa-efe-alias",
        "El presidente en Madrid. EPA EFE",
        {"photographer": None, "agency": "EPA-EFE"},
    ),
    (
        "near-afp-photo",
        "Les secours sur place. AFP PHOTO",
        {"photographer": None, "agency": "AFP"},
    ),
]


# I. Korean and Chinese wire marks: the circled copyright sign ("ⓒ뉴시스"), a wire's dateline
# in lenticular or square brackets before its reporter ("【서울=뉴시스】 김명원 기자"), the
# traditional characters' label and names ("圖／路透社", "（美聯社）").
EAST_ASIAN_MARKS: list[tuple[str, str, Expected]] = [
    (
        "korean-circled-c-glued",
        "시민들이 광장에 모여 있다. ⓒ뉴시스",
        {"description": "시민들이 광장에 모여 있다", "agency": "Newsis", "photographer": None},
    ),
    (
        "korean-circled-c-spaced",
        "시민들이 광장에 모여 있다. ⓒ 연합뉴스",
        {"agency": "Yonhap", "photographer": None},
    ),
    (
        "korean-lenticular-dateline",
        "시민들이 광장에 모여 있다. 【부산=뉴시스】 박수진 기자",
        {"agency": "Newsis", "photographer": "박수진"},
    ),
    (
        "korean-square-dateline-glued",
        "시민들이 광장에 모여 있다. [부산=뉴시스]박수진 기자",
        {"agency": "Newsis", "photographer": "박수진"},
    ),
    (
        "traditional-label-slash",
        "颱風過後的街道。圖／路透社",
        {"agency": "Reuters", "photographer": None},
    ),
    (
        "traditional-ap-bracket",
        "颱風過後的街道。（美聯社）",
        {"agency": "AP", "photographer": None},
    ),
    (
        "simplified-dongfang-ic",
        "游客在西湖边赏花。图片来源：东方IC",
        {"agency": "IC", "photographer": None},
    ),
    # Neighbour: the round-bracket dateline keeps its reading.
    (
        "near-korean-round-dateline",
        "시민들이 광장에 모여 있다. (서울=연합뉴스) 김민수 기자",
        {"agency": "Yonhap", "photographer": "김민수"},
    ),
]


# J. A source that names no one, as the Spanish and Portuguese press print it: "Foto: Especial"
# (a photo sent in from outside), "Foto: Ilustrativa", "Captura de pantalla".
GENERIC_SOURCES: list[tuple[str, str, Expected]] = [
    (
        "spanish-especial",
        "El alcalde durante el recorrido. (Foto: Especial)",
        {"description": "El alcalde durante el recorrido", "agency": None, "photographer": None},
    ),
    (
        "spanish-ilustrativa",
        "Un cajero automático. Foto: Ilustrativa",
        {"agency": None, "photographer": None},
    ),
    (
        "spanish-screen-capture",
        "El mensaje del gobernador. Imagen: Captura de pantalla",
        {"agency": None, "photographer": None},
    ),
    (
        "portuguese-screen-capture",
        "A mensagem do governador. Foto: Captura de tela",
        {"agency": None, "photographer": None},
    ),
    # Neighbour: an agency after the same label stays the agency.
    (
        "near-spanish-cuartoscuro",
        "El alcalde durante el recorrido. (Foto: Cuartoscuro)",
        {"agency": "Cuartoscuro", "photographer": None},
    ),
]


# K. French newsrooms' orders: the agency, a spaced dash, then the photographer ("© AFP -
# LUDOVIC MARIN", "© Radio France - Name"), and a staff photo for a paper whose title stands
# in guillemets ("JEAN DUPONT POUR « LE MONDE »"). Only the name after the dash was the
# credit, or the credit was not found.
FRENCH_ORDERS: list[tuple[str, str, Expected]] = [
    (
        "copyright-afp-dash-capitals",
        "Le ministre de l'Intérieur à Marseille. © AFP - CLÉMENT MAHOUDEAU",
        {
            "credit": "© AFP - CLÉMENT MAHOUDEAU",
            "photographer": "Clément Mahoudeau",
            "agency": "AFP",
        },
    ),
    (
        "copyright-radio-france-dash",
        "La manifestation devant la préfecture. © Radio France - Julie Martin",
        {"photographer": "Julie Martin", "agency": "Radio France"},
    ),
    (
        "photo-maxppp-dash",
        "Le port de Brest sous la pluie. Photo Maxppp - Yves Le Goff",
        {"photographer": "Yves Le Goff", "agency": "MAXPPP"},
    ),
    (
        "staff-for-paper-in-guillemets",
        "Le maire dans son bureau, à Lyon. SOPHIE BERNARD POUR « LE MONDE »",
        {
            "credit": "SOPHIE BERNARD POUR « LE MONDE »",
            "photographer": "Sophie Bernard",
            "agency": "Le Monde",
        },
    ),
    (
        "staff-for-paper-guillemets-normal-case",
        "Le maire dans son bureau. Sophie Bernard pour « Libération »",
        {"photographer": "Sophie Bernard", "agency": "Libération"},
    ),
    # Neighbours: a person before the dash keeps the old order; a handout's source before a
    # dash is no agency of a person.
    (
        "near-person-dash-agency",
        "Le maire dans son bureau. Sophie Bernard - AFP",
        {"photographer": "Sophie Bernard", "agency": "AFP"},
    ),
    (
        "near-paper-without-guillemets",
        "Le maire dans son bureau. Sophie Bernard pour Le Figaro",
        {"photographer": "Sophie Bernard", "agency": "Le Figaro"},
    ),
]


# L. A chain printed before the caption and closed by a mark: "EFE/Juan Pérez | El ...",
# "Foto: ANSA/Ettore Ferrari. Il ...". The photographer's name was cut after its first word,
# the rest of it left at the head of the description.
LEADING_CHAIN_MARK: list[tuple[str, str, Expected]] = [
    (
        "efe-bar",
        "EFE/Lucía Romero | Los bomberos trabajan en el incendio de la fábrica de Alcalá",
        {
            "credit": "EFE/Lucía Romero",
            "photographer": "Lucía Romero",
            "agency": "EFE",
            "description": "Los bomberos trabajan en el incendio de la fábrica de Alcalá",
        },
    ),
    (
        "label-ansa-stop",
        "Foto: ANSA/Ettore Ferrari. Il premier durante la conferenza stampa",
        {
            "credit": "Foto: ANSA/Ettore Ferrari",
            "photographer": "Ettore Ferrari",
            "description": "Il premier durante la conferenza stampa",
        },
    ),
    (
        "reuters-three-words-dash",
        "REUTERS/Ana María Ruiz - Supporters wave flags outside the congress building",
        {"photographer": "Ana María Ruiz", "agency": "Reuters"},
    ),
    (
        "label-tass-cyrillic-bar",
        "Фото: ТАСС/Иван Петров | Участники парада на Красной площади",
        {"photographer": "Иван Петров", "agency": "TASS"},
    ),
    # Neighbours: a chain glued to the caption keeps its reading; a pair of words with a
    # slash before a bar is no credit.
    (
        "near-glued-chain",
        "AFP/Jo Roe Crowds gather outside the stadium before the final",
        {"credit": "AFP/Jo Roe", "photographer": "Jo Roe", "agency": "AFP"},
    ),
    (
        "near-pair-of-words",
        "Israel/Gaza War | Crowds gather outside the hospital as rescuers search the rubble",
        {"credit": None, "agency": None},
    ),
]


# M. Spanish "vía" naming the distributor ("AFP vía Getty Images"), and the Brazilian press's
# day between the photographer and the agency ("Name - 3.mar.2024/Folhapress"). The
# distributor was read into the agency's name; the photographer was left in the description.
VIA_AND_DAY: list[tuple[str, str, Expected]] = [
    (
        "spanish-via-accent",
        "Los equipos de rescate en la zona. Foto: Luis Acosta/AFP vía Getty Images",
        {"photographer": "Luis Acosta", "agency": "AFP", "via": "Getty Images"},
    ),
    (
        "spanish-via-accent-agency-only",
        "Los equipos de rescate en la zona. (Foto: AFP vía Getty Images)",
        {"photographer": None, "agency": "AFP", "via": "Getty Images"},
    ),
    (
        "folha-day-between",
        "Manifestantes na avenida Paulista. Foto: Bruno Santos - 7.set.2023/Folhapress",
        {
            "description": "Manifestantes na avenida Paulista",
            "photographer": "Bruno Santos",
            "agency": "Folhapress",
        },
    ),
    (
        "folha-day-between-no-label",
        "O ministro chega ao Congresso. Pedro Ladeira - 12.out.2023/Folhapress",
        {"credit": "Pedro Ladeira - 12.out.2023/Folhapress", "photographer": "Pedro Ladeira"},
    ),
    # Neighbours: the Milky Way is no distributor; the chain without a day keeps its reading.
    (
        "near-via-lactea",
        "El paseo bajo la Vía Láctea. Foto: NASA",
        {"agency": "NASA", "via": None},
    ),
    (
        "near-folha-no-day",
        "O ministro chega ao Congresso. Pedro Ladeira/Folhapress",
        {"photographer": "Pedro Ladeira", "agency": "Folhapress"},
    ),
]


# N. A Spanish or Portuguese compound name in capitals, particles and all ("JUAN CARLOS DE LA
# TORRE/EFE"): its particles in capitals were counted as words of the name, and its first
# word was left in the description. And sources that name no one in Indonesian, Indian and
# Bangladeshi papers ("Foto: Istimewa", "Photo Credit: Special Arrangement").
CAPITAL_PARTICLES: list[tuple[str, str, Expected]] = [
    (
        "spanish-de-la-capitals-before-efe",
        "Un hombre camina entre los escombros. JUAN CARLOS DE LA TORRE/EFE",
        {"credit": "JUAN CARLOS DE LA TORRE/EFE", "photographer": "Juan Carlos de la Torre"},
    ),
    (
        "portuguese-dos-capitals-before-afp",
        "Torcedores no Maracanã. MARIA JOSÉ DOS SANTOS/AFP",
        {"photographer": "Maria José dos Santos", "agency": "AFP"},
    ),
    (
        "indonesian-istimewa",
        "Petugas memeriksa lokasi kebakaran. (Foto: Istimewa)",
        {"agency": None, "photographer": None},
    ),
    (
        "indian-special-arrangement",
        "Farmers at the market in Guntur. | Photo Credit: Special Arrangement",
        {"agency": None, "photographer": None},
    ),
    (
        "china-daily-domain",
        "Tourists at the Great Wall. [Photo by Wang Jing/chinadaily.com.cn]",
        {"photographer": "Wang Jing", "agency": "China Daily"},
    ),
    # Neighbour: four plain words in capitals before the chain stay a four-word name.
    (
        "near-four-plain-words",
        "Un hombre camina entre los escombros. ANA MARIA LOPEZ GARCIA/EFE",
        {"photographer": "Ana Maria Lopez Garcia", "agency": "EFE"},
    ),
]


# O. The photographer's given names as initials glued together before the chain ("J.C.
# Hidalgo/EFE"), and a labelled name before a spaced dash and the agency ("Foto: Juan Pérez -
# EFE"). The credit was cut at the initials, or the name left in the description.
INITIALS_AND_DASH: list[tuple[str, str, Expected]] = [
    (
        "initials-after-label",
        "El jugador celebra el gol. Foto: J.C. Hidalgo/EFE",
        {"credit": "Foto: J.C. Hidalgo/EFE", "photographer": "J.C. Hidalgo", "agency": "EFE"},
    ),
    (
        "initials-no-label",
        "El jugador celebra el gol en el Bernabéu. J.J. Guillén/EFE",
        {"photographer": "J.J. Guillén", "agency": "EFE"},
    ),
    (
        "initials-english",
        "The striker celebrates his goal. Photo: M.A. Castro/Reuters",
        {"photographer": "M.A. Castro", "agency": "Reuters"},
    ),
    (
        "label-name-dash-agency",
        "El jugador celebra el gol. Foto: Juan Pérez - EFE",
        {"credit": "Foto: Juan Pérez - EFE", "photographer": "Juan Pérez", "agency": "EFE"},
    ),
    (
        "german-city-source",
        "Das neue Rathaus am Abend. Foto: Stadt Köln",
        {"photographer": None, "agency": "Stadt Köln"},
    ),
    # Neighbour: a country's initials end the sentence before the name.
    (
        "near-country-initials",
        "Troops arrive in the U.S. Jo Roe/AP",
        {"credit": "Jo Roe/AP", "photographer": "Jo Roe"},
    ),
]


# P. Text scraped with its spaces lost: a stop glued to the chain's first word ("el gol.EFE/
# Juan Pérez"); and a social account after its platform ("Twitter/@ANI", "Foto: Twitter
# @presidencia"): the account is kept as printed, though it spells a known agency.
GLUED_AND_HANDLES: list[tuple[str, str, Expected]] = [
    (
        "glued-stop-before-efe",
        "El jugador celebra el gol.EFE/Juan Pérez",
        {"description": "El jugador celebra el gol", "credit": "EFE/Juan Pérez", "agency": "EFE"},
    ),
    (
        "glued-stop-before-reuters",
        "Der Spieler jubelt nach dem Tor.REUTERS/Anna Schmidt",
        {"credit": "REUTERS/Anna Schmidt", "photographer": "Anna Schmidt", "agency": "Reuters"},
    ),
    (
        "platform-slash-handle-of-agency",
        "Farmers block the highway near Delhi. Photo: Twitter/@ANI",
        {"agency": "@ANI", "photographer": None},
    ),
    (
        "platform-space-handle",
        "El presidente saluda a los vecinos. Foto: Twitter @presidencia",
        {"agency": "@presidencia", "photographer": None},
    ),
    # Neighbours: a domain name keeps its periods; the agency without "@" is the agency.
    (
        "near-domain-name",
        "Tourists at the Great Wall. Photo: Wang Jing/chinadaily.com.cn",
        {"agency": "China Daily", "photographer": "Wang Jing"},
    ),
    (
        "near-plain-agency",
        "Farmers block the highway near Delhi. Photo: ANI",
        {"agency": "ANI"},
    ),
]


# Q. A Chinese mark meaning "photographed by" before a name, which has no spaces to show it is
# one ("摄影：李学仁"); and the newspapers and broadcasters of Japan, China and Korea under
# their own script ("新华网", "央视", "時事通信社", "동아일보").
CJK_NAMES_AND_MEDIA: list[tuple[str, str, Expected]] = [
    (
        "photographed-by-mark-name",
        "游客在西湖边赏花。摄影：张小龙",
        {"credit": "摄影：张小龙", "photographer": "张小龙", "agency": None},
    ),
    (
        "photographed-by-traditional",
        "遊客在台北101前拍照。攝影：陳美玲",
        {"photographer": "陳美玲", "agency": None},
    ),
    (
        "xinhuanet-source",
        "游客在西湖边赏花。图片来源：新华网",
        {"agency": "Xinhua", "photographer": None},
    ),
    (
        "cctv-chinese",
        "游客在西湖边赏花。图片来源：央视新闻",
        {"agency": "China Central Television", "photographer": None},
    ),
    (
        "donga-korean",
        "시민들이 광장에 모여 있다. 사진=동아일보",
        {"agency": "Dong-A Ilbo", "photographer": None},
    ),
    # Neighbours: an organisation after the mark stays the agency; a name after a picture
    # label (no "photographed by") is not made a person.
    (
        "near-mark-then-known-agency",
        "游客在西湖边赏花。摄影：视觉中国",
        {"agency": "VCG", "photographer": None},
    ),
    (
        "near-english-cctv-footage",
        "The suspect is seen leaving the shop. Photo: CCTV",
        {"agency": "CCTV"},
    ),
]


# R. A slash parting the credit from the caption ("/김주성 기자", "/ © Name / AFP"): the slash
# was read as the chain's first separator, and the name behind it as no one's.
SLASH_BEFORE_CREDIT: list[tuple[str, str, Expected]] = [
    (
        "korean-slash-reporter",
        "시민들이 광장에 모여 있다. /박수진 기자",
        {"credit": "박수진 기자", "photographer": "박수진"},
    ),
    (
        "french-slash-copyright-chain",
        "Le maire devant l'hôtel de ville. / © Julie Morel / AFP",
        {"credit": "© Julie Morel / AFP", "photographer": "Julie Morel", "agency": "AFP"},
    ),
    # Neighbour: the agency alone after the slash keeps its reading.
    (
        "near-korean-slash-agency",
        "시민들이 광장에 모여 있다. /연합뉴스",
        {"agency": "Yonhap", "photographer": None},
    ),
]


_TABLES = [
    NATIONAL_NAMES,
    LANGUAGE_LABELS,
    ABBREVIATED_LABEL_COLON,
    LOCAL_BY,
    LOCAL_COURTESY,
    PRESS_OFFICE,
    JAPANESE_TAIL,
    WIRE_THEN_NAME,
    EAST_ASIAN_MARKS,
    GENERIC_SOURCES,
    FRENCH_ORDERS,
    LEADING_CHAIN_MARK,
    VIA_AND_DAY,
    CAPITAL_PARTICLES,
    INITIALS_AND_DASH,
    GLUED_AND_HANDLES,
    CJK_NAMES_AND_MEDIA,
    SLASH_BEFORE_CREDIT,
]


@_table([row for table in _TABLES for row in table])
def test_world_credit_shapes(caption: str, expected: Expected) -> None:
    _check(caption, expected)
