"""Removed statements in digests: only for subscriptions that ask (`removed = true`)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from alerts import SubscriptionConfig, preview
from alerts.render import render_html, render_text
from store import Store

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
BODY = ("The Ministry of Examples today withdrew the draft ferry-safety rule for a second "
        "consultation.\n\nA new draft will follow in the spring.")


def removed_statement(store: Store) -> int:
    url = "https://ministry.example.gov/news/ferry-rule/"
    result = store.track(url=url, fetch_url=url, title="Ferry rule withdrawn", published=NOW,
                         body=BODY, raw=None, source_id=None, at=NOW)
    store.document_removed(result.document_id, NOW + timedelta(hours=1), None)
    return result.document_id


def digest_for(store: Store, **settings: object):  # type: ignore[no-untyped-def]
    sub = SubscriptionConfig(name="desk", **settings)  # type: ignore[arg-type]
    return preview(store, [sub], NOW + timedelta(hours=2))[0]


def test_a_removed_statement_is_told_only_to_subscriptions_that_ask(store: Store) -> None:
    store.start_cursor("desk", NOW - timedelta(days=1))
    removed_statement(store)
    kinds = [i.kind for i in digest_for(store, removed=True).items]
    assert kinds == ["removed"]  # new and removed in one window: the news is the removal
    assert [i.kind for i in digest_for(store).items] == ["new"]


def test_a_removed_item_reads_as_removed_in_text_html_and_json(store: Store) -> None:
    store.start_cursor("desk", NOW - timedelta(days=1))
    removed_statement(store)
    digest = digest_for(store, removed=True, actions_only=True)
    item = digest.as_json()["items"][0]
    assert (item["kind"], item["actions"]) == ("removed", [])
    assert item["summary"].startswith("Removed")
    assert "Removed (no longer published at their address):" in render_text(digest)
    assert "<h3>Removed: " in render_html(digest)


def test_keywords_and_sources_filter_removals_too(store: Store) -> None:
    store.start_cursor("desk", NOW - timedelta(days=1))
    removed_statement(store)
    assert digest_for(store, removed=True, keywords=["sanctions"]).items == ()
    assert digest_for(store, removed=True, keywords=["ferry"]).items != ()
    assert digest_for(store, removed=True, sources=["Other source"]).items == ()
