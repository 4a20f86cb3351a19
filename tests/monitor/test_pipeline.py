"""The pipeline on a real loopback server: discovery of every kind, baseline, edits, duplicates."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
from pytest_httpserver import HTTPServer

from monitor.config import Config, FetchSettings, SourceConfig, StorageSettings
from monitor.fetch import Fetcher, FetchPolicy, make_client
from monitor.pipeline import Monitor, RunSummary
from store import Store

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)

PARAGRAPHS = {
    "alpha": [
        "The Department of State today announced new visa restrictions on officials who "
        "obstructed the investigation into the Harbor Street fire.",
        "These restrictions apply to twelve individuals and take effect immediately.",
        "The United States will continue to press for a full and transparent inquiry.",
    ],
    "beta": [
        "The Secretary spoke today with Foreign Minister Adaro of Estoria about maritime "
        "security in the northern straits.",
        "They agreed to convene a joint working group on port inspections before March.",
        "The Secretary thanked the Minister for Estoria's partnership.",
    ],
    "gamma": [
        "The Treasury Department designated four companies that ship precursor chemicals "
        "used to make illicit fentanyl.",
        "All property of these companies under United States jurisdiction is blocked.",
        "The designations follow an eighteen-month investigation with partner agencies.",
    ],
}


def page(title: str, paragraphs: list[str], frame: str = "v1") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!doctype html><html><head><title>{title} | Department of Examples</title>
<meta property="article:published_time" content="2026-11-19T10:00:00Z"></head><body>
<a class="usa-skipnav" href="#main">Skip to main content</a>
<section class="usa-banner">An official website of the United States government</section>
<nav class="usa-nav {frame}"><ul>
<li>Policy Issues <button>Show submenu for “Policy Issues”</button></li>
<li><a href="/about">About</a></li></ul></nav>
<main id="main"><article><h1>{title}</h1><div class="entry-content">{body}</div></article></main>
<footer class="usa-footer"><a href="#">Back to Top</a> <span>Updated {frame}</span></footer>
</body></html>"""


def rss(base: str, slugs: list[str]) -> str:
    items = "".join(f"<item><title>{s}</title><link>{base}/news/{s}/</link>"
                    f"<pubDate>Thu, 19 Nov 2026 10:00:00 +0000</pubDate></item>" for s in slugs)
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>'
            f"<link>{base}/</link>{items}</channel></rss>")


class Site:
    """A mutable little site on pytest-httpserver."""

    def __init__(self, server: HTTPServer) -> None:
        self.server = server
        self.base = server.url_for("").rstrip("/")
        self.pages: dict[str, tuple[str, str]] = {}
        self.lock = threading.Lock()
        robots = "User-agent: *\nDisallow: /private/\n"
        server.expect_request("/robots.txt").respond_with_data(robots)

    def put(self, path: str, body: str, content_type: str = "text/html; charset=utf-8") -> None:
        self.pages[path] = (body, content_type)
        self.server.expect_request(path).respond_with_handler(
            lambda request, p=path: self._serve(p))

    def _serve(self, path: str):  # type: ignore[no-untyped-def]
        from werkzeug import Response

        if path not in self.pages:
            return Response("gone", status=404)
        body, kind = self.pages[path]
        return Response(body, content_type=kind)

    def remove(self, path: str) -> None:
        del self.pages[path]


@pytest.fixture
def site(httpserver: HTTPServer) -> Site:
    return Site(httpserver)


def run(store: Store, sources: list[SourceConfig], now: datetime) -> RunSummary:
    config = Config(storage=StorageSettings(database=store.url), sources=tuple(sources),
                    fetch=FetchSettings(delay=0, deadline=10))
    policy = FetchPolicy(host_delay=0, deadline=10)
    with make_client(policy) as client:
        return Monitor(config, store, Fetcher(client, policy), lambda: now).run_once()


