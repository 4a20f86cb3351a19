"""A loopback web server for the fixture site, one epoch at a time.

The site ships in the package (`monitor/demo/site/`, package data), so `policywatch demo`
works from any installation; `fixtures/site` in a checkout is a link to it.
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

__all__ = ["FIXTURE_SITE", "FixtureServer"]

FIXTURE_SITE = Path(__file__).resolve().parent / "site"
_TYPES = {
    ".xml": "application/xml; charset=utf-8",
    ".html": "text/html; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
}


class FixtureServer:
    """Serves `root/<epoch>/` and `root/hostile/` on 127.0.0.1, {{BASE}} filled in."""

    def __init__(self, root: Path = FIXTURE_SITE, epoch: str = "epoch1") -> None:
        self.root, self.epoch = root, epoch
        self.requests: list[str] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                server.requests.append(self.path)
                found = server.resolve(self.path)
                if found is None:
                    self.send_error(404, "Not Found")
                    return
                body = found.read_text(encoding="utf-8").replace("{{BASE}}", server.base)
                body = body.replace("{{PORT}}", str(server.port))
                data = body.encode("utf-8")
                self.send_response(200)
                self.send_header("Content-Type", _TYPES.get(found.suffix, "text/plain"))
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args: object) -> None:
                pass  # quiet: the demo prints its own story

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self.port = int(self._httpd.server_address[1])
        self.base = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    def resolve(self, path: str) -> Path | None:
        """The file for a URL path in the current epoch, or None (404)."""
        relative = unquote(urlsplit(path).path).lstrip("/")
        # /hostile/... (pages that attack the monitor) is served beside every epoch.
        epoch = "" if relative.startswith("hostile/") else self.epoch
        docroot = (self.root / epoch).resolve()
        candidate = (docroot / relative).resolve()
        if candidate.is_dir():
            candidate = candidate / "index.html"
        if docroot not in candidate.parents or not candidate.is_file():
            return None
        return candidate

    def __enter__(self) -> FixtureServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
