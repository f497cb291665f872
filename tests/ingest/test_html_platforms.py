"""The HTML reader on caption markup of common publishing platforms, written for these tests
(no real page is copied): each case is one class of markup, found once, and the page
furniture around photos (teasers, author boxes, ads, players, logos) never found."""

from __future__ import annotations

from pathlib import Path

import pytest

from catalog.ingest.sources import read_path

_BODY = "<p>" + "The body of the story runs on for a while. " * 30 + "</p>"


def _page(fragment: str, head: str = "", outside: str = "") -> str:
    return (
        f"<!DOCTYPE html><html><head><title>Story</title>{head}</head><body>"
        f"<article><h1>Headline of the story</h1>{fragment}{_BODY}</article>{outside}"
        "</body></html>"
    )


def _texts(tmp_path: Path, page: str) -> list[str]:
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    (article,) = read_path(path)
    return [c.text for c in article.captions]


def _credits(tmp_path: Path, page: str) -> list[str | None]:
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    (article,) = read_path(path)
    return [c.embedded.get("credit") for c in article.captions]


CAPTIONED = [
    pytest.param(
        '<figure class="wp-block-image size-large"><img decoding="async" width="1024" '
        'height="683" src="a.jpg" alt="" class="wp-image-12" srcset="a.jpg 1024w, a-300.jpg 300w">'
        '<figcaption class="wp-element-caption">Protesters march in Santiago, Chile, October 25, '
        "2019. (AP Photo/Esteban Felix)</figcaption></figure>",
        ["Protesters march in Santiago, Chile, October 25, 2019. (AP Photo/Esteban Felix)"],
        id="wordpress-block-image",
    ),
    pytest.param(
        '<div id="attachment_55" style="width: 1034px" class="wp-caption aligncenter">'
        '<img aria-describedby="caption-attachment-55" class="size-large wp-image-55" '
        'src="a.jpg" alt="Dancers" width="1024" height="683"><p id="caption-attachment-55" '
        'class="wp-caption-text">Dancers at the carnival in Notting Hill, London. Photo: Jo Roe'
        "</p></div>",
        ["Dancers at the carnival in Notting Hill, London. Photo: Jo Roe"],
        id="wordpress-classic-caption",
    ),
    pytest.param(
        '<dl class="wp-caption alignnone"><dt class="wp-caption-dt"><img src="a.jpg" '
        'width="640" height="480"></dt><dd class="wp-caption-dd">A ferry leaves Piraeus, Greece.'
        " (Photo: Eleni Papa)</dd></dl>",
        ["A ferry leaves Piraeus, Greece. (Photo: Eleni Papa)"],
        id="wordpress-definition-list-caption",
    ),
    pytest.param(
        '<figure class="c-media-item"><div class="c-media-item__image"><img src="a.jpg" '
        'alt="Capitol dome"></div><figcaption class="c-media-item__fig-caption">'
        '<span class="c-media-item__caption" data-qa="caption-text">The Capitol dome at dusk in '
        'Washington on Jan. 5.</span> <span class="c-media-item__credit">(Jabin Botsford/The '
        "Washington Post)</span></figcaption></figure>",
        ["The Capitol dome at dusk in Washington on Jan. 5. (Jabin Botsford/The Washington Post)"],
        id="arc-figcaption-with-credit-span",
    ),
    pytest.param(
        '<figure aria-label="media" role="group" class="css-1a48zt4"><div '
        'data-testid="imageContainer-children-Image" class="css-1xdhyk6"><picture><source '
        'media="(max-width: 599px)" srcset="a-small.jpg 600w"><img alt="Workers clear debris" '
        'src="a.jpg" srcset="a.jpg 1024w" width="600" height="400"></picture></div>'
        '<figcaption class="css-jevhma"><span class="css-ec9u4 e13ogyst0">Workers clearing '
        'debris in Kherson, Ukraine, on Monday.</span><span class="css-7jz429 e1z0qqy90">'
        '<span class="visually-hidden">Credit...</span><span><span>Lynsey Addario for The New '
        "York Times</span></span></span></figcaption></figure>",
        [
            "Workers clearing debris in Kherson, Ukraine, on Monday. "
            "Lynsey Addario for The New York Times"
        ],
        id="figcaption-with-hidden-credit-label",
    ),
    pytest.param(
        '<div class="image" data-image-variation="image"><div class="image__container">'
        '<picture class="image__picture"><img src="a.jpg" alt="Smoke" class="image__dam-img" '
        'width="1100" height="619"></picture></div><div class="image__metadata">'
        '<div itemprop="caption" class="image__caption attribution"><span '
        'data-editable="metaCaption" class="inline-placeholder">Smoke rises over Gaza City, '
        "October 9, 2023.</span></div>"
        '<figcaption class="image__credit">Mahmud Hams/AFP/Getty Images</figcaption>'
        "</div></div>",
        ["Smoke rises over Gaza City, October 9, 2023. Mahmud Hams/AFP/Getty Images"],
        id="figcaption-used-as-credit-beside-caption",
    ),
    pytest.param(
        '<figure class="styles__image-container__3"><div class="styles__image__1"><img '
        'src="a.jpg" alt="Kyiv" width="1200" height="800"></div><figcaption '
        'class="text__text__1 image-caption__container" data-testid="Caption"><span '
        'data-testid="Body" class="text__text__2">A man walks past a damaged building in Kyiv, '
        "Ukraine, March 3, 2022. REUTERS/Jane Doe "
        '<a href="https://www.reutersagency.com/licensing" data-testid="Link" target="_blank">'
        'Purchase Licensing Rights<span class="sr-only">, opens new tab</span></a></span>'
        "</figcaption></figure>",
        ["A man walks past a damaged building in Kyiv, Ukraine, March 3, 2022. REUTERS/Jane Doe"],
        id="figcaption-with-licensing-link",
    ),
    pytest.param(
        '<div class="Carousel"><div class="CarouselSlide" data-slidenumber="1">'
        '<bsp-figure class="Figure"><picture><img class="Image" src="a.jpg" alt="Rescuers" '
        'width="599" height="399" loading="lazy"></picture></bsp-figure>'
        '<div class="CarouselSlide-info"><div class="CarouselSlide-infoDescription">'
        "<p>Rescuers search the rubble in Antakya, Turkey, Feb. 8, 2023. (AP Photo/Hussein "
        "Malla)</p></div></div></div>"
        '<div class="CarouselSlide" data-slidenumber="2">'
        '<bsp-figure class="Figure"><picture><img class="Image" src="b.jpg" alt="A woman" '
        'width="599" height="399"></picture></bsp-figure>'
        '<div class="CarouselSlide-info"><div class="CarouselSlide-infoDescription">'
        "<p>A woman mourns beside a collapsed building in Antakya. (AP Photo/Khalil Hamra)</p>"
        "</div></div></div></div>",
        [
            "Rescuers search the rubble in Antakya, Turkey, Feb. 8, 2023. (AP Photo/Hussein Malla)",
            "A woman mourns beside a collapsed building in Antakya. (AP Photo/Khalil Hamra)",
        ],
        id="slide-description-beside-custom-figure",
    ),
    pytest.param(
        '<bsp-figure class="Figure"><picture><img class="Image" src="a.jpg" width="800" '
        'height="533"></picture><div class="Figure-caption"><p>President Joe Biden speaks in '
        "Washington, Jan. 5, 2024. (AP Photo/Evan Vucci)</p></div></bsp-figure>",
        ["President Joe Biden speaks in Washington, Jan. 5, 2024. (AP Photo/Evan Vucci)"],
        id="custom-figure-element-caption",
    ),
    pytest.param(
        '<ul class="gallery__list"><li class="gallery__item"><figure class="gallery__figure">'
        '<div class="gallery__img-container"><picture><img class="gallery__img" src="a.jpg" '
        'alt=""></picture></div><figcaption class="gallery__figcaption"><h2 '
        'class="gallery__caption__title">Lisbon, Portugal</h2><div class="gallery__caption">'
        "<p>Surfers wait for waves at Carcavelos beach.</p></div><p "
        'class="gallery__credit">Photograph: Pedro Nunes/Reuters</p></figcaption></figure></li>'
        '<li class="gallery__item"><figure class="gallery__figure"><picture><img src="b.jpg">'
        '</picture><figcaption class="gallery__figcaption"><h2 class="gallery__caption__title">'
        'Kyoto, Japan</h2><div class="gallery__caption"><p>Visitors under cherry blossom.</p>'
        '</div><p class="gallery__credit">Photograph: Kim Kyung-Hoon/Reuters</p></figcaption>'
        "</figure></li></ul>",
        [
            "Lisbon, Portugal Surfers wait for waves at Carcavelos beach. "
            "Photograph: Pedro Nunes/Reuters",
            "Kyoto, Japan Visitors under cherry blossom. Photograph: Kim Kyung-Hoon/Reuters",
        ],
        id="gallery-figcaption-with-title-and-credit",
    ),
    pytest.param(
        '<figure class="article-featured-image"><div class="responsive-image"><img '
        'loading="lazy" src="a.jpg" alt="Palestinians inspect a house" width="770" '
        'height="513"></div><figcaption>Palestinians inspect a destroyed house in Rafah, in the '
        "southern Gaza Strip [Mohammed Salem/Reuters]</figcaption></figure>",
        [
            "Palestinians inspect a destroyed house in Rafah, in the southern Gaza Strip "
            "[Mohammed Salem/Reuters]"
        ],
        id="figcaption-with-bracketed-credit",
    ),
    pytest.param(
        '<div class="field field--name-field-image field--type-image field--label-hidden">'
        '<div class="field__item"><img src="a.jpg" width="900" height="600" alt="Farmers"></div>'
        "</div>"
        '<div class="field field--name-field-caption field--type-string field--label-hidden '
        'field__item">Farmers harvest rice near Hanoi, Vietnam.</div>'
        '<div class="field field--name-field-credit field--type-string field--label-hidden '
        'field__item">Photo: Nguyen Van Binh</div>',
        ["Farmers harvest rice near Hanoi, Vietnam. Photo: Nguyen Van Binh"],
        id="field-caption-and-field-credit",
    ),
    pytest.param(
        '<figure class="kg-card kg-image-card kg-width-wide kg-card-hascaption"><img '
        'src="a.jpg" class="kg-image" alt="" loading="lazy" width="2000" height="1333">'
        '<figcaption><span style="white-space: pre-wrap;">Fog over the Golden Gate Bridge. '
        'Photo by </span><a href="https://unsplash.com/@jo"><span style="white-space: '
        'pre-wrap;">Jo Roe</span></a><span style="white-space: pre-wrap;"> on </span><a '
        'href="https://unsplash.com"><span style="white-space: pre-wrap;">Unsplash</span></a>'
        "</figcaption></figure>",
        ["Fog over the Golden Gate Bridge. Photo by Jo Roe on Unsplash"],
        id="figcaption-with-linked-credit-parts",
    ),
    pytest.param(
        '<figure class="paragraph-image"><div role="button" tabindex="0" class="ah ai aj">'
        '<picture><source srcset="a.webp" type="image/webp"><img alt="" width="700" height="467" '
        'role="presentation" src="a.jpg"></picture></div><figcaption class="mh mi mj" '
        'data-selectable-paragraph="">Photo by <a class="af mm" href="https://unsplash.com/@jo" '
        'rel="noopener ugc nofollow">Jo Roe</a> on <a class="af mm" '
        'href="https://unsplash.com">Unsplash</a></figcaption></figure>',
        ["Photo by Jo Roe on Unsplash"],
        id="credit-only-figcaption-mostly-links",
    ),
    pytest.param(
        '<figure><img src="a.jpg"><figcaption>Photo: <a href="https://www.gettyimages.com">'
        "Getty Images</a></figcaption></figure>",
        ["Photo: Getty Images"],
        id="credit-only-figcaption-one-link",
    ),
    pytest.param(
        '<figure class="lazy"><picture><source data-srcset="a.webp 1x"><img class="lazyload" '
        'data-src="a.jpg" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Snow covers '
        'Red Square in Moscow, Russia. (Photo: Ivan Petrov/TASS)"></picture><noscript><img '
        'src="a.jpg" alt="Snow covers Red Square in Moscow, Russia. (Photo: Ivan Petrov/TASS)">'
        "</noscript><figcaption>Snow covers Red Square in Moscow, Russia. (Photo: Ivan Petrov/"
        "TASS)</figcaption></figure>",
        ["Snow covers Red Square in Moscow, Russia. (Photo: Ivan Petrov/TASS)"],
        id="lazy-image-noscript-copy",
    ),
    pytest.param(
        '<div class="lead-gallery"><img data-src="a.jpg" data-caption="Crowds fill the square '
        'in Lisbon, Portugal. (Photo: Ana Reis/Lusa)"><noscript><img src="a.jpg" '
        'data-caption="Crowds fill the square in Lisbon, Portugal. (Photo: Ana Reis/Lusa)">'
        "</noscript></div>",
        ["Crowds fill the square in Lisbon, Portugal. (Photo: Ana Reis/Lusa)"],
        id="data-caption-with-noscript-copy",
    ),
    pytest.param(
        '<div class="slideshow"><div class="slides"><div class="slide"><img src="1.jpg" '
        'width="1200" height="800"><div class="slide-caption">Lava flows near Grindavik, '
        'Iceland. (Photo: Jon Jonsson/AFP)</div></div><div class="slide"><img src="2.jpg" '
        'width="1200" height="800"><div class="slide-caption">Residents watch from a hill. '
        '(Photo: Jon Jonsson/AFP)</div></div></div><div class="thumbs"><a href="#s1"><img '
        'src="1t.jpg" width="80" height="60" alt="Lava flows near Grindavik, Iceland. (Photo: '
        'Jon Jonsson/AFP)"></a><a href="#s2"><img src="2t.jpg" width="80" height="60" '
        'alt="Residents watch from a hill. (Photo: Jon Jonsson/AFP)"></a></div></div>',
        [
            "Lava flows near Grindavik, Iceland. (Photo: Jon Jonsson/AFP)",
            "Residents watch from a hill. (Photo: Jon Jonsson/AFP)",
        ],
        id="slideshow-with-thumbnail-copies",
    ),
    pytest.param(
        '<figure class="e-image e-image--hero"><span class="e-image__inner"><span '
        'class="e-image__image"><picture><img src="a.jpg" alt="A rover"></picture></span></span>'
        '<span class="e-image__meta"><figcaption>The rover on the surface of Mars.</figcaption>'
        "<cite>Photo by NASA/JPL-Caltech via Getty Images</cite></span></figure>",
        ["The rover on the surface of Mars. Photo by NASA/JPL-Caltech via Getty Images"],
        id="cite-credit-beside-figcaption",
    ),
    pytest.param(
        '<figure class="gnt_em gnt_em_img"><div class="gnt_em_img_w"><img class="gnt_em_img_i" '
        'src="a.jpg" alt="Fans cheer" width="660" height="371"></div><figcaption '
        'class="gnt_em_img_ccr" data-c-caption="Fans cheer during the game in Kansas City, '
        'Missouri, Feb. 4, 2024." data-c-credit="Jo Roe, USA TODAY Sports"></figcaption></figure>',
        [
            "Fans cheer during the game in Kansas City, Missouri, Feb. 4, 2024. "
            "Jo Roe, USA TODAY Sports"
        ],
        id="caption-in-data-attributes-of-empty-caption",
    ),
    pytest.param(
        '<figure><amp-img src="a.jpg" width="1200" height="800" layout="responsive" '
        'alt="Snow"></amp-img><figcaption>Snow falls on Sapporo, Japan. (Kyodo)</figcaption>'
        "</figure>",
        ["Snow falls on Sapporo, Japan. (Kyodo)"],
        id="amp-image-figure",
    ),
    pytest.param(
        '<div class="article-image"><amp-img src="a.jpg" width="1200" height="800" '
        'layout="responsive"></amp-img><div class="article-image__caption">Tulips at Keukenhof, '
        'Netherlands.</div><div class="article-image__credit">Piroschka van de Wouw/Reuters'
        "</div></div>",
        ["Tulips at Keukenhof, Netherlands. Piroschka van de Wouw/Reuters"],
        id="amp-image-caption-and-credit",
    ),
    pytest.param(
        '<table align="center" class="tr-caption-container"><tbody><tr><td><a '
        'href="https://img.example.org/b/s1600/pic.jpg"><img height="400" src="pic.jpg" '
        'width="600"></a></td></tr><tr><td class="tr-caption">The old mill at Ballyvaughan, '
        "Co. Clare</td></tr></tbody></table>",
        ["The old mill at Ballyvaughan, Co. Clare"],
        id="caption-row-of-a-layout-table",
    ),
    pytest.param(
        '<figure class="sqs-block-image-figure"><div class="image-block-wrapper"><img '
        'data-src="a.jpg"></div><figcaption class="image-caption-wrapper"><div '
        'class="image-caption"><p>Card tables on a desk in Leeds. Photo: Jo Roe</p></div>'
        "</figcaption></figure>"
        '<figure><img src="b.jpg"><figcaption>Close friends gather in Accra, Ghana. (Photo: '
        "Kwame Mensah)</figcaption></figure>",
        [
            "Card tables on a desk in Leeds. Photo: Jo Roe",
            "Close friends gather in Accra, Ghana. (Photo: Kwame Mensah)",
        ],
        id="caption-starting-with-a-ui-word",
    ),
    pytest.param(
        '<figure class="caas-figure"><div class="caas-img-container"><img src="a.jpg"></div>'
        '<figcaption class="caption-collapse">Getty Images</figcaption></figure>',
        ["Getty Images"],
        id="short-figcaption-with-control-class",
    ),
    pytest.param(
        '<div class="gallery"><div class="slide"><img src="a.jpg"><div class="slide-caption">'
        '<span class="slide-count">1 of 12</span> Goats on a hillside in Crete, Greece (Photo: '
        'Nikos Arvanitis)</div></div><div class="slide"><img src="b.jpg"><div '
        'class="slide-caption">2 / 12 Olive harvest near Chania (Photo: Nikos Arvanitis)</div>'
        '</div></div><figure><img src="a.jpg"><figcaption>Goats on a hillside in Crete, Greece '
        "(Photo: Nikos Arvanitis)</figcaption></figure>",
        [
            "Goats on a hillside in Crete, Greece (Photo: Nikos Arvanitis)",
            "Olive harvest near Chania (Photo: Nikos Arvanitis)",
        ],
        id="slide-counter-before-caption",
    ),
    pytest.param(
        '<figure><img src="a.jpg"><figcaption>Riders in Mongolia. (Photo: Jo Roe) <a href="#" '
        'class="share-link">Share</a> <span>Expand</span></figcaption></figure>',
        ["Riders in Mongolia. (Photo: Jo Roe)"],
        id="share-link-and-button-label-in-caption",
    ),
    pytest.param(
        '<div class="wp-caption"><a href="https://site.example.org/2023/05/story/mill/" '
        'rel="attachment wp-att-9"><img src="a.jpg" width="600" height="400"></a><p '
        'class="wp-caption-text">The old mill at Ballyvaughan.</p></div>',
        ["The old mill at Ballyvaughan."],
        id="picture-linked-to-its-attachment-page",
    ),
    pytest.param(
        '<div class="photo desktop-only"><img src="a.jpg"><p class="caption">Farmers protest '
        'in Brussels, Belgium. Photo: Jo Roe/AP</p></div><div class="photo mobile-only"><img '
        'src="a.jpg"><p class="caption">Farmers protest in Brussels, Belgium. (Jo Roe/AP)</p>'
        "</div>",
        ["Farmers protest in Brussels, Belgium. Photo: Jo Roe/AP"],
        id="responsive-copy-with-credit-written-otherwise",
    ),
    pytest.param(
        '<div class="gallery"><a href="big1.jpg" data-fancybox="g" data-caption="Divers off '
        'Malta (Photo: Jo Roe/Reuters)"><img src="t1.jpg" width="300" height="200"></a><a '
        'href="big2.jpg" title="A reef near Gozo (Photo: Jo Roe/Reuters)"><img src="t2.jpg" '
        'width="300" height="200"></a><a href="/other-story" data-caption="Another story '
        'people read"><img src="t3.jpg" width="300" height="200"></a></div>',
        ["Divers off Malta (Photo: Jo Roe/Reuters)", "A reef near Gozo (Photo: Jo Roe/Reuters)"],
        id="caption-on-the-lightbox-link",
    ),
    pytest.param(
        '<div class="lead"><img src="a.jpg" data-caption="Farmers protest in Brussels, '
        'Belgium." data-credit="Jo Roe/AP" data-has-caption="true"></div>',
        ["Farmers protest in Brussels, Belgium. Jo Roe/AP"],
        id="image-caption-and-credit-attributes",
    ),
    pytest.param(
        '<figure><img src="a.jpg"><figcaption><details><summary>Caption</summary>Workers '
        "repair a dam in Kakhovka, Ukraine. (Photo: Jo Roe/AP)</details></figcaption></figure>",
        ["Workers repair a dam in Kakhovka, Ukraine. (Photo: Jo Roe/AP)"],
        id="collapsible-caption",
    ),
    pytest.param(
        '<figure class="image"><img src="a.jpg"><p>Crowds gather in Tahrir Square, Cairo. '
        "(Photo: Jo Roe/AP)</p></figure>"
        '<figure><img src="b.jpg"><div class="desc">Night falls over the Nile</div></figure>',
        [
            "Crowds gather in Tahrir Square, Cairo. (Photo: Jo Roe/AP)",
            "Night falls over the Nile",
        ],
        id="figure-text-without-caption-element",
    ),
    pytest.param(
        '<figure><img src="a.jpg"><span class="credit">Getty Images</span></figure>'
        '<div class="photo"><img src="b.jpg"><div class="photo-credit">Photo: Jo Roe/Reuters'
        "</div></div>",
        ["Getty Images", "Photo: Jo Roe/Reuters"],
        id="credit-only-photo-blocks",
    ),
    pytest.param(
        '<div class="item"><div class="wrap"><img src="a.jpg" alt="Police at the scene in Oslo '
        '(Photo: NTB)"></div><p class="caption">Officers guard the square in Oslo, Norway, on '
        "Saturday. (Photo: Jo Roe/NTB)</p></div>",
        ["Officers guard the square in Oslo, Norway, on Saturday. (Photo: Jo Roe/NTB)"],
        id="credited-alt-text-beside-a-caption-of-the-wrapper",
    ),
    pytest.param(
        '<figure><img src="a.jpg"><figcaption>Tanks near Bakhmut, Ukraine. <span '
        'class="credit-logo agency-brand">Reuters</span></figcaption></figure>',
        ["Tanks near Bakhmut, Ukraine. Reuters"],
        id="agency-named-as-a-logo-in-the-caption",
    ),
    pytest.param(
        '<figure><img src="a.jpg"><figcaption>Image 3 of 12: Lanterns over Chiang Mai, '
        "Thailand. (Photo: Jo Roe/EPA)</figcaption></figure>",
        ["Lanterns over Chiang Mai, Thailand. (Photo: Jo Roe/EPA)"],
        id="gallery-counter-written-out",
    ),
    pytest.param(
        '<div class="gallery"><div class="gallery-description"><p>The week in pictures: our '
        'pick of the best news photos from around the world.</p></div><div class="slide">'
        '<img src="a.jpg"><div class="slide-caption">Lanterns over Chiang Mai (Photo: Jo Roe/'
        "EPA)</div></div></div>",
        ["Lanterns over Chiang Mai (Photo: Jo Roe/EPA)"],
        id="gallery-introduction-is-no-caption",
    ),
]


