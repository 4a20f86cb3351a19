"""The durable outbox: digests are written before any sending, then delivered with retries."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from store import DeliveryRecord, Store

from .channels import Channel, ChannelMisconfigured, DeliveryError, channel_targets
from .digest import Digest, DigestItem, action_from_json, build_digest, changes_from_json
from .health import notify_health
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


def send_lease(settings: DeliverySettings) -> timedelta:
    """How long a claimed delivery stays with its worker: a send gives up after `timeout`,
    so a claim still held well after that belongs to a worker that died mid-send."""
    return timedelta(seconds=max(120.0, 4 * settings.timeout))


def _digest_for(store: Store, sub: SubscriptionConfig, now: datetime) -> tuple[Digest, int] | None:
    cursor, last_at = store.lock_cursor(sub.name, now)
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
        digest = _make_digest(store, sub, now)
        if digest is None:
            continue
        made.append(digest)
    return made


def _make_digest(store: Store, sub: SubscriptionConfig, now: datetime) -> Digest | None:
    """One subscription's digest in one transaction that starts by locking its cursor: two
    processes never digest the same events, and the cursor never moves back."""
    with store.transaction():
        found = _digest_for(store, sub, now)
        if found is None:
            return None
        digest, newest = found
        if not digest.items:
            store.advance_cursor(sub.name, newest, now)
            return None
        targets = channel_targets(sub)
        item_events = [e for item in digest.items for e in item.event_ids]
        store.create_digest(sub.name, digest.as_json(), item_events, newest, targets, now)
    log.info("digest %s for %r: %d item(s), %d target(s)", digest.digest_id, sub.name,
             len(digest.items), len(targets))
    return digest


def digest_from_payload(payload: str) -> Digest:
    """Rebuild a stored digest exactly as it was made."""
    data = json.loads(payload)
    items = tuple(
        DigestItem(
            kind=i["kind"], url=i["url"], title=i["title"],
            published=datetime.fromisoformat(i["published"]) if i["published"] else None,
            source=i["source"],
            actions=tuple(action_from_json(n, a) for n, a in enumerate(i["actions"])),
            also_at=tuple(i["also_at"]), summary=i.get("summary", ""),
            changes=changes_from_json(i),
            edited_at=tuple(i.get("edited_at", ())), was_copy_of=i.get("was_copy_of"))
        for i in data["items"])
    return Digest(data["digest_id"], data["subscription"],
                  datetime.fromisoformat(data["generated_at"]), items,
                  test=bool(data.get("test")))


def _backoff(settings: DeliverySettings, attempts: int) -> timedelta:
    seconds = settings.backoff_seconds * (2 ** max(attempts - 1, 0))
    return timedelta(seconds=min(seconds, settings.max_backoff_seconds))


def _failure_text(exc: Exception, dead: bool, next_at: datetime) -> str:
    """The error as stored and shown: what failed, then what happens next."""
    cause = str(exc).rstrip(" ;,.")  # channels say what failed; the outbox says what comes
    if dead:
        return f"{cause}. Parked as dead: resend with `policywatch deliveries retry`."
    return f"{cause}. Retried at {next_at:%Y-%m-%d %H:%M} UTC."


def _target_health(store: Store, subs: list[SubscriptionConfig], delivery: DeliveryRecord,
                   now: datetime, error: str | None) -> None:
    """A target whose delivery died is an incident until a delivery to it succeeds."""
    key = f"delivery:{delivery.channel}:{delivery.target}"
    where = f"{delivery.channel} {delivery.target}"
    if error is not None:
        if store.open_incident(key, now, error):
            notify_health(store, subs, now, title=f"Delivery dead: {where}",
                          url=delivery.target, summary=f"Delivery {delivery.id} (subscription "
                          f"{delivery.subscription!r}) was parked as dead: {error}")
    elif store.close_incident(key, now) is not None:
        notify_health(store, subs, now, title=f"Delivery recovered: {where}",
                      url=delivery.target, summary=f"Delivery {delivery.id} to {where} was "
                      "sent: the channel works again.", recovered=True)


def deliver_due(store: Store, channels: dict[str, Channel], subs: list[SubscriptionConfig],
                settings: DeliverySettings, now: datetime,
                only: list[DeliveryRecord] | None = None) -> DeliveryReport:
    """Try every due delivery once; failures are rescheduled or parked as dead. A health
    notice queued by this pass (a delivery died, or came back) goes out in the same pass."""
    report = DeliveryReport()
    waiting = {d.id for d in store.due_deliveries(now)}
    # Claimed before sending: a delivery another worker holds is skipped, never sent twice.
    due = store.claim_deliveries(store.worker, now, now + send_lease(settings),
                                 ids=None if only is None else [d.id for d in only])
    _deliver(store, channels, subs, settings, now, due, report)
    if report.dead or report.sent:
        before = frozenset(waiting | {d.id for d in due})
        notices = store.claim_deliveries(store.worker, now, now + send_lease(settings),
                                         exclude=before)
        _deliver(store, channels, subs, settings, now, notices, report)
    return report


def _deliver(store: Store, channels: dict[str, Channel], subs: list[SubscriptionConfig],
             settings: DeliverySettings, now: datetime, due: list[DeliveryRecord],
             report: DeliveryReport) -> None:
    by_name = {s.name: s for s in subs}
    for delivery in due:
        digest = digest_from_payload(delivery.payload)
        channel = channels.get(delivery.channel)
        try:
            if channel is None:
                raise ChannelMisconfigured(f"no {delivery.channel} channel is configured")
            channel.send(digest, delivery.target, by_name.get(delivery.subscription))
        except DeliveryError as exc:
            attempts = delivery.attempts + 1
            dead = attempts >= settings.max_attempts
            next_at = now + _backoff(settings, attempts)
            text = _failure_text(exc, dead, next_at)
            store.delivery_failed(delivery.id, text, next_at, dead)
            report.failed += 1
            report.dead += dead
            report.errors.append(f"delivery {delivery.id} ({delivery.channel} "
                                 f"{delivery.target}): {text}")
            # A retry to come is routine (the run's summary names it); a parked one is not.
            log.log(logging.WARNING if dead else logging.INFO,
                    "delivery %d failed (attempt %d): %s", delivery.id, attempts, text)
            if dead:
                _target_health(store, subs, delivery, now, text)
            continue
        store.delivery_sent(delivery.id, now)
        report.sent += 1
        log.info("delivered digest %s to %s %s", digest.digest_id, delivery.channel,
                 delivery.target)
        _target_health(store, subs, delivery, now, None)
