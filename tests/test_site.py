"""Checks on the strictly built site: links, privacy, images, maths, fonts, labs and lessons."""

from __future__ import annotations

import gzip
import json
import re
import sys
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
import yaml
from support import DOCS, ROOT, TRACKS

sys.path.insert(0, str(ROOT / "scripts"))
from subset_math_font import TARGET as MATH_FONT  # noqa: E402
from subset_math_font import characters_in_site, missing_characters  # noqa: E402


class PageParser(HTMLParser):
    """Collects ids, links and the resources a page loads."""

    LOADS = {"script": "src", "img": "src", "iframe": "src", "source": "src", "audio": "src",
             "video": "src", "embed": "src", "object": "data", "track": "src"}

    def __init__(self):
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.loads: list[str] = []
        self.images: list[dict] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "a" and attrs.get("name"):
            self.ids.add(attrs["name"])
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
        if tag == "link" and attrs.get("href"):
            rel = attrs.get("rel", "")
            if any(r in rel for r in ("stylesheet", "icon", "preload", "modulepreload", "manifest")):
                self.loads.append(attrs["href"])
        if tag in self.LOADS and attrs.get(self.LOADS[tag]):
            self.loads.append(attrs[self.LOADS[tag]])
        if tag == "img":
            self.images.append(attrs)


def parse(path: Path) -> PageParser:
    parser = PageParser()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


@pytest.fixture(scope="module")
def pages(site) -> dict[Path, PageParser]:
    return {path: parse(path) for path in site.rglob("*.html")}


SITE_PATH = urlsplit(yaml.safe_load((ROOT / "mkdocs.yml").read_text())["site_url"]).path


def is_external(url: str) -> bool:
    """True for a URL on another host; data: URIs are inline, not requests."""
    scheme = urlsplit(url).scheme
    return (bool(scheme) and scheme != "data") or url.startswith("//")


def resolve(site: Path, page: Path, href: str) -> tuple[Path, str]:
    """The file and fragment a link points to; absolute paths are read under site_url's path."""
    parts = urlsplit(href)
    path = unquote(parts.path)
    if path.startswith("/"):
        path = str(site / path[len(SITE_PATH):]) if path.startswith(SITE_PATH) else "/nonexistent"
    target = (page.parent / path).resolve() if parts.path else page
    if target.is_dir():
        target = target / "index.html"
    return target, unquote(parts.fragment)


def test_build_made_every_page(site):
    for track in TRACKS:
        assert (site / track / "index.html").exists(), f"docs/{track}/index.md was not built"
    assert (site / "404.html").exists()


def test_internal_links_and_fragments_resolve(site, pages):
    broken = []
    for page, parsed in pages.items():
        for href in parsed.links:
            if is_external(href) or href.startswith(("mailto:", "javascript:")):
                continue
            target, fragment = resolve(site, page, href)
            where = f"{page.relative_to(site)} -> {href}"
            if not target.exists():
                broken.append(f"{where}: no such file")
            elif fragment and target.suffix == ".html" and fragment not in pages[target].ids:
                broken.append(f"{where}: no element with id '{fragment}'")
    assert not broken, "broken internal links:\n" + "\n".join(broken)


def test_no_resource_from_another_host(site, pages):
    offending = [f"{page.relative_to(site)}: {url}" for page, parsed in pages.items()
                 for url in parsed.loads if is_external(url)]
    for css in site.rglob("*.css"):
        for url in re.findall(r"url\(\s*['\"]?([^'\")]+)", css.read_text(encoding="utf-8")):
            if is_external(url):
                offending.append(f"{css.relative_to(site)}: {url}")
        for url in re.findall(r"@import\s+(?:url\()?['\"]([^'\"]+)", css.read_text(encoding="utf-8")):
            if is_external(url):
                offending.append(f"{css.relative_to(site)}: @import {url}")
    assert not offending, "third-party resources:\n" + "\n".join(offending)


def test_no_tracker_cdn_or_github_api_in_scripts(site):
    hosts = ("googletagmanager", "google-analytics", "fonts.googleapis", "fonts.gstatic",
             "cdn.jsdelivr", "unpkg.com", "cdnjs.cloudflare", "mathjax", "api.github.com")
    for page in site.rglob("*.html"):
        text = page.read_text(encoding="utf-8").lower()
        found = [h for h in hosts if h in text]
        assert not found, f"{page.relative_to(site)} mentions {found}"


def test_every_image_has_alt_text(site, pages):
    missing = [f"{page.relative_to(site)}: {img.get('src')}" for page, parsed in pages.items()
               for img in parsed.images if not (img.get("alt") or "").strip()]
    assert not missing, "images without alt text:\n" + "\n".join(missing)


def test_every_figure_keeps_its_space_before_it_loads(site, pages):
    """Figures carry their SVG's width and height, so the text below them never jumps."""
    figures = [(path, img) for path, parser in pages.items() for img in parser.images]
    assert len(figures) >= 20
    for path, img in figures:
        where = f"{path.relative_to(site)}: {img['src']}"
        assert img.get("width") and img.get("height"), f"{where} has no width and height"
        svg = (path.parent / img["src"]).read_text(encoding="utf-8")
        view = re.search(r'viewBox="0 0 ([\d.]+) ([\d.]+)"', svg)
        ratio = float(view[1]) / float(view[2])
        assert abs(int(img["width"]) / int(img["height"]) - ratio) < 0.01, f"{where}: wrong aspect ratio"


