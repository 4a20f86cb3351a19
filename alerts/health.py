"""Health notices: a source failing check after check, a delivery parked as dead, and their
recoveries, told once each to the subscriptions that set `health = true`.

A notice is a digest of one item of kind "health", written to the outbox like any other
(so it is retried and can be seen with `policywatch deliveries`) but outside the
subscription's events: it never moves the subscription's cursor or its schedule.
"""

from __future__ import annotations

import logging
import uuid
from datetime import datetime

from store import Store

from .channels import channel_targets
from .digest import Digest, DigestItem
from .settings import SubscriptionConfig

__all__ = ["notify_health"]

log = logging.getLogger(__name__)


def notify_health(store: Store, subs: list[SubscriptionConfig], at: datetime, *, title: str,
                  url: str, summary: str, source: str | None = None,
                  recovered: bool = False) -> int:
    """Queue one health notice to every subscription with `health = true`; how many."""
    queued = 0
    for sub in subs:
        if not sub.health:
            continue
        item = DigestItem(kind="health", url=url, title=title, published=None, source=source,
                          actions=(), also_at=(), summary=summary)
        digest = Digest(uuid.uuid4().hex, sub.name, at, (item,))
        store.queue_notice(sub.name, digest.as_json(), channel_targets(sub), at)
        queued += 1
    if queued:
        log.info("health notice (%s) queued for %d subscription(s): %s",
                 "recovery" if recovered else "incident", queued, title)
    return queued
