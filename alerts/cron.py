"""Standard five-field cron expressions, read by the settings (validation) and timing."""

from __future__ import annotations

import re
from zoneinfo import ZoneInfo

from apscheduler.triggers.cron import CronTrigger

__all__ = ["cron_trigger"]

_DAYS = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")


def cron_trigger(expression: str, zone: ZoneInfo | None = None) -> CronTrigger:
    """A standard five-field cron expression (Sunday = 0 or 7) as an APScheduler trigger.

    APScheduler 3 numbers weekdays from Monday = 0, so numeric days are named first.
    """
    minute, hour, day, month, weekday = expression.split()
    weekday = re.sub(r"\d+", lambda m: _DAYS[int(m.group(0)) % 7], weekday)
    return CronTrigger(minute=minute, hour=hour, day=day, month=month, day_of_week=weekday,
                       timezone=zone)
