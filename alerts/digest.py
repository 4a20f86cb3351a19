"""Build a digest from pending events: grouped by document, what each announced."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from store import ACTION_KINDS, ActionRecord, PendingEvent, kind_rank
from store.diff import pair_sentences
from store.text import sentence_key

from .filters import KeywordFilter
from .settings import SubscriptionConfig

__all__ = ["Digest", "DigestItem", "action_from_json", "action_json", "build_digest",
           "changes_from_json", "edit_pairs"]


@dataclass(frozen=True)
class DigestItem:
    """One document in a digest: new, or changed with the actions its edit added."""

    kind: str  # new | changed | removed | health | test
    url: str
    title: str
    published: datetime | None
    source: str | None
    actions: tuple[ActionRecord, ...]
    also_at: tuple[str, ...]
    summary: str  # one line on what changed ("" for new documents)
    event_ids: tuple[int, ...] = ()
    # A changed item's edit: (before, after) per changed sentence pair, "" on a missing side.
    changes: tuple[tuple[str, str], ...] = ()
    edited_at: tuple[str, ...] = ()  # re-posts of this statement where an edit appeared
    was_copy_of: str | None = None  # a re-post edited into a statement of its own: of what

    @property
    def fresh(self) -> tuple[ActionRecord, ...]:
        """The actions not announced before in another document."""
        return tuple(a for a in self.actions if a.repeat_of is None)

    @property
    def kinds(self) -> tuple[str, ...]:
        """The kinds of measure this document announces afresh, most wanted first."""
        return tuple(sorted({a.kind for a in self.fresh}, key=kind_rank))

    @property
    def rank(self) -> tuple[int, int, int, bool]:
        """Sort key: what it announces (fresh actions, their best kind, how many), new first."""
        best = kind_rank(self.kinds[0]) if self.kinds else len(ACTION_KINDS)
        return (not self.fresh, best, -len(self.fresh), self.kind != "new")

    def as_json(self) -> dict[str, Any]:
        """The item as the webhook payload carries it."""
        out = {
            "kind": self.kind, "url": self.url, "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "source": self.source, "kinds": list(self.kinds),
            "actions": [action_json(a) for a in self.actions],
            "also_at": list(self.also_at), "summary": self.summary,
            "changes": [{"before": b, "after": a} for b, a in self.changes],
        }
        # Beside the contract's fields, only on the items they concern (README: Digests).
        if self.edited_at:
            out["edited_at"] = list(self.edited_at)
        if self.was_copy_of:
            out["was_copy_of"] = self.was_copy_of
        return out


def action_from_json(position: int, data: dict[str, Any]) -> ActionRecord:
    """The inverse of `action_json`, for digests rebuilt from their stored payload."""
    previously = data.get("previously_announced")
    at = previously.get("at") if previously else None
    return ActionRecord(
        data["text"], data.get("actor", ""), data.get("verb", ""), position=position,
        kind=data.get("kind") or "other", amount=data.get("amount") or "",
        stated_date=data.get("date") or "",
        repeat_of=0 if previously else None,  # the id is not in the payload; 0 marks a repeat
        previous_url=previously.get("url") if previously else None,
        previous_at=datetime.fromisoformat(at) if at else None)


def changes_from_json(data: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    """An item's `changes` from its stored payload (none in payloads made before them)."""
    return tuple((str(c["before"]), str(c["after"])) for c in data.get("changes") or ())


def action_json(action: ActionRecord) -> dict[str, Any]:
    """An action in the webhook payload: CONTRACT.md's text, and what the finder says."""
    previously = None
    if action.repeat_of is not None:
        previously = {"url": action.previous_url, "at": action.previous_at.isoformat()
                      if action.previous_at else None}
    return {"text": action.text, "actor": action.actor, "verb": action.verb,
            "kind": action.kind, "amount": action.amount or None,
            "date": action.stated_date or None, "previously_announced": previously}


@dataclass(frozen=True)
class Digest:
    """What one subscription is sent at one time."""

    digest_id: str
    subscription: str
    generated_at: datetime
    items: tuple[DigestItem, ...]
    event_ids: tuple[int, ...] = field(default=())
    test: bool = False  # sent by `policywatch digest --test`: marked so in every channel

    @property
    def counts(self) -> dict[str, int]:
        """Header counts: new and changed documents, fresh and repeated actions (and health
        notices, when there are any)."""
        counts = {
            "new": sum(i.kind == "new" for i in self.items),
            "changed": sum(i.kind == "changed" for i in self.items),
            "actions": sum(len(i.fresh) for i in self.items),
            "repeated": sum(len(i.actions) - len(i.fresh) for i in self.items),
        }
        health = sum(i.kind == "health" for i in self.items)
        return counts | ({"health": health} if health else {})

    def as_json(self) -> dict[str, Any]:
        """The webhook payload of CONTRACT.md (plus counts, and `test` on a test digest)."""
        out = {"digest_id": self.digest_id, "subscription": self.subscription,
               "generated_at": self.generated_at.isoformat(), "counts": self.counts,
               "items": [item.as_json() for item in self.items]}
        return out | ({"test": True} if self.test else {})


