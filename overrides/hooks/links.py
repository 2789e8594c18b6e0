"""Links for raw HTML, which MkDocs does not rewrite (a library for the hooks, not a hook)."""

from __future__ import annotations

import posixpath


def relative_url(target_url: str, page_url: str) -> str:
    """The link from the page at ``page_url`` to ``target_url`` (both site-relative directory URLs)."""
    return posixpath.relpath(target_url.rstrip("/") or ".", page_url.rstrip("/") or ".") + "/"
