"""A loopback RSS feed that grows: the tests' stand-in for a source publishing new pages."""

from __future__ import annotations

from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

__all__ = ["serve_growing_feed"]


def serve_growing_feed(httpserver: HTTPServer, shown: dict[str, int]) -> None:
    """Serve `/feed.xml` listing `/p/0/` … `/p/{n-1}/`, with n read from `shown["n"]` at each
    request, so a test publishes a page by raising it."""
    base = httpserver.url_for("").rstrip("/")

    def feed(_: Request) -> Response:
        items = "".join(f"<item><title>p{i}</title><link>{base}/p/{i}/</link></item>"
                        for i in range(shown["n"]))
        return Response(f'<rss version="2.0"><channel><title>t</title>{items}</channel></rss>',
                        content_type="application/rss+xml")

    httpserver.expect_request("/feed.xml").respond_with_handler(feed)
