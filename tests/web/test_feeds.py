"""Atom feeds and the JSON API: the same findings, with the actions and the edit."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

import feedparser
import pytest
from sqlalchemy import event
from starlette.testclient import TestClient

from alerts import SubscriptionConfig, build_digest
from monitor.clean import Cleaned
from monitor.tracking import track_page
from monitor.web import atom
from store import Store
from tests.conftest import ROOT
from tests.web.conftest import Built

NOW = datetime(2026, 12, 1, tzinfo=UTC)
REPOSTS = ROOT / "fixtures" / "reposts"
ORIGINAL, COPY = "https://state.example/joint-velmora", "https://embassy.example/velmora"
SUBSCRIPTIONS = (SubscriptionConfig(name="everything"),
                 SubscriptionConfig(name="velmora", keywords=("Velmora",)),
                 SubscriptionConfig(name="actions", actions_only=True),
                 SubscriptionConfig(name="all edits", changes="all", removed=True),
                 SubscriptionConfig(name="nobody", keywords=("zzzz",)))


def parse(client: TestClient, route: str) -> feedparser.FeedParserDict:
    response = client.get(route)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == "atom10"
    return feed


def test_everything_feed_has_each_announcement_with_its_edit(client: TestClient) -> None:
    feed = parse(client, "/feed.atom")
    titles = [e.title for e in feed.entries]
    assert titles == ["New: Fact Sheet: Action Against the Harbor Network",
                      "Changed: Treasury Sanctions Harbor Network",
                      "New: Grants for <b onmouseover=alert(1)>Rural Clinics</b>",
                      "New: Treasury Sanctions Harbor Network"]
    changed = feed.entries[1].content[0].value
    assert "<del>nearly 30</del><ins>31</ins>" in changed
    assert "Edited:" in changed
    new = feed.entries[3].content[0].value
    assert "Treasury imposed sanctions on nine companies" in new  # its actions
    assert [t.term for t in feed.entries[3].tags] == ["sanctions", "reward"]
    assert feed.entries[3].link == "https://www.example.gov/news/harbor"


def test_entry_ids_are_stable_and_distinct(client: TestClient) -> None:
    first = [e.id for e in parse(client, "/feed.atom").entries]
    again = [e.id for e in parse(client, "/feed.atom").entries]
    assert first == again and len(set(first)) == len(first)
    assert all(i.startswith("urn:uuid:") for i in first)


def test_subscription_feed_applies_its_filters(client: TestClient) -> None:
    drugs = parse(client, "/feeds/drug%20desk.atom")
    assert drugs.feed.title == "policywatch: drug desk"
    assert [e.title for e in drugs.entries] == ["Changed: Treasury Sanctions Harbor Network",
                                                "New: Treasury Sanctions Harbor Network"]
    health = parse(client, "/feeds/health%20desk.atom")
    assert [e.title for e in health.entries] == [
        "New: Grants for <b onmouseover=alert(1)>Rural Clinics</b>"]
    missing = client.get("/feeds/nobody.atom")
    assert missing.status_code == 404
    assert 'no subscription "nobody"' in missing.text.replace("&#34;", '"')


def test_hostile_titles_stay_text_inside_the_feed(client: TestClient) -> None:
    raw = client.get("/feed.atom").text
    assert "<b onmouseover" not in raw and "<script" not in raw
    feed = feedparser.parse(raw)
    grants = next(e for e in feed.entries if "Grants" in e.title)
    assert "javascript:" not in grants.content[0].value


def test_api_document_has_revisions_changes_and_actions(client: TestClient,
                                                        built: Built) -> None:
    doc = client.get(f"/api/documents/{built.harbor}").json()
    assert doc["revision_count"] == 2 and doc["also_at"] == ["https://mirror.example.org/harbor"]
    second = doc["revisions"][1]
    assert {"before": "The companies shipped nearly 30 percent of the precursors seized last "
                      "year, according to the Office of Foreign Assets Control.",
            "after": "The companies shipped 31 percent of the precursors seized last year, "
                     "according to the Office of Foreign Assets Control."} in second["changes"]
    # the edit's added indictment ("The Department of Justice unsealed an indictment …") is
    # an action of its own since the finder reads indictments unsealed (issue 13)
    assert {a["kind"] for a in doc["actions"]} == {"sanctions", "reward", "criminal"}
    fact = client.get(f"/api/documents/{built.factsheet}").json()
    assert fact["actions"][0]["previously_announced"]["document_id"] == built.harbor


def test_api_lists_match_the_pages(client: TestClient) -> None:
    findings = client.get("/api/findings?action=reward").json()["findings"]
    assert [f["kind"] for f in findings] == ["new", "new"]
    assert all("reward" in f["action_kinds"] for f in findings)
    results = client.get("/api/search?q=precur").json()["results"]
    assert [r["title"] for r in results] == ["Treasury Sanctions Harbor Network"]
    sources = client.get("/api/sources").json()
    assert sources[0]["failures"] == 1 and sources[0]["last_error"].startswith("HTTP 500")
    deliveries = client.get("/api/deliveries").json()
    assert deliveries[0]["status"] == "dead"
    assert deliveries[0]["target"] == "https://hooks.example.org/…"
    subs = client.get("/api/subscriptions").json()
    assert [s["feed"] for s in subs] == ["http://testserver/feeds/drug%20desk.atom",
                                         "http://testserver/feeds/health%20desk.atom"]
    assert client.get("/api/search").status_code == 400


def _track(store: Store, url: str, title: str, body: str, hours: int,
           baseline: bool = False) -> None:
    at = NOW - timedelta(days=1) + timedelta(hours=hours)
    track_page(store, Cleaned(url, title, at, tuple(body.split("\n\n"))), url=url,
               fetch_url=url, at=at, baseline=baseline)


@pytest.fixture(scope="module")
def reposted(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A statement, its re-post and the re-post's edit, between the baseline pages of a
    source added meanwhile, and a statement after them; its database URL."""
    database = f"sqlite:///{tmp_path_factory.mktemp('feeds') / 'pw.db'}"
    store = Store(database)
    for hours, (url, name) in enumerate([(ORIGINAL, "original"), (COPY, "copy"),
                                         (COPY, "copy-signatory")]):
        title, body = (REPOSTS / f"{name}.txt").read_text(encoding="utf-8").strip().split(
            "\n\n", 1)
        _track(store, url, title, body, 2 * hours)
        _track(store, f"https://new.example/{hours}", f"Baseline {hours}",
               f"Page number {hours} of the new source says {hours * 7919} things.",
               2 * hours + 1, baseline=True)
    _track(store, "https://state.example/late", "A later statement",
           "The State Department will offer a reward of up to $5 million.", 7)
    store.close()
    return database