@pytest.mark.parametrize("fragment, expected", CAPTIONED)
def test_platform_caption_markup(tmp_path: Path, fragment: str, expected: list[str]) -> None:
    assert _texts(tmp_path, _page(fragment)) == expected


FURNITURE = [
    pytest.param(
        '<section class="c-related-list"><h2>Read more</h2><article class="c-card"><a '
        'href="/2023/10/other-story"><img src="t.jpg" width="300" height="200" alt="Rescue '
        'teams (AP Photo/Jo Roe)"></a><h3><a href="/2023/10/other-story">Rescue teams reach '
        'the village</a></h3></article><article class="c-card"><figure><img src="t2.jpg">'
        "<figcaption>Markets fall in Tokyo, Japan. (Kyodo)</figcaption></figure><h3><a "
        'href="/2023/10/markets">Markets fall</a></h3></article></section>',
        id="related-cards-made-of-article-elements",
    ),
    pytest.param(
        '<div class="story-list"><a href="/news/world-123" class="card-link"><div '
        'class="card"><img src="t.jpg"><div class="card-caption">Flooding in Valencia, Spain '
        "(Photo: Jo Roe/EFE)</div></div></a></div>",
        id="caption-inside-link-to-another-story",
    ),
    pytest.param(
        '<div class="writer-info"><figure><img src="jo.jpg" width="64" height="64" alt="Jo Roe">'
        "<figcaption>Jo Roe</figcaption></figure><p>Jo Roe covers science.</p></div>",
        id="small-headshot-figure",
    ),
    pytest.param(
        '<div id="div-gpt-ad-1234-0" class="gpt-slot"><figure><img src="ad.jpg"><figcaption>'
        "Summer sale (Photo: Brand)</figcaption></figure></div>"
        '<div class="adsbygoogle-wrapper"><ins class="adsbygoogle"></ins><div class="caption">'
        "Advertisement</div></div>",
        id="ad-slots",
    ),
    pytest.param(
        '<div class="jwplayer jw-reset" id="jwplayer_1"><img src="poster.jpg" width="640" '
        'height="360"><div class="jw-title caption">Watch: crowds in Rome (Reuters)</div></div>'
        '<figure><video-js class="vjs-default-skin" data-video-id="1"></video-js><figcaption>'
        "Drone footage of the fire (Video: Jo Roe/AP)</figcaption></figure>"
        '<figure><amp-youtube data-videoid="x" width="480" height="270"></amp-youtube>'
        "<figcaption>Highlights of the match (Video: ESPN)</figcaption></figure>"
        '<div itemscope itemtype="https://schema.org/VideoObject"><img src="thumb.jpg" '
        'width="640" height="360"><p class="caption">Interview with the mayor (Video: CBC)</p>'
        "</div>",
        id="video-players-of-many-kinds",
    ),
    pytest.param(
        '<div class="site-brand"><img src="brand.png" alt="The Daily (Photo: Staff)"></div>'
        '<span class="icon-wrapper"><img src="i.svg" width="24" height="24" alt="Share (AP)"></span>',
        id="logos-and-icons",
    ),
    pytest.param(
        '<figure><img src="a.jpg"><figcaption>Image</figcaption></figure>'
        '<figure><img src="b.jpg"><figcaption>1 / 12</figcaption></figure>'
        '<figure><img src="c.jpg"><figcaption>Photo 3 of 12</figcaption></figure>',
        id="placeholder-captions",
    ),
    pytest.param(
        '<div id="onetrust-banner-sdk" class="otFlat"><img src="cookie.png" alt="Cookies '
        '(Photo: Shutterstock)"><p class="caption">We use cookies (Photo: Shutterstock)</p></div>'
        '<div class="cookie-consent"><figure><img src="c.jpg"><figcaption>Cookies (Photo: '
        "Getty Images)</figcaption></figure></div>",
        id="cookie-banners",
    ),
    pytest.param(
        '<div class="grid"><div class="card"><a href="/politics/x"><img src="t.jpg" width="400" '
        'height="225"></a><div class="card__content"><span class="caption">Politics</span><h3><a '
        'href="/politics/x">Senate passes the budget</a></h3></div></div><div '
        'class="story-card"><img src="t2.jpg" width="400" height="225"><div '
        'class="image-caption">Senators leave the chamber (Jo Roe/AP)</div><h3><a href="/y">'
        "Senate passes the budget</a></h3></div></div>",
        id="cards-with-linked-headlines",
    ),
]


