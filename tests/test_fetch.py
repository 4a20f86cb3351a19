"""The fetcher against real loopback servers: every behaviour named in the fetch contract."""

from __future__ import annotations

import gzip
import itertools
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from monitor.fetch import Fetcher, FetchPolicy, make_client
from monitor.fetch_errors import (
    BlockedAddress,
    FetchTimeout,
    HTTPStatus,
    NotText,
    RateLimited,
    RobotsDisallowed,
    TooLarge,
    TooManyRedirects,
)

FAST = FetchPolicy(host_delay=0, deadline=5, read_timeout=2, connect_timeout=2, retries=2)


def fetcher(policy: FetchPolicy = FAST, resolver: object = None) -> Fetcher:
    return Fetcher(make_client(policy), policy, resolver=resolver)  # type: ignore[arg-type]


@pytest.fixture(autouse=True)
def no_robots(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)


def test_etag_then_conditional_request_gets_304(httpserver: HTTPServer) -> None:
    def handler(request: Request) -> Response:
        if request.headers.get("If-None-Match") == '"v1"':
            return Response(status=304, headers={"ETag": '"v1"'})
        return Response("<p>hello</p>", content_type="text/html", headers={"ETag": '"v1"'})

    httpserver.expect_request("/page").respond_with_handler(handler)
    f = fetcher()
    first = f.fetch(httpserver.url_for("/page"))
    assert (first.status, first.etag, first.text) == (200, '"v1"', "<p>hello</p>")
    second = f.fetch(httpserver.url_for("/page"), etag=first.etag)
    assert second.not_modified and second.body == b""


def test_last_modified_is_sent_back(httpserver: HTTPServer) -> None:
    stamp = "Wed, 18 Nov 2026 10:00:00 GMT"
    httpserver.expect_request("/p", headers={"If-Modified-Since": stamp}).respond_with_data(
        "", status=304)
    httpserver.expect_request("/p").respond_with_data("x", headers={"Last-Modified": stamp})
    f = fetcher()
    assert f.fetch(httpserver.url_for("/p")).last_modified == stamp
    assert f.fetch(httpserver.url_for("/p"), last_modified=stamp).not_modified


def test_429_with_retry_after_is_waited_out_then_fetched(httpserver: HTTPServer) -> None:
    calls: list[float] = []

    def handler(request: Request) -> Response:
        calls.append(time.monotonic())
        if len(calls) == 1:
            return Response("slow down", status=429, headers={"Retry-After": "1"})
        return Response("<p>ok</p>", content_type="text/html")

    httpserver.expect_request("/p").respond_with_handler(handler)
    page = fetcher().fetch(httpserver.url_for("/p"))
    assert page.text == "<p>ok</p>" and len(calls) == 2
    assert calls[1] - calls[0] >= 0.95


def test_503_with_a_long_retry_after_raises_rate_limited(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/p").respond_with_data("busy", status=503,
                                                      headers={"Retry-After": "3600"})
    with pytest.raises(RateLimited) as err:
        fetcher().fetch(httpserver.url_for("/p"))
    assert err.value.retry_after == 3600 and err.value.status == 503