def feed_source(site: Site) -> SourceConfig:
    return SourceConfig(name="news", url=f"{site.base}/feed.xml", kind="feed", every="15m")


def publish(site: Site, slugs: list[str], frame: str = "v1") -> None:
    for slug in slugs:
        site.put(f"/news/{slug}/", page(slug.title(), PARAGRAPHS[slug], frame))
    site.put("/feed.xml", rss(site.base, slugs), "application/rss+xml")


def test_first_check_is_a_baseline_announced_to_no_one(site: Site, store: Store) -> None:
    publish(site, ["alpha", "beta"])
    summary = run(store, [feed_source(site)], T0)
    assert (summary.new, summary.baselines) == (2, 1)
    assert all(e.baseline and not e.announce for e in store.events())
    publish(site, ["gamma", "alpha", "beta"])
    summary = run(store, [feed_source(site)], T0 + timedelta(minutes=20))
    assert summary.new == 1
    announced = [store.document(e.document_id).url for e in store.events() if e.announce]
    assert announced == [f"{site.base}/news/gamma/"]


def test_text_edit_found_on_recheck_is_a_revision(site: Site, store: Store) -> None:
    publish(site, ["alpha"])
    run(store, [feed_source(site)], T0)
    PARAGRAPHS["alpha"].append("The Department will also suspend two export licences.")
    try:
        publish(site, ["alpha"])
        summary = run(store, [feed_source(site)], T0 + timedelta(hours=2))
    finally:
        PARAGRAPHS["alpha"].pop()
    assert summary.revisions == 1
    revision = store.revisions(1)[-1]
    assert revision.added == ("The Department will also suspend two export licences.",)
    assert revision.change == "substantive"
    changed = [e for e in store.events() if e.kind == "changed"]
    assert len(changed) == 1 and changed[0].announce


def test_markup_only_change_makes_no_revision(site: Site, store: Store) -> None:
    publish(site, ["beta"], frame="v1")
    run(store, [feed_source(site)], T0)
    publish(site, ["beta"], frame="v2-with-new-classes")
    summary = run(store, [feed_source(site)], T0 + timedelta(hours=2))
    assert (summary.unchanged, summary.revisions) == (1, 0)
    assert store.document(1).revision_count == 1


def test_pages_are_not_rechecked_before_they_are_due(site: Site, store: Store) -> None:
    publish(site, ["alpha"])
    run(store, [feed_source(site)], T0)
    summary = run(store, [feed_source(site)], T0 + timedelta(minutes=30))
    assert summary.fetched == 0


def test_removed_page_is_recorded_as_removed(site: Site, store: Store) -> None:
    publish(site, ["alpha", "beta"])
    run(store, [feed_source(site)], T0)
    site.remove("/news/beta/")
    summary = run(store, [feed_source(site)], T0 + timedelta(hours=2))
    assert summary.removed == 1
    assert store.document(f"{site.base}/news/beta/").status == "removed"


def test_repost_at_a_second_url_is_a_duplicate(site: Site, store: Store) -> None:
    publish(site, ["gamma"])
    run(store, [feed_source(site)], T0)
    site.put("/mirror/gamma.html", page("Gamma", ["Released by the Treasury:"]
                                        + PARAGRAPHS["gamma"], "mirror"))
    mirror = SourceConfig(name="mirror", url=f"{site.base}/mirror/gamma.html", kind="page")
    summary = run(store, [feed_source(site), mirror], T0 + timedelta(minutes=20))
    assert summary.duplicates == 1
    dup = store.document(f"{site.base}/mirror/gamma.html")
    assert dup.duplicate_of == store.document(f"{site.base}/news/gamma/").id


