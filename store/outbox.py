"""The durable outbox: subscription cursors, digests and their deliveries."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, case, desc, or_, select, update

from . import schema
from .db import StoreBase, insert_or
from .errors import NotFound

__all__ = ["DeliveryRecord", "OutboxMixin", "PendingEvent"]


@dataclass(frozen=True)
class PendingEvent:
    """An announceable event with what a digest needs to show it."""

    event_id: int
    kind: str
    at: datetime
    document_id: int
    revision_id: int | None
    source: str | None
    url: str
    title: str
    published: datetime | None
    text: str
    duplicate_of: int | None
    change: str | None
    added: tuple[str, ...]
    removed: tuple[str, ...]
    announce: bool
    # A re-post's edit (kind "changed"): the original it is announced for; on a copy
    # edited apart (kind "new"): the statement it was a copy of. None otherwise.
    original_id: int | None = None
    original_url: str | None = None
    original_title: str | None = None
    original_published: datetime | None = None


@dataclass(frozen=True)
class DeliveryRecord:
    """One attempt-tracked sending of a digest over one channel."""

    id: int
    digest_id: str
    subscription: str
    channel: str
    target: str
    status: str
    attempts: int
    next_attempt_at: datetime
    last_error: str | None
    sent_at: datetime | None
    payload: str
    claimed_by: str | None = None  # the worker sending it now ("sending")
    lease_until: datetime | None = None


class OutboxMixin(StoreBase):
    """Subscription cursors, digests and deliveries."""

    def cursor(self, subscription: str) -> tuple[int, datetime | None] | None:
        """(last event dealt with, last digest time) of a subscription; None when new."""
        table = schema.subscription_state
        with self.transaction() as conn:
            row = conn.execute(select(table).where(table.c.name == subscription)).first()
        return (row.last_event_id, row.last_digest_at) if row else None

    def start_cursor(self, subscription: str, at: datetime) -> None:
        """A new subscription starts after the newest event: it never gets the past."""
        events, table = schema.events, schema.subscription_state
        with self.transaction() as conn:
            last = conn.execute(select(events.c.id).order_by(desc(events.c.id)).limit(1)).scalar()
            conn.execute(insert_or(conn, table).values(
                name=subscription, last_event_id=last or 0, last_digest_at=at,
            ).on_conflict_do_nothing(index_elements=[table.c.name]))

    def lock_cursor(self, subscription: str, at: datetime) -> tuple[int, datetime | None]:
        """The cursor of a subscription (started now when new), locked until the enclosing
        transaction ends: one digest of a subscription is made at a time, in every process
        (SELECT ... FOR UPDATE on PostgreSQL; SQLite's transaction holds the write lock)."""
        table = schema.subscription_state
        with self.transaction() as conn:
            self.start_cursor(subscription, at)
            row = conn.execute(select(table).where(table.c.name == subscription)
                               .with_for_update()).one()
        return row.last_event_id, row.last_digest_at

    def pending_events(self, after: int, limit: int = 5000) -> list[PendingEvent]:
        """Events after a cursor, joined with their document, source and revision."""
        ev, docs, revs, src = schema.events, schema.documents, schema.revisions, schema.sources
        orig = docs.alias("original")
        query = (
            select(ev.c.id.label("event_id"), ev.c.kind, ev.c.at, ev.c.document_id,
                   ev.c.revision_id, ev.c.announce, src.c.name.label("source"), docs.c.url,
                   docs.c.title, docs.c.published, docs.c.duplicate_of, revs.c.text,
                   revs.c.change, revs.c.added, revs.c.removed, ev.c.original_id,
                   orig.c.url.label("original_url"), orig.c.title.label("original_title"),
                   orig.c.published.label("original_published"))
            .join(docs, docs.c.id == ev.c.document_id)
            .outerjoin(orig, orig.c.id == ev.c.original_id)
            .outerjoin(revs, revs.c.id == ev.c.revision_id)
            .outerjoin(src, src.c.id == ev.c.source_id)
            .where(ev.c.id > after, ev.c.baseline.is_(False))
            .order_by(ev.c.id).limit(limit))
        with self.transaction() as conn:
            rows = conn.execute(query).all()
        out = []
        for row in rows:
            data: dict[str, Any] = dict(row._mapping)
            data["text"] = data["text"] or ""
            data["added"] = tuple(json.loads(data["added"] or "[]"))
            data["removed"] = tuple(json.loads(data["removed"] or "[]"))
            out.append(PendingEvent(**data))
        return out

    def last_event_id(self) -> int:
        """The newest event id (0 when none)."""
        events = schema.events
        with self.transaction() as conn:
            last = conn.execute(select(events.c.id).order_by(desc(events.c.id)).limit(1)).scalar()
        return int(last or 0)

    def create_digest(self, subscription: str, payload: dict[str, Any], event_ids: list[int],
                      cursor: int, targets: list[tuple[str, str]], at: datetime) -> str:
        """Write a digest, its items and one pending delivery per target, and move the cursor.

        All in one transaction, before any sending: a crash leaves either all of it or none.
        """
        digest_id = payload.get("digest_id") or uuid.uuid4().hex
        payload = {**payload, "digest_id": digest_id}
        with self.transaction() as conn:
            conn.execute(schema.digests.insert().values(
                id=digest_id, subscription=subscription, created_at=at,
                payload=json.dumps(payload, ensure_ascii=False)))
            if event_ids:
                conn.execute(schema.digest_items.insert(), [
                    {"digest_id": digest_id, "subscription": subscription, "event_id": e}
                    for e in event_ids])
            for channel, target in targets:
                conn.execute(schema.deliveries.insert().values(
                    digest_id=digest_id, channel=channel, target=target, status="pending",
                    attempts=0, next_attempt_at=at))
            self.advance_cursor(subscription, cursor, at)
        return str(digest_id)

    def advance_cursor(self, subscription: str, cursor: int, at: datetime | None) -> None:
        """Mark events up to `cursor` dealt with (and when the last digest went out). The
        cursor only moves forward: a pass that read an older cursor cannot take it back."""
        table = schema.subscription_state
        values: dict[str, Any] = {"last_event_id": case(
            (table.c.last_event_id < cursor, cursor), else_=table.c.last_event_id)}
        if at is not None:
            values["last_digest_at"] = at
        with self.transaction() as conn:
            conn.execute(insert_or(conn, table).values(
                name=subscription, last_event_id=0, last_digest_at=at,
            ).on_conflict_do_nothing(index_elements=[table.c.name]))
            conn.execute(update(table).where(table.c.name == subscription).values(**values))

    def _deliveries(self, *conditions: Any, limit: int = 200) -> list[DeliveryRecord]:
        dl, dg = schema.deliveries, schema.digests
        query = (select(dl, dg.c.subscription, dg.c.payload)
                 .join(dg, dg.c.id == dl.c.digest_id)
                 .where(and_(True, *conditions)).order_by(dl.c.id).limit(limit))
        with self.transaction() as conn:
            rows = conn.execute(query).all()
        return [DeliveryRecord(**dict(r._mapping)) for r in rows]

    def due_deliveries(self, now: datetime) -> list[DeliveryRecord]:
        """Deliveries due now, oldest first: pending ones whose next attempt is due, and
        claimed ones whose claim ran out (their sender died mid-send)."""
        return self._deliveries(_due(now))

    def claim_deliveries(self, worker: str, now: datetime, lease_until: datetime, *,
                         ids: list[int] | None = None, exclude: frozenset[int] = frozenset(),
                         limit: int = 200) -> list[DeliveryRecord]:
        """Claim due deliveries for sending ("sending" until `lease_until`), skipping rows
        another worker is claiming: each is sent by one worker at a time. `ids`: only these."""
        dl = schema.deliveries
        picked = select(dl.c.id).where(_due(now)).order_by(dl.c.id).limit(limit)
        if ids is not None:
            picked = picked.where(dl.c.id.in_(ids))
        if exclude:
            picked = picked.where(dl.c.id.not_in(exclude))
        with self.transaction() as conn:
            claimed = list(conn.execute(
                update(dl).where(dl.c.id.in_(picked.with_for_update(skip_locked=True)
                                             .scalar_subquery()))
                .values(status="sending", claimed_by=worker, lease_until=lease_until)
                .returning(dl.c.id)).scalars())
        return self._deliveries(dl.c.id.in_(claimed), limit=limit) if claimed else []

    def deliveries(self, status: str | None = None, limit: int = 100) -> list[DeliveryRecord]:
        """Deliveries, optionally of one status."""
        dl = schema.deliveries
        return self._deliveries(*([dl.c.status == status] if status else []), limit=limit)

    def delivery(self, delivery_id: int) -> DeliveryRecord:
        """One delivery by id."""
        found = self._deliveries(schema.deliveries.c.id == delivery_id)
        if not found:
            raise NotFound(f"no delivery {delivery_id}. List them with `policywatch deliveries`.")
        return found[0]

    def delivery_sent(self, delivery_id: int, at: datetime) -> None:
        """Record a successful send."""
        dl = schema.deliveries
        with self.transaction() as conn:
            conn.execute(update(dl).where(dl.c.id == delivery_id).values(
                status="sent", sent_at=at, attempts=dl.c.attempts + 1, last_error=None,
                claimed_by=None, lease_until=None))

    def delivery_failed(self, delivery_id: int, error: str, next_attempt_at: datetime,
                        dead: bool) -> None:
        """Record a failed attempt: retried later, or parked as dead."""
        dl = schema.deliveries
        with self.transaction() as conn:
            conn.execute(update(dl).where(dl.c.id == delivery_id).values(
                status="dead" if dead else "pending", attempts=dl.c.attempts + 1,
                last_error=error, next_attempt_at=next_attempt_at, claimed_by=None,
                lease_until=None))

    def retry_delivery(self, delivery_id: int, at: datetime) -> DeliveryRecord:
        """Put a dead (or pending) delivery back in the queue, due now."""
        self.delivery(delivery_id)
        dl = schema.deliveries
        with self.transaction() as conn:
            conn.execute(update(dl).where(dl.c.id == delivery_id).values(
                status="pending", next_attempt_at=at, attempts=0, claimed_by=None,
                lease_until=None))
        return self.delivery(delivery_id)


def _due(now: datetime) -> Any:
    dl = schema.deliveries
    return or_(and_(dl.c.status == "pending", dl.c.next_attempt_at <= now),
               and_(dl.c.status == "sending", dl.c.lease_until < now))
