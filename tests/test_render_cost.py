"""The build-time trimming of code blocks (overrides/hooks/render_cost.py) loses no character."""

from __future__ import annotations

import re
import sys
from html import unescape

import markdown
from support import ROOT

sys.path.insert(0, str(ROOT / "overrides/hooks"))
from render_cost import house_tables, lighten_code_blocks, make_code_focusable  # noqa: E402

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
