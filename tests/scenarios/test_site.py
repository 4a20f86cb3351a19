"""The whole pipeline over the fixture site (fixtures/site) on a loopback server."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from alerts import SubscriptionConfig, build_digest
from alerts.render import render_html, render_text
from monitor.clean import clean_document
from monitor.config import Config, FetchSettings, SourceConfig, StorageSettings
from monitor.demo import FixtureServer
from monitor.fetch import Fetcher, FetchPolicy, make_client
from monitor.pipeline import Monitor, RunSummary
from monitor.tracking import track_page
from store import Store

T0 = datetime(2026, 11, 17, 9, 0, tzinfo=UTC)


def run(store: Store, sources: list[SourceConfig], now: datetime) -> RunSummary:
    config = Config(storage=StorageSettings(database=store.url), sources=tuple(sources),
                    fetch=FetchSettings(delay=0))
    policy = FetchPolicy(host_delay=0, deadline=10)
    with make_client(policy) as client:
        return Monitor(config, store, Fetcher(client, policy), lambda: now).run_once()


def statements(manifest: dict[str, Any], epoch: str, template: str | None = None) -> set[str]:
    return {s["path"] for s in manifest["epochs"][epoch]["statements"]
            if template in (None, s["template"])}


def stored_paths(store: Store, base: str) -> set[str]:
    return {d.url.removeprefix(base) for d in store.documents(limit=500)}


@pytest.mark.parametrize(("kind", "path", "include", "template"), [
    ("feed", "/feed.xml", (), "A"),
    ("feed", "/atom.xml", (), "B"),
    ("listing", "/briefings/", (r"/briefings/[^/]+/$",), "A"),
    ("sitemap", "/sitemap.xml", (r"/briefings/[^/]+/$", r"/news/[^/]+\.html$"), None),
])
def test_every_discovery_kind_finds_exactly_the_statements(
    site: FixtureServer, store: Store, manifest: dict[str, Any], kind: str, path: str,
    include: tuple[str, ...], template: str | None,
) -> None:
    source = SourceConfig(name=kind, url=site.base + path, kind=kind, include=include)
    summary = run(store, [source], T0)
    assert summary.failed == 0, summary.errors
    assert stored_paths(store, site.base) == statements(manifest, "epoch1", template)


def test_cleaned_statements_keep_their_sentences_and_drop_the_frame(
    site: FixtureServer, store: Store, manifest: dict[str, Any]
) -> None:
    sources = [SourceConfig(name="a", url=site.base + "/feed.xml"),
               SourceConfig(name="b", url=site.base + "/atom.xml")]
    run(store, sources, T0)
    for statement in manifest["epochs"]["epoch1"]["statements"]:
        doc = store.document(site.base + statement["path"])
        text = store.revisions(doc.id)[-1].text
        assert doc.title == statement["title"]
        assert doc.published is not None
        assert doc.published.date() == datetime.fromisoformat(statement["published"]).date()
        for sentence in statement["must_contain"]:
            assert sentence in text, (statement["path"], sentence)
        for junk in manifest["templates"][statement["template"]]["boilerplate"]:
            assert junk not in text, (statement["path"], junk)


def test_second_epoch_edit_markup_repost_and_removal(
    site: FixtureServer, store: Store, manifest: dict[str, Any]
) -> None:
    sources = [SourceConfig(name="a", url=site.base + "/feed.xml"),
               SourceConfig(name="b", url=site.base + "/atom.xml")]
    run(store, sources, T0)
    site.epoch = "epoch2"
    summary = run(store, sources, T0 + timedelta(hours=2))
    by_status: dict[str, list[dict[str, Any]]] = {}
    for s in manifest["epochs"]["epoch2"]["statements"]:
        by_status.setdefault(s["status"], []).append(s)
    (edited,) = by_status["edited"]
    doc = store.document(site.base + edited["path"])
    revision = store.revisions(doc.id)[-1]
    assert revision.change == "substantive"
    assert set(revision.added) == set(edited["edit"]["added_sentences"])
    assert set(revision.removed) == set(edited["edit"]["removed_sentences"])
    for markup in by_status["markup_only"]:
        assert store.document(site.base + markup["path"]).revision_count == 1
    (repost,) = by_status["reposted"]
    dup = store.document(site.base + repost["path"])
    original = store.document(site.base + repost["reposted_of"])
    assert dup.duplicate_of == original.id
    for removed in manifest["epochs"]["epoch2"]["removed"]:
        assert store.document(site.base + removed["path"]).status == "removed"
    assert summary.new == len(by_status["new"])
    distinct = manifest["near_duplicates_that_are_distinct"]
    assert distinct and all(store.document(site.base + p).duplicate_of is None
                            for pair in distinct for p in pair["paths"])


def test_robots_disallowed_page_is_never_fetched(site: FixtureServer, store: Store) -> None:
    source = SourceConfig(name="pages", url=site.base + "/sitemap-pages.xml", kind="sitemap")
    summary = run(store, [source], T0)
    assert summary.skipped == 1
    assert not any("/private/" in r for r in site.requests)


def test_hostile_feed_fetches_only_the_legitimate_item(
    site: FixtureServer, store: Store, manifest: dict[str, Any]
) -> None:
    hostile = manifest["hostile"]["feed"]
    summary = run(store, [SourceConfig(name="h", url=site.base + hostile["path"])], T0)
    assert stored_paths(store, site.base) == set(hostile["must_fetch"])
    blocked = {f.url for f in store.fetch_log() if f.outcome == "error"}
    assert blocked == {u.replace("{{PORT}}", str(site.port)) for u in hostile["must_not_fetch"]}
    assert summary.failed == len(hostile["must_not_fetch"])


def test_injected_markup_in_a_title_and_sentence_arrives_escaped(
    site: FixtureServer, store: Store, manifest: dict[str, Any]
) -> None:
    xss = manifest["hostile"]["xss"]
    store.start_cursor("desk", T0)
    url = site.base + xss["path"]
    page = httpx.get(url)
    cleaned = clean_document(page.text, url, "text/html")
    track_page(store, cleaned, url=cleaned.url, fetch_url=url, raw=None, source_id=None, at=T0)
    assert cleaned.title == xss["title"]
    for bad in xss["must_not_contain"]:
        assert bad not in cleaned.text
    digest = build_digest(SubscriptionConfig(name="desk"), store.pending_events(0), T0,
                          store.actions_of, lambda _: [])
    assert len(digest.items) == 1
    html = render_html(digest)
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;alert(1)" in html
    assert "<img src=x" not in html
    assert "<script>alert(1)</script>" in render_text(digest)  # plain text shows it as text


def test_second_epoch_actions_are_found_and_a_repeat_links_its_first_announcement(
    site: FixtureServer, store: Store, manifest: dict[str, Any]
) -> None:
    sources = [SourceConfig(name="a", url=site.base + "/feed.xml"),
               SourceConfig(name="b", url=site.base + "/atom.xml")]
    run(store, sources, T0)
    store.start_cursor("desk", T0)
    site.epoch = "epoch2"
    run(store, sources, T0 + timedelta(hours=2))
    digest = build_digest(SubscriptionConfig(name="desk"), store.pending_events(0),
                          T0 + timedelta(hours=2), store.actions_of, lambda _: [])
    by_url = {item.url: item for item in digest.items}
    checked = 0
    for statement in manifest["epochs"]["epoch2"]["statements"]:
        if statement["status"] != "new":
            continue
        item = by_url[site.base + statement["path"]]
        found = {a.text: a for a in item.actions}
        assert set(statement["actions"]) <= set(found), statement["path"]
        for sentence, first in statement.get("repeats", {}).items():
            assert found[sentence].previous_url == site.base + first
            checked += 1
        fresh = set(statement["actions"]) - set(statement.get("repeats", {}))
        assert all(found[s].repeat_of is None for s in fresh)
    assert checked == 1
    assert "previously announced on 2026-11-17" in render_text(digest)
