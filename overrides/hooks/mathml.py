"""Turn the LaTeX that pymdownx.arithmatex leaves in the page into MathML at build time.

Runs on the finished HTML (``on_post_page``), after the search plugin has indexed the page, so search
keeps the plain TeX while readers get MathML that the browser renders natively: no math JavaScript.
A formula math-core cannot convert stops the build, naming the page and the formula.
"""

from __future__ import annotations

import html
import re

from math_core import LatexError, LatexToMathML
from mkdocs.exceptions import PluginError

# arithmatex (generic mode) wraps inline maths in <span class="arithmatex">\(...\)</span> and display
# maths in <div class="arithmatex">\[...\]</div>.
ARITHMATEX = re.compile(
    r'<(?P<tag>span|div) class="arithmatex">\s*'
    r"(?:\\\((?P<inline>.*?)\\\)|\\\[(?P<display>.*?)\\\])"
    r"\s*</(?P=tag)>",
    re.DOTALL,
)

_converter = LatexToMathML(fancy_error=False)


def convert(latex: str, display: bool) -> str:
    """MathML for one formula; raises LatexError when math-core cannot convert it."""
    return _converter.convert_with_local_state(latex, displaystyle=display)


def to_mathml(page_html: str, where: str) -> str:
    """Replace every arithmatex formula in ``page_html``; ``where`` names the page in errors."""

    def replace(match: re.Match) -> str:
        display = match["display"] is not None
        latex = html.unescape(match["display"] if display else match["inline"]).strip()
        try:
            mathml = convert(latex, display)
        except LatexError as err:
            raise PluginError(f"{where}: cannot convert the formula {latex!r}: {err}") from None
        if display:
            return f'<div class="math-display">{mathml}</div>'
        return mathml

    return ARITHMATEX.sub(replace, page_html)


def on_post_page(output, page, config):
    if 'class="arithmatex"' not in output:
        return output
    return to_mathml(output, f"docs/{page.file.src_uri}")
