"""Build time (total and per page) and the heaviest pages by gzip weight.

Usage: python scripts/bench.py
A page's weight is its HTML plus every local CSS, JS, image and font it loads, each gzipped (fonts are
counted on pages that use them: the math font where a page has <math>).
"""

from __future__ import annotations

import gzip
import os
import re
import tempfile
import time
from collections import defaultdict
from functools import lru_cache, wraps
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.commands import build as mkdocs_build
from mkdocs.config import load_config

ROOT = Path(__file__).resolve().parents[1]
RESOURCE = re.compile(r'<(?:script|img|source)\b[^>]*\bsrc="([^"]+)"|<link\b[^>]*\bhref="([^"]+)"[^>]*>')
PAGE_TIMES: dict[str, float] = defaultdict(float)


def timed(function):
    @wraps(function)
    def wrapper(page, *args, **kwargs):
        start = time.perf_counter()
        try:
            return function(page, *args, **kwargs)
        finally:
            PAGE_TIMES[page.file.src_uri] += time.perf_counter() - start

    return wrapper


def build(site_dir: str) -> float:
    mkdocs_build._populate_page = timed(mkdocs_build._populate_page)
    mkdocs_build._build_page = timed(mkdocs_build._build_page)
    config = load_config(str(ROOT / "mkdocs.yml"), site_dir=site_dir, strict=True)
    start = time.perf_counter()
    mkdocs_build.build(config)
    return time.perf_counter() - start


@lru_cache(maxsize=None)
def gzipped(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), compresslevel=9))


def page_weight(site: Path, page: Path) -> tuple[int, dict[str, int]]:
    html = page.read_text(encoding="utf-8")
    parts = {"html": len(gzip.compress(html.encode(), compresslevel=9))}
    for match in RESOURCE.finditer(html):
        url = match[1] or match[2]
        if match[2] and not re.search(r'rel="(stylesheet|icon)"', match[0]):
            continue
        if urlsplit(url).scheme:
            continue
        target = (page.parent / urlsplit(url).path).resolve()
        if target.is_file():
            parts[target.name] = gzipped(target)
    if "<math" in html:
        for font in (site / "assets/fonts").glob("*.woff2"):
            parts[font.name] = gzipped(font)
    return sum(parts.values()), parts


def main() -> None:
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    with tempfile.TemporaryDirectory() as tmp:
        total = build(tmp)
        site = Path(tmp)
        pages = sorted(site.rglob("*.html"))
        weights = sorted(((page_weight(site, p), p) for p in pages), key=lambda w: -w[0][0])
        print(f"\nBuild: {total:.2f} s for {len(PAGE_TIMES)} pages "
              f"({1000 * total / max(len(PAGE_TIMES), 1):.0f} ms a page on average)")
        print("\nSlowest pages to build:")
        for src, seconds in sorted(PAGE_TIMES.items(), key=lambda t: -t[1])[:10]:
            print(f"  {seconds * 1000:8.0f} ms  {src}")
        print("\nHeaviest pages (gzip, HTML + CSS + JS + fonts + images):")
        for (weight, parts), page in weights[:10]:
            detail = ", ".join(f"{name} {size / 1024:.1f}" for name, size in
                               sorted(parts.items(), key=lambda t: -t[1])[:4])
            print(f"  {weight / 1024:7.1f} KiB  {page.relative_to(site)}  ({detail} ...)")
        median = sorted(w[0][0] for w in weights)[len(weights) // 2]
        print(f"\nMedian page: {median / 1024:.1f} KiB over {len(pages)} pages")


if __name__ == "__main__":
    main()
