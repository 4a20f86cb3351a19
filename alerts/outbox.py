"""The durable outbox: digests are written before any sending, then delivered with retries."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy.exc import IntegrityError

from store import DeliveryRecord, Store

from .channels import Channel, ChannelMisconfigured, DeliveryError, channel_targets
from .digest import Digest, DigestItem, action_from_json, build_digest
from .settings import DeliverySettings, SubscriptionConfig
from .timing import is_due

__all__ = ["DeliveryReport", "deliver_due", "digest_from_payload", "make_digests", "preview"]

log = logging.getLogger(__name__)


@dataclass
class DeliveryReport:
    """What one pass over the outbox did."""

    digests: int = 0
    sent: int = 0
    failed: int = 0
    dead: int = 0
    errors: list[str] = field(default_factory=list)


def _digest_for(store: Store, sub: SubscriptionConfig, now: datetime) -> tuple[Digest, int] | None:
    state = store.cursor(sub.name)
    if state is None:
        store.start_cursor(sub.name, now)
        state = store.cursor(sub.name)
        assert state is not None
    cursor, last_at = state
    if not is_due(sub, last_at, now):
        return None
    events = store.pending_events(cursor)
    newest = max((e.event_id for e in events), default=cursor)
    digest = build_digest(sub, events, now, store.actions_of,
                          lambda doc: [d.url for d in store.duplicates_of(doc)])
    return digest, newest


def preview(store: Store, subs: list[SubscriptionConfig], now: datetime) -> list[Digest]:
    """What would be sent now, without writing or sending anything."""
    out = []
    for sub in subs:
        state = store.cursor(sub.name)
        cursor = state[0] if state else store.last_event_id()
        events = store.pending_events(cursor)
        out.append(build_digest(sub, events, now, store.actions_of,
                                lambda doc: [d.url for d in store.duplicates_of(doc)]))
    return out


def make_digests(store: Store, subs: list[SubscriptionConfig], now: datetime) -> list[Digest]:
    """Write every due digest (with its deliveries) to the store; nothing is sent here."""
    made = []
    for sub in subs:
        found = _digest_for(store, sub, now)
        if found is None:
            continue
        digest, newest = found
        if not digest.items:
            store.advance_cursor(sub.name, newest, now)
            continue
        targets = channel_targets(sub)
        item_events = [e for item in digest.items for e in item.event_ids]
        try:
            store.create_digest(sub.name, digest.as_json(), item_events, newest, targets, now)
        except IntegrityError:  # another process took these events first
            log.warning("digest for %r skipped: its items were taken by another process",
                        sub.name)
            continue
        made.append(digest)
        log.info("digest %s for %r: %d item(s), %d target(s)", digest.digest_id, sub.name,
                 len(digest.items), len(targets))
    return made


def digest_from_payload(payload: str) -> Digest:
    """Rebuild a stored digest exactly as it was made."""
    data = json.loads(payload)
    items = tuple(
        DigestItem(
            kind=i["kind"], url=i["url"], title=i["title"],
            published=datetime.fromisoformat(i["published"]) if i["published"] else None,
            source=i["source"],
            actions=tuple(action_from_json(n, a) for n, a in enumerate(i["actions"])),
            also_at=tuple(i["also_at"]), summary=i.get("summary", ""))
        for i in data["items"])
    return Digest(data["digest_id"], data["subscription"],
                  datetime.fromisoformat(data["generated_at"]), items)


def _backoff(settings: DeliverySettings, attempts: int) -> timedelta:
    seconds = settings.backoff_seconds * (2 ** max(attempts - 1, 0))
    return timedelta(seconds=min(seconds, settings.max_backoff_seconds))


def deliver_due(store: Store, channels: dict[str, Channel], subs: list[SubscriptionConfig],
                settings: DeliverySettings, now: datetime,
                only: list[DeliveryRecord] | None = None) -> DeliveryReport:
    """Try every due delivery once; failures are rescheduled or parked as dead."""
    report = DeliveryReport()
    by_name = {s.name: s for s in subs}
    for delivery in only if only is not None else store.due_deliveries(now):
        digest = digest_from_payload(delivery.payload)
        channel = channels.get(delivery.channel)
        try:
            if channel is None:
                raise ChannelMisconfigured(f"no {delivery.channel} channel is configured")
            channel.send(digest, delivery.target, by_name.get(delivery.subscription))
        except DeliveryError as exc:
            attempts = delivery.attempts + 1
            dead = attempts >= settings.max_attempts
            store.delivery_failed(delivery.id, str(exc), now + _backoff(settings, attempts), dead)
            report.failed += 1
            report.dead += dead
            report.errors.append(f"delivery {delivery.id} ({delivery.channel} {delivery.target}):"
                                 f" {exc}" + (" Parked as dead." if dead else ""))
            log.warning("delivery %d failed (attempt %d): %s", delivery.id, attempts, exc)
            continue
        store.delivery_sent(delivery.id, now)
        report.sent += 1
        log.info("delivered digest %s to %s %s", digest.digest_id, delivery.channel,
                 delivery.target)
    return report
