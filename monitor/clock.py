"""The run's clock: real time, or real time shifted to start at --now / POLICYWATCH_NOW."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from dateutil import parser as dateparser

__all__ = ["Clock", "make_clock", "parse_instant"]

Clock = Callable[[], datetime]


def parse_instant(value: str) -> datetime:
    """An ISO-8601 instant; one without a zone is taken as UTC."""
    try:
        parsed = dateparser.isoparse(value)
    except (ValueError, OverflowError) as exc:
        raise ValueError(f'"{value}" is not an ISO-8601 time such as 2026-11-24T09:00:00Z') from exc
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def make_clock(now: str | None = None) -> Clock:
    """A clock starting at `now` (else $POLICYWATCH_NOW, else the real time) and running on."""
    start_text = now or os.environ.get("POLICYWATCH_NOW") or None
    if not start_text:
        return lambda: datetime.now(UTC)
    start = parse_instant(start_text)
    origin = time.monotonic()
    return lambda: start + timedelta(seconds=time.monotonic() - origin)
