"""Atom feeds and the JSON API: the same findings, with the actions and the edit."""

from __future__ import annotations

import feedparser
from starlette.testclient import TestClient

from tests.web.conftest import Built


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
    assert {a["kind"] for a in doc["actions"]} == {"sanctions", "reward"}
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