@pytest.mark.parametrize("fragment", FURNITURE)
def test_page_furniture_is_no_caption(tmp_path: Path, fragment: str) -> None:
    photo = (
        '<figure><img src="p.jpg"><figcaption>The photo of the story, Paris, France. '
        "(Photo: Jo Roe/AFP)</figcaption></figure>"
    )
    assert _texts(tmp_path, _page(photo + fragment)) == [
        "The photo of the story, Paris, France. (Photo: Jo Roe/AFP)"
    ]


def test_furniture_outside_the_article_element(tmp_path: Path) -> None:
    outside = "".join(str(param.values[0]) for param in FURNITURE)
    photo = (
        '<figure><img src="p.jpg"><figcaption>The photo of the story, Paris, France. '
        "(Photo: Jo Roe/AFP)</figcaption></figure>"
    )
    assert _texts(tmp_path, _page(photo, outside=outside)) == [
        "The photo of the story, Paris, France. (Photo: Jo Roe/AFP)"
    ]


def test_credit_figcaption_before_its_caption_is_read_as_the_credit(tmp_path: Path) -> None:
    fragment = (
        '<div class="image"><picture><img src="a.jpg" width="800" height="500"></picture>'
        '<figcaption class="image__credit">Mahmud Hams/AFP/Getty Images</figcaption>'
        '<div class="image__caption"><span>Smoke rises over Gaza City.</span></div></div>'
    )
    page = _page(fragment)
    assert _texts(tmp_path, page) == ["Smoke rises over Gaza City. Mahmud Hams/AFP/Getty Images"]
    assert _credits(tmp_path, page) == ["Mahmud Hams/AFP/Getty Images"]


