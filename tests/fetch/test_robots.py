"""robots.txt: read once per host, cached, honoured, and failing closed only for now."""

from __future__ import annotations

import threading
import time

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from monitor.fetch import Fetcher, FetchPolicy, RobotsDisallowed, TransportFailed, make_client
from monitor.fetch.robots import KEEP_RULES, RETRY_AFTER_FAILURE, RobotsCache

POLICY = FetchPolicy(host_delay=0, deadline=5, read_timeout=2, connect_timeout=2, retries=0)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def robots_requests(server: HTTPServer) -> int:
    return sum(1 for request, _ in server.log if request.path == "/robots.txt")


def test_disallowed_path_is_refused_and_allowed_paths_fetched(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/robots.txt").respond_with_data(
        "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    httpserver.expect_request("/public/1").respond_with_data("<p>1</p>", content_type="text/html")
    fetcher = Fetcher(make_client(POLICY), POLICY)
    with pytest.raises(RobotsDisallowed, match="disallows it for policywatch"):
        fetcher.fetch(httpserver.url_for("/private/x"))
    assert fetcher.fetch(httpserver.url_for("/public/1")).text == "<p>1</p>"
    assert not any(request.path == "/private/x" for request, _ in httpserver.log)


def test_robots_is_fetched_once_for_many_requests_from_many_threads(
        httpserver: HTTPServer) -> None:
    httpserver.expect_request("/robots.txt").respond_with_data("User-agent: *\nAllow: /\n")
    httpserver.expect_request("/p").respond_with_data("<p>x</p>", content_type="text/html")
    fetcher = Fetcher(make_client(POLICY), POLICY)
    threads = [threading.Thread(target=fetcher.fetch, args=(httpserver.url_for("/p"),))
               for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert robots_requests(httpserver) == 1
    assert sum(1 for request, _ in httpserver.log if request.path == "/p") == 8


def test_a_group_for_policywatch_wins_over_the_star_group(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/robots.txt").respond_with_data(
        "User-agent: policywatch\nDisallow: /\n\nUser-agent: *\nAllow: /\n")
    with pytest.raises(RobotsDisallowed):
        Fetcher(make_client(POLICY), POLICY).fetch(httpserver.url_for("/anything"))


def test_missing_robots_allows_everything(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/robots.txt").respond_with_data("no", status=404)
    httpserver.expect_request("/p").respond_with_data("<p>x</p>", content_type="text/html")
    assert Fetcher(make_client(POLICY), POLICY).fetch(httpserver.url_for("/p")).status == 200


def test_robots_server_error_closes_the_host_until_it_is_asked_again(
        httpserver: HTTPServer) -> None:
    clock = Clock()
    httpserver.expect_ordered_request("/robots.txt").respond_with_data("oops", status=500)
    httpserver.expect_ordered_request("/robots.txt").respond_with_data("User-agent: *\n")
    httpserver.expect_request("/p").respond_with_data("<p>x</p>", content_type="text/html")
    fetcher = Fetcher(make_client(POLICY), POLICY, clock=clock)
    with pytest.raises(RobotsDisallowed, match=r"HTTP 500.*asked again"):
        fetcher.fetch(httpserver.url_for("/p"))
    with pytest.raises(RobotsDisallowed):  # still closed: not asked again yet
        fetcher.fetch(httpserver.url_for("/p"))
    assert robots_requests(httpserver) == 1
    clock.now += RETRY_AFTER_FAILURE + 1
    assert fetcher.fetch(httpserver.url_for("/p")).status == 200
    assert robots_requests(httpserver) == 2


def test_unreachable_robots_closes_the_host_for_now_and_carries_the_cause() -> None:
    def unreachable(url: str) -> tuple[int, bytes]:
        raise TransportFailed(f"{url}: connection refused", url)

    verdict = RobotsCache().check("http://a.example/page", unreachable)
    assert not verdict.allowed and isinstance(verdict.failure, TransportFailed)
    assert "connection refused" in verdict.reason


def test_rules_are_read_again_after_a_day() -> None:
    clock, loads = Clock(), []

    def load(url: str) -> tuple[int, bytes]:
        loads.append(url)
        return 200, b"User-agent: *\nDisallow: /x\n" if len(loads) == 1 else b""

    cache = RobotsCache(clock)
    assert not cache.check("http://a.example/x", load).allowed
    clock.now += KEEP_RULES - 1
    assert not cache.check("http://a.example/x", load).allowed
    clock.now += 2
    assert cache.check("http://a.example/x", load).allowed
    assert loads == ["http://a.example/robots.txt"] * 2


def test_crawl_delay_slows_requests_to_that_host(httpserver: HTTPServer) -> None:
    starts: list[float] = []
    httpserver.expect_request("/robots.txt").respond_with_data(
        "User-agent: *\nCrawl-delay: 0.4\n")

    def page(request: Request) -> Response:
        starts.append(time.monotonic())
        return Response("<p>x</p>", content_type="text/html")

    httpserver.expect_request("/p").respond_with_handler(page)
    fetcher = Fetcher(make_client(POLICY), POLICY)
    fetcher.fetch(httpserver.url_for("/p"))
    fetcher.fetch(httpserver.url_for("/p"))
    assert starts[1] - starts[0] >= 0.38


def test_an_oversized_robots_is_read_up_to_the_cap(httpserver: HTTPServer) -> None:
    body = "User-agent: *\nDisallow: /private/\n" + "# padding\n" * 100_000
    httpserver.expect_request("/robots.txt").respond_with_data(body)
    with pytest.raises(RobotsDisallowed):
        Fetcher(make_client(POLICY), POLICY).fetch(httpserver.url_for("/private/1"))


def test_a_redirected_robots_is_followed_on_the_same_host(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/robots.txt").respond_with_data(
        "", status=301, headers={"Location": "/real-robots.txt"})
    httpserver.expect_request("/real-robots.txt").respond_with_data(
        "User-agent: *\nDisallow: /\n")
    with pytest.raises(RobotsDisallowed):
        Fetcher(make_client(POLICY), POLICY).fetch(httpserver.url_for("/p"))


def test_robots_can_be_turned_off(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/p").respond_with_data("<p>x</p>", content_type="text/html")
    policy = FetchPolicy(host_delay=0, respect_robots=False)
    assert Fetcher(make_client(policy), policy).fetch(httpserver.url_for("/p")).status == 200
    assert robots_requests(httpserver) == 0
