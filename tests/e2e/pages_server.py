"""The built site served on 127.0.0.1 the way GitHub Pages serves it."""

from __future__ import annotations

import contextlib
import functools
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import yaml

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


@contextlib.contextmanager
def serve(site: Path, handler: type[PagesHandler] = PagesHandler):
    """Yields the site's root URL, e.g. http://127.0.0.1:43817/llm-roadmap/."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=site))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{PREFIX}"
    finally:
        server.shutdown()