def test_headshot_sized_by_inline_style(tmp_path: Path) -> None:
    fragment = (
        '<div class="article-writer"><figure><img src="jo.jpg" style="width: 48px; height: 48px">'
        "<figcaption>Jo Roe</figcaption></figure></div>"
    )
    assert _texts(tmp_path, _page(fragment)) == []


_SEO_GRAPH = """<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
 {"@type": "NewsArticle", "headline": "H", "image": {"@id": "https://x.org/a/#primaryimage"},
  "author": {"@id": "https://x.org/#/schema/person/1"}},
 {"@type": "ImageObject", "@id": "https://x.org/a/#primaryimage", "url": "a.jpg",
  "caption": "Protesters in Santiago, Chile. (AP Photo/Esteban Felix)"},
 {"@type": "Organization", "name": "The Daily", "image": {"@id": "https://x.org/#/logo"},
  "logo": {"@type": "ImageObject", "@id": "https://x.org/#/logo", "url": "l.png",
   "caption": "The Daily"}},
 {"@type": "ImageObject", "@id": "https://x.org/#/logo", "url": "l.png",
  "caption": "The Daily masthead"},
 {"@type": "Person", "@id": "https://x.org/#/schema/person/1", "name": "Jo Roe",
  "image": {"@type": "ImageObject", "url": "g.jpg", "caption": "Jo Roe"}}]}</script>
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "H",
 "image": [{"url": "b-16x9.jpg", "caption": "Miners in Soweto. REUTERS/Siphiwe Sibeko"},
  {"url": "b-4x3.jpg", "caption": "Miners in Soweto. REUTERS/Siphiwe Sibeko"}],
 "video": {"@type": "VideoObject", "name": "Clip", "caption": "Watch the storm (Reuters)",
  "thumbnail": {"@type": "ImageObject", "url": "t.jpg", "caption": "Storm (Reuters)"}},
 "relatedLink": [{"@type": "NewsArticle", "headline": "Other", "image": {"@type":
  "ImageObject", "caption": "Another story's photo (AP Photo/Jo Roe)"}}]}</script>
<script type="application/ld+json">{"@type": "ItemList", "itemListElement": [{"@type":
 "ListItem", "item": {"@type": "NewsArticle", "image": {"caption": "Teaser (Reuters)"}}}]}
</script>"""


