"""The fetcher against real loopback servers: every behaviour named in the fetch contract."""

from __future__ import annotations

import gzip
import itertools
import socket
import threading
import time
import tracemalloc
import zlib
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from monitor.fetch import (
    BlockedAddress,
    Fetcher,
    FetchPolicy,
    FetchTimeout,
    HTTPStatus,
    NotText,
    RateLimited,
    TooLarge,
    TooManyRedirects,
    TransportFailed,
    make_client,
)
from monitor.fetch.guard import Resolver

FAST = FetchPolicy(host_delay=0, deadline=5, read_timeout=2, connect_timeout=2, retries=2)


def fetcher(policy: FetchPolicy = FAST, resolver: Resolver | None = None) -> Fetcher:
    return Fetcher(make_client(policy), policy, resolver=resolver)


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
    from monitor.fetch.guard import check_url

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


def test_utf8_with_a_stray_byte_stays_utf8(httpserver: HTTPServer) -> None:
    words = "<p>Łódź: zarząd portu ogłasza nowe godziny pracy nabrzeża wschodniego.</p>" * 5
    body = words.encode("utf-8") + b"<p>skr\xc3</p>"  # one character cut in half
    httpserver.expect_request("/s").respond_with_data(
        body, headers={"Content-Type": "text/html; charset=utf-8"})
    page = fetcher().fetch(httpserver.url_for("/s"))
    assert "Łódź: zarząd portu" in page.text and page.encoding == "utf-8"


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


