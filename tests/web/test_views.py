"""store/views.py on its own: the keyword filter's two plans agree, the keyset pages never
skip or repeat an event sharing a time with another, the feeds' events are the outbox's, and
0014 adds the browse indexes."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import inspect

import store.views as views
from store import FindingFilter, Store
from tests.web.conftest import Built


@pytest.mark.parametrize("keyword", ["harb", "precursor network", "nalox", "zzzz", "fact"])
def test_keyword_filter_plans_agree(built: Built, keyword: str,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    store = Store(built.database, read_only=True)
    direct = store.findings(FindingFilter(keyword=keyword))
    monkeypatch.setattr(views, "FEW_MATCHES", 0)  # as when thousands of documents match
    walked = store.findings(FindingFilter(keyword=keyword))
    store.close()
    assert direct == walked
    assert (keyword == "zzzz") == (not direct.findings)


@pytest.mark.parametrize("kind", ["reward", "funding", "sanctions", "vote"])
def test_action_kind_filter_plans_agree(built: Built, kind: str,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    store = Store(built.database, read_only=True)
    direct = store.findings(FindingFilter(action_kind=kind))
    monkeypatch.setattr(views, "FEW_MATCHES", 0)  # as when thousands of revisions have one
    walked = store.findings(FindingFilter(action_kind=kind))
    store.close()
    assert direct == walked
    assert (kind == "vote") == (not direct.findings)
    assert all(kind in f.action_kinds for f in direct.findings)


def test_pages_of_events_at_the_same_time_skip_and_repeat_nothing(store: Store) -> None:
    at = datetime(2026, 3, 1, 12, tzinfo=UTC)
    for i in range(7):
        store.track(url=f"https://www.example.gov/n/{i}", fetch_url=f"https://www.example.gov/n/{i}",
                    title=f"Statement {i}", published=None,
                    body=f"Statement number {i} says something quite different {i * 7919}.",
                    raw=None, source_id=None, at=at)
    seen: list[int] = []
    before = None
    while True:
        page = store.findings(FindingFilter(before=before), limit=3)
        seen.extend(f.event_id for f in page.findings)
        if page.next_before is None:
            break
        before = page.next_before
    assert seen == sorted(seen, reverse=True) and len(set(seen)) == 7


def test_browse_indexes_exist(store: Store) -> None:
    names = {i["name"] for table in ("events", "documents", "actions")
             for i in inspect(store.engine).get_indexes(table)}
    assert {"ix_events_source_at", "ix_events_kind_at", "ix_events_document", "ix_events_revision",
            "ix_documents_duplicate_of", "ix_actions_kind_revision"} <= names


def test_feed_events_are_the_pending_events_of_their_slice(built: Built) -> None:
    store = Store(built.database, read_only=True)
    top = store.last_event_id()
    whole = store.pending_events(0)
    slices = [store.feed_events(after, min(after + 2, top)) for after in range(0, top, 2)]
    store.close()
    assert [e for part in slices for e in part] == whole and len(whole) == top