def test_json_ld_photos_but_no_logo_portrait_or_video_thumbnail(tmp_path: Path) -> None:
    fragment = (
        '<figure><img src="a.jpg"><figcaption>Protesters in Santiago, Chile. (AP Photo/Esteban '
        "Felix)</figcaption></figure>"
    )
    assert _texts(tmp_path, _page(fragment, head=_SEO_GRAPH)) == [
        "Protesters in Santiago, Chile. (AP Photo/Esteban Felix)",
        "Miners in Soweto. REUTERS/Siphiwe Sibeko",
    ]


@pytest.mark.parametrize(
    "fragment, expected",
    [
        pytest.param("", ["Miners in Soweto, South Africa. REUTERS/Siphiwe Sibeko"], id="alone"),
        pytest.param(
            '<figure><img src="a.jpg"><figcaption>Miners leave a shaft in Soweto, South Africa, '
            "May 2, 2023. REUTERS/Siphiwe Sibeko</figcaption></figure>",
            ["Miners leave a shaft in Soweto, South Africa, May 2, 2023. REUTERS/Siphiwe Sibeko"],
            id="beside-the-caption",
        ),
        pytest.param(
            '<figure><img src="a.jpg"><figcaption>Dusk over Cairo, Egypt. (Photo: Ahmed Hassan/'
            "AFP)</figcaption></figure>",
            ["Dusk over Cairo, Egypt. (Photo: Ahmed Hassan/AFP)"],
            id="of-another-picture",
        ),
    ],
)
def test_share_image_alt_text(tmp_path: Path, fragment: str, expected: list[str]) -> None:
    head = (
        '<meta property="og:image" content="a.jpg"><meta property="og:image:alt" '
        'content="Miners in Soweto, South Africa. REUTERS/Siphiwe Sibeko">'
    )
    assert _texts(tmp_path, _page(fragment, head=head)) == expected


