"""Atom 1.0 feeds: what a subscription's digests would announce, entry by entry.

Entries come from the same selection as the digests (`alerts.build_digest` over the latest
announceable events), so `/feeds/{name}.atom` honours that subscription's sources,
keywords, `changes`, `removed` and `actions_only`; `/feed.atom` is a subscription without
filters. An entry's id is a UUID made from the document's URL and its latest event, so it
stays the same on every request and a feed reader never shows an entry twice.
"""

from __future__ import annotations

import uuid
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from alerts import DigestItem, SubscriptionConfig, build_digest
from store import ActionRecord, PendingEvent, Store

from .edits import Edit, edit_from_pairs

__all__ = ["ATOM_TYPE", "FeedEntry", "feed_entries", "feed_xml"]

ATOM_TYPE = "application/atom+xml; charset=utf-8"
ATOM_NS = "http://www.w3.org/2005/Atom"
WINDOW = 500  # the latest events considered
CHUNK = 60  # read this many at a time
MAX_ENTRIES = 50


@dataclass(frozen=True)
class FeedEntry:
    """One item of a feed with its time, document id, and the edit (for `changed`)."""

    item: DigestItem
    document_id: int
    updated: datetime
    entry_id: str
    edit: Edit | None


def _statements(event: PendingEvent) -> set[int]:
    """The documents a digest may file this event under: its own, or the original a
    re-post's edit is announced for."""
    return {event.document_id} | ({event.original_id} if event.original_id else set())


def _batches(events: list[PendingEvent]) -> list[list[PendingEvent]]:
    """The events in lists where no two share a document they may be filed under: a
    digest of such a list has the item of each event as a digest of that event alone."""
    batches: list[tuple[list[PendingEvent], set[int]]] = []
    for event in events:
        keys = _statements(event)
        batch = next((b for b in batches if not keys & b[1]), None)
        if batch is None:
            batch = ([], set())
            batches.append(batch)
        batch[0].append(event)
        batch[1].update(keys)
    return [b[0] for b in batches]


def _carried(sub: SubscriptionConfig, now: datetime, events: list[PendingEvent]) -> set[int]:
    """The ids of the events a digest may carry, found without reading any actions: given
    none, an event's digest has its item, or asks for its actions (and may drop the item
    for want of them: `actions_only`), or has no item whatever its actions would be."""
    asked: set[int] = set()

    def ask(revision_id: int) -> list[ActionRecord]:
        asked.add(revision_id)
        return []

    carried = {event_id for batch in _batches(events)
               for item in build_digest(sub, batch, now, actions=ask, also_at=lambda d: []).items
               for event_id in item.event_ids}
    return carried | {e.event_id for e in events if e.revision_id in asked}


def _items(store: Store, sub: SubscriptionConfig, now: datetime,
           events: list[PendingEvent]) -> list[tuple[DigestItem, PendingEvent]]:
    """One digest per event: each edit is an item of its own, never folded into the
    document's first appearance. Actions and re-posts are read, in one query each, only
    for the events a digest may carry."""
    carried = _carried(sub, now, events)
    events = [e for e in events if e.event_id in carried]
    if not events:
        return []
    found = store.actions_by_revision(e.revision_id for e in events if e.revision_id)
    reposts = store.reposts_by_document(k for e in events for k in _statements(e))
    by_id = {e.event_id: e for e in events}
    return [(item, by_id[item.event_ids[0]]) for batch in _batches(events)
            for item in build_digest(sub, batch, now, actions=lambda r: found.get(r, []),
                                     also_at=lambda d: reposts.get(d, [])).items]


def feed_entries(store: Store, sub: SubscriptionConfig, now: datetime) -> list[FeedEntry]:
    """The newest items this subscription's digests announce, newest first."""
    items: list[tuple[DigestItem, PendingEvent]] = []
    with store.transaction():  # one snapshot for every read below
        top = store.last_event_id()
        # Newest events first, a chunk at a time, until the feed is full or the window ends.
        for high in range(top, max(0, top - WINDOW), -CHUNK):
            items.extend(_items(store, sub, now, store.feed_events(max(0, high - CHUNK), high)))
            if len(items) >= MAX_ENTRIES:
                break
    items.sort(key=lambda pair: (pair[1].at, pair[1].event_id), reverse=True)
    # The word diffs only for the entries shown.
    return [FeedEntry(item, event.document_id, event.at,
                      uuid.uuid5(uuid.NAMESPACE_URL, f"{event.url}#{event.event_id}").urn,
                      edit_from_pairs(item.changes) if item.kind == "changed" else None)
            for item, event in items[:MAX_ENTRIES]]


def _text(parent: ET.Element, tag: str, value: str, **attrs: str) -> ET.Element:
    node = ET.SubElement(parent, f"{{{ATOM_NS}}}{tag}", attrs)
    node.text = value
    return node


def feed_xml(*, title: str, feed_id: str, self_url: str, site_url: str,
             entries: list[FeedEntry], now: datetime,
             content: Callable[[FeedEntry], str], document_url: Callable[[int], str],
             safe_href: Callable[[str], str | None]) -> bytes:
    """The Atom document; `content` renders an entry's HTML (escaped by ElementTree)."""
    ET.register_namespace("", ATOM_NS)
    feed = ET.Element(f"{{{ATOM_NS}}}feed")
    _text(feed, "title", title)
    _text(feed, "id", feed_id)
    _text(feed, "updated", (entries[0].updated if entries else now).isoformat())
    ET.SubElement(feed, f"{{{ATOM_NS}}}link", {"rel": "self", "href": self_url})
    ET.SubElement(feed, f"{{{ATOM_NS}}}link", {"rel": "alternate", "href": site_url})
    author = ET.SubElement(feed, f"{{{ATOM_NS}}}author")
    _text(author, "name", "policywatch")
    _text(feed, "generator", "policywatch")
    for entry in entries:
        node = ET.SubElement(feed, f"{{{ATOM_NS}}}entry")
        label = {"new": "New", "changed": "Changed", "removed": "Removed"}.get(
            entry.item.kind, entry.item.kind)
        _text(node, "title", f"{label}: {entry.item.title or entry.item.url}")
        _text(node, "id", entry.entry_id)
        _text(node, "updated", entry.updated.isoformat())
        if entry.item.published is not None:
            _text(node, "published", entry.item.published.isoformat())
        href = safe_href(entry.item.url)
        if href:
            ET.SubElement(node, f"{{{ATOM_NS}}}link", {"rel": "alternate", "href": href})
        ET.SubElement(node, f"{{{ATOM_NS}}}link",
                      {"rel": "related", "href": document_url(entry.document_id)})
        for kind in entry.item.kinds:
            ET.SubElement(node, f"{{{ATOM_NS}}}category", {"term": kind})
        if entry.item.source:  # the agency's feed or site it was found through
            author = ET.SubElement(node, f"{{{ATOM_NS}}}author")
            _text(author, "name", entry.item.source)
        _text(node, "content", content(entry), type="html")
    return bytes(ET.tostring(feed, encoding="utf-8", xml_declaration=True))