def test_atom_feed_is_discovered(site: Site, store: Store) -> None:
    publish(site, ["alpha", "beta"])
    entries = "".join(f'<entry><title>{s}</title><link href="{site.base}/news/{s}/"/>'
                      f"<id>urn:{s}</id><updated>2026-11-19T10:00:00Z</updated></entry>"
                      for s in ("alpha", "beta"))
    site.put("/atom.xml", '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">'
             f"<title>x</title><id>urn:x</id><updated>2026-11-19T10:00:00Z</updated>{entries}"
             "</feed>", "application/atom+xml")
    source = SourceConfig(name="atom", url=f"{site.base}/atom.xml", kind="feed")
    assert run(store, [source], T0).new == 2


def test_sitemap_index_is_followed_to_its_sitemaps(site: Site, store: Store) -> None:
    publish(site, ["alpha", "beta", "gamma"])
    urlset = "".join(f"<url><loc>{site.base}/news/{s}/</loc><lastmod>2026-11-1{i}</lastmod></url>"
                     for i, s in enumerate(["alpha", "beta", "gamma"]))
    ns = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
    site.put("/sitemap-news.xml", f'<?xml version="1.0"?><urlset {ns}>{urlset}</urlset>',
             "application/xml")
    site.put("/sitemap.xml", f'<?xml version="1.0"?><sitemapindex {ns}><sitemap><loc>'
             f"{site.base}/sitemap-news.xml</loc></sitemap></sitemapindex>", "application/xml")
    source = SourceConfig(name="map", url=f"{site.base}/sitemap.xml", kind="sitemap")
    assert run(store, [source], T0).new == 3


def test_listing_takes_same_host_links_matching_include(site: Site, store: Store) -> None:
    publish(site, ["alpha", "beta"])
    site.put("/news/", f"""<html><body><nav><a href="/about">About</a></nav><main>
        <a href="/news/alpha/">Alpha</a> <a href="{site.base}/news/beta/">Beta</a>
        <a href="https://elsewhere.example.org/news/x/">Off-site</a>
        <a href="/private/secret/">Private</a></main></body></html>""")
    source = SourceConfig(name="list", url=f"{site.base}/news/", kind="listing",
                          include=(r"/news/[a-z]+/$",))
    summary = run(store, [source], T0)
    assert summary.new == 2
    assert {d.url for d in store.documents()} == {f"{site.base}/news/alpha/",
                                                  f"{site.base}/news/beta/"}


def test_feed_links_to_private_addresses_are_never_fetched(site: Site, store: Store) -> None:
    publish(site, ["alpha"])
    hostile = ["http://10.0.0.1/x", "http://169.254.169.254/latest/meta-data/",
               f"http://127.0.0.2:{site.server.port}/x"]
    items = "".join(f"<item><title>h</title><link>{u}</link></item>" for u in hostile)
    items += f"<item><title>a</title><link>{site.base}/news/alpha/</link></item>"
    site.put("/feed.xml", f'<rss version="2.0"><channel><title>t</title>{items}</channel></rss>',
             "application/rss+xml")
    summary = run(store, [feed_source(site)], T0)
    assert summary.new == 1
    assert summary.failed == 3
    errors = [f for f in store.fetch_log() if f.outcome == "error"]
    assert {f.url for f in errors} == set(hostile)
    assert all("not a public address" in (f.error or "") or "private" in (f.error or "").lower()
               or "blocked" in (f.error or "").lower() for f in errors)


def test_robots_disallowed_links_are_skipped(site: Site, store: Store) -> None:
    publish(site, ["alpha"])
    site.put("/private/secret/", page("Secret", PARAGRAPHS["beta"]))
    site.put("/feed.xml", rss(site.base, ["alpha"]).replace(
        "</channel>", f"<item><title>s</title><link>{site.base}/private/secret/</link></item>"
        "</channel>"), "application/rss+xml")
    summary = run(store, [feed_source(site)], T0)
    assert (summary.new, summary.skipped) == (1, 1)


