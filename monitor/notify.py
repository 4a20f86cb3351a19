"""Digests at the end of a check: write the due ones to the outbox, then deliver what is due."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import httpx

from alerts import (
    Channel,
    ChannelContext,
    DeliveryReport,
    build_channels,
    deliver_due,
    make_digests,
)
from store import Store

from .config import Config

__all__ = ["Notifier"]


class Notifier:
    """Owns the channels (and the webhook client) for one process."""

    def __init__(self, config: Config, store: Store, clock: Callable[[], datetime]) -> None:
        self.config, self.store, self.clock = config, store, clock
        self.client = httpx.Client(timeout=config.delivery.timeout, follow_redirects=False,
                                   headers={"User-Agent": config.fetch.user_agent})
        self.channels: dict[str, Channel] = build_channels(
            ChannelContext(config.smtp, self.client, clock, config.delivery.timeout))

    def run(self) -> DeliveryReport:
        """Make every due digest, then try every due delivery once."""
        subs = list(self.config.subscriptions)
        now = self.clock()
        made = make_digests(self.store, subs, now) if subs else []
        report = deliver_due(self.store, self.channels, subs, self.config.delivery, now)
        report.digests = len(made)
        return report

    def close(self) -> None:
        """Close the webhook client."""
        self.client.close()

    def __enter__(self) -> Notifier:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
