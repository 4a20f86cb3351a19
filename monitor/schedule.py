"""When to look again: re-check intervals by a page's age, backoff after failures."""

from __future__ import annotations

from datetime import datetime, timedelta

__all__ = ["RECHECKS", "next_document_check", "retry_delay"]

HOUR, DAY = timedelta(hours=1), timedelta(days=1)

# (age below, re-check at least this often). Past the last age a page is left alone.
RECHECKS: tuple[tuple[timedelta, timedelta], ...] = (
    (DAY, HOUR),
    (7 * DAY, DAY),
    (30 * DAY, 7 * DAY),
)


def next_document_check(
    now: datetime, first_seen: datetime, published: datetime | None
) -> datetime | None:
    """The next re-check of a page, following its age; None once it is old enough to rest."""
    born = min(first_seen, published) if published and published <= now else first_seen
    age = now - born
    for limit, every in RECHECKS:
        if age < limit:
            return now + every
    return None


def retry_delay(failures: int, base: timedelta = timedelta(minutes=10)) -> timedelta:
    """Exponential backoff after consecutive failures, capped at one day."""
    delay: timedelta = base * (2 ** max(failures - 1, 0))
    return min(delay, DAY)
