"""A source's health: failing `[health] failures` checks in a row opens an incident, told
once to the `health = true` subscriptions; the next successful check closes it, told once."""

from __future__ import annotations

from datetime import datetime

from alerts import notify_health
from store import Store

from .config import Config, SourceConfig

__all__ = ["source_health"]


def source_health(store: Store, config: Config, source: SourceConfig, failures: int,
                  error: str | None, now: datetime) -> None:
    """Record one check of `source` (its `failures` in a row, its `error` if it failed)."""
    key = f"source:{source.name}"
    subs = list(config.subscriptions)
    if error is not None:
        if failures >= config.health.failures and store.open_incident(key, now, error):
            notify_health(store, subs, now, title=f"Source failing: {source.name}",
                          url=source.url, source=source.name,
                          summary=f"{failures} checks in a row failed; last: {error}")
        return
    incident = store.close_incident(key, now)
    if incident is not None:
        notify_health(store, subs, now, title=f"Source recovered: {source.name}",
                      url=source.url, source=source.name, recovered=True,
                      summary=f"Checked successfully again (failing since "
                              f"{incident.opened_at:%Y-%m-%d %H:%M} UTC).")
