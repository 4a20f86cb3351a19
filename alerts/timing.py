"""When a subscription's digest is due: immediate, hourly, daily at a time, or cron."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from .cron import cron_trigger
from .settings import SubscriptionConfig

__all__ = ["is_due", "next_due"]


def next_due(sub: SubscriptionConfig, last: datetime) -> datetime:
    """The first moment after `last` at which the subscription's digest is due."""
    zone = ZoneInfo(sub.timezone)
    if sub.schedule == "immediate":
        return last
    if sub.schedule == "hourly":
        local = last.astimezone(zone).replace(minute=0, second=0, microsecond=0)
        return local + timedelta(hours=1)
    if sub.schedule == "daily":
        hour, minute = map(int, sub.daily_at.split(":"))
        local = last.astimezone(zone)
        candidate = datetime.combine(local.date(), time(hour, minute), tzinfo=zone)
        return candidate if candidate > local else candidate + timedelta(days=1)
    trigger = cron_trigger(sub.schedule, zone)
    fire: datetime | None = trigger.get_next_fire_time(None, last + timedelta(seconds=1))
    return fire if fire is not None else last + timedelta(days=3650)


def is_due(sub: SubscriptionConfig, last: datetime | None, now: datetime) -> bool:
    """True when a digest should be made now (a subscription never sent is due at once)."""
    return last is None or sub.schedule == "immediate" or next_due(sub, last) <= now
