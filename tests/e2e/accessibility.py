"""One axe-core check for every browser test that audits a page."""

from __future__ import annotations

from axe_playwright_python.sync_playwright import Axe

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
    results = Axe().run(page)
    assert results.violations_count == 0, f"{label} ({scheme}):\n{violations_report(results)}"
