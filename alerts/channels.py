"""Delivery channels, registered by kind; each kind lives in a module of its own.

    DeliveryError      (one attempt failed; the outbox retries it later)
     └─ ChannelMisconfigured  (a setting or secret is missing; fix the config or environment)

Kinds: "email" (`mail`), "webhook" (`webhook`), "apprise" (`services`: chat and push
services through Apprise). `alerts/__init__` imports all three, so the registry is full
whenever `alerts` is imported.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import ClassVar

import httpx

from .digest import Digest
from .settings import SmtpSettings, SubscriptionConfig

__all__ = [
    "Channel",
    "ChannelContext",
    "ChannelMisconfigured",
    "DeliveryError",
    "build_channels",
    "channel_targets",
]


class DeliveryError(Exception):
    """A delivery attempt failed; the message says where and why."""


class ChannelMisconfigured(DeliveryError):
    """The channel cannot work until the config or environment is fixed."""


@dataclass(frozen=True)
class ChannelContext:
    """What channels are built with: the [smtp] settings, an HTTP client, the clock, and the
    time one delivery may take ([delivery] timeout)."""

    smtp: SmtpSettings | None
    http: httpx.Client
    clock: Callable[[], datetime]
    timeout: float = 30.0


class Channel:
    """Base: subclasses set `kind` and implement `build`, `targets` and `send`.

    Each subclass registers itself under its kind; the notifier builds one of each kind
    from the registry and the outbox asks each for a subscription's targets, so a new kind
    of channel is one class.
    """

    kind: ClassVar[str] = ""
    registry: ClassVar[dict[str, type[Channel]]] = {}

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        if cls.kind:
            Channel.registry[cls.kind] = cls

    @classmethod
    def build(cls, context: ChannelContext) -> Channel:
        """The channel for one process."""
        raise NotImplementedError

    @classmethod
    def targets(cls, sub: SubscriptionConfig) -> list[str]:
        """Where this kind of channel sends the subscription's digests (none: not used)."""
        raise NotImplementedError

    def send(self, digest: Digest, target: str, sub: SubscriptionConfig | None) -> None:
        """Deliver the digest to one target, or raise DeliveryError."""
        raise NotImplementedError


def build_channels(context: ChannelContext) -> dict[str, Channel]:
    """One channel of every registered kind, by kind."""
    return {kind: cls.build(context) for kind, cls in Channel.registry.items()}


def channel_targets(sub: SubscriptionConfig) -> list[tuple[str, str]]:
    """Every (kind, target) a subscription's digests are delivered to."""
    return [(kind, target) for kind, cls in Channel.registry.items()
            for target in cls.targets(sub)]
