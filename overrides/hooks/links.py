"""Links the hooks write into pages (a library for the hooks, not a hook)."""

from __future__ import annotations

import posixpath


def relative_url(target_url: str, page_url: str) -> str:
    """For raw HTML, which MkDocs does not rewrite: the link from the page at ``page_url`` to ``target_url`` (both site-relative directory URLs)."""
    return posixpath.relpath(target_url.rstrip("/") or ".", page_url.rstrip("/") or ".") + "/"


def relative_path(target: str, page_path: str) -> str:
    """A Markdown link from the page at ``page_path`` to ``target`` (both docs-relative files)."""
    return posixpath.relpath(target, posixpath.dirname(page_path) or ".")