def test_maths_is_mathml_without_javascript(site):
    vectors = (site / "math/vectors/index.html").read_text(encoding="utf-8")
    assert vectors.count("<math") >= 10
    assert 'display="block"' in vectors
    for page in site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert 'class="arithmatex"' not in text, f"{page.relative_to(site)}: unconverted LaTeX"


def test_search_index_keeps_plain_tex(site):
    documents = (site / "search/search_documents.json").read_text(encoding="utf-8")
    assert "\\\\lVert" in documents or "\\\\cos" in documents
    assert "<math" not in documents


def test_search_documents_load_in_the_worker_not_the_page(site):
    """The page fetches a config-only index; docs/assets/js/search-worker.js fetches the documents."""
    stub = json.loads((site / "search/search_index.json").read_text(encoding="utf-8"))
    assert stub["docs"] == [] and stub["config"]["lang"] == ["en"]
    documents = json.loads((site / "search/search_documents.json").read_text(encoding="utf-8"))
    assert any(doc["location"] == "math/vectors/" for doc in documents)
    worker = re.compile(r'"search": "[^"]*assets/js/search-worker\.js\?worker=(search\.[0-9a-f]+\.min\.js)"')
    for page in site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        match = worker.search(text)
        assert match, f"{page.relative_to(site)}: its config does not start assets/js/search-worker.js"
        assert (site / "assets/javascripts/workers" / match[1]).is_file()


def test_math_font_covers_every_formula(site):
    missing = missing_characters(MATH_FONT, characters_in_site(site))
    assert not missing, (
        f"{MATH_FONT.relative_to(ROOT)} lacks {sorted(missing)}: run `make font`")
    assert MATH_FONT.stat().st_size < 60_000


def test_lab_page_is_light_and_downloadable(site):
    for lab in DOCS.glob("*/labs/*.py"):
        folder = site / lab.relative_to(DOCS).with_suffix("")
        html = (folder / "index.html").read_text(encoding="utf-8")
        assert len(gzip.compress(html.encode())) < 150_000
        assert "<style" not in html.split('<article', 1)[1], "notebook CSS left inline"
        assert (folder / f"{lab.stem}.ipynb").exists() and (folder / f"{lab.stem}.py").exists()
        assert f'href="{lab.stem}.ipynb"' in html


def test_every_track_index_renders_its_weekly_plan(site):
    for track in TRACKS:
        html = (site / track / "index.html").read_text(encoding="utf-8")
        assert 'class="weekly-plan"' in html, f"docs/{track}/index.md shows no weekly plan"
        assert 'id="week-1"' in html


LESSON_SECTIONS = ["Intuition", "The maths", "In code", "Why it matters for LLMs", "Exercises",
                   "Check your understanding", "Further reading"]
FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.DOTALL)


def lesson_pages() -> list[Path]:
    return sorted(p for track in TRACKS for p in (DOCS / track).glob("*.md")
                  if p.name not in ("index.md", "resources.md"))


def lesson_problems(path: Path) -> list[str]:
    """What the lesson at ``path`` lacks of the template in STYLE.md."""
    import yaml

    text = path.read_text(encoding="utf-8")
    match = FRONT_MATTER.match(text)
    if not match:
        return ["no front matter"]
    meta = yaml.safe_load(match[1]) or {}
    problems = [f"front matter lacks '{key}'"
                for key in ("title", "description", "week", "time", "prereqs") if key not in meta]
    body = text[match.end():]
    if not re.search(rf"^# {re.escape(str(meta.get('title', '')))}\s*$", body, re.MULTILINE):
        problems.append("the H1 differs from the front-matter title")
    headings = re.findall(r"^## (.+?)\s*$", body, re.MULTILINE)
    found = [h for h in headings if h in LESSON_SECTIONS]
    if found != LESSON_SECTIONS:
        problems.append(f"sections are {found}, expected {LESSON_SECTIONS} in that order")
    if "--8<--" not in body:
        problems.append("no snippet")
    if body.count('??? success') < 3:
        problems.append("fewer than three exercises with solutions")
    return problems


@pytest.mark.parametrize("lesson", lesson_pages(), ids=lambda p: str(p.relative_to(DOCS)))
def test_lesson_follows_the_template(lesson):
    problems = lesson_problems(lesson)
    assert not problems, f"docs/{lesson.relative_to(DOCS)}: " + "; ".join(problems)


def test_headings_do_not_skip_levels(site, pages):
    bad = []
    for page in pages:
        article = page.read_text(encoding="utf-8").split("<article", 1)
        if len(article) < 2:
            continue
        levels = [int(h) for h in re.findall(r"<h([1-6])\b", article[1].split("</article>")[0])]
        for before, after in zip(levels, levels[1:]):
            if after > before + 1:
                bad.append(f"{page.relative_to(site)}: h{before} then h{after}")
                break
    assert not bad, "\n".join(bad)


def test_no_placeholder_text():
    for page in DOCS.rglob("*.md"):
        text = unescape(page.read_text(encoding="utf-8")).lower()
        for marker in ("todo", "coming soon", "lorem ipsum", "tbd"):
            assert not re.search(rf"\b{marker}\b", text), f"docs/{page.relative_to(DOCS)}: '{marker}'"
