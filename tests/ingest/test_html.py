"""The HTML reader on pages written for the tests, and on the shared evaluation pages."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from catalog.errors import SourceError
from catalog.ingest.sources import read_path

REPO = Path(__file__).resolve().parents[2]
EVAL = REPO.parent / "shared" / "eval"

PAGE = """<!DOCTYPE html>
<html><head>
<meta charset="utf-8">
<title>Harbour storm | The Daily Example</title>
<meta property="og:title" content="Storm batters the harbour">
<meta name="author" content="Lena Fischer">
<meta property="article:published_time" content="2022-08-19T07:30:00Z">
<link rel="canonical" href="https://news.example.org/2022/08/19/storm">
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Storm batters the harbour",
 "image": [{"@type": "ImageObject", "url": "https://img.example.org/1.jpg",
   "caption": "Waves crash over the sea wall in Bastia, Corsica, France, August 18, 2022.",
   "creditText": "REUTERS/Pierre Martin"},
  {"@type": "ImageObject", "url": "https://img.example.org/3.jpg",
   "caption": "A map of the storm's path, August 18, 2022.", "creditText": "Graphic: Ana Silva"}]}
</script>
</head><body>
<nav><ul><li><img src="logo.png" alt="The Daily Example (Photo: Staff/Example)"></li></ul></nav>
<header class="site-header"><div class="menu">Sections</div></header>
<article>
<h1>Storm batters the harbour</h1>
<div class="byline"><figure class="author-photo"><img src="lena.jpg" width="60" height="60"
  alt="Lena Fischer in the newsroom, 2021. (Photo by Max Roe/Example)">
  <figcaption>Lena Fischer</figcaption></figure><span>By Lena Fischer</span></div>
<figure class="lead">
  <img src="1.jpg" alt="Waves crash over the sea wall in Bastia, Corsica, France, August 18, 2022. REUTERS/Pierre Martin">
  <noscript><img src="1.jpg" alt="Waves crash over the sea wall in Bastia, Corsica, France, August 18, 2022. REUTERS/Pierre Martin"></noscript>
  <figcaption><span class="caption-text">Waves crash over the sea wall in Bastia, Corsica,
  France, August 18, 2022.</span> <span class="image-credit">REUTERS/Pierre Martin</span>
  <button class="toggle">Hide caption</button></figcaption>
</figure>
<p>The storm reached the island on Thursday night, and the harbour was closed for a day
while crews checked the sea wall and the moorings of the fishing fleet.</p>
<p>Ferries to the mainland were cancelled, officials said, and schools stayed shut.</p>
<div class="image-block">
  <a href="https://img.example.org/2-large.jpg"><img src="2.jpg" alt="Boats in a harbour"></a>
  <div class="image-caption">A fisherman checks his boat in the port of Ajaccio, Corsica,
  France, August 19, 2022. <span class="visually-hidden">Photo credit:</span>
  <b class="photo-credit">Marie Dubois/AFP via Getty Images</b></div>
</div>
<div class="lightbox" style="display:none"><p class="caption">A fisherman checks his boat in
  the port of Ajaccio, Corsica, France, August 19, 2022.</p></div>
<figure class="video-embed"><video src="clip.mp4"></video>
  <figcaption>Watch: waves over the sea wall (Video: Example TV)</figcaption></figure>
<figure><img src="chart.png" alt="Chart"><figcaption>Rainfall by hour.
  <span class="credit">Source: Météo-France</span></figcaption></figure>
<p>More rain is expected over the weekend, forecasters said on Friday morning.</p>
</article>
<aside class="related"><h2>Related</h2>
  <a href="/2022/08/17/heat"><figure><img src="t.jpg" alt="Heatwave">
  <figcaption>Heatwave grips the south (AP Photo/Jo Roe)</figcaption></figure></a></aside>
