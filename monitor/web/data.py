"""Records as JSON-ready dicts: what `/api/...` returns and the pages' templates agree on."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from store import (
    ActionRecord,
    DeliveryRecord,
    DocumentRecord,
    DocumentView,
    Finding,
    RevisionRecord,
    SearchHit,
    SourceRecord,
)

from .edits import Edit, edit_of

__all__ = ["action_json", "delivery_json", "document_json", "document_view_json", "edit",
           "finding_json", "iso", "safe_href", "search_hit_json", "shown_target",
           "source_json"]

# Above this many sentence comparisons an edit is shown as sentences, not pairs.
MAX_PAIRING = 40_000


def iso(value: datetime | None) -> str | None:
    """ISO-8601 with an offset, or None."""
    return value.isoformat() if value is not None else None


def safe_href(url: str | None) -> str | None:
    """The URL when it is http(s); None for javascript:, data: and anything else."""
    if not url:
        return None
    return url if urlsplit(url.strip()).scheme.lower() in ("http", "https") else None


def shown_target(channel: str, target: str) -> str:
    """A delivery target as the view shows it: a webhook's path and query (which may hold
    a secret) are masked; e-mail addresses and Apprise URLs (secrets as {env:NAME}) stay."""
    if channel != "webhook":
        return target
    parts = urlsplit(target)
    return f"{parts.scheme}://{parts.netloc}/…" if parts.path.strip("/") or parts.query \
        else target


def edit(revision: RevisionRecord) -> Edit:
    """The revision's edit, sentence pairs diffed word by word."""
    if len(revision.removed) * len(revision.added) > MAX_PAIRING:
        return Edit((), revision.removed, revision.added)
    return edit_of(revision.removed, revision.added)


def action_json(action: ActionRecord, previous_document: int | None = None) -> dict[str, Any]:
    """An action, with where it was announced before (if it was)."""
    return {"text": action.text, "actor": action.actor, "verb": action.verb,
            "kind": action.kind, "object": action.object, "amount": action.amount,
            "stated_date": action.stated_date,
            "previously_announced": None if action.previous_url is None else {
                "url": action.previous_url, "at": iso(action.previous_at),
                "document_id": previous_document}}


def finding_json(finding: Finding) -> dict[str, Any]:
    """One row of `/`."""
    return {"event_id": finding.event_id, "kind": finding.kind, "at": iso(finding.at),
            "document_id": finding.document_id, "revision": finding.revision,
            "title": finding.title, "url": finding.url, "source": finding.source,
            "published": iso(finding.published), "change": finding.change,
            "baseline": finding.baseline, "announced": finding.announce,
            "action_kinds": list(finding.action_kinds),
            "actions": [action_json(a) for a in finding.actions]}


def document_json(doc: DocumentRecord) -> dict[str, Any]:
    """A document's own fields."""
    return {"id": doc.id, "url": doc.url, "title": doc.title, "published": iso(doc.published),
            "first_seen_at": iso(doc.first_seen_at), "last_checked_at": iso(doc.last_checked_at),
            "last_changed_at": iso(doc.last_changed_at), "revision_count": doc.revision_count,
            "status": doc.status, "duplicate_of": doc.duplicate_of,
            "similarity": doc.similarity}


def document_view_json(view: DocumentView) -> dict[str, Any]:
    """`/api/documents/{id}`: the document, its text, revisions with edits, actions."""
    latest = view.revisions[-1] if view.revisions else None
    return {**document_json(view.document), "source": view.source,
            "text": latest.text if latest else "",
            "also_at": [d.url for d in view.also_at],
            "original": None if view.original is None else {
                "id": view.original.id, "url": view.original.url},
            "revisions": [{"number": r.number, "fetched_at": iso(r.fetched_at),
                           "title": r.title, "change": r.change, "score": r.score,
                           "added": list(r.added), "removed": list(r.removed),
                           "changes": edit(r).changes()} for r in view.revisions],
            "actions": [{**action_json(a, view.previous_documents.get(a.id)), "revision": n}
                        for n, found in sorted(view.actions.items()) for a in found]}


def source_json(source: SourceRecord) -> dict[str, Any]:
    """A source's health."""
    return {"name": source.name, "url": source.url, "kind": source.kind,
            "every_seconds": source.every_seconds, "baseline_at": iso(source.baseline_at),
            "last_checked_at": iso(source.last_checked_at), "last_error": source.last_error,
            "failures": source.failures, "next_check_at": iso(source.next_check_at),
            "links": source.links}


def delivery_json(delivery: DeliveryRecord) -> dict[str, Any]:
    """One delivery of the outbox (its target masked as on the page)."""
    return {"id": delivery.id, "digest_id": delivery.digest_id,
            "subscription": delivery.subscription, "channel": delivery.channel,
            "target": shown_target(delivery.channel, delivery.target),
            "status": delivery.status, "attempts": delivery.attempts,
            "next_attempt_at": iso(delivery.next_attempt_at),
            "last_error": delivery.last_error, "sent_at": iso(delivery.sent_at)}


def search_hit_json(hit: SearchHit) -> dict[str, Any]:
    """One search result."""
    return {**document_json(hit.document), "snippet": hit.snippet}
