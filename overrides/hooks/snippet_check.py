"""Check every snippet include of a page before pymdownx.snippets expands it.

pymdownx.snippets names the missing file but not the page that asked for it, and a misspelt section
name can slip through; this hook fails the build with the page, the line and what is wrong.
"""

from __future__ import annotations

import re
from pathlib import Path

from mkdocs.exceptions import PluginError

INCLUDE = re.compile(r'^\s*--8<--\s+"(?P<path>[^":]+)(?::(?P<section>[\w-]+))?"\s*$')


def section_names(source: str) -> set[str]:
    """Names of the sections a snippet marks with ``--8<-- [start:name]`` and ``[end:name]``."""
    starts = set(re.findall(r"--8<-- \[start:([\w-]+)\]", source))
    ends = set(re.findall(r"--8<-- \[end:([\w-]+)\]", source))
    return starts & ends


def include_errors(markdown: str, base: Path) -> list[str]:
    errors = []
    for number, line in enumerate(markdown.splitlines(), start=1):
        match = INCLUDE.match(line)
        if not match:
            continue
        path = base / match["path"]
        if not path.is_file():
            errors.append(f"line {number}: snippet 'snippets/{match['path']}' does not exist")
        elif match["section"] and match["section"] not in section_names(path.read_text("utf-8")):
            errors.append(f"line {number}: snippet 'snippets/{match['path']}' has no section "
                          f"'{match['section']}' (marked by --8<-- [start:{match['section']}] ... [end:...])")
    return errors


def on_page_markdown(markdown, page, config, files):
    base = Path(config["config_file_path"]).parent / "snippets"
    errors = include_errors(markdown, base)
    if errors:
        raise PluginError(f"docs/{page.file.src_uri}: " + "; ".join(errors))
    return markdown