def digests_of_each_event(store: Store, sub: SubscriptionConfig) -> list[tuple[Any, ...]]:
    """What a feed holds by definition: the digest of each event of the window alone, with
    actions and re-posts read as alerts reads them, newest first."""
    top = store.last_event_id()
    items = [(item, e) for e in store.pending_events(max(0, top - atom.WINDOW), atom.WINDOW)
             for item in build_digest(sub, [e], NOW, store.actions_of,
                                      lambda d: [x.url for x in store.duplicates_of(d)]).items]
    items.sort(key=lambda pair: (pair[1].at, pair[1].event_id), reverse=True)
    return [(item, e.document_id, e.at) for item, e in items[:atom.MAX_ENTRIES]]


@pytest.mark.parametrize("chunk", [1, 2, atom.CHUNK])
@pytest.mark.parametrize("sub", SUBSCRIPTIONS, ids=lambda s: s.name)
@pytest.mark.parametrize("which", ["built", "reposted"])
def test_feed_is_the_digest_of_each_event_whatever_it_reads_at_once(
        request: pytest.FixtureRequest, which: str, sub: SubscriptionConfig, chunk: int,
        monkeypatch: pytest.MonkeyPatch) -> None:
    fixture = request.getfixturevalue(which)
    store = Store(fixture.database if which == "built" else fixture, read_only=True)
    monkeypatch.setattr(atom, "CHUNK", chunk)  # slices of the window, as at 100,000 events
    entries = atom.feed_entries(store, sub, NOW)
    expected = digests_of_each_event(store, sub)
    store.close()
    assert [(e.item, e.document_id, e.updated) for e in entries] == expected
    assert len({e.entry_id for e in entries}) == len(entries)  # baseline gaps repeat none
    assert all((e.edit is not None) == (e.item.kind == "changed") for e in entries)
    assert entries or sub.keywords


def test_copy_edit_entry_names_the_reposts_of_its_original(
        reposted: str, monkeypatch: pytest.MonkeyPatch) -> None:
    store = Store(reposted, read_only=True)
    monkeypatch.setattr(atom, "CHUNK", 1)  # the original's events in another slice
    (edit,) = [e for e in atom.feed_entries(store, SUBSCRIPTIONS[0], NOW)
               if e.item.kind == "changed"]
    store.close()
    assert (edit.item.url, edit.item.edited_at, edit.item.also_at) == (ORIGINAL, (COPY,), (COPY,))


@contextmanager
def statements(store: Store) -> Iterator[list[str]]:
    """The SQL statements run meanwhile."""
    seen: list[str] = []

    def note(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        seen.append(statement)

    event.listen(store.engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(store.engine, "before_cursor_execute", note)


def test_feed_reads_actions_and_reposts_once_a_slice_and_only_for_what_it_shows(
        built: Built) -> None:
    store = Store(built.database, read_only=True)
    with statements(store) as everything:
        assert atom.feed_entries(store, SUBSCRIPTIONS[0], NOW)
    with statements(store) as nobody:
        assert atom.feed_entries(store, SUBSCRIPTIONS[-1], NOW) == []
    store.close()
    # The newest event's id, the window's one slice, its actions, the re-posts.
    assert len(everything) == 4
    assert len(nobody) == 2 and not any("actions" in s or "duplicate_of IN" in s
                                        for s in nobody)
