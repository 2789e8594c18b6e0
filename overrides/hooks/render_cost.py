"""Less for the browser to style and lay out when a lesson loads.

- Pygments wraps every name and every run of whitespace in a span of its own (classes ``n`` and
  ``w``). Material paints names in the plain code colour and gives whitespace no style, so those
  spans change nothing on screen; they were a third of a lesson's code elements (853 + 72 of 3,025
  on the vectors lesson). They are unwrapped, leaving their text.
- Code blocks are skipped while off screen (``content-visibility: auto`` in extra.css). Each block
  gets its line count as ``--lines`` so the space kept for it is close to its real height, and the
  scrollbar and the table of contents' positions barely move when it is shown.
- Material now mounts a code block when it first comes into view (``content.lazy``), and the mount
  is what made a block that scrolls sideways keyboard-focusable. So every code box starts with
  ``tabindex="0"``: a keyboard user can scroll any block, even one never shown on screen, and
  Material takes the tab stop away from a block that turns out not to scroll once it mounts it.
- Material wraps every plain table in a scrolling box when it starts. Done to a direct child of the
  article, that makes the browser restyle the whole article (3,426 elements on the case-studies
  lesson); inside a ``<div>`` of its own, only the table. So each plain table gets that ``<div>``.
- On a lesson, the content under each heading past the first screens is wrapped in
  ``<div class="md-section">``, which extra.css skips while it is off screen: the lesson lays out its
  first screens, not all of its 5,000 elements. Headings stay outside, so Material's table of
  contents finds them without laying out a section. Each section gets an estimate of its height
  from what it holds (``--chars`` of running text, ``--extra`` for code, formulas, figures and
  closed boxes), the space kept for it until it is shown. The first ``ALWAYS_SHOWN_EM`` of the page
  is never wrapped: a section on screen at load would be drawn once at its estimated height and
  then at its real one, and what is below it would move.
- Figures get the width and height of their SVG, so the browser keeps their space before they
  arrive and nothing below them moves (layout shift).
"""

from __future__ import annotations

import html
import posixpath
import re
from pathlib import Path

PLAIN_TOKEN = re.compile(r'<span class="[nw]">([^<]*)</span>')
IMG_SVG = re.compile(r'<img (?P<attrs>[^>]*\bsrc="(?P<src>[^":]+\.svg)"[^>]*?)\s*/?>')
SVG_SIZE = re.compile(r'<svg\b[^>]*?\swidth="(?P<width>[\d.]+)(?P<unit>pt|px)?"[^>]*?\sheight="(?P<height>[\d.]+)(?P=unit)?"')
PLAIN_TABLE = re.compile(r"<table>.*?</table>", re.DOTALL)
VOID = {"area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(/?)>")
HEADING = re.compile(r"h[1-6]")
CLOSED_DETAILS = re.compile(r"<details(?![^>]*\bopen)[^>]*>.*?</details>", re.DOTALL)
# Sections are cut before mathml.py turns TeX into MathML (on_post_page), so display maths is still
# arithmatex's <div class="arithmatex">\[...\]</div> here.
DISPLAY_MATH = re.compile(r'<div class="arithmatex">.*?</div>', re.DOTALL)
INLINE_MATH = re.compile(r'<span class="arithmatex">(.*?)</span>', re.DOTALL)
TEX_MARKUP = re.compile(r"\\[a-zA-Z]+|[\\{}()^_\[\]]")  # commands and braces take no width
IMG_HEIGHT = re.compile(r'<img [^>]*\bheight="(\d+)"')
PHONE_CHARS_PER_LINE = 52  # as --cpl in extra.css
ALWAYS_SHOWN_EM = 120  # about two screens of a large monitor, three of a phone
PX_PER = {"pt": 4 / 3, "px": 1, None: 1}
CODE_BOX = re.compile(r"(<pre\b[^>]*>(?:<span></span>)?)<code>")
# Also matches a block lighten_code_blocks has already marked, as section_estimate sees them.
CODE_BLOCK = re.compile(r'<div class="highlight"(?: style="[^"]*")?>(?P<head>.*?<code[^>]*>)(?P<code>.*?)</code>', re.DOTALL)


def line_count(code: str) -> int:
    return code.rstrip("\n").count("\n") + 1


