"""The build-time trimming of code blocks (overrides/hooks/render_cost.py) loses no character."""

from __future__ import annotations

import re
import sys
from html import unescape

import markdown
from support import ROOT

sys.path.insert(0, str(ROOT / "overrides/hooks"))
from render_cost import house_tables, lighten_code_blocks, make_code_focusable, wrap_sections  # noqa: E402

SOURCE = 'import numpy as np\n\n\ndef norm(x):\n    return np.sqrt(x @ x)  # the length\n'


def text_of(page_html: str) -> str:
    return unescape(re.sub(r"<[^>]+>", "", page_html))


def test_code_block_keeps_its_text_without_plain_token_spans():
    rendered = markdown.markdown(f"```python\n{SOURCE}```",
                                 extensions=["pymdownx.highlight", "pymdownx.superfences"])
    assert '<span class="n">' in rendered and '<span class="w">' in rendered  # what Pygments makes
    light = make_code_focusable(lighten_code_blocks(rendered))
    assert '<span class="n">' not in light and '<span class="w">' not in light
    assert text_of(light) == text_of(rendered)
    assert text_of(light).strip("\n") == SOURCE.strip("\n")
    assert light.count('<div class="highlight" style="--lines: 5">') == 1
    assert light.count('<code tabindex="0">') == 1
    assert light.count('<span class="k">def</span>') == 1  # coloured tokens keep their span


def test_plain_tables_get_a_box_of_their_own():
    rendered = markdown.markdown("| x | y |\n|---|---|\n| 1 | 2 |\n\ntext", extensions=["tables"])
    housed = house_tables(rendered)
    assert housed.startswith('<div class="table-host"><table>') and "</table></div>" in housed
    assert text_of(housed) == text_of(rendered)


def test_sections_past_the_first_screens_are_wrapped_and_headings_stay_outside():
    paragraph = "<p>" + "word " * 400 + "</p>\n"  # about 40 em of running text on a phone
    sections = [f'<h2 id="s{i}">Section {i}</h2>\n{paragraph}' for i in range(8)]
    boxed = '<div class="admonition note"><h3 id="inner">Inside a box</h3><p>x</p></div>\n'
    page = '<h1 id="top">Lesson</h1>\n' + "".join(sections) + '<h2 id="last">Last</h2>\n' + boxed
    wrapped = wrap_sections(page)
    assert text_of(wrapped) == text_of(page)
    assert re.findall(r'<h[1-6] id="(\w+)"', wrapped) == re.findall(r'<h[1-6] id="(\w+)"', page)
    # Every heading is a top-level element, never inside a section.
    assert not re.search(r'<div class="md-section"[^>]*>(?:(?!</div>).)*<h2', wrapped, re.DOTALL)
    first_wrapped = wrapped.index('<div class="md-section"')
    assert first_wrapped > wrapped.index('<h2 id="s2">'), "the first screens must not be wrapped"
    assert wrapped.count('<div class="md-section"') >= 4
    # A heading inside a box is not a cut: the box stays whole inside the last section.
    assert '<div class="md-section" style="--chars: ' in wrapped
    last = wrapped[wrapped.index('<h2 id="last">'):]
    assert last.count('<div class="md-section"') == 1 and '<h3 id="inner">' in last
