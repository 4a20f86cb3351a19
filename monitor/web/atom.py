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
from store import PendingEvent, Store

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


def _entries(store: Store, sub: SubscriptionConfig, now: datetime,
             events: list[PendingEvent]) -> list[FeedEntry]:
    """One digest per event, newest first: each edit is an entry of its own, never
    folded into the document's first appearance."""
    found = store.actions_by_revision(e.revision_id for e in events if e.revision_id)
    reposts = store.reposts_by_document(e.document_id for e in events)
    entries = []
    for event in reversed(events):
        digest = build_digest(sub, [event], now, actions=lambda r: found.get(r, []),
                              also_at=lambda d: reposts.get(d, []))
        for item in digest.items:
            edit = edit_from_pairs(item.changes) if item.kind == "changed" else None
            key = f"{event.url}#{event.event_id}"
            entries.append(FeedEntry(item, event.document_id, event.at,
                                     uuid.uuid5(uuid.NAMESPACE_URL, key).urn, edit))
    return entries


def feed_entries(store: Store, sub: SubscriptionConfig, now: datetime) -> list[FeedEntry]:
    """The newest items this subscription's digests announce, newest first."""
    entries: list[FeedEntry] = []
    top = store.last_event_id()
    # Newest events first, a chunk at a time, until the feed is full or the window ends.
    for high in range(top, max(0, top - WINDOW), -CHUNK):
        entries.extend(_entries(store, sub, now,
                                store.pending_events(max(0, high - CHUNK), limit=CHUNK)))
        if len(entries) >= MAX_ENTRIES:
            break
    entries.sort(key=lambda e: (e.updated, e.item.event_ids[-1]), reverse=True)
    return entries[:MAX_ENTRIES]


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