def test_304_without_validators_echoes_the_ones_sent(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/p").respond_with_data("", status=304)
    page = fetcher().fetch(httpserver.url_for("/p"), etag='"v9"', last_modified="yesterday")
    assert page.not_modified and (page.etag, page.last_modified) == ('"v9"', "yesterday")


def test_a_name_is_connected_to_the_address_the_resolver_gave(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/feed").respond_with_data("<rss/>", content_type="text/xml")
    page = fetcher(resolver=lambda host: ["127.0.0.1"]).fetch(
        f"http://feeds.test:{httpserver.port}/feed")
    assert page.text == "<rss/>" and page.url == f"http://feeds.test:{httpserver.port}/feed"


def test_dns_rebinding_is_caught_at_connect_time(httpserver: HTTPServer) -> None:
    answers = iter([["23.1.2.3"], ["127.0.0.1"]])  # public when checked, loopback when used
    policy = FetchPolicy(host_delay=0, deadline=3, retries=0, respect_robots=False)
    with pytest.raises(BlockedAddress, match="connect time"):
        fetcher(policy, resolver=lambda host: next(answers)).fetch(
            f"http://rebind.test:{httpserver.port}/x", trusted_host="source.example")
    assert [r.path for r, _ in httpserver.log] == []


def test_discovered_link_redirecting_to_another_loopback_port_is_blocked(
        httpserver: HTTPServer) -> None:
    httpserver.expect_request("/item").respond_with_data(
        "", status=302, headers={"Location": "http://127.0.0.1:1/admin"})
    host = f"127.0.0.1:{httpserver.port}"
    with pytest.raises(BlockedAddress, match="own host"):
        fetcher().fetch(httpserver.url_for("/item"), trusted_host=host)


def test_redirect_to_a_file_url_is_blocked(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/go").respond_with_data(
        "", status=302, headers={"Location": "file:///etc/passwd"})
    with pytest.raises(BlockedAddress, match="only http and https"):
        fetcher().fetch(httpserver.url_for("/go"))


def test_too_many_redirects_raise(httpserver: HTTPServer) -> None:
    for i in range(5):
        httpserver.expect_request(f"/r{i}").respond_with_data(
            "", status=302, headers={"Location": f"/r{i + 1}"})
    policy = FetchPolicy(host_delay=0, max_redirects=3)
    with pytest.raises(TooManyRedirects, match="more than 3 redirects"):
        fetcher(policy).fetch(httpserver.url_for("/r0"))


def test_retry_after_as_an_http_date_is_honoured(httpserver: HTTPServer) -> None:
    from datetime import UTC, datetime, timedelta
    from email.utils import format_datetime

    later = format_datetime(datetime.now(UTC) + timedelta(hours=2), usegmt=True)
    httpserver.expect_request("/p").respond_with_data("", status=429,
                                                      headers={"Retry-After": later})
    with pytest.raises(RateLimited) as err:
        fetcher().fetch(httpserver.url_for("/p"))
    assert err.value.retry_after is not None and err.value.retry_after > 7000


def test_a_retry_after_past_the_deadline_is_not_waited_for(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/p").respond_with_data("", status=503,
                                                      headers={"Retry-After": "10"})
    started = time.monotonic()
    with pytest.raises(RateLimited):
        fetcher(FetchPolicy(host_delay=0, deadline=2)).fetch(httpserver.url_for("/p"))
    assert time.monotonic() - started < 1


def test_a_host_that_asked_to_wait_is_left_alone_by_other_fetches(
        httpserver: HTTPServer) -> None:
    httpserver.expect_request("/a").respond_with_data("", status=503,
                                                      headers={"Retry-After": "3600"})
    f = fetcher()
    with pytest.raises(RateLimited):
        f.fetch(httpserver.url_for("/a"))
    with pytest.raises(RateLimited, match="asked us to wait") as err:
        f.fetch(httpserver.url_for("/b"))
    assert err.value.retry_after is not None and err.value.retry_after > 3500
    assert "/b" not in [r.path for r, _ in httpserver.log]


def test_rate_limited_after_retries_run_out(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/p").respond_with_data("", status=429,
                                                      headers={"Retry-After": "0"})
    with pytest.raises(RateLimited, match="after 2 retries"):
        fetcher().fetch(httpserver.url_for("/p"))
    assert [r.path for r, _ in httpserver.log].count("/p") == 3


def test_a_server_error_is_retried_with_backoff(httpserver: HTTPServer) -> None:
    answers = iter([Response("", status=502), Response("<p>ok</p>", content_type="text/html")])
    httpserver.expect_request("/p").respond_with_handler(lambda request: next(answers))
    policy = FetchPolicy(host_delay=0, backoff=0.05)
    assert fetcher(policy).fetch(httpserver.url_for("/p")).text == "<p>ok</p>"


def test_a_refused_connection_is_a_transport_failure() -> None:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    listener.close()  # nothing listens there now
    policy = FetchPolicy(host_delay=0, retries=1, backoff=0.05, respect_robots=False)
    with pytest.raises(TransportFailed, match=f"127.0.0.1:{port}"):
        fetcher(policy).fetch(f"http://127.0.0.1:{port}/")


def test_deflate_bodies_are_decoded_zlib_wrapped_or_raw(httpserver: HTTPServer) -> None:
    text = b"<p>deflated</p>"
    raw = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    httpserver.expect_request("/z").respond_with_data(
        zlib.compress(text), headers={"Content-Encoding": "deflate", "Content-Type": "text/html"})
    httpserver.expect_request("/raw").respond_with_data(
        raw.compress(text) + raw.flush(),
        headers={"Content-Encoding": "deflate", "Content-Type": "text/html"})
    f = fetcher()
    assert f.fetch(httpserver.url_for("/z")).text == "<p>deflated</p>"
    assert f.fetch(httpserver.url_for("/raw")).text == "<p>deflated</p>"


def test_an_encoding_we_did_not_ask_for_is_refused(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/br").respond_with_data(
        b"\x1b\x00", headers={"Content-Encoding": "br", "Content-Type": "text/html"})
    with pytest.raises(NotText, match="'br'"):
        fetcher().fetch(httpserver.url_for("/br"))


def test_gzip_bomb_is_stopped_without_allocating_it() -> None:
    bomb = gzip.compress(b"\0" * 50_000_000, compresslevel=9)

    class Bomb(BaseHTTPRequestHandler):  # no werkzeug: its own allocations would blur the peak
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Encoding", "gzip")
            self.end_headers()
            self.wfile.write(bomb)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Bomb)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    policy = FetchPolicy(host_delay=0, max_bytes=1_000_000, respect_robots=False)
    f = fetcher(policy)
    tracemalloc.start()
    try:
        with pytest.raises(TooLarge, match="decompressed"):
            f.fetch(f"http://127.0.0.1:{server.server_address[1]}/bomb")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
        server.shutdown()
    assert peak < 5_000_000  # 50 MB inflated, about 1 MB (the cap) held


def test_the_next_request_waits_the_delay_from_when_a_late_request_was_really_sent(
        httpserver: HTTPServer) -> None:
    """A thread that gets its turn but sends late (a busy machine, slow to be scheduled)
    holds the turn until its request is on the wire: the next one, from another thread,
    still leaves the host the full delay."""
    arrivals: list[float] = []

    def page(_: Request) -> Response:
        arrivals.append(time.monotonic())
        return Response("<html><body><p>x</p></body></html>", content_type="text/html")

    for path in ("/a", "/b"):
        httpserver.expect_request(path).respond_with_handler(page)
    policy = FetchPolicy(host_delay=0.2, per_host=2, deadline=10, read_timeout=5,
                         connect_timeout=5, retries=0)
    client = make_client(policy)
    late = threading.Event()

    def send_first_page_late(request: object) -> None:  # between its turn and its send
        if str(getattr(request, "url", "")).endswith(("/a", "/b")) and not late.is_set():
            late.set()
            time.sleep(0.35)

    client.event_hooks["request"].append(send_first_page_late)
    fetch = Fetcher(client, policy)
    httpserver.expect_request("/").respond_with_data("<html><body>home</body></html>",
                                                     content_type="text/html")
    fetch.fetch(httpserver.url_for("/"))  # robots.txt and a first page, before the two
    threads = [threading.Thread(target=fetch.fetch, args=(httpserver.url_for(p),))
               for p in ("/a", "/b")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(arrivals) == 2
    assert arrivals[1] - arrivals[0] >= 0.2 - 0.01, arrivals
