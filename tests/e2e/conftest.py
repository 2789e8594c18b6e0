"""Browser fixtures: the built site on 127.0.0.1, driven in Debian's Chromium through Playwright."""

from __future__ import annotations

import functools
import os
import shutil
import threading
from pathlib import Path
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import pytest
import yaml

CHROMIUM_FLAGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def pytest_collection_modifyitems(items):
    for item in items:
        if "/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


ROOT = Path(__file__).resolve().parents[2]
# The site is served under site_url's path (e.g. /llm-roadmap/), as GitHub Pages serves it.
PREFIX = urlsplit(yaml.safe_load((ROOT / "mkdocs.yml").read_text())["site_url"]).path


class PagesHandler(SimpleHTTPRequestHandler):
    """Serves the site under the site_url path and answers unknown paths with 404.html, like Pages."""

    def translate_path(self, path):
        path = urlsplit(path).path
        return super().translate_path("/" + path[len(PREFIX):] if path.startswith(PREFIX) else "/-")

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.exists():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def base_url(site):
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(PagesHandler, directory=site))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}{PREFIX}"
    server.shutdown()


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
            served = route.fetch(url=self.server_origin + url[len(ALIAS_ORIGIN):])
            route.fulfill(response=served)
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