def _copy_edit(event: PendingEvent) -> bool:
    """An edit that appeared on a re-post, announced as a change of its original."""
    return event.kind == "changed" and event.original_id is not None


def _summary(event: PendingEvent) -> str:
    if event.kind != "changed":
        return ""
    where = f" at {event.url}" if _copy_edit(event) else ""
    parts = []
    if event.added:
        parts.append(f"{len(event.added)} sentence{'s' * (len(event.added) != 1)} added")
    if event.removed:
        parts.append(f"{len(event.removed)} sentence{'s' * (len(event.removed) != 1)} removed")
    return f"Edited{where}: " + (", ".join(parts) or "wording changed") + "."


def edit_pairs(events: list[PendingEvent]) -> tuple[tuple[str, str], ...]:
    """The changed sentence pairs of a document's edits, from the first text to the last.

    A sentence added by one edit and removed by a later one (or the other way round) was
    never news to the reader: it cancels out.
    """
    removed: dict[str, str] = {}
    added: dict[str, str] = {}
    for event in events:
        if event.kind != "changed":
            continue
        for sentence in event.removed:
            key = sentence_key(sentence)
            if added.pop(key, None) is None:
                removed.setdefault(key, sentence)
        for sentence in event.added:
            key = sentence_key(sentence)
            if removed.pop(key, None) is None:
                added.setdefault(key, sentence)
    return tuple(pair_sentences(list(removed.values()), list(added.values())))


def _wanted(sub: SubscriptionConfig, event: PendingEvent, keywords: KeywordFilter) -> bool:
    if event.kind == "removed" and sub.removed and event.duplicate_of is None:
        return (not sub.sources or event.source in sub.sources) and keywords.matches(
            event.title, event.text)
    if event.kind not in ("new", "changed") or (
            event.duplicate_of is not None and not _copy_edit(event)):
        return False  # re-posts appear only as also_at of their original, and their edits
    if not event.announce and not (sub.changes == "all" and event.kind == "changed"):
        return False
    if sub.sources and event.source not in sub.sources:
        return False
    searchable = event.text if event.kind == "new" else " ".join(event.added)
    return keywords.matches(event.title, searchable)


def build_digest(
    sub: SubscriptionConfig, events: list[PendingEvent], now: datetime,
    actions: Callable[[int], list[ActionRecord]], also_at: Callable[[int], list[str]],
) -> Digest:
    """The digest of these events for this subscription (it may have no items)."""
    keywords = KeywordFilter(sub.keywords)
    by_document: dict[int, list[PendingEvent]] = {}
    for event in events:
        if _wanted(sub, event, keywords):
            key = event.original_id if _copy_edit(event) else event.document_id
            by_document.setdefault(key or event.document_id, []).append(event)
    items = []
    for key, doc_events in by_document.items():
        first, last = doc_events[0], doc_events[-1]
        own = [e for e in doc_events if not _copy_edit(e)]
        url, title, published, source = (
            (own[-1].url, own[-1].title, own[-1].published, own[-1].source) if own else
            (last.original_url or last.url, last.original_title or last.title,
             last.original_published, last.source))
        edited_at = tuple(dict.fromkeys(e.url for e in doc_events if _copy_edit(e)))
        was_copy_of = next((e.original_url for e in doc_events
                            if e.kind == "new" and e.original_id is not None), None)
        kind = "new" if any(e.kind == "new" for e in doc_events) else "changed"
        found: list[ActionRecord] = []
        if kind == "new":  # the newest text's actions stand for the whole document
            found = actions(last.revision_id) if last.revision_id else []
            if last.kind == "changed":
                found = actions(first.revision_id or 0) + found
        else:
            for event in doc_events:
                found.extend(actions(event.revision_id) if event.revision_id else [])
        unique = tuple({a.text: a for a in found}.values())
        if last.kind == "removed":  # taken down: what it announced is no longer news
            kind, unique = "removed", ()
        elif sub.actions_only and not unique:
            continue
        items.append(DigestItem(
            kind=kind, url=url, title=title, published=published,
            source=source, actions=unique, also_at=tuple(also_at(key)),
            summary=(_summary(last) if kind == "changed" else
                     "Removed: no longer published at this address." if kind == "removed"
                     else f"Was a copy of {was_copy_of}, edited into a statement of its own."
                     if was_copy_of else ""),
            event_ids=tuple(e.event_id for e in doc_events), edited_at=edited_at,
            was_copy_of=was_copy_of,
            changes=edit_pairs(doc_events) if kind == "changed" else ()))
    # Documents that announce something new come first, by the kind of measure, then count.
    items.sort(key=lambda i: i.rank)
    return Digest(uuid.uuid4().hex, sub.name, now, tuple(items),
                  tuple(e.event_id for e in events))
