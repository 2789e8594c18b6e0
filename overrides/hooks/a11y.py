"""Accessibility rules the theme and Markdown cannot enforce on their own.

- Every image needs alt text: a page with an ``<img>`` without a non-empty ``alt`` stops the build.
- Task-list checkboxes (pymdownx.tasklist) get an accessible name from their item's text (axe ``label``).
- Material's search dialog gets a name (axe ``aria-dialog-name``).
- The table of contents that Material repeats inside the navigation drawer gets a name of its own
  (axe ``landmark-unique``).
"""

from __future__ import annotations

import html
import re

from mkdocs.exceptions import PluginError

IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
ALT = re.compile(r'\balt\s*=\s*"([^"]*)"', re.IGNORECASE)
TASK = re.compile(
    r'(<li class="task-list-item"><label class="task-list-control">)<input type="checkbox"'
    r"(?P<rest>[^>]*)>(?P<tail><span class=\"task-list-indicator\"></span></label>)(?P<text>[^<]*)"
)
SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'
# With navigation.indexes a section's toggle label holds only an icon, so the section's <nav>, which
# is labelled by it, would have no name (axe landmark-unique); name the <nav> after the section's link.
SECTION_TITLE = re.compile(
    r'<div class="md-nav__link md-nav__container">\s*<a href="[^"]*" class="md-nav__link[^"]*">'
    r'(?P<title>.*?)</a>\s*<label class="md-nav__link[^"]*" for="(?P<id>__nav_[\d_]+)"',
    re.DOTALL,
)
TOC_NAV = '<nav class="md-nav md-nav--secondary" aria-label="Table of contents">'


def images_without_alt(page_html: str) -> list[str]:
    """The ``<img>`` tags whose alt text is missing or blank."""
    bad = []
    for tag in IMG.findall(page_html):
        alt = ALT.search(tag)
        if alt is None or not alt.group(1).strip():
            bad.append(tag)
    return bad


def label_task_checkboxes(page_html: str) -> str:
    def label(match: re.Match) -> str:
        name = html.escape(match["text"].strip() or "Done", quote=True)
        return (f'{match[1]}<input type="checkbox" aria-label="{name}"{match["rest"]}>'
                f'{match["tail"]}{match["text"]}')

    return TASK.sub(label, page_html)


def on_page_content(html_content, page, config, files):
    bad = images_without_alt(html_content)
    if bad:
        raise PluginError(f"docs/{page.file.src_uri}: image without alt text: {bad[0]} "
                          "(write ![what the figure shows](path))")
    return label_task_checkboxes(html_content)


def name_landmarks(output: str) -> str:
    if SEARCH_DIALOG not in output:
        raise PluginError("Material's search dialog markup changed; update overrides/hooks/a11y.py")
    output = output.replace(SEARCH_DIALOG, SEARCH_DIALOG[:-1] + ' aria-label="Search">', 1)
    for match in SECTION_TITLE.finditer(output):
        title = html.escape(re.sub(r"<[^>]+>", "", match["title"]).strip(), quote=True)
        output = output.replace(f'aria-labelledby="{match["id"]}_label"', f'aria-label="{title}"', 1)
    if output.count(TOC_NAV) == 2:  # the first sits in the navigation drawer, the second in the sidebar
        output = output.replace(TOC_NAV, TOC_NAV.replace("Table of contents", "Table of contents, in the menu"), 1)
    return output


def on_post_page(output, page, config):
    return name_landmarks(output)


def on_post_template(output, template_name, config):
    return name_landmarks(output) if template_name == "404.html" else output