def test_source_failure_is_recorded_and_not_a_baseline(site: Site, store: Store) -> None:
    site.server.expect_request("/missing.xml").respond_with_data("gone", status=404)
    source = SourceConfig(name="dead", url=f"{site.base}/missing.xml", kind="feed")
    summary = run(store, [source], T0)
    assert summary.sources_failed == 1
    state = store.sources()[0]
    assert state.baseline_at is None and state.last_error and "404" in state.last_error


def fail_cleaning(monkeypatch: pytest.MonkeyPatch, url: str) -> None:
    """Make cleaning raise for one URL (a cleaner bug on one hostile page, say)."""
    import monitor.pipeline

    real = monitor.pipeline.clean_for_host

    def clean_for_host(store, body, page_url, content_type):  # type: ignore[no-untyped-def]
        if page_url == url:
            raise RuntimeError("the cleaner tripped on this page")
        return real(store, body, page_url, content_type)

    monkeypatch.setattr(monitor.pipeline, "clean_for_host", clean_for_host)


def test_a_page_that_fails_to_clean_is_recorded_and_the_next_pages_are_still_stored(
        site: Site, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    publish(site, ["alpha", "beta", "gamma"])
    broken = f"{site.base}/news/beta/"
    fail_cleaning(monkeypatch, broken)
    summary = run(store, [feed_source(site)], T0)
    assert (summary.new, summary.failed, summary.sources_failed) == (2, 1, 0)
    assert {d.url for d in store.documents(10)} == {f"{site.base}/news/alpha/",
                                                    f"{site.base}/news/gamma/"}
    failed = [f for f in store.fetch_log(20) if f.url == broken]
    assert failed and failed[0].outcome == "error" and "RuntimeError" in (failed[0].error or "")
    assert any("the cleaner tripped" in e for e in summary.errors)
    monkeypatch.undo()  # the next check finds the page again and stores it
    summary = run(store, [feed_source(site)], T0 + timedelta(minutes=20))
    assert summary.new == 1 and store.document_for(broken) is not None


def test_a_stored_page_that_fails_on_recheck_keeps_its_text_and_is_retried_later(
        site: Site, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    publish(site, ["alpha", "beta"])
    run(store, [feed_source(site)], T0)
    broken = f"{site.base}/news/alpha/"
    fail_cleaning(monkeypatch, broken)
    later = T0 + timedelta(hours=2)
    summary = run(store, [feed_source(site)], later)
    assert (summary.failed, summary.unchanged) == (1, 1)
    doc = store.document_for(broken)
    assert doc is not None and doc.failures == 1 and "RuntimeError" in (doc.last_error or "")
    assert doc.next_check_at is not None and doc.next_check_at > later
    assert store.revisions(doc.id)[-1].text == "\n\n".join(PARAGRAPHS["alpha"])


def test_a_page_source_is_its_own_document_checked_once_on_every_check(
        site: Site, store: Store) -> None:
    path = "/statements/harbor.html"
    site.put(path, page("Alpha", PARAGRAPHS["alpha"]))
    source = SourceConfig(name="one page", url=f"{site.base}{path}", kind="page", every="15m")
    first = run(store, [source], T0)
    assert (first.new, first.baselines, first.fetched) == (1, 1, 1)
    site.put(path, page("Alpha", [*PARAGRAPHS["alpha"], "Two export licences are suspended."]))
    second = run(store, [source], T0 + timedelta(minutes=20))
    assert (second.revisions, second.fetched) == (1, 1)
    requests = [r for r, _ in site.server.log if r.path == path]
    assert len(requests) == 2  # one request per check: discovery is the page's own fetch
    changed = [e for e in store.events() if e.kind == "changed"]
    assert len(changed) == 1 and changed[0].announce
    site.remove(path)
    third = run(store, [source], T0 + timedelta(minutes=40))
    assert (third.removed, third.sources_failed) == (1, 1)
    assert store.document(f"{site.base}{path}").status == "removed"
    assert "gone" in (store.sources()[0].last_error or "")