<div class="ad-slot"><figure><img src="ad.jpg"><figcaption>Buy now! (Photo: Brand)</figcaption></figure></div>
<footer><p>© 2022 The Daily Example</p></footer>
</body></html>
"""


def _write(tmp_path: Path, text: str, name: str = "page.html") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_captions_found_once_each_and_nothing_else(tmp_path: Path) -> None:
    (article,) = read_path(_write(tmp_path, PAGE))
    texts = [c.text for c in article.captions]
    assert texts == [
        "Waves crash over the sea wall in Bastia, Corsica, France, August 18, 2022. "
        "REUTERS/Pierre Martin",
        "A fisherman checks his boat in the port of Ajaccio, Corsica, France, "
        "August 19, 2022. Marie Dubois/AFP via Getty Images",
        "Rainfall by hour. Source: Météo-France",
        "A map of the storm's path, August 18, 2022.",
    ]
    credits = [c.embedded.get("credit") for c in article.captions]
    assert credits == [
        "REUTERS/Pierre Martin",
        "Marie Dubois/AFP via Getty Images",
        "Météo-France",
        "Graphic: Ana Silva",
    ]
    assert [c.position for c in article.captions] == [0, 1, 2, 3]


def test_page_metadata(tmp_path: Path) -> None:
    path = _write(tmp_path, PAGE)
    (article,) = read_path(path)
    assert article.format == "html"
    assert article.title == "Storm batters the harbour"
    assert article.byline == "Lena Fischer"
    assert article.published == date(2022, 8, 19)
    assert article.url == "https://news.example.org/2022/08/19/storm"
    assert article.source == article.url
    assert article.path == str(path)
    assert article.content.startswith("The storm reached the island on Thursday night")
    assert "<" not in article.content


def test_credit_from_a_sibling_element_joins_the_caption(tmp_path: Path) -> None:
    page = """<html><body><article><p>Body text of the story goes here.</p>
    <div class="photo"><img src="a.jpg">
      <p class="photo-caption">Voters queue outside a polling station in Nairobi, Kenya,
      August 9, 2022.</p>
      <p class="photo-copyright">© Ana Silva/Reuters</p></div></article></body></html>"""
    (article,) = read_path(_write(tmp_path, page))
    (caption,) = article.captions
    assert caption.text == (
        "Voters queue outside a polling station in Nairobi, Kenya, August 9, 2022. "
        "© Ana Silva/Reuters"
    )
    assert caption.embedded["credit"] == "Ana Silva/Reuters"


def test_image_data_caption_without_caption_element(tmp_path: Path) -> None:
    page = """<html><body><div class="gallery">
      <img src="a.jpg" data-caption="Pilgrims walk to Mecca, Saudi Arabia, June 26, 2023. (AP Photo/Amr Nabil)">
      <img src="b.jpg" alt="A plain description of a picture">
      </div><p>Story.</p></body></html>"""
    (article,) = read_path(_write(tmp_path, page))
    assert [c.text for c in article.captions] == [
        "Pilgrims walk to Mecca, Saudi Arabia, June 26, 2023. (AP Photo/Amr Nabil)"
    ]


def test_latin1_page_is_decoded_by_its_declared_charset(tmp_path: Path) -> None:
    page = (
        '<html><head><meta charset="iso-8859-1"></head><body><figure><img src="a.jpg">'
        "<figcaption>Caf\xe9 terrace in S\xe3o Paulo, Brazil. REUTERS/Jo\xe3o Silva"
        "</figcaption></figure></body></html>"
    )
    path = tmp_path / "latin.html"
    path.write_bytes(page.encode("latin-1"))
    (article,) = read_path(path)
    assert article.captions[0].text == "Café terrace in São Paulo, Brazil. REUTERS/João Silva"


@pytest.mark.parametrize(
    "content",
    [b"", b"   \n", b"\x00\x01\x02binary\x00", b"just words, no markup at all"],
    ids=["empty", "blank", "binary", "no-tags"],
)
def test_bad_html_files(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.html"
    path.write_bytes(content)
    with pytest.raises(SourceError) as error:
        list(read_path(path))
    assert str(path) in str(error.value)


def _score(found: dict[str, list[str]], tmp_path: Path) -> dict[str, float]:
    found_path = tmp_path / "found.json"
    found_path.write_text(json.dumps(found), encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            str(EVAL / "match_captions.py"),
            str(found_path),
            str(EVAL / "html" / "gold.jsonl"),
            "file",
            "-v",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    figures = dict(re.findall(r"(\w+)=([\d.]+)", result.stdout.splitlines()[-1]))
    print(result.stdout)
    return {name: float(value) for name, value in figures.items()}


@pytest.mark.skipif(not (EVAL / "html" / "gold.jsonl").exists(), reason="../shared/eval absent")
def test_shared_evaluation_pages(tmp_path: Path) -> None:
    found: dict[str, list[str]] = {}
    for page in sorted((EVAL / "html").glob("*.html")):
        (article,) = read_path(page)
        found[page.name] = [caption.text for caption in article.captions]
    figures = _score(found, tmp_path)
    assert figures["recall"] == 1.0
    assert figures["precision"] == 1.0
    assert figures["found_twice"] == 0


_BODY = "<p>" + "The body of the story runs on for a while. " * 30 + "</p>"


def _captions_of(tmp_path: Path, fragment: str) -> list[tuple[str, dict[str, str]]]:
    page = f"<html><body><article><h1>Headline</h1>{fragment}{_BODY}</article></body></html>"
    (article,) = read_path(_write(tmp_path, page))
    return [(c.text, dict(c.embedded)) for c in article.captions]


@pytest.mark.parametrize(
    "fragment, expected",
    [
        pytest.param(
            '<div class="wp-caption"><img src="a.jpg"><p class="wp-caption-text">Firefighters in '
            "Lahaina, Hawaii, Aug. 9, 2023. (Photo: Jo Roe/USA Today)</p></div>",
            [("Firefighters in Lahaina, Hawaii, Aug. 9, 2023. (Photo: Jo Roe/USA Today)", {})],
            id="caption-class-inside-caption-wrapper",
        ),
        pytest.param(
            '<div class="media"><img src="a.jpg"></div><div class="image__caption attribution">'
            "<span>Smoke over Gaza City, October 9, 2023.</span> "
            '<span class="attribution__credit">Mahmud Hams/AFP/Getty Images</span></div>',
            [
                (
                    "Smoke over Gaza City, October 9, 2023. Mahmud Hams/AFP/Getty Images",
                    {"credit": "Mahmud Hams/AFP/Getty Images"},
                )
            ],
            id="caption-and-credit-in-one-wrapper",
        ),
        pytest.param(
            '<div class="photo"><img src="a.jpg"><div class="caption">'
            '<p class="caption-text">Skiers in Zermatt, Switzerland.</p>'
            '<p class="caption-credit">KEYSTONE/Jean-Christophe Bott</p></div></div>',
            [
                (
                    "Skiers in Zermatt, Switzerland. KEYSTONE/Jean-Christophe Bott",
                    {"credit": "KEYSTONE/Jean-Christophe Bott"},
                )
            ],
            id="credit-child-named-caption-credit",
        ),
        pytest.param(
            '<figure><img src="a.jpg"><figcaption>A man walks in Kyiv, Ukraine, March 3, 2022. '
            'REUTERS/Jane Doe <a href="/licensing">Purchase Licensing Rights</a></figcaption></figure>',
            [("A man walks in Kyiv, Ukraine, March 3, 2022. REUTERS/Jane Doe", {})],
            id="trailing-link-after-credit",
        ),
        pytest.param(
            '<figure><img src="a.jpg"><figcaption>Boats in Hamburg, Germany. Photo: '
            '<a href="/people/jo">Jo Roe</a></figcaption></figure>',
            [("Boats in Hamburg, Germany. Photo: Jo Roe", {})],
            id="credit-that-is-a-link-stays",
        ),
        pytest.param(
            "<figure><blockquote>We will rebuild.</blockquote><figcaption>— The mayor"
            "</figcaption></figure>",
            [],
            id="quote-figure",
        ),
        pytest.param(
            '<ul><li><figure><a href="/news/other"><img src="t.jpg"></a><figcaption>'
            '<a href="/news/other">Another story people are reading</a></figcaption></figure></li></ul>',
            [],
            id="teaser-card",
        ),
        pytest.param(
            '<figure><div class="player"><iframe src="https://video.example/1"></iframe></div>'
            "<figcaption>Watch the storm arrive (Video: Jo Roe/Reuters)</figcaption></figure>",
            [],
            id="video-player",
        ),
        pytest.param(
            '<figure><img src="a.jpg"><figcaption><span class="sr-only">Image caption:</span>'
            'Crowds in Lima, Peru <span class="toggle">hide caption</span></figcaption></figure>',
            [("Crowds in Lima, Peru", {})],
            id="hidden-label-and-ui-text",
        ),
    ],
)
def test_markup_patterns(
    tmp_path: Path, fragment: str, expected: list[tuple[str, dict[str, str]]]
) -> None:
    assert _captions_of(tmp_path, fragment) == expected


def test_credited_alt_text_and_figcaption_are_one_caption(tmp_path: Path) -> None:
    fragment = (
        '<figure><img src="a.jpg" alt="Flooded street. (Photo: Jo Roe/AP)">'
        "<figcaption>Residents wade through a flooded street in Derna, Libya, September 12, "
        "2023. (AP Photo/Jo Roe)</figcaption></figure>"
    )
    assert [text for text, _ in _captions_of(tmp_path, fragment)] == [
        "Residents wade through a flooded street in Derna, Libya, September 12, 2023. "
        "(AP Photo/Jo Roe)"
    ]


def test_photo_byline_inside_a_caption_is_its_credit(tmp_path: Path) -> None:
    fragment = (
        '<figure><img src="a.jpg"><figcaption><span class="caption">Miners leave a shaft '
        'near Johannesburg, South Africa.</span> <span class="photo-byline">Siphiwe '
        "Sibeko/Reuters</span></figcaption></figure>"
    )
    assert _captions_of(tmp_path, fragment) == [
        (
            "Miners leave a shaft near Johannesburg, South Africa. Siphiwe Sibeko/Reuters",
            {"credit": "Siphiwe Sibeko/Reuters"},
        )
    ]
