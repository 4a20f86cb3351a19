"""No silent floods: the baseline is the first discovery that finds links, links that
failed then are stored as baseline later, a check with 0 links warns, and a changed url,
kind or filter takes a new baseline (without the old validators)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tests.conftest import invoke

PAGE = ("<html><head><title>{t}</title></head><body><main><h1>{t}</h1><p>The Department of "
        "Examples today announced measure number {i} on the inspection of cargo at the "
        "northern ports.</p><p>It takes effect on the first of next month.</p></main>"
        "</body></html>")


class Site:
    """A loopback site: a feed, a listing page and statements; what each serves is set by
    the test as it goes, and every webhook POST is kept."""

    def __init__(self, server: HTTPServer) -> None:
        self.server, self.base = server, server.url_for("").rstrip("/")
        self.items: list[int] = []
        self.broken: set[int] = set()
        self.posts: list[dict[str, Any]] = []
        self.etag: str | None = None
        self.conditional: list[str | None] = []
        server.expect_request("/robots.txt").respond_with_data("", status=404)
        server.expect_request("/feed.xml").respond_with_handler(self.feed)
        server.expect_request("/news/").respond_with_handler(self.listing)
        server.expect_request("/hook", method="POST").respond_with_handler(self.hook)
        for i in range(12):
            server.expect_request(f"/news/{i}/").respond_with_handler(self.page(i))

    def feed(self, request: Request) -> Response:
        self.conditional.append(request.headers.get("If-None-Match"))
        if self.etag and request.headers.get("If-None-Match") == self.etag:
            return Response("", status=304, headers={"ETag": self.etag})
        items = "".join(f"<item><title>Measure {i}</title><link>{self.base}/news/{i}/</link>"
                        "</item>" for i in self.items)
        return Response(f'<rss version="2.0"><channel><title>t</title>{items}</channel></rss>',
                        content_type="application/rss+xml",
                        headers={"ETag": self.etag} if self.etag else {})

    def listing(self, _: Request) -> Response:
        links = "".join(f'<li><a href="/news/{i}/">Measure {i}</a></li>' for i in self.items)
        return Response(f"<html><body><main><ul>{links}</ul></main></body></html>",
                        content_type="text/html")

    def page(self, i: int) -> Any:
        def serve(_: Request) -> Response:
            if i in self.broken:
                return Response("oops", status=500)
            return Response(PAGE.format(t=f"Measure {i}", i=i), content_type="text/html")
        return serve

    def hook(self, request: Request) -> Response:
        self.posts.append(json.loads(request.data))
        return Response("", status=204)

    def announced(self) -> list[str]:
        return [item["title"] for post in self.posts for item in post["items"]]


@pytest.fixture
def site(httpserver: HTTPServer) -> Site:
    return Site(httpserver)


def write(tmp_path: Path, site: Site, source: str) -> Path:
    config = tmp_path / "policywatch.toml"
    config.write_text(f'[storage]\ndatabase = "pw.db"\n[fetch]\ndelay = 0\nretries = 0\n'
                      f'[[sources]]\nname = "news"\n{source}\n'
                      f'[[subscriptions]]\nname = "desk"\nwebhook = "{site.base}/hook"\n',
                      encoding="utf-8")
    return config


def run(config: Path, minute: int) -> Any:
    result = invoke("run", "--once", "--json", "--config", str(config), "--now",
                    f"2026-11-20T09:{minute:02d}:00Z")
    return json.loads(result.stdout) | {"code": result.returncode}


def test_a_wrong_kind_takes_no_baseline_so_fixing_it_floods_nothing(
        tmp_path: Path, site: Site) -> None:
    site.items = [1, 2, 3]
    wrong = write(tmp_path, site, f'url = "{site.base}/news/"\nkind = "feed"')
    first = run(wrong, 0)
    assert first["baselines"] == 0 and first["new"] == 0
    (warning,) = first["warnings"]
    assert "0 links: is kind right?" in warning and 'try kind = "listing"' in warning
    listed = json.loads(invoke("sources", "--json", "--config", str(wrong)).stdout)
    assert listed[0]["warning"] == "0 links: is kind right?" and listed[0]["baseline_at"] is None
    fixed = write(tmp_path, site, f'url = "{site.base}/news/"\nkind = "listing"')
    second = run(fixed, 20)
    assert (second["baselines"], second["new"]) == (1, 3)
    assert site.announced() == []  # the statements already there are the baseline
    site.items = [1, 2, 3, 4]
    run(fixed, 40)
    assert site.announced() == ["Measure 4"]


def test_links_that_failed_at_the_baseline_are_stored_later_as_baseline(
        tmp_path: Path, site: Site) -> None:
    site.items, site.broken = [1, 2, 3], {1, 2, 3}
    config = write(tmp_path, site, f'url = "{site.base}/feed.xml"')
    first = run(config, 0)
    assert first["baselines"] == 1 and first["new"] == 0 and first["failed"] == 3
    assert first["failed_sources"] == ["news"] and first["code"] == 1
    site.broken = set()
    second = run(config, 20)
    assert second["new"] == 3 and second["code"] == 0
    assert site.announced() == []  # fetched later, still the baseline: never a flood
    site.items = [1, 2, 3, 4]
    run(config, 40)
    assert site.announced() == ["Measure 4"]


def test_widening_a_filter_takes_a_new_baseline_without_the_old_etag(
        tmp_path: Path, site: Site) -> None:
    site.items, site.etag = [1, 2, 3, 10, 11], '"v1"'
    narrow = write(tmp_path, site, f'url = "{site.base}/feed.xml"\ninclude = ["/news/1/$"]')
    run(narrow, 0)
    run(narrow, 20)
    assert site.conditional == [None, '"v1"']  # the validator is used once baselined
    wide = write(tmp_path, site, f'url = "{site.base}/feed.xml"\ninclude = ["/news/1"]')
    changed = run(wide, 40)
    assert site.conditional[-1] is None  # the old validator belongs to the old settings
    assert changed["baselines"] == 1 and changed["new"] == 2
    assert site.announced() == []  # 10 and 11 were there before: not news


def test_a_repeated_sitemap_child_is_fetched_once(tmp_path: Path, httpserver: HTTPServer) -> None:
    base = httpserver.url_for("").rstrip("/")
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    child = f"<sitemap><loc>{base}/child.xml</loc></sitemap>"
    httpserver.expect_request("/index.xml").respond_with_data(
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        + child * 500 + "</sitemapindex>", content_type="application/xml")
    httpserver.expect_request("/child.xml").respond_with_data(
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>{base}/news/1/</loc></url></urlset>", content_type="application/xml")
    httpserver.expect_request("/news/1/").respond_with_data(
        PAGE.format(t="Measure 1", i=1), content_type="text/html")
    config = tmp_path / "policywatch.toml"
    config.write_text(f'[storage]\ndatabase = "pw.db"\n[fetch]\ndelay = 0\n[[sources]]\n'
                      f'name = "map"\nurl = "{base}/index.xml"\nkind = "sitemap"\n',
                      encoding="utf-8")
    summary = run(config, 0)
    assert summary["new"] == 1
    children = [r for r, _ in httpserver.log if r.path == "/child.xml"]
    assert len(children) == 1
