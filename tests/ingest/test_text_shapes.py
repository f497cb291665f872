"""The text reader on articles written for these tests in the shapes that real scraped text
takes: markup left in the text, credits alone above or below their captions, credits glued to
either end, captions run together, page furniture, copies, uncredited galleries, and body text
that names an agency but holds no caption. Each article lists the captions a reader must find,
by the start of their text, in reading order."""

from __future__ import annotations

import pytest

from catalog.ingest.sources.text import article_from_text

SHAPES: dict[str, tuple[str, list[str]]] = {
    "credits-run-together": (
        "Storm season\n\n"
        "Waves crash over the sea wall in Nice, France, Oct. 2, 2023. (AP Photo/Lena Roux) "
        "A helicopter flies over a flooded road near Cannes, France, Oct. 2, 2023. "
        "(AP Photo/Lena Roux) Residents clear mud from a shop in Antibes, France, Oct. 3, "
        "2023. (AP Photo/Paul Girard)\n\n"
        "NICE, France (AP) — The storm moved east on Tuesday, officials said.\n",
        ["Waves crash", "A helicopter flies", "Residents clear"],
    ),
    "truncated-then-full-then-credit-alone": (
        "Harbour rescue\n\n"
        "Rescuers pull a fisherman from the surf near the harbour wall in Brest, France, "
        "after a storm damaged dozens of...\n\n"
        "Rescuers pull a fisherman from the surf near the harbour wall in Brest, France, "
        "after a storm damaged dozens of boats on Tuesday.\n\n"
        "(AP Photo/Jean Martin)\n\n"
        "BREST, France (AP) — A storm battered the coast on Tuesday, officials said.\n",
        ["Rescuers pull"],
    ),
    "gallery-printed-three-times": (
        "Pictures of the week\n\n"
        "A farmer walks through a flooded rice field in Nakhon Sawan, Thailand, October 2, "
        "2023. REUTERS/Jorge Silva\n"
        "A farmer walks through a flooded rice field in Nakhon Sawan, Thailand, October 2, "
        "2023....more\n"
        "Reuters / Monday, October 02, 2023\n"
        "A farmer walks through a flooded rice field in Nakhon Sawan, Thailand, October 2, "
        "2023. REUTERS/Jorge Silva\n"
        "Close\n1 / 16\n"
        "A boy plays football on a beach in Gaza City, October 3, 2023. REUTERS/Mohammed Salem\n"
        "A boy plays football on a beach in Gaza City, October 3, 2023....more\n"
        "Reuters / Tuesday, October 03, 2023\n"
        "A boy plays football on a beach in Gaza City, October 3, 2023. REUTERS/Mohammed Salem\n"
        "Close\n2 / 16\n",
        ["A farmer walks", "A boy plays"],
    ),
    "counters-and-image-credit-lines": (
        "The year in pictures\n\n"
        "1 of 3\n"
        "Demonstrators march through the centre of Santiago, Chile, during a general strike\n"
        "Image Credit: AFP\n"
        "2 of 3\n"
        "A volunteer hands out water to pilgrims near Mecca / Temperatures passed 45 degrees\n"
        "Image Credit: AP\n"
        "3 of 3\n"
        '"We will rebuild," says a shop owner standing in the ruins of his store in Hatay\n'
        "Image Credit: Reuters\n",
        ["Demonstrators march", "A volunteer hands", '"We will rebuild'],
    ),
    "spanish-gallery-counters": (
        "Las imágenes del día\n\n"
        "1 de 4\nImagen\n"
        "Un bombero lucha contra las llamas en un bosque cerca de Valencia, España. (Reuters)\n"
        "2 de 4\nImagen\n(Reuters)\n"
        "3 de 4\nImagen\n"
        "Varias personas observan el eclipse desde una azotea en Madrid. (EFE)\n"
        "4 de 4\nImagen\n(AFP)\n",
        ["Un bombero", "Varias personas"],
    ),
    "label-and-name-below-then-copy": (
        "عنوان الخبر\n\n"
        "رجال الإنقاذ يبحثون عن ناجين تحت أنقاض مبنى منهار في مدينة حلب\n"
        "تصوير :\n"
        "محمد العلي\n"
        "رجال الإنقاذ يبحثون عن ناجين تحت أنقاض مبنى منهار في مدينة حلب\n\n"
        "قال مسؤولون إن عمليات البحث ستستمر طوال الليل في المناطق المتضررة من الزلزال.\n",
        ["رجال الإنقاذ"],
    ),
    "credit-line-before-caption": (
        "A city holds its breath\n\n"
        "The council met late into the night to discuss the plan, which would close three "
        "schools and two libraries, members said.\n\n"
        "Pool photo by Kate Miller\n\n"
        "The mayor speaks to reporters outside city hall in Boston on Monday.\n\n"
        "Residents have until Friday to comment on the proposal, the council said in a "
        "statement that was posted on its website.\n\n"
        "Dan Brown for The New York Times\n\n"
        "Protesters gather on the steps of the state house in Boston on Tuesday.\n\n"
        "More meetings are planned for next week.\n",
        ["Pool photo by Kate Miller", "Dan Brown for The New York Times"],
    ),
    "leading-label-credit-same-line": (
        "Новости дня\n\n"
        "Фото: Иван Петров / ТАСС Участники акции идут по Невскому проспекту в Санкт-Петербурге\n\n"
        "Акция продолжалась несколько часов, сообщили организаторы.\n",
        ["Фото: Иван Петров"],
    ),
    "legenda-with-foto-credit": (
        "A atriz posou para os fotógrafos na estreia do filme em Cannes.\n\n"
        "Legenda: A atriz chega ao tapete vermelho do festival em Cannes. Foto: Ana Lopes / AFP\n\n"
        "O filme estreia no Brasil em maio.\n",
        ["A atriz chega"],
    ),
    "exhibition-printed-twice-split": (
        "Exhibition view\n\n"
        "Ana Lima, Blue River, 2019. Oil on canvas, 120 x 90 cm. © Ana Lima. Photo: Tom Weiss\n"
        "Ana Lima, Blue River, 2019.\n"
        "Oil on canvas, 120 x 90 cm.\n"
        "© Ana Lima. Photo: Tom Weiss\n",
        ["Ana Lima, Blue River"],
    ),
    "figure-markup": (
        '<figure><img alt="Engineers test a solar car on a track in Delft, Netherlands" '
        'src="a.jpg" data-caption="Engineers test a solar car on a track in Delft, '
        'Netherlands / Image: TU Delft"><figcaption>Engineers test a solar car on a track in '
        "Delft, Netherlands. <cite>Image: TU Delft</cite></figcaption></figure>\n"
        "<p>The team said the car reached a record speed during the trial.</p>",
        ["Engineers test"],
    ),
    "img-alt-title-and-plain": (
        "The river\n\n"
        '<img src="x.jpg" alt="A heron stands in the shallows of the river Ouse in York, '
        'England, May 3, 2021. REUTERS/Lee Smith" title="A heron stands in the shallows of '
        'the river Ouse in York, England, May 3, 2021. REUTERS/Lee Smith">\n'
        "A heron stands in the shallows of the river Ouse in York, England, May 3, 2021. "
        "REUTERS/Lee Smith\n",
        ["A heron stands"],
    ),
    "paragraph-markup-with-date-lines": (
        "<p>Firefighters battle a blaze at a warehouse in Lyon, France. "
        "(Photo by Marc Blanc/AFP via Getty Images)</p>\n<p>June 3, 2022</p>\n"
        "<p>A child plays in a fountain in Rome, Italy. (Photo by Sara Neri/AFP via Getty "
        "Images)</p>\n<p>June 4, 2022</p>\n",
        ["Firefighters battle", "A child plays"],
    ),
    "credit-paragraphs-after-captions": (
        "Quake aftermath\n\n"
        "Rescue teams search the rubble of a collapsed building in Malatya.\n\n"
        "(DHA Photo)\n\n"
        "A woman is pulled alive from the debris in Hatay on Tuesday.\n\n"
        "(AA Photo)\n\n"
        "The government declared a state of emergency in ten provinces, officials said on "
        "Tuesday, and sent thousands of troops to help.\n",
        ["Rescue teams", "A woman is pulled"],
    ),
    "caption-then-name-agency-line": (
        "Storm photos\n\n"
        "A man wades through a flooded street in Houston, Texas, on August 27, 2017.\n"
        "A man wades through a flooded street in Houston, Texas, on August 27, 2017.\n"
        "MARK RALSTON, AFP via Getty Images\n"
        "Volunteers rescue a dog from a flooded home in Houston, Texas, on August 28, 2017.\n"
        "Volunteers rescue a dog from a flooded home in Houston, Texas, on August 28, 2017.\n"
        "Jane Roe, USA TODAY\n",
        ["A man wades", "Volunteers rescue"],
    ),
    "placeholder-glued-captions": (
        "Les incendies en images\n\n"
        "[Vous devez être inscrit pour voir cette image]Un pompier arrose une maison en feu à "
        "Lisbonne, au Portugal, le 5 août. (AFP PHOTO / Pedro Costa)\n"
        "[Vous devez être inscrit pour voir cette image]Des habitants fuient les flammes près "
        "de Porto, le 6 août. (MIGUEL SILVA / AFP)\n",
        ["Un pompier", "Des habitants"],
    ),
    "no-caption-dateline-and-signoff": (
        "Talks resume\n\n"
        "GENEVA (AFP) - Negotiators met again on Monday, a spokesman told AFP.\n\n"
        "The talks are expected to last a week, diplomats said.\n"
        "– Reuters\n",
        [],
    ),
    "no-caption-agency-dateline": (
        "Roma, 3 mag. (askanews) - Una passeggiata tra i vicoli del centro storico, tra "
        "botteghe e piazze, alla scoperta della città.\n",
        [],
    ),
    "byline-with-agency-is-no-caption": (
        "PHOTOS. Incendies en Californie\n"
        "Par Le Nouvel Obs avec AFP\n"
        "Un cheval près de la route à Middletown, le 13 septembre. (AFP PHOTO/JOSH EDELSON)\n"
        "Une voiture brûlée à Middletown. (AP PHOTO/ERIC RISBERG)\n",
        ["Un cheval", "Une voiture"],
    ),
    "run-without-credits-split-by-title": (
        "Fires in the West This aerial photo shows a fire in Plumas County, California, on "
        "Saturday. Fires in the West A firefighter sprays water on a burning home in "
        "Greenville, California, on Sunday. Fires in the West Fires in the West Smoke rises "
        "over a ridge near South Lake Tahoe on Aug. 30. Fires in the West A helicopter drops "
        "water near Lytle Creek, California.\n",
        ["This aerial photo", "A firefighter sprays", "Smoke rises", "A helicopter drops"],
    ),
    "gallery-counters-without-credits": (
        "Kurtarma çalışmaları\n\n"
        "Bölgeden görüntüler galeride.\n\n"
        "1 / 3\n"
        "Ekipler enkazdan bir çocuğu sağ olarak çıkardı\n"
        "2 / 3\n"
        "Gönüllüler depremzedelere sıcak yemek dağıttı\n"
        "3 / 3\n"
        "Kurtarma ekipleri gece boyunca çalışmalarını sürdürdü\n",
        ["Ekipler enkazdan", "Gönüllüler", "Kurtarma ekipleri"],
    ),
    "first-line-caption-chain-credit-below": (
        "Marta Kos\n"
        "REUTERS/Ivo Horvat\n\n"
        "Die Slowenin gewann am Sonntag das Rennen in Kitzbühel vor zwei Österreicherinnen.\n",
        ["Marta Kos REUTERS/Ivo Horvat"],
    ),
    "agency-and-name-credit-alone-is-no-caption-of-its-own": (
        "Snow in the Alps\n\n"
        "Skiers ride a chair lift above Kitzbühel, Austria, January 8, 2024.\n"
        "REUTERS/Ivo Horvat\n\n"
        "Resorts reported the best conditions in a decade, the tourism board said.\n",
        ["Skiers ride a chair lift above Kitzbühel, Austria, January 8, 2024. REUTERS/Ivo Horvat"],
    ),
    "teasers-are-no-captions": (
        "Gaza\n\n"
        "Smoke rises over Gaza City after an air strike, October 9, 2023. REUTERS/Ivo Horvat\n"
        "The strikes went on through the night, residents said.\n"
        "RELATED: Israel calls up 300,000 reservists (Reuters)\n"
        "Lire aussi : Les images de la nuit (AFP)\n\n"
        "Read more:\n"
        "Floods in Germany: the death toll rises to 150\n"
        "Storm batters the coast as thousands lose power (AP)\n",
        ["Smoke rises over Gaza City"],
    ),
    "video-items-are-no-photos": (
        "Opening night\n\n"
        "The exhibition brings together forty works from the last decade. Critics have "
        "praised its scale, and the gallery expects record numbers.\n\n"
        "Ana Lima, Blue River, 2019. Oil on canvas. © Ana Lima. Photo: Tom Weiss\n"
        "Installation video: Ana Lima, Night Swim, 2021. Courtesy the artist\n\n"
        "A drone flies over the gallery roof on the opening night in Lyon.\n"
        "Video by Jo Roe\n\n"
        "Video: Visitors walk through the main hall of the gallery in Lyon. (Reuters)\n\n"
        "A still image taken from a video shows smoke over the gallery in Lyon. REUTERS/Jo Roe\n",
        ["Ana Lima, Blue River", "A still image taken from a video"],
    ),
    "credit-first-then-caption-label": (
        "Storm hits the coast\n\n"
        "Image source, Getty Images\n\n"
        "Image caption, Waves crash over the harbour wall in Porthcawl on Sunday\n\n"
        "The Met Office issued an amber warning for wind, with gusts of up to 80mph.\n",
        ["Image source, Getty Images Waves crash"],
    ),
    "body-line-between-credited-captions": (
        "Floods in Pakistan\n\n"
        "A boy wades through a flooded street in Jacobabad. Photograph: Ana Lima/AFP/Getty Images\n"
        "More than a thousand people have died since June, officials said on Monday.\n"
        "Families shelter in a camp in Sukkur. Photograph: Omar Said/Reuters\n",
        ["A boy wades", "Families shelter"],
    ),
    "numbered-captions-run-together-with-pipes": (
        "In pictures\n\n"
        "1) Fishermen pull their nets onto the beach at dawn in Dakar. [Jo Roe/Al Jazeera] | "
        "2) A woman sorts fish at the market in Dakar. [Ann Lee/Al Jazeera] | 3) / "
        "4) Boats leave the harbour for the night's fishing. [Jo Roe/Al Jazeera]\n",
        ["1) Fishermen pull", "A woman sorts", "Boats leave"],
    ),
}


@pytest.mark.parametrize("text, expected", list(SHAPES.values()), ids=list(SHAPES))
def test_captions_of_each_shape(text: str, expected: list[str]) -> None:
    found = [caption.text for caption in article_from_text(text, source="test").captions]
    assert len(found) == len(expected), found
    for caption, start in zip(found, expected, strict=True):
        assert caption.startswith(start), (caption, start)
