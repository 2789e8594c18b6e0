"""Browser fixtures: the built site on 127.0.0.1, driven in Debian's Chromium through Playwright."""

from __future__ import annotations

import os
import shutil
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Error as PlaywrightError
from pages_server import PREFIX, serve

CHROMIUM_FLAGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def pytest_collection_modifyitems(items):
    for item in items:
        if "/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def base_url(site):
    with serve(site) as url:
        yield url


def chromium_path() -> str:
    path = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        pytest.fail("Browser tests need Debian's Chromium: `apt-get install chromium` "
                    "(or set CHROMIUM to a Chromium binary).")
    return path


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


# Material's instant navigation resolves the sitemap's URLs against the page's protocol and host but
# not its port, so on 127.0.0.1:<port> every click is a full page load. Pages that must navigate the
# way a learner's browser does open this default-port origin, which the Watcher answers from the
# test server.
ALIAS_ORIGIN = "http://llm-roadmap.test"


class Watcher:
    """Records console errors, page errors and every request that leaves the test server."""

    def __init__(self, page, server_origin: str):
        self.errors: list[str] = []
        self.foreign: list[str] = []
        self.server_origin = server_origin
        page.on("console", lambda msg: msg.type == "error" and self.errors.append(msg.text))
        page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        page.route("**/*", self._route)

    def _route(self, route):
        url = route.request.url
        if url.startswith(ALIAS_ORIGIN + "/"):
            try:
                served = route.fetch(url=self.server_origin + url[len(ALIAS_ORIGIN):])
                route.fulfill(response=served)
            except PlaywrightError as error:  # the test closed the page while this was in flight
                if "disposed" not in str(error) and "closed" not in str(error):
                    raise
        elif urlsplit(url).hostname in ("127.0.0.1", None) or url.startswith(("data:", "blob:")):
            route.continue_()
        else:
            self.foreign.append(url)
            route.abort()


@pytest.fixture
def context(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    yield context
    context.close()


@pytest.fixture
def page_in_palette(browser):
    """Open pages in a browser that prefers the light or the dark colour scheme."""
    contexts = []

    def open_page(scheme: str):
        contexts.append(browser.new_context(color_scheme=scheme,
                                            viewport={"width": 1280, "height": 900}))
        return contexts[-1].new_page()

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture(scope="session")
def instant_url(base_url):
    """The site's root on ALIAS_ORIGIN, where clicks on internal links use instant navigation."""
    return ALIAS_ORIGIN + PREFIX


@pytest.fixture
def page(context, base_url):
    page = context.new_page()
    parts = urlsplit(base_url)
    page.watcher = Watcher(page, f"{parts.scheme}://{parts.netloc}")
    yield page
    assert not page.watcher.foreign, f"requests left 127.0.0.1: {page.watcher.foreign}"
    assert not page.watcher.errors, f"console errors: {page.watcher.errors}"