def test_uncredited_share_image_alt_text_is_no_caption(tmp_path: Path) -> None:
    head = '<meta property="og:image:alt" content="The logo of The Daily on a blue background">'
    assert _texts(tmp_path, _page("", head=head)) == []


def test_json_ld_caption_with_markup_and_entities(tmp_path: Path) -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "H", '
        '"image": {"@type": "ImageObject", "url": "a.jpg", "caption": "<p>Farmers&#8217; '
        'protest in <em>Brussels</em>, Belgium. (Photo: Jo Roe/AP)</p>"}}</script>'
    )
    figure = (
        '<figure><img src="a.jpg"><figcaption>Farmers\u2019 protest in Brussels, Belgium. '
        "(Photo: Jo Roe/AP)</figcaption></figure>"
    )
    expected = ["Farmers\u2019 protest in Brussels, Belgium. (Photo: Jo Roe/AP)"]
    assert _texts(tmp_path, _page("", head=head)) == expected
    assert _texts(tmp_path, _page(figure, head=head)) == expected


def test_a_source_line_of_the_story_is_no_credit_only_caption(tmp_path: Path) -> None:
    fragment = (
        '<div class="entry-content"><figure><img src="a.jpg"><figcaption>Dusk over Cairo, '
        "Egypt. (Photo: Ahmed Hassan/AFP)</figcaption></figure>"
        + _BODY
        + '<p class="source">Source: Reuters, AP</p><figure class="pullquote"><p>'
        "\u201cWe will rebuild,\u201d she said.</p></figure></div>"
    )
    assert _texts(tmp_path, _page(fragment)) == [
        "Dusk over Cairo, Egypt. (Photo: Ahmed Hassan/AFP)"
    ]