def test_redirect_loop_is_detected(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/a").respond_with_data("", status=302, headers={"Location": "/b"})
    httpserver.expect_request("/b").respond_with_data("", status=302, headers={"Location": "/a"})
    with pytest.raises(TooManyRedirects, match="loop"):
        fetcher().fetch(httpserver.url_for("/a"))


def test_redirects_are_followed_and_recorded(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/old").respond_with_data("", status=301,
                                                        headers={"Location": "/new"})
    httpserver.expect_request("/new").respond_with_data("<p>moved</p>", content_type="text/html")
    page = fetcher().fetch(httpserver.url_for("/old"))
    assert page.url.endswith("/new") and page.redirects == (httpserver.url_for("/new"),)


def test_redirect_to_a_private_host_is_blocked_before_connecting(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/go").respond_with_data(
        "", status=302, headers={"Location": "http://10.0.0.1/metadata"})
    with pytest.raises(BlockedAddress, match=r"10\.0\.0\.1"):
        fetcher().fetch(httpserver.url_for("/go"))
    assert len(httpserver.log) == 2  # robots.txt and /go; nothing went to 10.0.0.1


def test_redirect_to_another_loopback_address_is_blocked(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/go").respond_with_data(
        "", status=302, headers={"Location": f"http://127.0.0.2:{httpserver.port}/x"})
    with pytest.raises(BlockedAddress):
        fetcher().fetch(httpserver.url_for("/go"))


def test_discovered_link_on_the_sources_host_is_allowed(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/item").respond_with_data("<p>x</p>", content_type="text/html")
    host = f"{httpserver.host}:{httpserver.port}"
    assert fetcher().fetch(httpserver.url_for("/item"), trusted_host=host).status == 200


def test_discovered_link_to_private_address_is_blocked() -> None:
    with pytest.raises(BlockedAddress):
        fetcher().fetch("http://169.254.169.254/latest/meta-data/", trusted_host="a.gov:443")


def test_discovered_link_to_a_public_name_passes_the_guard() -> None:
    from monitor.guard import check_url

    check_url("https://www.state.gov/x", "feeds.example.org:443", lambda host: ["23.1.2.3"])


def test_oversize_body_with_content_length_is_refused(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/big").respond_with_data("x" * 5000, content_type="text/html")
    with pytest.raises(TooLarge, match="5,000 bytes announced"):
        fetcher(FetchPolicy(host_delay=0, max_bytes=1000)).fetch(httpserver.url_for("/big"))


def test_oversize_chunked_body_is_cut_while_streaming(httpserver: HTTPServer) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(100):
            yield b"y" * 1000

    httpserver.expect_request("/stream").respond_with_response(
        Response(chunks(), content_type="text/html"))
    with pytest.raises(TooLarge):
        fetcher(FetchPolicy(host_delay=0, max_bytes=10_000)).fetch(httpserver.url_for("/stream"))


def test_gzip_bomb_stops_at_the_cap(httpserver: HTTPServer) -> None:
    bomb = gzip.compress(b"\0" * 20_000_000, compresslevel=9)
    assert len(bomb) < 100_000
    httpserver.expect_request("/bomb").respond_with_data(
        bomb, content_type="text/html", headers={"Content-Encoding": "gzip"})
    started = time.monotonic()
    with pytest.raises(TooLarge, match="decompressed"):
        fetcher(FetchPolicy(host_delay=0, max_bytes=1_000_000)).fetch(
            httpserver.url_for("/bomb"))
    assert time.monotonic() - started < 3


def test_gzip_body_is_decoded(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/z").respond_with_data(
        gzip.compress("<p>café</p>".encode()), headers={"Content-Encoding": "gzip",
                                                       "Content-Type": "text/html; charset=utf-8"})
    assert fetcher().fetch(httpserver.url_for("/z")).text == "<p>café</p>"


class Drip(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        try:
            for _ in range(100):
                self.wfile.write(b"x")
                self.wfile.flush()
                time.sleep(0.5)
        except OSError:
            pass

    def log_message(self, format: str, *args: object) -> None:
        pass


def test_a_server_that_drips_hits_the_overall_deadline() -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Drip)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    policy = FetchPolicy(host_delay=0, deadline=2, read_timeout=1, respect_robots=False)
    started = time.monotonic()
    try:
        with pytest.raises(FetchTimeout, match="deadline"):
            fetcher(policy).fetch(f"http://127.0.0.1:{server.server_address[1]}/")
    finally:
        server.shutdown()
    assert time.monotonic() - started < 4


def test_a_silent_server_times_out() -> None:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    policy = FetchPolicy(host_delay=0, deadline=2, read_timeout=0.5, respect_robots=False)
    try:
        with pytest.raises(FetchTimeout):
            fetcher(policy).fetch(f"http://127.0.0.1:{listener.getsockname()[1]}/")
    finally:
        listener.close()


def test_wrong_declared_charset_falls_back_to_detection(httpserver: HTTPServer) -> None:
    body = "<p>Le café – « déclaration » du ministère, très attendue.</p>".encode("cp1252")
    httpserver.expect_request("/w").respond_with_data(
        body, headers={"Content-Type": "text/html; charset=utf-8"})
    page = fetcher().fetch(httpserver.url_for("/w"))
    assert "café" in page.text and "ministère" in page.text


def test_charset_from_the_page_when_the_header_has_none(httpserver: HTTPServer) -> None:
    body = '<meta charset="windows-1252"><p>naïve “quotes”</p>'.encode("cp1252")
    httpserver.expect_request("/m").respond_with_data(body, headers={"Content-Type": "text/html"})
    page = fetcher().fetch(httpserver.url_for("/m"))
    assert "naïve “quotes”" in page.text and page.encoding == "cp1252"


def test_binary_body_is_refused(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/img").respond_with_data(b"\x89PNG\r\n\x1a\n" + b"\0" * 100,
                                                        content_type="text/html")
    with pytest.raises(NotText):
        fetcher().fetch(httpserver.url_for("/img"))


def test_http_errors_name_the_status(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/gone").respond_with_data("", status=410)
    with pytest.raises(HTTPStatus) as err:
        fetcher().fetch(httpserver.url_for("/gone"))
    assert err.value.status == 410 and "410" in str(err.value)


def test_robots_disallow_is_respected_and_robots_fetched_once(httpserver: HTTPServer) -> None:
    httpserver.clear()
    httpserver.expect_request("/robots.txt").respond_with_data(
        "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    httpserver.expect_request("/public/1").respond_with_data("<p>1</p>", content_type="text/html")
    httpserver.expect_request("/public/2").respond_with_data("<p>2</p>", content_type="text/html")
    f = fetcher()
    with pytest.raises(RobotsDisallowed):
        f.fetch(httpserver.url_for("/private/x"))
    f.fetch(httpserver.url_for("/public/1"))
    f.fetch(httpserver.url_for("/public/2"))
    robots = [r for r, _ in httpserver.log if r.path == "/robots.txt"]
    assert len(robots) == 1


def test_at_most_two_requests_at_once_per_host() -> None:
    state = {"now": 0, "peak": 0}
    lock = threading.Lock()

    class Slow(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            with lock:
                state["now"] += 1
                state["peak"] = max(state["peak"], state["now"])
            time.sleep(0.2)
            with lock:
                state["now"] -= 1
            body = b"<p>ok</p>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Slow)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    f = fetcher(FetchPolicy(host_delay=0, per_host=2, respect_robots=False))
    base = f"http://127.0.0.1:{server.server_address[1]}"
    threads = [threading.Thread(target=f.fetch, args=(f"{base}/{i}",)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    server.shutdown()
    assert state["peak"] == 2


def test_host_delay_spaces_request_starts(httpserver: HTTPServer) -> None:
    starts: list[float] = []

    def handler(request: Request) -> Response:
        starts.append(time.monotonic())
        return Response("<p>x</p>", content_type="text/html")

    httpserver.expect_request("/d").respond_with_handler(handler)
    f = fetcher(FetchPolicy(host_delay=0.3, respect_robots=False))
    for _ in range(3):
        f.fetch(httpserver.url_for("/d"))
    gaps = [b - a for a, b in itertools.pairwise(starts)]
    assert all(g >= 0.28 for g in gaps)
