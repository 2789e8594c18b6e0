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
- Figures get the width and height of their SVG, so the browser keeps their space before they
  arrive and nothing below them moves (layout shift).
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

PLAIN_TOKEN = re.compile(r'<span class="[nw]">([^<]*)</span>')
IMG_SVG = re.compile(r'<img (?P<attrs>[^>]*\bsrc="(?P<src>[^":]+\.svg)"[^>]*?)\s*/?>')
SVG_SIZE = re.compile(r'<svg\b[^>]*?\swidth="(?P<width>[\d.]+)(?P<unit>pt|px)?"[^>]*?\sheight="(?P<height>[\d.]+)(?P=unit)?"')
PLAIN_TABLE = re.compile(r"<table>.*?</table>", re.DOTALL)
PX_PER = {"pt": 4 / 3, "px": 1, None: 1}
CODE_BOX = re.compile(r"(<pre\b[^>]*>(?:<span></span>)?)<code>")
CODE_BLOCK = re.compile(r'<div class="highlight">(?P<head>.*?<code>)(?P<code>.*?)</code>', re.DOTALL)


def lighten_code_blocks(page_html: str) -> str:
    """Unwrap the plain-token spans of each code block and give the block its line count."""

    def lighten(match: re.Match) -> str:
        code = PLAIN_TOKEN.sub(r"\1", match["code"])
        lines = code.rstrip("\n").count("\n") + 1
        return f'<div class="highlight" style="--lines: {lines}">{match["head"]}{code}</code>'

    return CODE_BLOCK.sub(lighten, page_html)


def make_code_focusable(page_html: str) -> str:
    return CODE_BOX.sub(r'\1<code tabindex="0">', page_html)


def house_tables(page_html: str) -> str:
    return PLAIN_TABLE.sub(lambda match: f'<div class="table-host">{match[0]}</div>', page_html)


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
    return house_tables(make_code_focusable(lighten_code_blocks(html_content)))
