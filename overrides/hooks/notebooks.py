"""Make the lab pages that mkdocs-jupyter renders fit the site: executed, light, private and linked.

Before mkdocs-jupyter renders a lab, this hook runs it with lab_runner.py (a plain interpreter, not a
Jupyter kernel, which would add seconds to every build) and hands it the resulting notebook, outputs
included. mkdocs-jupyter inlines about 576 KB of JupyterLab CSS, a MathJax loader pointing at a CDN, a Mermaid
loader and a clipboard script into every notebook page. This hook strips all of that, hands code cells
to Material's own highlighting and copy button, turns ``$...$`` maths in Markdown cells into the
arithmatex markup the MathML hook converts, resolves ``.md`` links like MkDocs does for pages, and
publishes the executed notebook (``.ipynb``) beside the ``.py`` source for download.
"""

from __future__ import annotations

import posixpath
import re
import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import nbformat
from lab_runner import LabError, execute_lab
from links import relative_url
from mkdocs.exceptions import PluginError

LAB = re.compile(r"^[^/]+/labs/[^/]+\.py$")

SCRIPT_OR_STYLE = re.compile(r"<(script|style)\b[^>]*>.*?</\1>|<!--.*?-->", re.DOTALL)
CLIPBOARD = re.compile(
    r'<div class="zeroclipboard-container">.*?</clipboard-copy>\s*</div>'
    r'|<div class="clipboard-copy-txt" id="[^"]*">.*?</div>',
    re.DOTALL,
)
ANCHOR_LINK = re.compile(r'<a class="anchor-link" href="#[^"]*">¶</a>')
CODE_CELL = re.compile(r'<div class="highlight-ipynb hl-(\w+)"><pre>(.*?)</pre></div>', re.DOTALL)
MARKDOWN_CELL = re.compile(
    r'(<div class="jp-RenderedHTMLCommon jp-RenderedMarkdown[^"]*"[^>]*>)(.*?)(</div>)', re.DOTALL
)
DISPLAY_MATH = re.compile(r"\$\$(.+?)\$\$", re.DOTALL)
INLINE_MATH = re.compile(r"(?<![\\$])\$(?!\s)([^$\n]+?)(?<!\s)\$")
MD_LINK = re.compile(r'href="(?P<target>[^":#?]+\.md)(?P<fragment>#[^"]*)?"')


def is_lab(src_uri: str) -> bool:
    return bool(LAB.match(src_uri))


def _markdown_maths(cell: re.Match) -> str:
    body = DISPLAY_MATH.sub(r'<div class="arithmatex">\\[\1\\]</div>', cell[2])
    body = INLINE_MATH.sub(r'<span class="arithmatex">\\(\1\\)</span>', body)
    return cell[1] + body + cell[3]


def clean_notebook_html(content: str, src_uri: str, page_url: str, url_of: dict[str, str]) -> str:
    """Strip scripts and inline CSS, reuse Material's code blocks, fix maths and links."""
    content = SCRIPT_OR_STYLE.sub("", content)
    content = CLIPBOARD.sub("", content)
    content = content.replace(' tabindex="0"', "")
    content = ANCHOR_LINK.sub("", content)
    content = CODE_CELL.sub(
        r'<div class="language-\1 highlight"><pre><code>\2</code></pre></div>', content
    )
    content = MARKDOWN_CELL.sub(_markdown_maths, content)

    def link(match: re.Match) -> str:
        target = posixpath.normpath(posixpath.join(posixpath.dirname(src_uri), match["target"]))
        if target not in url_of:
            raise PluginError(f"docs/{src_uri}: links to '{match['target']}', which does not exist")
        return f'href="{relative_url(url_of[target], page_url)}{match["fragment"] or ""}"'

    return MD_LINK.sub(link, content)


def downloads(name: str) -> str:
    return (
        '<p class="lab-downloads">Download this lab: '
        f'<a href="{name}.ipynb" download>Jupyter notebook (.ipynb)</a> or '
        f'<a href="{name}.py" download>Python script (.py)</a>. '
        "It runs top to bottom with NumPy only.</p>\n"
    )


# --- MkDocs hooks --------------------------------------------------------------------------------

_sources: dict[str, Path] = {}  # lab src_uri -> its .py, while mkdocs-jupyter reads the executed copy


def on_files(files, config):
    labs = [f for f in files if is_lab(f.src_uri)]
    executed = Path(config["config_file_path"]).parent / ".cache" / "labs"
    _sources.clear()

    def run(file):
        notebook = execute_lab(Path(file.abs_src_path), f"docs/{file.src_uri}")
        target = executed / Path(file.src_uri).with_suffix(".ipynb")
        target.parent.mkdir(parents=True, exist_ok=True)
        nbformat.write(notebook, target)
        return file, target

    try:
        with ThreadPoolExecutor() as pool:
            for file, target in pool.map(run, labs):
                _sources[file.src_uri] = Path(file.abs_src_path)
                file.abs_src_path = str(target)  # mkdocs-jupyter renders (and offers) the executed copy
    except LabError as err:
        raise PluginError(str(err)) from None
    return files


def on_page_content(html, page, config, files):
    if not is_lab(page.file.src_uri):
        return html
    url_of = {f.src_uri: f.url for f in files if f.src_uri.endswith(".md")}
    name = Path(page.file.src_uri).stem
    return downloads(name) + clean_notebook_html(html, page.file.src_uri, page.url, url_of)


def on_post_page(output, page, config):
    if page.file.src_uri in _sources:  # mkdocs-jupyter copied the .ipynb; add the script beside it
        shutil.copy(_sources[page.file.src_uri], Path(page.file.abs_dest_path).parent)
    return output
