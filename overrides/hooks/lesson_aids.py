"""Learner aids on lesson pages and the glossary page.

On every lesson (a page with ``week`` in its front matter), under the title: the study time, the week
of the track's plan, a "done" tick for progress.js, and a "Before you start" box linking the lessons
in ``prereqs``. A prerequisite that does not exist stops the build, naming the page.
The glossary page's ``<!-- glossary -->`` marker becomes the list of every term in
includes/glossary.md, the same file pymdownx.snippets appends to each page as abbreviations, so
terms show their definition on hover.
"""

from __future__ import annotations

import re
from pathlib import Path

from links import relative_path
from mkdocs.exceptions import PluginError
from plans import PlanError, lesson_items, load_plans

GLOSSARY_MARKER = "<!-- glossary -->"
ABBREVIATION = re.compile(r"^\*\[(?P<term>[^\]]+)\]:\s*(?P<definition>.+)$", re.MULTILINE)
H1 = re.compile(r"^# .+$", re.MULTILINE)
FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.DOTALL)

_item_of_page: dict[str, str] = {}
_titles: dict[str, str] = {}


def glossary_terms(path: Path) -> list[tuple[str, str]]:
    """(term, definition) pairs, in file order."""
    return [(m["term"], m["definition"].strip()) for m in ABBREVIATION.finditer(path.read_text("utf-8"))]


def render_glossary(terms: list[tuple[str, str]]) -> str:
    return "\n".join(f"{term}\n:   {definition}\n" for term, definition in
                     sorted(terms, key=lambda t: t[0].lower()))


def lesson_box(page_src: str, meta: dict, item_id: str, titles: dict[str, str]) -> str:
    """Markdown for the box under a lesson's title."""
    track = page_src.split("/")[0]
    plan_link = relative_path(f"{track}/index.md", page_src)
    lines = [
        '<div class="lesson-meta" markdown>',
        f"**Study time:** {meta.get('time', 'not given')} · "
        f"[Week {meta['week']} of the plan]({plan_link}#week-{meta['week']}) · "
        f'<label class="lesson-done" hidden><input type="checkbox" class="progress-tick" '
        f'data-item="{item_id}"> I have studied this lesson</label>',
        "</div>",
        "",
    ]
    prereqs = meta.get("prereqs") or []
    if prereqs:
        links = []
        for prereq in prereqs:
            target = f"{prereq}.md"
            if target not in titles:
                raise PluginError(f"docs/{page_src}: prerequisite '{prereq}' is not a page "
                                  f"(expected docs/{target})")
            links.append(f"[{titles[target]}]({relative_path(target, page_src)})")
        lines += ['!!! info "Before you start"', "",
                  "    This lesson builds on " + ", ".join(links) + ".", ""]
    return "\n".join(lines)


# --- MkDocs hooks --------------------------------------------------------------------------------


def on_files(files, config):
    pages = {f.src_uri for f in files if f.src_uri.endswith(".md")}
    try:
        items = lesson_items(load_plans(Path(config["docs_dir"]), pages))
    except PlanError as err:
        raise PluginError(str(err)) from None
    _item_of_page.clear()
    _item_of_page.update({page: item.id for page, item in items.items()})
    _titles.clear()
    for file in files:
        if file.src_uri.endswith(".md"):
            front = FRONT_MATTER.match(file.content_string)
            match = front and re.search(r"^title:\s*(.+)$", front[1], re.MULTILINE)
            _titles[file.src_uri] = (match[1].strip().strip("\"'") if match
                                     else file.src_uri.rsplit("/", 1)[-1][:-3])
    return files


def on_page_markdown(markdown, page, config, files):
    src = page.file.src_uri
    if GLOSSARY_MARKER in markdown:
        path = Path(config["config_file_path"]).parent / "includes" / "glossary.md"
        markdown = markdown.replace(GLOSSARY_MARKER, render_glossary(glossary_terms(path)))
    if "week" not in page.meta or "/" not in src:
        return markdown
    item_id = _item_of_page.get(src) or "lesson-" + re.sub(r"[^a-z0-9]+", "-", src[:-3].lower())
    box = lesson_box(src, page.meta, item_id, _titles)
    heading = H1.search(markdown)
    if heading is None:
        raise PluginError(f"docs/{src}: a lesson needs a '# Title' line")
    return markdown[:heading.end()] + "\n\n" + box + markdown[heading.end():]

