"""Block and error pages, soft 404s and redirects to a listing, on a real loopback server."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from monitor.clean import Cleaned, judge
from monitor.config import Config, FetchSettings, SourceConfig, StorageSettings
from monitor.fetch import Fetched, Fetcher, FetchPolicy, make_client
from monitor.pipeline import Monitor, RunSummary
from store import Store

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
LATER = T0 + timedelta(hours=2)
STATEMENT = [
    "The Ministry of Examples today suspended the licences of three grain exporters that "
    "breached the northern corridor inspection rules.",
    "The suspensions last ninety days and apply to every port of the corridor.",
    "Inspectors will publish a list of the cargoes concerned next week.",
]


def html(title: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!doctype html><html><head><title>{title}</title></head><body>"
            f"<nav><a href='/'>Home</a> <a href='/news/'>News</a></nav>"
            f"<main><article><h1>{title}</h1>{body}</article></main>"
            f"<footer>Back to Top</footer></body></html>")


BLOCKS = {
    "access denied": html("Access Denied", [
        "You don't have permission to access this page on this server.",
        "Reference #18.4c2a1b.1763629200.9f"]),
    "captcha": html("Security check", [
        "Please verify you are a human before you continue to this website.",
        "Complete the CAPTCHA below."]),
    "rate limit": html("Too Many Requests", [
        "You have sent too many requests in a given amount of time. Please slow down."]),
    "maintenance": html("Scheduled maintenance", [
        "This site is down for maintenance until 06:00 Eastern Time. We apologise."]),
    "empty body": "",
}
SOFT_404 = html("Page Not Found | Ministry of Examples", [
    "Sorry, the page you requested could not be found.",
    "It may have moved. Try the search box or the news listing."])


class Site:
    """One statement whose answer the test switches."""

    def __init__(self, server: HTTPServer) -> None:
        self.base = server.url_for("").rstrip("/")
        self.answer: Response = Response(html("Licences suspended", STATEMENT),
                                         content_type="text/html")
        server.expect_request("/robots.txt").respond_with_data("User-agent: *\n")
        server.expect_request("/news/licences/").respond_with_handler(lambda r: self.answer)
        server.expect_request("/news/").respond_with_handler(self._listing)
        server.expect_request("/feed.xml").respond_with_handler(self._feed)

    def _listing(self, request: Request) -> Response:
        return Response(html("News", ["All the news of the ministry, newest first."]),
                        content_type="text/html")

    def _feed(self, request: Request) -> Response:
        item = (f"<item><title>Licences</title><link>{self.base}/news/licences/</link>"
                "<pubDate>Thu, 19 Nov 2026 10:00:00 +0000</pubDate></item>")
        return Response(f'<?xml version="1.0"?><rss version="2.0"><channel><title>N</title>'
                        f"<link>{self.base}/</link>{item}</channel></rss>",
                        content_type="application/rss+xml")


@pytest.fixture
def site(httpserver: HTTPServer) -> Site:
    return Site(httpserver)


def run(store: Store, site: Site, now: datetime) -> RunSummary:
    source = SourceConfig(name="news", url=f"{site.base}/feed.xml", kind="feed", every="15m")
    config = Config(storage=StorageSettings(database=store.url), sources=(source,),
                    fetch=FetchSettings(delay=0, deadline=10))
    policy = FetchPolicy(host_delay=0, deadline=10)
    with make_client(policy) as client:
        return Monitor(config, store, Fetcher(client, policy), lambda: now).run_once()


@pytest.mark.parametrize("kind", sorted(BLOCKS))
def test_a_block_or_error_page_is_a_failed_check_not_a_revision(
    site: Site, store: Store, kind: str
) -> None:
    run(store, site, T0)
    url = f"{site.base}/news/licences/"
    site.answer = Response(BLOCKS[kind], content_type="text/html")
    summary = run(store, site, LATER)
    doc = store.document(url)
    assert (summary.failed, summary.revisions, summary.removed) == (1, 0, 0)
    assert doc.revision_count == 1 and doc.status == "active" and doc.failures == 1
    assert "not stored, checked again later" in (doc.last_error or "")
    logged = next(f for f in store.fetch_log() if f.url == url)
    assert logged.outcome == "error" and logged.status == 200
    assert "checked again later" in (logged.error or "")
    assert [e.kind for e in store.events()] == ["new"]


def test_a_soft_404_records_the_statement_as_removed(site: Site, store: Store) -> None:
    run(store, site, T0)
    site.answer = Response(SOFT_404, content_type="text/html")
    summary = run(store, site, LATER)
    doc = store.document(f"{site.base}/news/licences/")
    assert (summary.removed, summary.revisions) == (1, 0)
    assert doc.status == "removed" and doc.revision_count == 1
    assert [e.kind for e in store.events()] == ["new", "removed"]
    assert "soft 404" in (store.fetch_log()[0].error or "")


def test_a_redirect_to_the_listing_records_the_statement_as_removed(
    site: Site, store: Store
) -> None:
    run(store, site, T0)
    site.answer = Response("", status=301, headers={"Location": f"{site.base}/news/"})
    summary = run(store, site, LATER)
    assert summary.removed == 1
    assert store.document(f"{site.base}/news/licences/").status == "removed"
    assert "redirects to the listing" in (store.fetch_log()[0].error or "")


def test_a_new_link_answering_a_block_page_is_not_stored(site: Site, store: Store) -> None:
    site.answer = Response(BLOCKS["access denied"], content_type="text/html")
    summary = run(store, site, T0)
    assert (summary.new, summary.failed) == (0, 1)
    assert store.count_documents() == 0


def _fetched(url: str, body: str, requested: str | None = None,
             redirects: tuple[str, ...] = ()) -> Fetched:
    return Fetched(url=url, requested_url=requested or url, status=200,
                   content_type="text/html", body=body.encode(), text=body, encoding="utf-8",
                   redirects=redirects)


def test_a_long_statement_that_quotes_a_notice_is_a_statement() -> None:
    paragraphs = ("Access denied: that is what the families heard at the border, the Minister "
                  "said, and it will not happen again. " * 8,)
    cleaned = Cleaned("https://x.example.gov/a", "Statement", None, paragraphs)
    assert judge(_fetched(cleaned.url, "<p>x</p>"), cleaned).kind == "ok"


def test_a_redirect_to_the_same_page_or_another_statement_is_not_a_removal() -> None:
    cleaned = Cleaned("https://x.example.gov/news/a/", "Statement", None, tuple(STATEMENT))
    same = _fetched("https://x.example.gov/news/a/", "<p>x</p>", "http://x.example.gov/news/a",
                    ("https://x.example.gov/news/a/",))
    moved = _fetched("https://x.example.gov/news/2026/a/", "<p>x</p>",
                     "https://x.example.gov/news/a/", ("https://x.example.gov/news/2026/a/",))
    home = _fetched("https://x.example.gov/", "<p>x</p>", "https://x.example.gov/news/a/",
                    ("https://x.example.gov/",))
    assert judge(same, cleaned).kind == "ok"
    assert judge(moved, cleaned).kind == "ok"
    assert judge(home, cleaned).kind == "gone"
