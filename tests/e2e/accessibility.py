"""One axe-core check for every browser test that audits a page."""

from __future__ import annotations

from axe_playwright_python.sync_playwright import Axe

# extra.css skips off-screen sections, code blocks and formulas (content-visibility: auto), and axe cannot work
# out the colours of skipped content (dequelabs/axe-core#2768): the audit shows them all first, as
# each one looks once it is on screen.
SHOW_SKIPPED = ".md-typeset .md-section, .md-typeset .highlight, .md-typeset .math-display { content-visibility: visible !important; }"
SCHEMES = {"light": "default", "dark": "slate"}  # the browser's preference -> Material's palette


def violations_report(results) -> str:
    return "\n".join(
        f"{v['id']} ({v['impact']}): {v['help']} -> "
        + "; ".join(f"{node['target']} {node.get('failureSummary', '')!r}" for node in v["nodes"][:4])
        for v in results.response["violations"]
    )


def assert_accessible(page, scheme: str, label: str) -> None:
    """The page shows the palette the browser asked for, and axe-core finds no violation on it."""
    assert page.get_attribute("body", "data-md-color-scheme") == SCHEMES[scheme]
    page.add_style_tag(content=SHOW_SKIPPED)
    results = Axe().run(page)
    assert results.violations_count == 0, f"{label} ({scheme}):\n{violations_report(results)}"