def lighten_code_blocks(page_html: str) -> str:
    """Unwrap the plain-token spans of each code block and give the block its line count."""

    def lighten(match: re.Match) -> str:
        code = PLAIN_TOKEN.sub(r"\1", match["code"])
        return f'<div class="highlight" style="--lines: {line_count(code)}">{match["head"]}{code}</code>'

    return CODE_BLOCK.sub(lighten, page_html)


def make_code_focusable(page_html: str) -> str:
    return CODE_BOX.sub(r'\1<code tabindex="0">', page_html)


def house_tables(page_html: str) -> str:
    return PLAIN_TABLE.sub(lambda match: f'<div class="table-host">{match[0]}</div>', page_html)


def section_estimate(body: str) -> tuple[str, float]:
    """Inline style with the numbers extra.css turns into a section's estimated height, and that
    height in em on a phone."""
    extra_em = 4.4 * len(CLOSED_DETAILS.findall(body))  # a closed box shows only its summary
    shown = CLOSED_DETAILS.sub("", body)
    for match in CODE_BLOCK.finditer(shown):
        extra_em += line_count(match["code"]) * 1.19 + 3.85 + 1
    extra_em += 4.9 * len(DISPLAY_MATH.findall(body))
    extra_em += 1.0 * body.count("<p>") + 1.3 * len(re.findall(r"<li\b", body))
    extra_em += 3.0 * body.count('class="admonition')
    image_px = sum(int(height) for height in IMG_HEIGHT.findall(body))
    prose = CODE_BLOCK.sub("", DISPLAY_MATH.sub("", shown))
    prose = INLINE_MATH.sub(lambda match: TEX_MARKUP.sub("", match[1]), prose)
    chars = len(html.unescape(re.sub(r"<[^>]+>", "", prose)).strip())
    phone_em = chars / PHONE_CHARS_PER_LINE * 1.6 + extra_em + image_px / 16
    return f"--chars: {chars}; --extra: calc({extra_em:.1f}em + {image_px}px)", phone_em


def wrap_sections(page_html: str) -> str:
    """Wrap the content between top-level headings, past the first screens, in ``div.md-section``."""
    depth, cuts = 0, []
    for match in TAG.finditer(page_html):
        closing, name, self_closing = match.groups()
        name = name.lower()
        if closing:
            depth -= 1
            continue
        if depth == 0 and HEADING.fullmatch(name):
            cuts.append(match.start())
        if name not in VOID and not self_closing:
            depth += 1
    if not cuts:
        return page_html
    pieces = [page_html[:cuts[0]]]
    height_em = 0.0
    for start, end in zip(cuts, cuts[1:] + [len(page_html)]):
        chunk = page_html[start:end]
        heading_end = chunk.index(">", chunk.index("</h")) + 1
        body = chunk[heading_end:]
        pieces.append(chunk[:heading_end])
        style, body_em = section_estimate(body)
        if height_em >= ALWAYS_SHOWN_EM and body.strip():
            pieces.append(f'<div class="md-section" style="{style}">{body}</div>')
        else:
            pieces.append(body)
        height_em += body_em + 3
    return "".join(pieces)


def svg_size(path: Path) -> tuple[int, int] | None:
    """The width and height in CSS pixels that an SVG file declares on its root element."""
    match = SVG_SIZE.search(path.read_text(encoding="utf-8")[:2000])
    if not match:
        return None
    scale = PX_PER[match["unit"]]
    return round(float(match["width"]) * scale), round(float(match["height"]) * scale)


def size_figures(page_html: str, page_url: str, docs_dir: Path) -> str:
    def size(match: re.Match) -> str:
        if " width=" in match["attrs"]:
            return match[0]
        path = docs_dir / posixpath.normpath(posixpath.join(posixpath.dirname(page_url), match["src"]))
        found = svg_size(path) if path.is_file() else None
        if not found:
            return match[0]  # a missing figure is reported by the link check
        return f'<img {match["attrs"]} width="{found[0]}" height="{found[1]}" />'

    return IMG_SVG.sub(size, page_html)


def on_page_content(html_content, page, config, files):
    html_content = size_figures(html_content, page.url, Path(config["docs_dir"]))
    html_content = house_tables(make_code_focusable(lighten_code_blocks(html_content)))
    return wrap_sections(html_content) if "week" in page.meta else html_content  # lessons only
